"""The value rules, stated once (issue 11, item 4): the same value is accepted or refused alike by
the domain's rule, by the service a form calls, and by the JSON import — for texts (length,
control characters, unpaired surrogates), whole numbers, ratings and dates, in every phase.

Each row of a table says what the rule is; each route below is one field of one phase reached
three ways. A refusal by the service words the domain's rule (prefixed with the field); the JSON
import names the field's path and, for texts, words the same fault for a file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from workshop_app.domain.actors import check_actor_value
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.scope import FIELDS, check
from workshop_app.domain.trials import (
    check_budget_value,
    check_feedback_value,
    check_idea_value,
)
from workshop_app.domain.validation import check_value
from workshop_app.domain.values import (
    InvalidValue,
    check_multi,
    clamp,
    insert_at,
    text_fault,
)
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import dumps, loads
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import ProjectService

DAY = dt.date(2027, 3, 1)
DOC = json.loads(dumps(demo_snapshot(DAY)))


# -- the rules ---------------------------------------------------------------------------------

#: (what, value, accepted in a one-line field, accepted in a free-text field)
TEXTS: list[tuple[str, Any, bool, bool]] = [
    ("plain text", "Torvet 1, Egeby", True, True),
    ("empty", "", True, True),
    ("tab, line feed, carriage return", "a\tb\nc\r\nd", True, True),
    ("DEL and a C1 control", "a\x7fb\x85c", True, True),
    ("line separator, right-to-left mark, emoji", "a\u2028b\u200fc\U0001f600", True, True),
    ("NUL", "a\x00b", False, False),
    ("escape", "a\x1bb", False, False),
    ("vertical tab", "a\x0bb", False, False),
    ("unpaired surrogate", "a\ud800b", False, False),
    ("one-line limit", "x" * MAX_SHORT_TEXT, True, True),
    ("one over the one-line limit", "x" * (MAX_SHORT_TEXT + 1), False, True),
    ("free-text limit", "x" * MAX_TEXT, False, True),
    ("one over the free-text limit", "x" * (MAX_TEXT + 1), False, False),
    ("a number", 5, False, False),
    ("nothing", None, False, False),
]

#: (what, value, accepted as a rating from 1 to 5 that may be empty, accepted as kroner)
NUMBERS: list[tuple[str, Any, bool, bool]] = [
    ("lowest rating", 1, True, True),
    ("highest rating", 5, True, True),
    ("zero", 0, False, True),
    ("above the scale", 6, False, True),
    ("negative", -1, False, False),
    ("a large amount", 1_000_000_000, False, True),
    ("above the largest amount", 1_000_000_001, False, False),
    ("true", True, False, False),
    ("a fraction", 2.5, False, False),
    ("digits as text", "3", False, False),
    ("empty", None, True, False),
]

#: (what, value as the app holds it, value as a JSON file holds it, accepted as an optional date)
DATES: list[tuple[str, Any, Any, bool]] = [
    ("a day", dt.date(2027, 2, 28), "2027-02-28", True),
    ("a leap day", dt.date(2028, 2, 29), "2028-02-29", True),
    ("empty", None, None, True),
    ("a day with a time", dt.datetime(2027, 2, 28, 12, 0), "2027-02-28T12:00", False),
    ("text", "2027-02-28", "28-02-2027", False),
    ("a number", 20270228, 20270228, False),
]


# -- the routes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One field reached three ways: the domain's rule, the service a form calls, the import."""

    name: str
    domain: Callable[[Any], Any]
    service: Callable[[ProjectService, Any], Any]
    path: tuple[Any, ...]

    def __str__(self) -> str:
        return self.name


def _first(service: ProjectService, what: str) -> str:
    """The uuid of the demo's first row of a kind (as the JSON document's first row)."""
    snapshot = service.snapshot()
    rows: dict[str, Any] = {
        "meeting": snapshot.meetings[0].meeting,
        "actor": snapshot.actors.actors[0],
        "idea": snapshot.trials.ideas[0],
        "budget": snapshot.trials.trials[0].budget[0],
        "feedback": snapshot.trials.feedback[0],
    }
    return rows[what].uuid


SHORT_TEXT_ROUTES = [
    Route(
        "project name",
        lambda v: check_value("name", v),
        lambda s, v: s.set_project_field("name", v),
        ("project", "name"),
    ),
    Route(
        "actor name",
        lambda v: check_actor_value("name", v),
        lambda s, v: s.set_actor_value(_first(s, "actor"), "name", v),
        ("actors", "actors", 0, "name"),
    ),
    Route(
        "idea title",
        lambda v: check_idea_value("title", v),
        lambda s, v: s.set_idea_value(_first(s, "idea"), "title", v),
        ("trials", "ideas", 0, "title"),
    ),
]
LONG_TEXT_ROUTES = [
    Route(
        "meeting purpose",
        lambda v: check_value("purpose", v),
        lambda s, v: s.set_meeting_field(_first(s, "meeting"), "purpose", v),
        ("meetings", 0, "purpose"),
    ),
    Route(
        "scope background",
        lambda v: check(FIELDS["background"], v),
        lambda s, v: s.set_scope_value("background", v),
        ("scope", "values", "background"),
    ),
    Route(
        "actor notes",
        lambda v: check_actor_value("notes", v),
        lambda s, v: s.set_actor_value(_first(s, "actor"), "notes", v),
        ("actors", "actors", 0, "notes"),
    ),
    Route(
        "feedback quote",
        lambda v: check_feedback_value("quote", v),
        lambda s, v: s.set_feedback_value(_first(s, "feedback"), "quote", v),
        ("trials", "feedback", 0, "quote"),
    ),
]
RATING_ROUTE = Route(
    "actor influence",
    lambda v: check_actor_value("influence", v),
    lambda s, v: s.set_actor_value(_first(s, "actor"), "influence", v),
    ("actors", "actors", 0, "influence"),
)
AMOUNT_ROUTE = Route(
    "budget amount",
    lambda v: check_budget_value("amount", v),
    lambda s, v: s.set_budget_value(_first(s, "budget"), "amount", v),
    ("trials", "trials", 0, "budget", 0, "amount"),
)
DATE_ROUTES = [
    Route(
        "actor next step date",
        lambda v: check_actor_value("next_step_date", v),
        lambda s, v: s.set_actor_value(_first(s, "actor"), "next_step_date", v),
        ("actors", "actors", 0, "next_step_date"),
    ),
    Route(
        "feedback date",
        lambda v: check_feedback_value("date", v),
        lambda s, v: s.set_feedback_value(_first(s, "feedback"), "date", v),
        ("trials", "feedback", 0, "date"),
    ),
    Route(
        "meeting date",
        lambda v: check_value("date", v),
        lambda s, v: s.set_meeting_field(_first(s, "meeting"), "date", v),
        ("meetings", 0, "date"),
    ),
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectService]:
    """The demo, opened once: an accepted value is stored, a refused one leaves it unchanged."""
    opened = write_demo(Path(tmp_path_factory.mktemp("values")) / "demo.bymidte", DAY)
    yield opened
    opened.close()


