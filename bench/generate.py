"""A large, realistic project for measuring: the demo town grown over years.

    python -m bench.generate OUT.bymidte [--actors 2000] [--tests 500] [--feedback 20000]
                                         [--counts 2000] [--meetings 200] [--notes 20000]
                                         [--seed 1] [--batch 500]

It starts from the demo project and adds records made from the demo's own (names numbered, dates
and numbers varied, links kept valid) through the app's services, as the app itself writes them:
``new_…`` / ``restore_…`` with every check, in batched transactions (one per ``--batch`` records,
each a savepoint per record). A progress line goes to stderr. Refuses to overwrite a file.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: bench/generate.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workshop_app.domain.model import AgendaItem, MeetingWithAgenda, new_uuid
from workshop_app.domain.trial_rules import block_count
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.project_service import ProjectService, create_project

TODAY = dt.date(2027, 3, 1)
DEFAULTS = {
    "actors": 2000,
    "tests": 500,
    "feedback": 20000,
    "counts": 2000,
    "meetings": 200,
    "notes": 20000,
}


@dataclasses.dataclass
class Progress:
    """One line on stderr, rewritten in place: what is being made and how far it is."""

    total: int
    done: int = 0
    start: float = dataclasses.field(default_factory=time.perf_counter)
    quiet: bool = False

    def step(self, what: str) -> None:
        self.done += 1
        if self.quiet or (self.done % 100 and self.done != self.total):
            return
        seconds = time.perf_counter() - self.start
        print(
            f"\r{what:<16} {self.done:>7} / {self.total}  ({seconds:5.1f} s)",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def finish(self) -> None:
        if not self.quiet:
            print(file=sys.stderr)


def batched(service: ProjectService, count: int, size: int, make: Callable[[int], None]) -> None:
    """Call ``make(i)`` for i in range(count), ``size`` calls to a transaction."""
    for first in range(0, count, size):
        with service.store.transaction():
            for i in range(first, min(first + size, count)):
                make(i)


def _numbered(text: str, i: int) -> str:
    return f"{text} {i + 1}" if text else text


def _days(rng: random.Random, span: int) -> dt.date:
    return TODAY - dt.timedelta(days=rng.randrange(span))


def generate(
    path: Path,
    sizes: Mapping[str, int] | None = None,
    *,
    seed: int = 1,
    batch: int = 500,
    quiet: bool = False,
) -> ProjectService:
    """Write the large project to ``path`` (new file) and return it opened; ``sizes`` overrides
    some of :data:`DEFAULTS`."""
    counts = {**DEFAULTS, **(sizes or {})}
    rng = random.Random(seed)
    snapshot = demo_snapshot(TODAY)
    service = create_project(path, snapshot)
    if not hasattr(service, "new_note"):  # meetings without captured notes (older versions)
        counts["notes"] = 0
    progress = Progress(total=sum(counts.values()), quiet=quiet)
    try:
        _actors(service, snapshot, counts["actors"], batch, rng, progress)
        trials = _trials(service, snapshot, counts["tests"], batch, rng, progress)
        _feedback(service, snapshot, trials, counts["feedback"], batch, rng, progress)
        _count_sessions(service, snapshot, trials, counts["counts"], batch, rng, progress)
        _meetings(service, snapshot, counts["meetings"], batch, rng, progress)
        _notes(service, counts["notes"], batch, rng, progress)
    except BaseException:
        service.close()
        raise
    progress.finish()
    return service


def _actors(service, snapshot, count, batch, rng, progress) -> None:
    templates = snapshot.actors.actors

    def make(i: int) -> None:
        base = templates[i % len(templates)]
        actor = dataclasses.replace(
            base,
            uuid=new_uuid(),
            position=len(templates) + i,
            name=f"{base.name} {i + 1}",
            category=ACTOR_CATEGORIES[rng.randrange(len(ACTOR_CATEGORIES))],
            influence=rng.randint(1, 5),
            interest=rng.randint(1, 5),
            attitude=rng.randint(-2, 2),
        )
        service.restore_actor(actor)
        progress.step("actors")

    batched(service, count, batch, make)


def _trials(service, snapshot, count, batch, rng, progress) -> list[str]:
    templates = snapshot.trials.trials
    made: list[str] = []

    def make(i: int) -> None:
        base = templates[i % len(templates)]
        start = _days(rng, 4 * 365)
        trial = dataclasses.replace(
            base,
            uuid=new_uuid(),
            position=len(made) + len(templates),
            title=_numbered(base.title, i),
            idea_uuid=None,
            version_of=None,
            start_date=start,
            end_date=start + dt.timedelta(days=rng.randrange(7, 60)),
            budget=tuple(
                dataclasses.replace(line, uuid=new_uuid(), trial_uuid="") for line in base.budget
            ),
            permits=tuple(
                dataclasses.replace(p, uuid=new_uuid(), trial_uuid="") for p in base.permits
            ),
            history=(),
        )
        trial = _owned(trial)
        service.restore_trial(trial)
        made.append(trial.uuid)
        progress.step("tests")

    batched(service, count, batch, make)
    return made


def _owned(trial: Any) -> Any:
    """The trial's budget lines and permits pointing at it."""
    return dataclasses.replace(
        trial,
        budget=tuple(dataclasses.replace(b, trial_uuid=trial.uuid) for b in trial.budget),
        permits=tuple(dataclasses.replace(p, trial_uuid=trial.uuid) for p in trial.permits),
    )


