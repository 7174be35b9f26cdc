"""Phase 3 in the JSON exchange format (version 4): round trips, rules, references, version 3."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.older import as_version_5
from workshop_app.domain.trials import (
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    Permit,
    Trial,
    TrialBook,
)
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import (
    BUDGET_KEYS,
    COUNT_KEYS,
    DECISION_KEYS,
    FEEDBACK_KEYS,
    IDEA_KEYS,
    PERMIT_KEYS,
    TRIAL_KEYS,
    VERSION,
    dumps,
    loads,
    to_data,
)
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.project_service import create_project

TODAY = dt.date(2027, 3, 1)
GHOST = "99999999-9999-4999-8999-999999999999"


def problem_of(data: object) -> str:
    with pytest.raises(KnownError) as info:
        loads(json.dumps(data))
    assert info.value.kind is ErrorKind.BAD_JSON
    return str(info.value.details["problem"])


def demo_data() -> dict[str, Any]:
    return to_data(demo_snapshot(TODAY))


def test_the_demo_round_trips_exactly(tmp_path: Path) -> None:
    demo = demo_snapshot(TODAY)
    text = dumps(demo)
    assert VERSION == 7
    assert loads(text) == demo
    assert dumps(loads(text)) == text
    service = create_project(tmp_path / "p.bymidte", loads(text))
    try:
        assert service.snapshot() == demo
        assert dumps(service.snapshot()) == text
    finally:
        service.close()


def test_every_value_kind_survives() -> None:
    demo = demo_snapshot(TODAY)
    book = demo.trials
    first = book.trials[0]
    permit = dataclasses.replace(first.permits[0], needed=None, applied=False, granted=None)
    trial = dataclasses.replace(first, permits=(permit, *first.permits[1:]), start_date=None)
    feedback = dataclasses.replace(book.feedback[0], date=None, quote='«Æ» — "citat"\n🙂')
    changed = dataclasses.replace(
        book,
        trials=(trial, *book.trials[1:]),
        feedback=(feedback, *book.feedback[1:]),
    )
    snapshot = dataclasses.replace(demo, trials=changed)
    assert loads(dumps(snapshot)) == snapshot


def test_the_field_lists_cover_the_domain() -> None:
    def names(cls: type) -> set[str]:
        return {f.name for f in dataclasses.fields(cls)}

    assert names(Idea) - {"position"} == set(IDEA_KEYS)
    assert names(Trial) - {"position"} == set(TRIAL_KEYS)
    assert names(BudgetLine) - {"trial_uuid"} == set(BUDGET_KEYS)
    assert names(Permit) - {"trial_uuid"} == set(PERMIT_KEYS)
    assert names(CountSession) - {"trial_uuid"} | {"trial"} == set(COUNT_KEYS)
    assert names(Feedback) - {"trial_uuid"} | {"trial"} == set(FEEDBACK_KEYS)
    assert names(Decision) - {"trial_uuid"} | {"trial"} == set(DECISION_KEYS)


def test_version_3_files_import_without_trials() -> None:
    data = as_version_5(demo_data())
    data["version"] = 3
    del data["trials"]
    snapshot = loads(json.dumps(data))
    assert snapshot.trials == TrialBook()
    assert snapshot.actors == demo_snapshot(TODAY).actors
    data["trials"] = demo_data()["trials"]
    assert problem_of(data) == 'unknown field "trials"'


def test_a_version_4_file_needs_its_trials() -> None:
    data = demo_data()
    del data["trials"]
    assert problem_of(data) == 'missing field "trials"'


def _at(*path: str | int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def find(data: dict[str, Any]) -> dict[str, Any]:
        target: Any = data["trials"]
        for step in path:
            target = target[step]
        result: dict[str, Any] = target
        return result

    return find


@pytest.mark.parametrize(
    ("where", "key", "value", "problem"),
    [
        (_at("counts", 0), "passing", [[-3, 0, 0]] * 12,
         "trials.counts[0].passing[0][0]: cannot be negative (-3)"),
        (_at("counts", 0), "passing", [[1.5, 0, 0]] * 12,
         "trials.counts[0].passing[0][0]: must be a whole number of people"),
        (_at("counts", 0), "passing", [[1, 0, 0]] * 11,
         "trials.counts[0].passing: must be 12 10-minute blocks of 3 counts"),
        (_at("counts", 0), "staying", [[0, 0, 0, True]] * 4,
         "trials.counts[0].staying[0][3]: must be a whole number of people"),
        (_at("counts", 0), "end_time", "09:00",
         "trials.counts[0].end_time: counting must end after it starts (09:00 is not after 10:00)"),
        (_at("counts", 0), "end_time", None, "trials.counts[0].end_time: must be a time"),
        (_at("counts", 0), "phase", "later", "trials.counts[0].phase: must be one of"),
        (_at("counts", 0), "trial", GHOST, "trials.counts[0].trial: there is no test"),
        (_at("trials", 0), "end_date", "2000-01-01",
         "trials.trials[0].end_date: a test cannot end before it starts"),
        (_at("trials", 0), "trial_type", "rocket", "trials.trials[0].trial_type: must be one of"),
        (_at("trials", 0), "responsible", [GHOST],
         "trials.trials[0].responsible[0]: there is no actor"),
        (_at("trials", 0), "version_of", GHOST, "trials.trials[0].version_of: there is no test"),
        (_at("trials", 0, "budget", 0), "amount", -100,
         "trials.trials[0].budget[0].amount: cannot be negative (-100)"),
        (_at("trials", 0, "budget", 0), "amount", 10.5,
         "trials.trials[0].budget[0].amount: must be a whole number of kroner"),
        (_at("trials", 0, "permits", 0), "granted", "yes",
         "trials.trials[0].permits[0].granted: must be yes, no or not known"),
        (_at("trials", 0, "history", 1), "date", "2000-01-01",
         "trials.trials[0].history: date: a status change cannot be dated before"),
        (_at("trials", 0, "history", 0), "status", "done",
         "trials.trials[0].history[0].status: must be one of"),
        (_at("ideas", 0), "origin_meeting", GHOST,
         "trials.ideas[0].origin_meeting: there is no meeting"),
        (_at("ideas", 0), "tags", "grønt", "trials.ideas[0].tags: must be a list of tags"),
        (_at("votes", 0), "count", -1, "trials.votes[0].count: cannot be negative (-1)"),
        (_at("votes", 0), "meeting", GHOST, "trials.votes[0].meeting: there is no meeting"),
        (_at("feedback", 0), "card_number", 0, "trials.feedback[0].card_number: must be from 1"),
        (_at("feedback", 0), "card_number", 2,
         "trials.feedback[1].card_number: card 2 is already entered for this test at "
         "trials.feedback[0]"),
        (_at("feedback", 0), "channel", "conversation",
         "trials.feedback[0].card_number: only a paper card has a number"),
        (_at("feedback", 0), "sentiment", "angry", "trials.feedback[0].sentiment: must be one"),
        (_at("decisions", 0), "evidence", [GHOST],
         "trials.decisions[0].evidence[0]: there is no count session or feedback"),
        (_at("decisions", 0), "kind", "later", "trials.decisions[0].kind: must be one of"),
        (_at("decisions", 0), "date", None, "trials.decisions[0].date: must be a date"),
    ],
)  # fmt: skip
def test_rules(
    where: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: object, problem: str
) -> None:
    data = demo_data()
    where(data)[key] = value
    assert problem_of(data).startswith(problem)


def test_loops_duplicates_and_unknown_keys_are_refused() -> None:
    data = demo_data()
    ideas = data["trials"]["ideas"]
    ideas[1]["merged_into"] = ideas[5]["uuid"]  # 5 is merged into 0; make 0 -> 1 -> 5 -> 0
    ideas[0]["merged_into"] = ideas[1]["uuid"]
    assert "lead round in a loop" in problem_of(data)
    data = demo_data()
    data["trials"]["votes"][1]["idea"] = data["trials"]["votes"][0]["idea"]
    assert "already has votes at this meeting" in problem_of(data)
    data = demo_data()
    data["trials"]["feedback"][0]["name"] = "Ida"
    assert problem_of(data) == 'trials.feedback[0]: unknown field "name"'
    data = demo_data()
    data["trials"]["counts"][0]["uuid"] = data["meetings"][0]["uuid"]
    assert "is already used at meetings[0].uuid" in problem_of(data)


def test_order_is_canonical_on_import() -> None:
    data = demo_data()
    expected = copy.deepcopy(data)
    data["trials"]["votes"].reverse()
    data["trials"]["counts"].reverse()
    data["trials"]["decisions"].reverse()
    assert to_data(loads(json.dumps(data))) == expected


def test_blank_tally_cells_round_trip_as_null_and_zeros_stay_zeros(tmp_path: Path) -> None:
    """A blank cell (not counted) is ``null`` in JSON and in the project file, a 0 stays 0; files
    from before blanks existed (zeros everywhere) import as they were."""
    demo = demo_snapshot(TODAY)
    first = demo.trials.counts[0]
    passing = ((12, None, 0), *((None, None, None),) * (len(first.passing) - 1))
    staying = ((None, 0, 3, None), *first.staying[1:])
    count = dataclasses.replace(first, passing=passing, staying=staying)
    book = dataclasses.replace(demo.trials, counts=(count, *demo.trials.counts[1:]))
    snapshot = dataclasses.replace(demo, trials=book)
    text = dumps(snapshot)
    raw = json.loads(text)["trials"]["counts"][0]
    assert raw["passing"][0] == [12, None, 0] and raw["staying"][0] == [None, 0, 3, None]
    assert loads(text) == snapshot
    service = create_project(tmp_path / "p.bymidte", loads(text))
    try:
        assert service.snapshot() == snapshot
        assert dumps(service.snapshot()) == text
    finally:
        service.close()
    old = demo_data()
    old["trials"]["counts"][0]["passing"][0] = [0, 0, 0]  # an old file's untouched block
    assert loads(json.dumps(old)).trials.counts[0].passing[0] == (0, 0, 0)
    bad = demo_data()
    bad["trials"]["counts"][0]["passing"][1][2] = "7"
    assert problem_of(bad).startswith("trials.counts[0].passing[1][2]:")
