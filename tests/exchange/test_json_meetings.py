"""The meeting in the room in the JSON exchange format (version 6): every new field and record
round-trips exactly, version 5 files still import, and each rule names its problem."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.exchange.older import as_version_5
from workshop_app.domain.actors import Actor, ActorMap
from workshop_app.domain.meetings import (
    ActionItem,
    CitizenCount,
    LiveState,
    MeetingDecision,
    Note,
    Participant,
)
from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import Scope, ScopeRow
from workshop_app.domain.trial_model import Idea
from workshop_app.domain.trials import TrialBook
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import dumps, loads, to_data

P = "0a0b0c0d-0000-4000-8000-00000000abcd"
M = "11111111-1111-4111-8111-111111111111"
I0, I1 = "33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"
ACTOR, IDEA, ROW = (f"5555555{n}-5555-4555-8555-555555555555" for n in range(3))
N = [f"6666666{n}-6666-4666-8666-666666666666" for n in range(6)]
ACT, DEC, PART = (f"7777777{n}-7777-4777-8777-777777777777" for n in range(3))
T0 = dt.datetime(2027, 3, 1, 19, 0, 0)


def snapshot() -> ProjectSnapshot:
    meeting = Meeting(
        M,
        0,
        "Borgermøde",
        dt.date(2027, 3, 1),
        dt.time(19, 0),
        "Biblioteket",
        "Hvad vil vi?",
        kind="citizen_meeting",
        facilitators="Åse Bæk",
        phase="trials",
    )
    agenda = (
        AgendaItem(I0, M, 0, "Velkomst", 10, "", "Åse", "Kaffe", "Husk navneskilte", 5),
        AgendaItem(I1, M, 1, "Idéborde", 35, "Workshop", "", "", "", 0),
    )
    notes = (
        Note(N[0], M, 0, I0, T0 + dt.timedelta(seconds=65), "Flere bænke 🪑", "idea", IDEA),
        Note(N[1], M, 1, I1, T0 + dt.timedelta(minutes=20), "Cykelklubben", "actor", ACTOR),
        Note(
            N[2],
            M,
            2,
            None,
            T0 + dt.timedelta(minutes=21),
            "Hvem ejer p-pladsen?",
            "knowledge",
            ROW,
        ),
        Note(N[3], M, 3, I1, T0 + dt.timedelta(minutes=22), "Vi prøver i maj", "decision", DEC),
        Note(N[4], M, 4, I1, T0 + dt.timedelta(minutes=23), "Ring til kommunen", "action", ACT),
        Note(N[5], M, 5, I1, T0 + dt.timedelta(minutes=24), "Bare en note\r\nmed linjer"),
    )
    whole = MeetingWithAgenda(
        meeting,
        agenda,
        citizen_counts=(
            CitizenCount(M, "age_15_29", "visitor", 3),
            CitizenCount(M, "age_30_64", "resident", 0),
            CitizenCount(M, "age_30_64", "trader", 7),
        ),
        participants=(Participant(PART, M, 0, "Bo Holm", True, dt.date(2027, 12, 31)),),
        actors_present=(ACTOR,),
        notes=notes,
        actions=(
            ActionItem(ACT, M, 0, "Ring til kommunen", "Ole", dt.date(2027, 3, 8), True, N[4]),
        ),
        decisions=(MeetingDecision(DEC, M, 0, "Vi prøver i maj", N[3]),),
        live=LiveState(
            M, T0, I1, T0 + dt.timedelta(minutes=12), T0 + dt.timedelta(minutes=30), 95, None
        ),
    )
    return ProjectSnapshot(
        Project(P, "Egeby", named_participants=True),
        meetings=(whole, MeetingWithAgenda(Meeting("22222222-2222-4222-8222-222222222222", 1))),
        scope=Scope(
            rows=(
                ScopeRow(
                    ROW,
                    "knowledge",
                    0,
                    {
                        "preset": "",
                        "question": "Hvem ejer p-pladsen?",
                        "status": "",
                        "owner": "",
                        "source": "",
                        "notes": "",
                    },
                ),
            )
        ),
        actors=ActorMap(actors=(Actor(ACTOR, 0, "Cykelklubben"),)),
        trials=TrialBook(ideas=(Idea(IDEA, 0, "Flere bænke", origin_meeting=M),)),
    )


def problem_after(change: Callable[[dict[str, Any]], object]) -> str:
    data = to_data(snapshot())
    change(data)
    with pytest.raises(KnownError) as info:
        loads(json.dumps(data))
    assert info.value.kind is ErrorKind.BAD_JSON
    return str(info.value.details["problem"])


def test_every_new_field_and_record_round_trips_exactly() -> None:
    original = snapshot()
    text = dumps(original)
    again = loads(text)
    assert again.meetings[0] == original.meetings[0]
    assert again == original
    assert dumps(again) == text


def test_through_a_project_file_and_back(tmp_path: Any) -> None:
    from workshop_app.services.project_service import create_project

    service = create_project(tmp_path / "p.bymidte", snapshot())
    try:
        stored = service.snapshot()
    finally:
        service.close()
    assert stored.meetings == snapshot().meetings
    assert dumps(stored) == dumps(snapshot())


def test_a_meeting_is_written_with_its_new_keys_in_order() -> None:
    data = to_data(snapshot())
    meeting = data["meetings"][0]
    assert meeting["kind"] == "citizen_meeting"
    assert meeting["notes"][0]["at"] == "2027-03-01T19:01:05"
    assert meeting["live"]["paused_at"] == "2027-03-01T19:30:00"
    assert meeting["citizen_counts"][0] == {"age_band": "age_15_29", "group": "visitor", "count": 3}
    assert data["meetings"][1]["live"] is None
    assert data["project"]["named_participants"] is True


def test_a_version_5_file_imports_with_the_defaults() -> None:
    old = as_version_5(to_data(snapshot()))
    imported = loads(json.dumps(old))
    meeting = imported.meetings[0]
    assert (meeting.meeting.kind, meeting.meeting.facilitators, meeting.meeting.phase) == (
        "other",
        "",
        "",
    )
    assert (meeting.notes, meeting.actions, meeting.live, meeting.citizen_counts) == (
        (),
        (),
        None,
        (),
    )
    assert meeting.agenda[0].extra_min == 0 and meeting.agenda[0].notes == ""
    assert not imported.project.named_participants
    old["meetings"][0]["kind"] = "workshop"
    with pytest.raises(KnownError, match="unknown field"):
        loads(json.dumps(old))


def _at(*path: str | int) -> Callable[[dict[str, Any]], Any]:
    def get(data: dict[str, Any]) -> Any:
        target: Any = data["meetings"][0]
        for step in path:
            target = target[step]
        return target

    return get


@pytest.mark.parametrize(
    ("where", "key", "value", "expected"),
    [
        (_at(), "kind", "party", 'meetings[0].kind: must be one of "kickoff"'),
        (_at(), "phase", "4", "meetings[0].phase: must be one of"),
        (_at(), "facilitators", "x" * 501, "meetings[0].facilitators: is too long"),
        (_at("agenda", 0), "extra_min", -1, "agenda[0].extra_min: must be a whole number from 0"),
        (_at("agenda", 0), "notes", None, "agenda[0].notes: must be text"),
        (_at("citizen_counts", 0), "group", "tourist", "citizen_counts[0].group: must be one of"),
        (_at("citizen_counts", 0), "count", 1.5, "citizen_counts[0].count: must be a whole number"),
        (
            _at("notes", 0),
            "at",
            "2027-03-01 19:00",
            'notes[0].at: must be a time "YYYY-MM-DDTHH:MM:SS"',
        ),
        (_at("notes", 0), "at", "2027-02-30T19:00:00", "is not a real date and time"),
        (_at("notes", 0), "at", None, "notes[0].at: must be a time"),
        (
            _at("notes", 0),
            "item",
            "22222222-2222-4222-8222-222222222222",
            "this meeting has no an agenda item",
        ),
        (_at("notes", 0), "became_kind", "wish", "notes[0].became_kind: must be one of"),
        (_at("notes", 5), "became_uuid", IDEA, 'must be "" while became_kind is ""'),
        (
            _at("notes", 0),
            "became_uuid",
            ACTOR,
            "notes[0].became_uuid: there is no idea with the uuid",
        ),
        (_at("notes", 3), "became_uuid", ACT, "there is no decision in this meeting"),
        (_at("actions", 0), "done", 1, "actions[0].done: must be true or false"),
        (_at("actions", 0), "note", IDEA, "actions[0].note: this meeting has no a note"),
        (
            _at("decisions", 0),
            "text",
            "a\x00b",
            "decisions[0].text: contains the control character",
        ),
        (
            _at("participants", 0),
            "consent",
            "yes",
            "participants[0].consent: must be true or false",
        ),
        (_at("live"), "paused_s", -5, "live.paused_s: must be a whole number"),
        (_at("live"), "started_at", None, "live: started_at: must be given"),
        (_at("live"), "item", N[0], "live.item: this meeting has no an agenda item"),
    ],
)
def test_each_rule_names_its_problem(
    where: Callable[[dict[str, Any]], Any], key: str, value: object, expected: str
) -> None:
    assert expected in problem_after(lambda data: where(data).__setitem__(key, value))


def test_links_outside_the_meeting_and_duplicates_are_refused() -> None:
    ghost = "99999999-9999-4999-8999-999999999999"
    assert "actors_present[0]: there is no actor" in problem_after(
        lambda d: d["meetings"][0].__setitem__("actors_present", [ghost])
    )
    assert "an actor is given more than once" in problem_after(
        lambda d: d["meetings"][0].__setitem__("actors_present", [ACTOR, ACTOR])
    )
    assert "given more than once" in problem_after(
        lambda d: d["meetings"][0]["citizen_counts"].append(d["meetings"][0]["citizen_counts"][0])
    )
    assert "is already used at" in problem_after(
        lambda d: d["meetings"][0]["notes"][1].__setitem__("uuid", N[0])
    )


def test_named_participants_need_the_project_switch() -> None:
    problem = problem_after(lambda d: d["project"].__setitem__("named_participants", False))
    assert problem.startswith("meetings[0].participants: the project does not list")
    assert "project.named_participants: must be true or false" in problem_after(
        lambda d: d["project"].__setitem__("named_participants", 1)
    )


def test_actors_present_come_back_in_register_order() -> None:
    second = "88888888-8888-4888-8888-888888888888"
    base = snapshot()
    actors = ActorMap(actors=(*base.actors.actors, Actor(second, 1, "Skolen")))
    meeting = dataclasses.replace(base.meetings[0], actors_present=(second, ACTOR))
    data = to_data(dataclasses.replace(base, actors=actors, meetings=(meeting, *base.meetings[1:])))
    assert loads(json.dumps(data)).meetings[0].actors_present == (ACTOR, second)
