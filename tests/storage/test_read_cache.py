"""Whole-phase reads are kept until a row changes: the same object while nothing changed, the
new state as soon as anything did (also after a refused, rolled-back edit)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workshop_app.errors import KnownError
from workshop_app.services.demo import write_demo


def test_reads_are_kept_until_a_row_changes(tmp_path: Path) -> None:
    service = write_demo(tmp_path / "demo.bymidte", dt.date(2027, 3, 1))
    try:
        first = service.actor_map()
        assert service.actor_map() is first
        book = service.trial_book()
        assert service.trial_book() is book

        actor = first.actors[0]
        service.set_actor_value(actor.uuid, "name", "Nyt navn")
        changed = service.actor_map()
        assert changed is not first and changed.actors[0].name == "Nyt navn"
        assert service.trial_book() == book  # re-read, same content

        with pytest.raises(KnownError):
            service.set_actor_ratings(actor.uuid, 9, 9)
        assert service.actor_map().actors[0].influence == actor.influence

        trial = book.trials[0]
        service.set_trial_value(trial.uuid, "place", "Torvet, syd")
        assert service.trial_book().trials[0].place == "Torvet, syd"
    finally:
        service.close()
