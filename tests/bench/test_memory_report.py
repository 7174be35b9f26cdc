"""``bench/memory_report.py``'s census: what it counts must be right for its table to be read
(the script itself is run by hand, on the large project; no timings or sizes of the machine
are asserted here)."""

from __future__ import annotations

import dataclasses
import sys

from bench.memory_report import by_type, live_objects, own_size


@dataclasses.dataclass(frozen=True)
class _Plain:
    a: str
    b: str


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    a: str
    b: str


def test_a_record_without_slots_counts_its_fields_without_growing_a_dict() -> None:
    plain, slotted = _Plain("x", "y"), _Slotted("x", "y")
    assert own_size(plain) > sys.getsizeof(plain)  # the fields kept beside the object
    assert own_size(slotted) == sys.getsizeof(slotted)
    assert own_size(_Plain) == sys.getsizeof(_Plain)  # a class is not an instance


def test_by_type_counts_and_sums_each_type() -> None:
    rows = {name: (count, size) for name, count, size in by_type([_Slotted("a", "b")] * 3 + [1])}
    name = f"{__name__}._Slotted"
    assert rows[name] == (3, 3 * sys.getsizeof(_Slotted("a", "b")))
    assert rows["builtins.int"][0] == 1


def test_the_census_sees_texts_held_by_records() -> None:
    text = "".join(["census-", "text-only-here"])
    kept = [_Slotted(text, text)]
    assert any(obj is text for obj in live_objects())
    assert kept
