"""Every service method that stores text refuses bad text cleanly (issue 10, item 9).

Each storing method gets one or more *good* calls built from the demo project; the test then
replaces every string the call carries — arguments, keyword values and the strings inside the
records handed over, however deep — one at a time with a lone surrogate, a NUL and a
1,000,000-character text. Each such call must either be refused with ``KnownError(BAD_INPUT)`` or
succeed and leave a readable project; nothing else may escape (a raw ``UnicodeEncodeError`` from
SQLite was what a meeting title with a lone surrogate gave).

A public method added to the service must be listed here, in ``CALLS`` or in ``STORES_NO_TEXT``;
``test_every_public_service_method_is_classified`` fails until it is.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import inspect
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.scope import FIELDS, LISTS, Kind
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import write_demo
from workshop_app.services.project_service import (
    ProjectService,
    map_image_from_file,
    open_project,
)

BAD = {
    "surrogate": "a\ud800b",
    "nul": "a\x00b",
    "huge": "x" * 1_000_000,
}
_UUID = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DAY = dt.date(2027, 3, 1)
_AT = dt.datetime(2027, 3, 1, 19, 5, 30)

#: A 1×1 PNG.
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

Call = tuple[tuple[Any, ...], dict[str, Any]]
Builder = Callable[[ProjectService, ProjectSnapshot], list[Call]]


def _texts(record: Any) -> list[str]:
    """The names of a record's text fields (not its own uuid)."""
    return [
        f.name
        for f in dataclasses.fields(record)
        if f.name != "uuid" and isinstance(getattr(record, f.name), str)
    ]


def _setter(record: Any) -> list[Call]:
    """``set_*_value(uuid, field, text)`` for every text field of ``record``."""
    return [((record.uuid, name, "ok"), {}) for name in _texts(record)]


def _new(*args: Any, record: Any, skip: tuple[str, ...] = ()) -> list[Call]:
    """``new_*(*args, field=text)`` for every text field of ``record``."""
    return [
        (args, {name: "ok"})
        for name in _texts(record)
        if name not in skip and not name.endswith("_uuid")
    ]


def _one(*args: Any, **kwargs: Any) -> list[Call]:
    return [(args, kwargs)]


def _m(s: ProjectSnapshot) -> Any:
    return s.meetings[0]


def _scope_text_fields() -> list[str]:
    return [key for key, spec in FIELDS.items() if spec.kind in (Kind.TEXT, Kind.LONG)]


def _scope_text_columns() -> list[tuple[str, str]]:
    return [
        (key, c.key)
        for key, spec in LISTS.items()
        for c in spec.columns
        if c.kind in (Kind.TEXT, Kind.LONG)
    ]


def _row(s: ProjectSnapshot, list_key: str) -> Any:
    return next(r for r in s.scope.rows if r.list_key == list_key)


def _idea(s: ProjectSnapshot) -> Any:
    return s.trials.ideas[0]


def _trial(s: ProjectSnapshot) -> Any:
    return next(t for t in s.trials.trials if t.budget and t.permits and t.history)


def _feedback(s: ProjectSnapshot) -> Any:
    return s.trials.feedback[0]


def _count(s: ProjectSnapshot) -> Any:
    return s.trials.counts[0]


def _decision_args(s: ProjectSnapshot) -> list[Call]:
    t = _trial(s)
    return _one(t.uuid, "spawn_ideas", DAY, "why", (), ("a new idea",))


