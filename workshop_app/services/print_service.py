"""The print suite's use cases (issue 14), mixed into ``ProjectService``: the print runs of
numbered feedback cards and the paper round trip, and the project's print look and privacy notice
(set through the one project-field path, :meth:`set_project_field`).

A print run is recorded when numbered feedback cards are printed: ``record_card_run`` (the
command line, a print job) or, in the app, ``new_card_run`` + ``restore_card_run`` in one undo
step whose undo is ``delete_card_run``. Numbers never repeat within a test: a run that shares a
number with an earlier run of the same test is refused, naming that run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.model import ProjectSnapshot, new_uuid
from workshop_app.domain.print_runs import (
    PRINT_PROJECT_FIELDS,
    CardRun,
    RoundTrip,
    check_card_run,
    check_print_field,
    check_run,
    next_free_card,
    overlapping_run,
    round_trip,
    runs_of,
)
from workshop_app.domain.values import InvalidValue
from workshop_app.services.meeting_service import MeetingServiceMixin
from workshop_app.services.refusals import bad_input, require_new, valid
from workshop_app.services.refusals import found as _found
from workshop_app.storage import repository
from workshop_app.storage.copy_read import frozen_copy, read_copy
from workshop_app.storage.repository.outline import load_outline

# The snapshot's parts: the store's kept-read areas, each with its field and its full read.
_AREAS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "project": ("project", repository.load_project),
    "meetings": ("meetings", repository.load_meetings),
    "scope": ("scope", repository.load_scope),
    "actors": ("actors", repository.load_actor_map),
    "trials": ("trials", repository.load_trial_book),
}


class PrintServiceMixin(MeetingServiceMixin):
    """Card runs, the paper round trip and the print-suite project fields, as methods of
    ``ProjectService`` (which provides ``store``)."""

    # -- reading ---------------------------------------------------------------------------------

    def card_runs(self, trial_uuid: str) -> tuple[CardRun, ...]:
        """The print runs of one test, by first number."""
        return runs_of(self.store.trial_outline().card_runs, trial_uuid)

    def round_trip(self, trial_uuid: str) -> RoundTrip:
        """The printed cards of a test against the cards entered for it."""
        book = self.store.trial_evidence((trial_uuid,))  # this test's cards alone
        return round_trip(book.card_runs, book.feedback, trial_uuid)

    def next_free_card(self, trial_uuid: str) -> int:
        """The first card number of a new print run: above every printed and entered one."""
        book = self.store.trial_evidence((trial_uuid,))
        return next_free_card(book.card_runs, book.feedback, trial_uuid)

    # -- print runs ------------------------------------------------------------------------------

    def new_card_run(
        self, trial_uuid: str, first: int, count: int, printed_at: dt.datetime | None = None
    ) -> CardRun:
        """A print run of ``count`` cards from ``first``, not yet stored (now, unless given);
        pass it to :meth:`restore_card_run`."""
        first, last = valid(check_card_run, first, count)
        when = (printed_at or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
        return CardRun(new_uuid(), trial_uuid, first, last, when)

    def restore_card_run(self, run: CardRun) -> Changes:
        """Store a print run (record, and undo of delete); refused when its test does not exist
        or an earlier run of the test shares a number with it."""
        run = valid(check_run, run)
        with self.store.transaction() as db:
            require_new(db, "card_run", run.uuid)
            _found(lambda: repository.load_trial(db, run.trial_uuid))
            earlier = overlapping_run(
                repository.load_card_runs(db, run.trial_uuid), run.trial_uuid, run.first, run.last
            )
            if earlier is not None:
                raise bad_input(
                    f"cards {run.first}–{run.last} overlap cards {earlier.first}–{earlier.last}, "
                    "printed earlier for this test: card numbers never repeat within a test "
                    f"(the next free number is {self.next_free_card(run.trial_uuid)})",
                    first=str(run.first),
                    last=str(run.last),
                    earlier_first=str(earlier.first),
                    earlier_last=str(earlier.last),
                )
            repository.insert_card_run(db, run)
        return Changes.in_trials(run.uuid, run.trial_uuid)

    def record_card_run(
        self, trial_uuid: str, first: int, count: int, printed_at: dt.datetime | None = None
    ) -> CardRun:
        """Record that ``count`` cards numbered from ``first`` were printed for the test, in one
        transaction (the command line, a print job); returns the run."""
        run = self.new_card_run(trial_uuid, first, count, printed_at)
        self.restore_card_run(run)
        return run

    def card_run(self, uuid: str) -> CardRun:
        return _found(lambda: repository.load_card_run(self.store.db, uuid))

    def delete_card_run(self, uuid: str) -> Changes:
        """Forget a print run (the undo of recording it)."""
        with self.store.transaction() as db:
            run = _found(lambda: repository.load_card_run(db, uuid))
            repository.delete_card_run(db, uuid)
        return Changes.in_trials(uuid, run.trial_uuid)

    # -- what the print page and the documents read -----------------------------------------

    def print_outline(self) -> ProjectSnapshot:
        """What a list of documents names and offers: the project, its meetings' own rows, its
        tests in outline (title, version, status) and the print runs — a snapshot without
        agendas, notes, actors, feedback or counts, read in a few queries whatever the project
        holds. Never hand it to a document: documents get :meth:`snapshot_reader`'s."""
        return self.store.read(load_outline)

    def snapshot_reader(self) -> Callable[[], ProjectSnapshot]:
        """The project as it is now, for a document built in another thread: the areas whose
        kept reads are still true are taken as they are; for the others a copy of the committed
        file is taken here, in the thread of the connection (milliseconds), and the returned
        function reads them from it, with every check of a snapshot, in the thread that calls
        it. Nothing is read here."""
        kept = {area: self.store.kept(area) for area in _AREAS}
        if all(value is not None for value in kept.values()):
            snapshot = ProjectSnapshot(**{_AREAS[a][0]: v for a, v in kept.items()})
            return lambda: snapshot
        data = frozen_copy(self.store.db.conn)

        def load(db: Any) -> ProjectSnapshot:
            return ProjectSnapshot(
                **{
                    name: kept[area] if kept[area] is not None else read(db)
                    for area, (name, read) in _AREAS.items()
                }
            )

        path = self.store.path
        return lambda: read_copy(data, load, path)

    # -- the print look and the privacy notice ---------------------------------------------------

    def set_project_field(self, field: str, value: Any) -> Changes:
        """A project field: the print suite's (logo, accent, privacy notice) by their rules in
        ``domain/print_runs.py``, every other one as before."""
        if field not in PRINT_PROJECT_FIELDS:
            return super().set_project_field(field, value)
        value = valid(check_print_field, field, value)
        with self.store.transaction() as db:
            repository.update_project_field(db, field, value)
        return Changes(project=True)


def print_value_problems(snapshot: ProjectSnapshot) -> list[str]:
    """The print suite's stored values the app and the JSON import refuse, as "where: why":
    a project field breaking its rule, print runs of one test sharing a number."""
    problems: list[str] = []
    for name in PRINT_PROJECT_FIELDS:
        try:
            check_print_field(name, getattr(snapshot.project, name))
        except InvalidValue as exc:
            problems.append(f"project.{exc}")
    runs = snapshot.trials.card_runs
    for index, run in enumerate(runs):
        earlier = overlapping_run(runs[:index], run.trial_uuid, run.first, run.last)
        if earlier is not None:
            problems.append(
                f"trials.card_runs[{index}]: cards {run.first}–{run.last} overlap the run "
                f"{earlier.first}–{earlier.last} of the same test"
            )
    return problems
