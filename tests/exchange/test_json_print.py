"""The print suite in the JSON exchange format (version 7, issue 14): the logo travels as base64,
the accent colour and the privacy notice as fields, print runs as ``trials.card_runs``; version 6
files still import; every rule names its problem and place."""

from __future__ import annotations

import base64
import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.exchange.older import as_version_6
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import VERSION, dumps, loads, to_data
from workshop_app.exchange.json_print import CARD_RUN_KEYS, PRINT_PROJECT_KEYS
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.demo_data.ids import _id

TODAY = dt.date(2027, 3, 1)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
RUNNING = _id("trial/living_room_2")


def problem_of(data: object) -> str:
    with pytest.raises(KnownError) as info:
        loads(json.dumps(data))
    assert info.value.kind is ErrorKind.BAD_JSON
    return str(info.value.details["problem"])


def dressed() -> Any:
    """The demo with a logo, an accent colour and a privacy notice."""
    demo = demo_snapshot(TODAY)
    project = dataclasses.replace(
        demo.project,
        logo=PNG,
        accent="#8b1e2d",
        privacy_controller="Egeby Kommune, Plan og Byg",
        privacy_purpose="Vi sender referatet til dem, der skriver sig på.\nIntet andet.",
        privacy_contact="bymidte@egeby.dk",
        privacy_keep_until=dt.date(2027, 12, 31),
    )
    return dataclasses.replace(demo, project=project)


def test_version_7_round_trips_the_print_suite() -> None:
    snapshot = dressed()
    text = dumps(snapshot)
    data = json.loads(text)
    assert VERSION == 7
    assert tuple(data["project"])[-len(PRINT_PROJECT_KEYS) :] == PRINT_PROJECT_KEYS
    assert base64.b64decode(data["project"]["logo"]) == PNG
    (run,) = data["trials"]["card_runs"]
    assert tuple(run) == CARD_RUN_KEYS
    assert run | {"uuid": "-"} == {
        "uuid": "-",
        "trial": RUNNING,
        "first": 1,
        "last": 48,
        "printed_at": "2027-02-26T09:00:00",
    }
    assert loads(text) == snapshot
    assert dumps(loads(text)) == text


def test_a_version_6_file_imports_without_the_print_suite() -> None:
    old = as_version_6(to_data(dressed()))
    snapshot = loads(json.dumps(old))
    project = snapshot.project
    assert (project.logo, project.accent, project.privacy_contact) == (None, "", "")
    assert project.privacy_keep_until is None
    assert snapshot.trials.card_runs == ()
    assert snapshot.trials.feedback == dressed().trials.feedback
    old["project"]["accent"] = ""
    assert problem_of(old) == 'project: unknown field "accent"'


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


RUN = ("trials", "card_runs", 0)
GIF = base64.b64encode(b"GIF89a" + b"\x00" * 20).decode()
RULES = [
    ("logo not text", _set(("project", "logo"), 12), "project.logo: must be base64 text or null"),
    ("logo not base64", _set(("project", "logo"), "***"), "project.logo: is not valid base64 text"),
    ("logo a gif", _set(("project", "logo"), GIF), "project.logo: must be a PNG or JPEG image"),
    ("logo too big", _set(("project", "logo"), "A" * 1_400_000),
     "project.logo: the image is larger than 1 MB"),
    ("accent a name", _set(("project", "accent"), "red"),
     'project.accent: must be a colour written "#rrggbb", or empty'),
    ("contact nul", _set(("project", "privacy_contact"), "a\x00b"),
     "project.privacy_contact: must not contain control characters (U+0000)"),
    ("keep until", _set(("project", "privacy_keep_until"), "snart"),
     'project.privacy_keep_until: must be a date "YYYY-MM-DD" or null'),
    ("run no test", _set((*RUN, "trial"), "99999999-9999-4999-8999-999999999999"),
     "trials.card_runs[0].trial: there is no test with the uuid"),
    ("run first 0", _set((*RUN, "first"), 0),
     "trials.card_runs[0]: first card number: must be from 1 to 1000000"),
    ("run backwards", _set((*RUN, "last"), 0),
     "trials.card_runs[0]: last: must not be below first (1)"),
    ("run text", _set((*RUN, "last"), "48"),
     "trials.card_runs[0].last: must be a whole number, not text"),
    ("run when", _set((*RUN, "printed_at"), None),
     'trials.card_runs[0].printed_at: must be a time "YYYY-MM-DDTHH:MM:SS", not null'),
    ("run extra", _set((*RUN, "pages"), 12), 'trials.card_runs[0]: unknown field "pages"'),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_print_rule_names_its_problem(
    change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    data = to_data(dressed())
    change(data)
    assert problem_of(data).startswith(expected)


def test_overlapping_runs_of_one_test_are_refused_and_other_tests_are_free() -> None:
    data = to_data(dressed())
    first = data["trials"]["card_runs"][0]
    again = copy.deepcopy(first) | {"uuid": _id("card_run/again"), "first": 40, "last": 60}
    data["trials"]["card_runs"].append(again)
    assert problem_of(data) == (
        "trials.card_runs[1]: cards 40–60 overlap the run 1–48 printed earlier for this test"
    )
    again["trial"] = _id("trial/carfree")
    assert len(loads(json.dumps(data)).trials.card_runs) == 2