CALLS: dict[str, Builder] = {
    # project and meetings
    "set_project_field": lambda sv, s: [((f, "ok"), {}) for f in _texts(s.project)],
    "new_meeting": lambda sv, s: _new(record=_m(s).meeting, skip=("meeting_uuid",)),
    "restore_meeting": lambda sv, s: _one(_m(s)),
    "set_meeting_field": lambda sv, s: _setter(_m(s).meeting),
    "restore_agenda_item": lambda sv, s: _one(_m(s).agenda[0]),
    "set_agenda_field": lambda sv, s: _setter(_m(s).agenda[0]),
    # scope
    "set_scope_value": lambda sv, s: [((k, "ok"), {}) for k in _scope_text_fields()],
    "new_scope_row": lambda sv, s: [((k, None, {c: "ok"}), {}) for k, c in _scope_text_columns()],
    "restore_scope_row": lambda sv, s: [((r,), {}) for r in s.scope.rows],
    "set_scope_row_value": lambda sv, s: [
        ((_row(s, k).uuid, c, "ok"), {}) for k, c in _scope_text_columns() if _has_row(s, k)
    ],
    "set_map_image": lambda sv, s: _one("map.png", _PNG),
    "restore_map_image": lambda sv, s: _one(map_image_from_file("map.png", _PNG)),
    # actors
    "new_actor": lambda sv, s: _new(record=s.actors.actors[0], skip=("category",)),
    "restore_actor": lambda sv, s: [
        ((d.actor, d.relations, d.plan, d.ratings, d.plan_positions), {})
        for d in [sv.actor_dependents(s.actors.actors[0].uuid)]
    ],
    "set_actor_value": lambda sv, s: _setter(s.actors.actors[0]),
    "new_relation": lambda sv, s: [
        ((r.source, r.target, r.kind, "ok"), {}) for r in s.actors.relations[:1]
    ],
    "restore_relation": lambda sv, s: _one(s.actors.relations[0]),
    "set_relation_value": lambda sv, s: _setter(s.actors.relations[0]),
    "new_category": lambda sv, s: _one("ok"),
    "restore_category": lambda sv, s: _one(s.actors.categories[0]),
    "rename_category": lambda sv, s: _one(s.actors.categories[0].uuid, "ok"),
    "new_assessment": lambda sv, s: _one("ok", DAY),
    "save_assessment": lambda sv, s: _one("ok", DAY),
    "restore_assessment": lambda sv, s: _one(s.actors.assessments[0]),
    "new_plan_entry": lambda sv, s: _new(
        s.actors.plan[0].actor_uuid, record=s.actors.plan[0], skip=("actor_uuid",)
    ),
    "restore_plan_entry": lambda sv, s: _one(s.actors.plan[0]),
    "set_plan_value": lambda sv, s: _setter(s.actors.plan[0]),
    # ideas
    "new_idea": lambda sv, s: _new(record=_idea(s)),
    "restore_idea": lambda sv, s: [
        ((d.idea, d.votes, d.merged_from, d.trials), {})
        for d in [sv.idea_dependents(_idea(s).uuid)]
    ],
    "set_idea_value": lambda sv, s: _setter(_idea(s)),
    # tests
    "new_trial": lambda sv, s: _new(record=_trial(s)),
    "restore_trial": lambda sv, s: [
        ((d.trial, d.counts, d.feedback, d.decisions, d.versions, d.spawned, d.citations), {})
        for d in [sv.trial_dependents(_trial(s).uuid)]
    ],
    "set_trial_value": lambda sv, s: _setter(_trial(s)),
    "new_status_change": lambda sv, s: _one(_trial(s).uuid, "running", DAY),
    "restore_status_change": lambda sv, s: _one(_trial(s).history[0]),
    "set_trial_status": lambda sv, s: _one(_trial(s).uuid, "running", DAY),
    "new_budget_line": lambda sv, s: _new(_trial(s).uuid, record=_trial(s).budget[0]),
    "restore_budget_line": lambda sv, s: _one(_trial(s).budget[0]),
    "set_budget_value": lambda sv, s: _setter(_trial(s).budget[0]),
    "new_permit": lambda sv, s: _new(_trial(s).uuid, record=_trial(s).permits[0]),
    "restore_permit": lambda sv, s: _one(_trial(s).permits[0]),
    "set_permit_value": lambda sv, s: _setter(_trial(s).permits[0]),
    "new_count_session": lambda sv, s: _new(
        _trial(s).uuid, DAY, dt.time(10), dt.time(11), record=_count(s), skip=("trial_uuid",)
    ),
    "restore_count_session": lambda sv, s: _one(_count(s), sv.citations(_count(s).uuid)),
    "set_count_value": lambda sv, s: _setter(_count(s)),
    "set_passing": lambda sv, s: _one(_count(s).uuid, 0, "walking", 4),
    "set_staying": lambda sv, s: _one(_count(s).uuid, "sitting", "adult", 4),
    "new_feedback": lambda sv, s: _new(_feedback(s).trial_uuid, record=_feedback(s)),
    "restore_feedback": lambda sv, s: _one(_feedback(s)),
    "set_feedback_value": lambda sv, s: _setter(_feedback(s)),
    "new_decision": lambda sv, s: _decision_args(s),
    "record_decision": lambda sv, s: _decision_args(s),
    "restore_decision": lambda sv, s: [
        ((sv.new_decision(*args),), {}) for args, _ in _decision_args(s)
    ],
    "remove_decision": lambda sv, s: [
        ((sv.new_decision(*args),), {}) for args, _ in _decision_args(s)
    ],
    "set_decision_value": lambda sv, s: _setter(s.trials.decisions[0]),
    "restore_links": lambda sv, s: _one(sv.links_to(_m(s).meeting.uuid)),
    # the meeting in the room (issue 13)
    "agenda_from_template": lambda sv, s: _one(_m(s).meeting.uuid, "workshop", "da"),
    "apply_agenda_template": lambda sv, s: _one(_m(s).meeting.uuid, "workshop", "en"),
    "set_agenda": lambda sv, s: _one(_m(s).meeting.uuid, _m(s).agenda),
    "set_citizen_count": lambda sv, s: _one(_m(s).meeting.uuid, "age_15_29", "resident", 4),
    "new_participant": lambda sv, s: _participants_on(sv) + _one(_m(s).meeting.uuid, name="ok"),
    "restore_participant": lambda sv, s: (
        _participants_on(sv) + _one(sv.new_participant(_m(s).meeting.uuid, name="ok"))
    ),
    "set_participant_field": lambda sv, s: (
        _participants_on(sv) + _one(_stored_participant(sv, s), "name", "ok")
    ),
    "new_note": lambda sv, s: _one(_m(s).meeting.uuid, "ok", _AT, _m(s).agenda[0].uuid),
    "restore_note": lambda sv, s: _one(_new_note(sv, s)),
    "set_note_field": lambda sv, s: _one(_stored_note(sv, s), "text", "ok"),
    "convert_note": lambda sv, s: [
        ((_stored_note(sv, s), "idea"), {"title": "ok", "description": "ok"}),
        ((_stored_note(sv, s), "actor"), {"name": "ok", "notes": "ok"}),
        ((_stored_note(sv, s), "knowledge"), {"question": "ok"}),
        ((_stored_note(sv, s), "decision"), {"text": "ok"}),
        ((_stored_note(sv, s), "action"), {"what": "ok", "who": "ok"}),
    ],
    "new_action_item": lambda sv, s: _one(_m(s).meeting.uuid, what="ok", who="ok"),
    "restore_action_item": lambda sv, s: _one(sv.new_action_item(_m(s).meeting.uuid, what="ok")),
    "set_action_item_field": lambda sv, s: [
        ((u, f, "ok"), {}) for u in [_stored_action(sv, s)] for f in ("what", "who")
    ],
    "new_meeting_decision": lambda sv, s: _one(_m(s).meeting.uuid, text="ok"),
    "restore_meeting_decision": lambda sv, s: _one(
        sv.new_meeting_decision(_m(s).meeting.uuid, text="ok")
    ),
    "set_meeting_decision_field": lambda sv, s: _one(_stored_decision(sv, s), "text", "ok"),
}


