"""Look at a file before SQLite touches it: path checks and our own read of the 100-byte header.

Raw SQLite opens a zero-length file as a healthy empty database and opens other programs'
databases happily; these checks name such files before anything can change them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from workshop_app import APPLICATION_ID
from workshop_app.domain.values import sample_text
from workshop_app.errors import ErrorKind, KnownError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

#: application_id values of other programs' SQLite files we can name.
_FOREIGN_APPLICATION_IDS = {
    0x47504B47: "geopackage",  # "GPKG"
    0x47503130: "geopackage",  # "GP10"
    0x47503131: "geopackage",  # "GP11"
    252006673: "fossil",
    252006674: "fossil",
}


@dataclass(frozen=True)
class HeaderInfo:
    page_size: int
    application_id: int
    page_count: int
    file_size: int


def _looks_like(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff") or head.startswith(b"GIF8"):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "json"
    text = sample_text(head)
    if text is None:
        return "binary"
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return "text" if text and printable / len(text) > 0.95 else "binary"


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_may_be_hot(journal: Path) -> bool:
    """Whether a leftover rollback journal could still hold pages to roll back.

    SQLite zeroes the header of a finished journal (and keeps the file in exclusive mode); only
    a journal that starts with the magic number can be hot.
    """
    try:
        with open(journal, "rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return True  # cannot tell: treat as hot


def check_path(path: Path) -> os.stat_result:
    """The path exists and is a regular file; raise the matching :class:`KnownError` if not."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise KnownError(ErrorKind.NOT_FOUND, path) from None
    except NotADirectoryError:
        raise KnownError(ErrorKind.NOT_FOUND, path) from None
    except PermissionError:
        raise KnownError(ErrorKind.NO_PERMISSION, path) from None
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, path) from None
    if not stat.S_ISREG(st.st_mode):
        raise KnownError(ErrorKind.NOT_A_FILE, path)
    return st


def read_header(path: Path) -> HeaderInfo:
    """Validate that ``path`` is one of our project files by its bytes alone; never writes."""
    st = check_path(path)
    if st.st_size == 0:
        raise KnownError(ErrorKind.EMPTY, path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except PermissionError:
        raise KnownError(ErrorKind.NO_PERMISSION, path) from None
    except OSError:
        raise KnownError(ErrorKind.IO_FAILURE, path) from None
    if not head.startswith(SQLITE_MAGIC):
        if len(head) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(head):
            raise KnownError(ErrorKind.INCOMPLETE, path)
        raise KnownError(ErrorKind.NOT_A_PROJECT, path, looks_like=_looks_like(head))
    if len(head) < HEADER_SIZE:
        raise KnownError(ErrorKind.INCOMPLETE, path)
    raw_page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise KnownError(ErrorKind.DAMAGED, path)
    if head[18:20] != b"\x01\x01":
        # Our files always use a rollback journal; WAL (2) or unknown versions mean someone
        # else wrote it, or the header is damaged. Refused before SQLite can rewrite it.
        raise KnownError(ErrorKind.DAMAGED, path)
    page_count = int.from_bytes(head[28:32], "big")
    application_id = int.from_bytes(head[68:72], "big")
    if application_id != APPLICATION_ID:
        looks = _FOREIGN_APPLICATION_IDS.get(application_id, "sqlite")
        raise KnownError(ErrorKind.FOREIGN_SQLITE, path, looks_like=looks)
    if st.st_size % page_size or st.st_size < page_size * max(page_count, 1):
        raise KnownError(ErrorKind.INCOMPLETE, path)
    return HeaderInfo(page_size, application_id, page_count, st.st_size)
