"""A number typed into a table cell (the agenda's minutes, an idea's dots, an actor's ratings, a
budget amount) is read by one rule: ``domain.values.typed_whole``."""

from __future__ import annotations

import pytest

from workshop_app.domain.values import typed_whole


@pytest.mark.parametrize(
    ("typed", "expected"),
    [(7, 7), ("12", 12), (" 3 ", 3), (0, 0), (-4, -4), (True, 1)],
)
def test_a_number_or_its_digits_is_read(typed: object, expected: int) -> None:
    assert typed_whole(typed) == expected


@pytest.mark.parametrize("typed", ["", "abc", "1,5", None, object()])
def test_anything_else_is_not_a_number(typed: object) -> None:
    assert typed_whole(typed) is None


def test_a_number_outside_the_bounds_is_refused_and_the_bounds_are_allowed() -> None:
    assert typed_whole("0", 0, 5) == 0
    assert typed_whole("5", 0, 5) == 5
    assert typed_whole("6", 0, 5) is None
    assert typed_whole(-1, 0, 5) is None
    assert typed_whole(10**9, low=0) == 10**9
    assert typed_whole(-3, high=2) == -3