def _participants_on(sv: ProjectService) -> list[Call]:
    sv.set_project_field("named_participants", True)
    return []


def _stored_participant(sv: ProjectService, s: ProjectSnapshot) -> str:
    participant = sv.new_participant(_m(s).meeting.uuid, name="Ane")
    sv.restore_participant(participant)
    return participant.uuid


def _new_note(sv: ProjectService, s: ProjectSnapshot) -> Any:
    return sv.new_note(_m(s).meeting.uuid, "ok", _AT, _m(s).agenda[0].uuid)


def _stored_note(sv: ProjectService, s: ProjectSnapshot) -> str:
    note = _new_note(sv, s)
    sv.restore_note(note)
    return str(note.uuid)


def _stored_action(sv: ProjectService, s: ProjectSnapshot) -> str:
    action = sv.new_action_item(_m(s).meeting.uuid, what="ok")
    sv.restore_action_item(action)
    return action.uuid


def _stored_decision(sv: ProjectService, s: ProjectSnapshot) -> str:
    decision = sv.new_meeting_decision(_m(s).meeting.uuid, text="ok")
    sv.restore_meeting_decision(decision)
    return decision.uuid


def _has_row(s: ProjectSnapshot, list_key: str) -> bool:
    return any(r.list_key == list_key for r in s.scope.rows)


