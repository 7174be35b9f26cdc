"""Rows kept in order come back numbered 0, 1, 2… whatever positions the file holds; a row that
has its number already is not copied (two thousand actors read on every open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workshop_app.domain.actors import Actor
from workshop_app.services.demo import write_demo
from workshop_app.storage.repository.actors import _ACTOR_COLUMNS, _actor_from_row
from workshop_app.storage.repository.rows import load_in_order


def test_positions_are_renumbered_and_rows_numbered_already_are_not_copied(
    tmp_path: Path,
) -> None:
    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        db = service.store.db
        made: list[Actor] = []
        real = _actor_from_row

        def reading(row):  # type: ignore[no-untyped-def]
            made.append(real(row))
            return made[-1]

        actors = load_in_order(db, "actor", _ACTOR_COLUMNS, reading)
        assert [a.position for a in actors] == list(range(len(actors)))
        assert all(a is b for a, b in zip(actors, made, strict=True))
        with service.store.transaction() as tx:  # gaps, as an older version may leave them
            tx.execute("UPDATE actor SET position = position * 10 + 3")
        made.clear()
        again = load_in_order(db, "actor", _ACTOR_COLUMNS, reading)
        assert [a.position for a in again] == list(range(len(again)))
        assert [a.uuid for a in again] == [a.uuid for a in actors]
        assert all(
            a is not b and a.position != b.position for a, b in zip(again, made, strict=True)
        )
    finally:
        service.close()