def _feedback(service, snapshot, trials, count, batch, rng, progress) -> None:
    templates = snapshot.trials.feedback
    cards: dict[str, int] = {}

    def make(i: int) -> None:
        base = templates[i % len(templates)]
        trial = trials[rng.randrange(len(trials))]
        number = None
        if base.channel == "card":
            number = cards[trial] = cards.get(trial, 0) + 1
        entry = dataclasses.replace(
            base,
            uuid=new_uuid(),
            trial_uuid=trial,
            card_number=number,
            date=_days(rng, 4 * 365),
        )
        service.restore_feedback(entry)
        progress.step("feedback")

    if trials:
        batched(service, count, batch, make)


def _count_sessions(service, snapshot, trials, count, batch, rng, progress) -> None:
    templates = snapshot.trials.counts

    def make(i: int) -> None:
        base = templates[i % len(templates)]
        blocks = block_count(base.start_time, base.end_time)
        passing = tuple(
            tuple(None if c is None else rng.randrange(0, 60) for c in row)
            for row in base.passing[:blocks]
        )
        session = dataclasses.replace(
            base,
            uuid=new_uuid(),
            trial_uuid=trials[rng.randrange(len(trials))],
            date=_days(rng, 4 * 365),
            passing=passing,
        )
        service.restore_count_session(session)
        progress.step("count sessions")

    if trials and templates:
        batched(service, count, batch, make)


def _meetings(service, snapshot, count, batch, rng, progress) -> None:
    templates = snapshot.meetings

    def make(i: int) -> None:
        base = templates[i % len(templates)]
        uuid = new_uuid()
        meeting = dataclasses.replace(
            base.meeting,
            uuid=uuid,
            position=len(templates) + i,
            title=_numbered(base.meeting.title, i),
            date=_days(rng, 4 * 365),
        )
        agenda = tuple(
            AgendaItem(
                uuid=new_uuid(),
                meeting_uuid=uuid,
                position=n,
                title=item.title,
                duration_min=item.duration_min,
                method=item.method,
                responsible=item.responsible,
            )
            for n, item in enumerate(base.agenda)
        )
        service.restore_meeting(MeetingWithAgenda(meeting, agenda))
        progress.step("meetings")

    batched(service, count, batch, make)


def _notes(service, count, batch, rng, progress) -> None:
    """Captured notes, spread over the meetings' agenda items (once meetings have them)."""
    if count <= 0:
        return
    meetings = [service.meeting(uuid) for uuid in service.meeting_uuids()]
    meetings = [m for m in meetings if m.agenda]
    words = ("Flere bænke", "Lys på stien", "Marked om torsdagen", "Legeplads", "Cykelparkering")

    def make(i: int) -> None:
        meeting = meetings[rng.randrange(len(meetings))]
        item = meeting.agenda[rng.randrange(len(meeting.agenda))]
        at = dt.datetime.combine(meeting.meeting.date or TODAY, dt.time(19, 0)) + dt.timedelta(
            minutes=rng.randrange(120)
        )
        note = service.new_note(
            meeting.meeting.uuid, f"{words[i % len(words)]} ({i + 1})", at, item.uuid
        )
        service.restore_note(note)
        progress.step("notes")

    if meetings:
        batched(service, count, batch, make)


def sizes_from(args: argparse.Namespace) -> dict[str, int]:
    return {name: getattr(args, name) for name in DEFAULTS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the new project file (.bymidte)")
    for name, default in DEFAULTS.items():
        parser.add_argument(f"--{name}", type=int, default=default, help=f"({default})")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=500, help="records per transaction (500)")
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out} exists; give a new file name", file=sys.stderr)
        return 2
    start = time.perf_counter()
    generate(args.out, sizes_from(args), seed=args.seed, batch=args.batch).close()
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {size:.1f} MB in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
