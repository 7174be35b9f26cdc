"""Phase 3 of the demo: the idea bank, votes, three tests with counts and feedback.

The content is ``trials.json`` (see ``data.py`` for its conventions); this module gives every
record its stable uuid from its slug and checks it with the domain's rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain import trials
from workshop_app.domain.print_runs import CardRun
from workshop_app.services.demo_data.data import load, rows
from workshop_app.services.demo_data.ids import _id


def _passing(blocks: int, flow: tuple[int, int, int], seed: int) -> tuple[Any, ...]:
    """A made-up but plausible tally: a steady flow (walking, cycling, other per block) with a
    gentle, repeatable wobble."""
    walking, cycling, other = flow
    wobble = (0, 2, -1, 3, 1, -2, 2, 0, -1, 1, 3, -2)
    return tuple(
        (
            walking + wobble[(seed + b) % len(wobble)] * 2,
            cycling + wobble[(seed + 3 * b) % len(wobble)] // 2 + 1,
            other + (b + seed) % 2,
        )
        for b in range(blocks)
    )


def _idea(position: int, row: dict[str, Any], today: dt.date) -> trials.Idea:
    """An idea of the bank; ``origin`` is (kind, slug) of what it came from, or None."""
    kind, ref = row["origin"] or ("", "")
    return trials.check_idea(
        trials.Idea(
            uuid=_id(f"idea/{row['slug']}"),
            position=position,
            title=row["title"],
            description=row["description"],
            origin_meeting=_id(ref) if kind == "meeting" else None,
            origin_actor=_id(f"actor/{ref}") if kind == "actor" else None,
            origin_trial=_id(f"trial/{ref}") if kind == "trial" else None,
            origin_note=row["note"],
            tags=row["tags"],
            created=today - dt.timedelta(days=16 if kind == "trial" else 14),
            merged_into=_id(f"idea/{row['merged_into']}") if row["merged_into"] else None,
        )
    )


def _trial(position: int, entry: dict[str, Any]) -> trials.Trial:
    """A test; its idea, earlier version and responsible actors are slugs, its budget lines,
    permits and status changes rows of their fields after the test's uuid."""
    slug = entry["slug"]
    t_uuid = _id(f"trial/{slug}")

    def numbered(key: str, slug_part: str, make: Any) -> tuple[Any, ...]:
        return tuple(
            make(_id(f"trial/{slug}/{slug_part}/{n}"), t_uuid, *row)
            for n, row in enumerate(entry[key])
        )

    links = {"slug", "idea", "version_of", "responsible", "budget", "permits", "history"}
    return trials.check_trial(
        trials.Trial(
            uuid=t_uuid,
            position=position,
            idea_uuid=_id(f"idea/{entry['idea']}"),
            version_of=_id(f"trial/{entry['version_of']}") if "version_of" in entry else None,
            responsible=tuple(_id(f"actor/{a}") for a in entry["responsible"]),
            budget=tuple(
                map(trials.check_budget_line, numbered("budget", "budget", trials.BudgetLine))
            ),
            permits=tuple(map(trials.check_permit, numbered("permits", "permit", trials.Permit))),
            history=numbered("history", "status", trials.StatusChange),
            **{key: value for key, value in entry.items() if key not in links},
        )
    )


def _count(row: dict[str, Any], counts: dict[str, Any]) -> trials.CountSession:
    """A counting session; its passing people are made up from ``flow`` (walking, cycling,
    other per block), its staying people are a grid of ``counts["staying"]`` or its own."""
    begin, finish = (dt.time.fromisoformat(row[key]) for key in ("start_time", "end_time"))
    staying = row["staying"]
    return trials.check_count_session(
        trials.CountSession(
            uuid=_id(f"count/{row['slug']}"),
            trial_uuid=_id(f"trial/{row['trial']}"),
            date=row["date"],
            start_time=begin,
            end_time=finish,
            weather=row["weather"],
            place=counts["places"][row["trial"]],
            phase=row["phase"],
            note=row["note"],
            passing=_passing(trials.block_count(begin, finish), row["flow"], seed=len(row["slug"])),
            staying=counts["staying"][staying] if isinstance(staying, str) else staying,
        )
    )


def _feedback(feedback: dict[str, Any]) -> list[trials.Feedback]:
    """Each test's feedback, in turns on its first and its last day; cards numbered from 1."""
    entries = []
    for trial, trial_rows in feedback["rows"].items():
        card = 0
        first, last = feedback["dates"][trial]
        for n, values in enumerate(rows({"columns": feedback["columns"], "rows": trial_rows})):
            card += values["channel"] == "card"
            entry = trials.Feedback(
                uuid=_id(f"feedback/{trial}/{n}"),
                trial_uuid=_id(f"trial/{trial}"),
                date=first if n % 2 == 0 else last,
                card_number=card if values["channel"] == "card" else None,
                **values,
            )
            entries.append(trials.check_feedback(entry))
    return entries


def demo_trials(today: dt.date) -> trials.TrialBook:
    """Egeby's idea bank, three tests (one in two versions), counts, feedback and decisions."""
    data = load("trials", today)
    ideas = [_idea(position, row, today) for position, row in enumerate(rows(data["ideas"]))]
    votes = [
        trials.check_vote(
            trials.Vote(
                _id(f"vote/{row['slug']}/kickoff"),
                _id(f"idea/{row['slug']}"),
                _id("kickoff"),
                row["kickoff_votes"],
            )
        )
        for row in rows(data["ideas"])
        if row["kickoff_votes"]
    ]
    decisions = [
        trials.check_decision(
            trials.Decision(
                _id(f"decision/{d['slug']}"),
                _id(f"trial/{d['trial']}"),
                d["date"],
                d["kind"],
                d["reasoning"],
                tuple(_id(slug) for slug in d["evidence"]),
            )
        )
        for d in data["decisions"]
    ]
    return trials.canonical(
        trials.TrialBook(
            ideas=tuple(ideas),
            votes=tuple(votes),
            trials=tuple(_trial(n, entry) for n, entry in enumerate(data["trials"])),
            counts=tuple(_count(row, data["counts"]) for row in rows(data["counts"])),
            feedback=tuple(_feedback(data["feedback"])),
            decisions=tuple(decisions),
            # The running test's paper cards: 48 printed the morning it started (issue 14).
            card_runs=(
                CardRun(
                    _id("card_run/living_room_2"),
                    _id("trial/living_room_2"),
                    1,
                    48,
                    dt.datetime.combine(today - dt.timedelta(days=3), dt.time(9, 0)),
                ),
            ),
        )
    )
