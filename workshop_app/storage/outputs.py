"""Where an output may go: the one check and the one atomic write for every file the user names.

No output of ours (a PDF, a JSON export, a copy, a restored backup, a new project) may ever
replace a project file: not the open project itself, reached by any spelling, symlink or hard
link, and not any other file that is a project of ours (or its ``-journal`` or lock file). Other
existing files are replaced only atomically: a temporary file in the same folder, fsync, rename,
fsync of the folder; a failure leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workshop_app import APPLICATION_ID
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage.header import HEADER_SIZE, JOURNAL_MAGIC, SQLITE_MAGIC
from workshop_app.storage.lock import LOCK_SUFFIX

#: Side files SQLite or we keep beside a project.
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm", LOCK_SUFFIX)


def is_project_file(path: Path) -> bool:
    """Whether the bytes at ``path`` start like a project of ours (SQLite with our
    application_id) or a rollback journal; raises ``PermissionError`` when they cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER_SIZE)
    except FileNotFoundError:
        return False
    if head.startswith(JOURNAL_MAGIC):
        return True
    return (
        head.startswith(SQLITE_MAGIC)
        and len(head) >= 72
        and int.from_bytes(head[68:72], "big") == APPLICATION_ID
    )


def _is_side_file_of_project(path: Path) -> bool:
    for suffix in _SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            with contextlib.suppress(OSError):
                if is_project_file(owner):
                    return True
    return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _folder_of(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def check_output(target: Path | str, *, source: Path | None = None, new_file: bool = False) -> None:
    """Raise the :class:`KnownError` that says why ``target`` may not be written, if any.

    ``source`` is the project the output comes from; ``new_file`` refuses any existing file.
    """
    target = Path(target)
    try:
        st = os.stat(target)  # follows a symlink: what would really be replaced or opened
    except FileNotFoundError:
        st = None
    except PermissionError:
        raise KnownError(ErrorKind.NO_PERMISSION, target) from None
    except OSError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise KnownError(ErrorKind.IS_FOLDER, target)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise KnownError(ErrorKind.NOT_A_FILE, target)  # a device or a pipe: never replaced
    if st is not None or os.path.lexists(target):
        if new_file:
            raise KnownError(ErrorKind.ALREADY_EXISTS, target)
        if source is not None and _same_file(target, source):
            raise KnownError(ErrorKind.OUTPUT_IS_PROJECT, target)
        try:
            if st is not None and is_project_file(target):
                raise KnownError(ErrorKind.OUTPUT_IS_PROJECT, target)
        except PermissionError:
            raise KnownError(ErrorKind.NO_PERMISSION, target) from None
    if _is_side_file_of_project(target):
        raise KnownError(ErrorKind.OUTPUT_IS_PROJECT, target)
    folder = _folder_of(target)
    if not folder.is_dir():
        raise KnownError(ErrorKind.FOLDER_NOT_FOUND, folder)
    if not os.access(folder, os.W_OK):  # a read-only mount says so to root as well
        raise KnownError(ErrorKind.FOLDER_READ_ONLY, folder)


def output_error(exc: OSError, target: Path) -> KnownError:
    """The true sentence for an ``OSError`` met while writing ``target``."""
    code = exc.errno
    if code == errno.ENOSPC:
        return KnownError(ErrorKind.DISK_FULL, target)
    if code == errno.EISDIR:
        return KnownError(ErrorKind.IS_FOLDER, target)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return KnownError(ErrorKind.FOLDER_READ_ONLY, _folder_of(target))
    if code in (errno.ENOENT, errno.ENOTDIR):
        return KnownError(ErrorKind.FOLDER_NOT_FOUND, _folder_of(target))
    return KnownError(ErrorKind.IO_FAILURE, target)


def default_file_mode() -> int:
    """The mode a new file gets from the user's umask (``mkstemp`` makes files 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; rename is durable enough there
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A fresh, empty temporary file in ``target``'s folder; removed again whatever happens
    (after a successful rename there is nothing left to remove)."""
    try:
        folder = _folder_of(target)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise output_error(exc, target) from None
    os.close(fd)
    tmp = Path(name)
    try:
        with contextlib.suppress(OSError):
            os.chmod(tmp, default_file_mode())
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_path(target: Path | str, *, source: Path | None = None) -> Iterator[Path]:
    """A temporary path beside ``target`` to write; renamed over ``target`` when the ``with``
    block ends without an exception.

    Refuses (before writing anything) what :func:`check_output` refuses. On any failure the
    temporary file is removed and ``target`` is untouched; ``OSError`` becomes a
    :class:`KnownError` with a true sentence.
    """
    target = Path(target)
    check_output(target, source=source)
    with temp_beside(target) as tmp:
        try:
            yield tmp
            fsync_file(tmp)
            check_output(target, source=source)  # it may have changed while we wrote
            os.replace(tmp, target)
        except OSError as exc:
            raise output_error(exc, target) from None
    fsync_folder(_folder_of(target))


@contextlib.contextmanager
def atomic_output(target: Path | str, *, source: Path | None = None) -> Iterator[BinaryIO]:
    """:func:`atomic_path`, as a file open for writing."""
    with atomic_path(target, source=source) as tmp:
        try:
            fh = open(tmp, "wb")  # noqa: SIM115 (closed below, before the rename)
        except OSError as exc:
            raise output_error(exc, Path(target)) from None
        with fh:
            yield fh


def write_output(target: Path | str, data: bytes, *, source: Path | None = None) -> None:
    """:func:`atomic_output` for bytes already in memory."""
    with atomic_output(target, source=source) as fh:
        fh.write(data)
