"""Property tests over mutated project files: opening one raises nothing but ``KnownError``.

Each example starts from the bytes of a demo project and applies one to three mutations: flipped
bits anywhere or in the 100-byte header, header fields set to odd values (page size, page count,
change counter, application_id, ...), a page overwritten with zeros, 0xFF or garbage, truncation,
appended junk, and bytes changed inside stored values (dates, times, the project uuid, version
strings, the schema text on page 1). Then:

* read-only: ``ProjectStore.open(path, read_only=True)``, ``snapshot()``, ``integrity_check()``;
  the file's bytes are unchanged afterwards and nothing (``-journal``, lock file) is left beside it;
* read-write, on a separate copy: ``ProjectStore.open(path)``, ``snapshot()``,
  ``integrity_check()`` and one edit; a refused open leaves the bytes unchanged; after close no
  side file is left.

Any exception other than ``KnownError`` fails. The tests at the bottom pin the inputs that once
escaped (non-UTF-8 schema text, a damaged project uuid, WAL headers, a header rewritten by an
open that was then refused).
"""

from __future__ import annotations

import contextlib
import itertools
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from workshop_app.errors import KnownError
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import ProjectService
from workshop_app.storage.database import ProjectStore

# -- the seed file -------------------------------------------------------------------------------


class Seed(bytes):
    """The seed file's bytes, with a short repr: hypothesis prints the arguments of a failure."""

    def __repr__(self) -> str:
        return f"<demo project, {len(self)} bytes>"


@pytest.fixture(scope="session")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    import datetime as dt

    folder = tmp_path_factory.mktemp("mutation-seed")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKSHOP_APP_DATA_DIR", str(folder / "user-data"))
        mp.setenv("WORKSHOP_APP_CONFIG_DIR", str(folder / "user-config"))
        path = folder / "seed.bymidte"
        write_demo(path, today=dt.date(2027, 3, 1)).close()
    return Seed(path.read_bytes())


def page_size_of(data: bytes) -> int:
    return int.from_bytes(data[16:18], "big")


# -- mutations -----------------------------------------------------------------------------------

#: Header fields (offset, size) of https://www.sqlite.org/fileformat.html#the_database_header
HEADER_FIELDS = {
    "page_size": (16, 2),
    "write_version": (18, 1),
    "read_version": (19, 1),
    "reserved_bytes": (20, 1),
    "max_payload_fraction": (21, 1),
    "min_payload_fraction": (22, 1),
    "leaf_payload_fraction": (23, 1),
    "change_counter": (24, 4),
    "page_count": (28, 4),
    "first_freelist_page": (32, 4),
    "freelist_count": (36, 4),
    "schema_cookie": (40, 4),
    "schema_format": (44, 4),
    "default_cache_size": (48, 4),
    "largest_root_page": (52, 4),
    "text_encoding": (56, 4),
    "user_version": (60, 4),
    "incremental_vacuum": (64, 4),
    "application_id": (68, 4),
    "version_valid_for": (92, 4),
    "sqlite_version": (96, 4),
}

#: Stored values worth hitting on purpose: random flips rarely land in them.
VALUE_ANCHORS = (
    b"2027-",  # dates (project start/end, meeting dates)
    b"16:00",  # a meeting's start time
    b"0.1.0",  # version strings in meta
    b"project_uuid",  # the meta row whose value names the backup folder
    b"Egeby bymidte",  # the project's name
    b"CREATE TABLE",  # the schema text on page 1
    b"start_date TEXT",
    b"REFERENCES meeting",
)

INTERESTING_INTS = [0, 1, 2, 3, 4, 255, 256, 511, 512, 1024, 4096, 8192, 32768, 65535, 65536]
INTERESTING_INTS += [2**31 - 1, 2**31, 2**32 - 1, 0x42594D44]

positions = st.integers(min_value=0, max_value=2**20)
field_values = st.one_of(
    st.sampled_from(INTERESTING_INTS), st.integers(min_value=0, max_value=2**32 - 1)
)

mutation = st.one_of(
    st.tuples(st.just("flip"), positions, st.integers(0, 7)),
    st.tuples(st.just("flip_header"), st.integers(0, 99), st.integers(1, 255)),
    st.tuples(st.just("field"), st.sampled_from(sorted(HEADER_FIELDS)), field_values),
    st.tuples(st.just("field_delta"), st.sampled_from(sorted(HEADER_FIELDS)), st.integers(-3, 3)),
    st.tuples(st.just("truncate"), positions),
    st.tuples(st.just("truncate_pages"), st.integers(0, 64), st.integers(-2, 2)),
    st.tuples(
        st.just("page"), positions, st.sampled_from(["zeros", "ff", "garbage"]), st.integers()
    ),
    st.tuples(st.just("scribble"), positions, st.binary(min_size=1, max_size=32)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=64), st.integers(0, 3)),
    st.tuples(
        st.just("value"),
        st.integers(0, len(VALUE_ANCHORS) - 1),
        st.integers(0, 3),  # which occurrence
        st.integers(0, 40),  # offset from the anchor
        st.integers(0, 255),  # the new byte
    ),
)


