"""Rows read again at a few places: what a view needs to know to follow one edit cheaply.

A kept read of two thousand actors takes an edit by reading the edited rows again and keeping
every other row as the very same object (:mod:`storage.kept_reads`). Each view that shows the
rows then asks which rows differ from the ones it shows; walking two thousand rows to find the
one that did costs a view a tenth of a millisecond, and four views follow each edit. A
:class:`PatchedRows` says it at once: the rows it was made from (``base``) and the places that
differ (``places``). It is a plain tuple to everything else (equal to a tuple of the same rows;
pickled and copied as one).

Only the latest step is known: making rows from patched rows forgets the older step, so a chain
of edits never keeps old rows alive. A view that missed a step walks the rows as before.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Any

_uuid = operator.attrgetter("uuid")


class PatchedRows(tuple):
    """A tuple of records equal to ``base`` but at ``places`` (sorted), where records with the
    same uuids were read again. ``uuid_places`` (built when first asked, shared along the
    chain: the uuids never change place) finds a row by its uuid without a walk."""

    base: tuple[Any, ...] | None
    places: tuple[int, ...]
    _uuid_places: dict[str, int] | None

    def __new__(
        cls, rows: Iterable[Any], base: tuple[Any, ...], places: Iterable[int]
    ) -> PatchedRows:
        made = super().__new__(cls, rows)
        made.base = base
        made.places = tuple(sorted(places))
        made._uuid_places = base._uuid_places if isinstance(base, PatchedRows) else None
        if isinstance(base, PatchedRows):
            base.base = None  # one step only: the rows before are not kept alive
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))

    def uuid_places(self) -> dict[str, int]:
        if self._uuid_places is None:
            self._uuid_places = _walk(self)
        return self._uuid_places


def _walk(rows: Sequence[Any]) -> dict[str, int]:
    return {uuid: i for i, uuid in enumerate(map(_uuid, rows))}


def uuid_places(rows: Sequence[Any]) -> dict[str, int]:
    """Each row's place by its uuid (made once along a chain of :class:`PatchedRows`; the
    caller must not change it)."""
    return rows.uuid_places() if isinstance(rows, PatchedRows) else _walk(rows)


def patched(
    rows: Sequence[Any], uuids: Iterable[str], read_again: Callable[[int, Any], Any]
) -> PatchedRows:
    """``rows`` with the rows whose uuid is in ``uuids`` replaced by ``read_again(i, row)``
    (uuids not in ``rows`` are left out)."""
    places = uuid_places(rows)
    found = sorted(places[uuid] for uuid in uuids if uuid in places)
    out = list(rows)
    for i in found:
        out[i] = read_again(i, out[i])
    made = PatchedRows(out, rows if isinstance(rows, tuple) else tuple(rows), found)
    made._uuid_places = places  # the same uuids in the same places
    return made


def known_changes(rows: Sequence[Any], before: Sequence[Any]) -> tuple[int, ...] | None:
    """The places where ``rows`` holds other records than ``before`` (the same uuids), when
    ``rows`` was patched from ``before`` itself; None when that is not known."""
    if isinstance(rows, PatchedRows) and rows.base is before:
        return rows.places
    return None
