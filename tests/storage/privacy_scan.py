"""Find a text in every file under some folders, as a careful adversary would: the raw bytes,
every zlib stream inside them decompressed (PDF content, compressed anything), and the text of
every PDF as poppler's ``pdftotext`` reads it. Case does not matter.

Used by the personal-data tests and the kill -9 harness's "delete personal data, then kill".
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Where a zlib stream may start: a PDF "stream" keyword, or a zlib header anywhere.
_STREAM = re.compile(rb"stream\r?\n|\x78[\x01\x5e\x9c\xda]")


def _inflated(data: bytes) -> Iterator[bytes]:
    for match in _STREAM.finditer(data):
        start = match.end() if match.group().startswith(b"stream") else match.start()
        try:
            out = zlib.decompressobj().decompress(data[start:], 50_000_000)
        except zlib.error:
            continue
        if out:
            yield out


def _pdf_text(path: Path) -> bytes:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read PDFs back"
    done = subprocess.run([tool, str(path), "-"], capture_output=True, timeout=120, check=False)
    return done.stdout


def readable_forms(path: Path) -> Iterator[bytes]:
    """The file's bytes, its decompressed streams, and (for a PDF) its extracted text."""
    data = path.read_bytes()
    yield data
    yield from _inflated(data)
    if data.startswith(b"%PDF"):
        yield _pdf_text(path)


def files_under(roots: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return found


def files_holding(texts: Iterable[str], roots: Iterable[Path]) -> list[str]:
    """Every file under ``roots`` in which one of ``texts`` can be read (``path: text``)."""
    needles = [t.lower().encode("utf-8") for t in texts]
    hits = []
    for path in files_under(roots):
        for form in readable_forms(path):
            lowered = form.lower()
            hits += [f"{path}: {n.decode()}" for n in needles if n in lowered]
    return sorted(set(hits))