def apply(data: bytes, ops: list[tuple]) -> bytes:  # type: ignore[type-arg]
    buf = bytearray(data)
    page_size = page_size_of(data) or 4096
    for op in ops:
        kind = op[0]
        if not buf:
            break
        if kind == "flip":
            _, pos, bit = op
            buf[pos % len(buf)] ^= 1 << bit
        elif kind == "flip_header":
            _, pos, mask = op
            if pos < len(buf):
                buf[pos] ^= mask
        elif kind in ("field", "field_delta"):
            _, name, value = op
            offset, size = HEADER_FIELDS[name]
            if offset + size <= len(buf):
                if kind == "field_delta":
                    value += int.from_bytes(buf[offset : offset + size], "big")
                value %= 1 << (8 * size)
                buf[offset : offset + size] = value.to_bytes(size, "big")
        elif kind == "truncate":
            del buf[op[1] % len(buf) :]
        elif kind == "truncate_pages":
            _, pages, delta = op
            del buf[max(0, pages * page_size + delta) :]
        elif kind == "page":
            _, pos, fill, seed = op
            start = (pos % len(buf)) // page_size * page_size
            size = min(page_size, len(buf) - start)
            if fill == "zeros":
                chunk = bytes(size)
            elif fill == "ff":
                chunk = b"\xff" * size
            else:
                chunk = random.Random(seed).randbytes(size)
            buf[start : start + size] = chunk
        elif kind == "scribble":
            _, pos, junk = op
            start = pos % len(buf)
            buf[start : start + len(junk)] = junk[: len(buf) - start]
        elif kind == "append":
            _, junk, pages = op
            buf += junk * (pages * page_size // len(junk) + 1) if pages else junk
            if pages:
                del buf[len(data) + pages * page_size :]
        elif kind == "value":
            _, anchor, nth, offset, byte = op
            found = [i for i in _occurrences(bytes(buf), VALUE_ANCHORS[anchor])]
            if found:
                pos = found[nth % len(found)] + offset
                if pos < len(buf):
                    buf[pos] = byte
        else:  # pragma: no cover
            raise AssertionError(kind)
    return bytes(buf)


def _occurrences(data: bytes, needle: bytes) -> list[int]:
    out, start = [], data.find(needle)
    while start != -1:
        out.append(start)
        start = data.find(needle, start + 1)
    return out


# -- the property ----------------------------------------------------------------------------------

_counter = itertools.count()


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def exercise(path: Path, *, read_only: bool) -> str:
    """Open, read, check (and for read-write: edit) the file; return what happened."""
    try:
        store = ProjectStore.open(path, read_only=read_only)
    except KnownError as exc:
        return f"refused:{exc.kind.name}"
    try:
        store.snapshot()
        store.integrity_check()
        if not read_only and not store.read_only:
            ProjectService(store).set_project_field("name", "Efter mutation")
    except KnownError as exc:
        return f"failed-after-open:{exc.kind.name}"
    finally:
        store.close()
    return "opened"


def check_mutant(base: Path, data: bytes) -> None:
    folder = base / f"m{next(_counter)}"
    (folder / "ro").mkdir(parents=True)
    (folder / "rw").mkdir()
    try:
        ro = folder / "ro" / "mutant.bymidte"
        ro.write_bytes(data)
        outcome = exercise(ro, read_only=True)
        event(f"read-only: {outcome}")
        assert ro.read_bytes() == data, "a read-only open changed the file"
        assert _leftovers(ro) == [], "a read-only open left files beside the project"

        rw = folder / "rw" / "mutant.bymidte"
        rw.write_bytes(data)
        outcome = exercise(rw, read_only=False)
        event(f"read-write: {outcome}")
        if outcome.startswith("refused"):
            assert rw.read_bytes() == data, f"a refused open ({outcome}) changed the file"
        assert _leftovers(rw) == [], f"{outcome}: files left beside the project after close"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fuzz_settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@fuzz_settings(600)
@given(op=mutation)
@example(op=("field", "page_size", 1))  # 65536
@example(op=("field", "page_size", 512))
@example(op=("field", "page_count", 0))
@example(op=("field", "page_count", 2**32 - 1))
@example(op=("field", "application_id", 0))
@example(op=("field", "text_encoding", 2))  # UTF-16le
@example(op=("field", "schema_format", 9))
@example(op=("field", "reserved_bytes", 255))
@example(op=("field", "read_version", 2))  # WAL
@example(op=("field", "write_version", 2))
@example(op=("field_delta", "change_counter", 1))
@example(op=("field_delta", "schema_cookie", 1))
@example(op=("field", "first_freelist_page", 3))
@example(op=("field", "largest_root_page", 1))
@example(op=("truncate_pages", 1, 0))
@example(op=("page", 0, "zeros", 0))
@example(op=("value", 0, 0, 5, ord("x")))  # a date that is not a date
@example(op=("value", 1, 0, 2, ord("x")))  # a time that is not a time
@example(op=("value", 2, 0, 0, ord("x")))  # a version string
@example(op=("value", 4, 0, 0, 0xFF))  # invalid UTF-8 in the project name
@example(op=("append", b"\x00", 1))  # one more page of zeros
def test_one_mutation(demo_bytes: bytes, tmp_path: Path, op: tuple) -> None:  # type: ignore[type-arg]
    check_mutant(tmp_path, apply(demo_bytes, [op]))


@fuzz_settings(300)
@given(ops=st.lists(mutation, min_size=2, max_size=4))
def test_several_mutations(demo_bytes: bytes, tmp_path: Path, ops: list) -> None:  # type: ignore[type-arg]
    check_mutant(tmp_path, apply(demo_bytes, ops))


def test_unmutated_file_opens(demo_bytes: bytes, tmp_path: Path) -> None:
    # The property would pass vacuously if the seed file itself were refused.
    path = tmp_path / "seed.bymidte"
    path.write_bytes(demo_bytes)
    assert exercise(path, read_only=True) == "opened"
    assert exercise(path, read_only=False) == "opened"


# -- regressions: escapes found by the properties above, pinned until database.py is fixed -------


def _raises_only_known_error(path: Path, *, read_only: bool) -> None:
    before = path.read_bytes()
    try:
        exercise(path, read_only=read_only)
    finally:
        if read_only:
            assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("anchor", "offset"),
    [
        # A space of the indentation before "start_date TEXT" in CREATE TABLE project; escapes
        # from PRAGMA quick_check in _check. (Right before the name it would only rename the
        # column: SQLite takes bytes >= 0x80 as identifier characters.)
        (b"\n            start_date TEXT", 6),
        # The "E" of the first "CREATE TABLE"; escapes from a PRAGMA in _prepare.
        (b"CREATE TABLE", 2),
    ],
    ids=["indentation", "keyword"],
)
@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "read-write"])
def test_non_utf8_byte_in_the_schema_text(
    demo_bytes: bytes, tmp_path: Path, anchor: bytes, offset: int, read_only: bool
) -> None:
    pos = demo_bytes.index(anchor) + offset
    # Both anchors occur only in the schema text (sqlite_master); since m003 that no longer fits
    # on page 1, so the byte may land on one of its leaf pages. "start_date TEXT" is in the
    # tables project (m001) and trial (m004), nowhere else.
    assert demo_bytes.count(b"start_date TEXT") == 2
    path = tmp_path / "schema.bymidte"
    path.write_bytes(demo_bytes[:pos] + b"\xa0" + demo_bytes[pos + 1 :])
    _raises_only_known_error(path, read_only=read_only)