#: Public methods that take no text to store: readers, deletions, moves, whole-file actions.
STORES_NO_TEXT = frozenset(
    {
        "actor_dependents", "actor_map", "duplicate_actor", "merge_ideas", "new_agenda_item",
        "promote_idea", "set_votes", "unmerge_idea", "citations", "close",
        "delete_all_personal_data",
        "feedback_position", "idea_dependents", "lineage", "links_to", "meeting", "meetings",
        "meeting_uuids", "next_card_number", "personal_data", "personal_data_count",
        "project", "save_copy",
        "scope", "set_actor_ratings", "set_tallies", "snapshot", "trial_book",
        "trial_dependents", "trial_summary", "vote_tallies", "votes",
        "duplicate_meeting", "next_meeting", "overdue_participants", "set_actor_present",
        "unconvert_note",
        "meeting_list", "print_outline", "snapshot_reader",
        "live_add_minutes", "live_end", "live_figures", "live_go_to", "live_meeting",
        "live_next", "live_pause", "live_previous", "live_resume", "live_start", "live_state",
        "card_run", "card_runs", "new_card_run", "next_free_card", "record_card_run",
        "restore_card_run", "round_trip",
    }
    | {"dashboard_facts", "trial_evidence", "trial_outline", "trial_statuses"}  # the overview
    | {"idle_work"}  # the owed backup and the read ahead, in a worker: no user text
    | {"feedback_themes"}  # a reader: the feedback tab's completer
    | {"trial_counts", "trial_feedback"}  # readers: one test's counting or feedback tab
    | {"feedback_steps"}  # a reader: one test's feedback made in steps for the read after
    | {n for n in dir(ProjectService) if n.startswith(("delete_", "move_"))}
)  # fmt: skip


def _public_methods() -> set[str]:
    return {
        name
        for name, _ in inspect.getmembers(ProjectService, inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_public_service_method_is_classified() -> None:
    unclassified = _public_methods() - set(CALLS) - STORES_NO_TEXT
    assert not unclassified, f"add these to CALLS or STORES_NO_TEXT: {sorted(unclassified)}"


def _mutants(value: Any, bad: str) -> Iterator[Any]:
    """Copies of ``value`` with one text in it (at any depth) replaced by ``bad``; ids (uuids)
    are not texts a user types and stay as they are."""
    if isinstance(value, str):
        if _UUID.fullmatch(value) is None:
            yield bad
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            for inner in _mutants(getattr(value, f.name), bad):
                yield dataclasses.replace(value, **{f.name: inner})
    elif isinstance(value, tuple | list):
        for i, item in enumerate(value):
            for inner in _mutants(item, bad):
                items = [*value[:i], inner, *value[i + 1 :]]
                yield type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    elif isinstance(value, dict):
        for key, item in value.items():
            for inner in _mutants(item, bad):
                yield {**value, key: inner}


def _mutated_calls(call: Call, bad: str) -> Iterator[Call]:
    args, kwargs = call
    for mutant in _mutants(list(args), bad):
        yield tuple(mutant), kwargs
    for mutant in _mutants(kwargs, bad):
        yield args, mutant


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.bymidte"
    write_demo(path, DAY).close()
    return path


@pytest.mark.parametrize("bad", sorted(BAD))
@pytest.mark.parametrize("method", sorted(CALLS))
def test_bad_text_is_refused_or_stored_cleanly(
    method: str, bad: str, demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "p.bymidte"
    shutil.copyfile(demo_file, path)
    service = open_project(path)
    try:
        snapshot = service.snapshot()
        calls = CALLS[method](service, snapshot)
        assert calls, f"{method}: no call built from the demo"
        tried = 0
        for call in calls:
            for args, kwargs in _mutated_calls(call, BAD[bad]):
                tried += 1
                try:
                    getattr(service, method)(*args, **kwargs)
                except KnownError as exc:
                    assert exc.kind is ErrorKind.BAD_INPUT, (method, exc)
                    assert str(exc.details.get("problem", "")), (method, exc)
        assert tried
        service.snapshot()  # whatever was stored reads back
    finally:
        service.close()