def _domain(route: Route, value: Any) -> str | None:
    """``None`` if the domain's rule takes ``value``, else its refusal without the field."""
    try:
        route.domain(value)
    except InvalidValue as exc:
        return str(exc).split(": ", 1)[-1]
    return None


def _service(service: ProjectService, route: Route, value: Any) -> str | None:
    try:
        route.service(service, value)
    except KnownError as exc:
        assert exc.kind is ErrorKind.BAD_INPUT
        return exc.details["problem"]
    return None


def _imported(route: Route, value: Any) -> str | None:
    doc = json.loads(json.dumps(DOC))
    target = doc
    for key in route.path[:-1]:
        target = target[key]
    target[route.path[-1]] = value
    try:
        loads(json.dumps(doc), "values.json")  # ensure_ascii: a surrogate travels as "\ud800"
    except KnownError as exc:
        assert exc.kind is ErrorKind.BAD_JSON
        return exc.details["problem"]
    return None


def _json_path(route: Route) -> str:
    out = ""
    for key in route.path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _agree(service: ProjectService, route: Route, value: Any, file_value: Any, ok: bool) -> None:
    """All three routes accept ``value`` (``file_value`` in the file) if ``ok``, else refuse it,
    the service with the domain's words."""
    rule = _domain(route, value)
    by_service = _service(service, route, value)
    by_import = _imported(route, file_value)
    assert (rule is None, by_service is None, by_import is None) == (ok, ok, ok), (
        rule,
        by_service,
        by_import,
    )
    if not ok:
        assert by_service is not None and by_service.endswith(f": {rule}")
        assert by_import is not None and by_import.startswith(_json_path(route) + ": ")


# -- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("route", SHORT_TEXT_ROUTES + LONG_TEXT_ROUTES, ids=str)
@pytest.mark.parametrize("case", TEXTS, ids=[c[0] for c in TEXTS])
def test_texts_are_taken_or_refused_alike_everywhere(
    service: ProjectService, route: Route, case: tuple[str, Any, bool, bool]
) -> None:
    _what, value, short_ok, long_ok = case
    ok = long_ok if route in LONG_TEXT_ROUTES else short_ok
    _agree(service, route, value, value, ok)
    limit = MAX_TEXT if route in LONG_TEXT_ROUTES else MAX_SHORT_TEXT
    fault = text_fault(value, limit)
    assert (fault is None) == ok
    if fault is not None and isinstance(value, str):  # the import words it for a file
        assert _imported(route, value) == f"{_json_path(route)}: {fault.for_file('text')}"


@pytest.mark.parametrize("case", NUMBERS, ids=[c[0] for c in NUMBERS])
def test_numbers_are_taken_or_refused_alike_everywhere(
    service: ProjectService, case: tuple[str, Any, bool, bool]
) -> None:
    _what, value, rating_ok, amount_ok = case
    _agree(service, RATING_ROUTE, value, value, rating_ok)
    _agree(service, AMOUNT_ROUTE, value, value, amount_ok)


@pytest.mark.parametrize("route", DATE_ROUTES, ids=str)
@pytest.mark.parametrize("case", DATES, ids=[c[0] for c in DATES])
def test_dates_are_taken_or_refused_alike_everywhere(
    service: ProjectService, route: Route, case: tuple[str, Any, Any, bool]
) -> None:
    _what, value, file_value, ok = case
    _agree(service, route, value, file_value, ok)


def test_a_day_that_does_not_exist_is_refused_by_the_import_by_name() -> None:
    for route in DATE_ROUTES:
        assert _imported(route, "2027-02-30") == (
            f'{_json_path(route)}: "2027-02-30" is not a real date'
        )


def test_a_list_of_choices_keeps_the_choices_order_and_refuses_strangers() -> None:
    choices = ("money", "premises", "time")
    assert check_multi(["time", "money", "time"], choices) == ("money", "time")
    for bad in (["cake"], "money", [1], None):
        with pytest.raises(InvalidValue, match="must be a list of money, premises, time"):
            check_multi(bad, choices)


@pytest.mark.parametrize(
    ("position", "where"), [(None, 3), (0, 0), (2, 2), (3, 3), (99, 3), (-5, 0)]
)
def test_an_insert_position_is_clamped_to_the_list(position: int | None, where: int) -> None:
    assert clamp(position, 3) == where
    order = ["a", "b", "c"]
    insert_at(order, position, "new")
    assert order.index("new") == where