def test_wal_header_on_read_only_open(demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "wal.bymidte"
    data = apply(demo_bytes, [("field", "read_version", 2)])
    path.write_bytes(data)
    with contextlib.suppress(KnownError):
        ProjectStore.open(path, read_only=True).close()
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wal.bymidte"]


def test_wal_header_on_refused_read_write_open(demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "wal.bymidte"
    data = apply(
        demo_bytes, [("field_delta", "first_freelist_page", 1), ("field", "read_version", 2)]
    )
    path.write_bytes(data)
    with pytest.raises(KnownError) as info:
        ProjectStore.open(path).close()
    assert info.value.kind.name == "DAMAGED"
    assert path.read_bytes() == data, "the refused open changed the file"


def test_refused_read_write_open_rewrites_header(demo_bytes: bytes, tmp_path: Path) -> None:
    data = apply(demo_bytes, [("field", "change_counter", 0), ("append", b"\x00", 1)])
    path = tmp_path / "stale.bymidte"
    path.write_bytes(data)
    with pytest.raises(KnownError) as info:
        ProjectStore.open(path).close()
    assert info.value.kind.name == "DAMAGED"
    assert path.read_bytes() == data, "the refused open changed the file"


def test_damaged_project_uuid_on_read_write_open(demo_bytes: bytes, tmp_path: Path) -> None:
    # The last hex digit of the uuid stored in meta becomes "u"; quick_check cannot see that.
    pos = demo_bytes.index(b"project_uuid") + len(b"project_uuid") + 35
    path = tmp_path / "uuid.bymidte"
    path.write_bytes(demo_bytes[:pos] + b"u" + demo_bytes[pos + 1 :])
    _raises_only_known_error(path, read_only=False)


def test_damaged_project_uuid_on_read_only_open(demo_bytes: bytes, tmp_path: Path) -> None:
    pos = demo_bytes.index(b"project_uuid") + len(b"project_uuid") + 35
    path = tmp_path / "uuid.bymidte"
    path.write_bytes(demo_bytes[:pos] + b"u" + demo_bytes[pos + 1 :])
    _raises_only_known_error(path, read_only=True)
