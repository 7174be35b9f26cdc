"""What every service does with input it cannot take: a BAD_INPUT :class:`KnownError` with the
problem in words, and the ordering arithmetic all ordered lists share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop_app.errors import ErrorKind, KnownError


def bad_input(problem: str, **details: str) -> KnownError:
    return KnownError(ErrorKind.BAD_INPUT, "", problem=problem, **details)


def found(load: Callable[[], Any]) -> Any:
    """``load()`` with LookupError (no such row) turned into BAD_INPUT."""
    try:
        return load()
    except LookupError as exc:
        raise bad_input(str(exc).strip("'\"")) from None


def clamp(position: int | None, length: int) -> int:
    """A place to insert at in a list of ``length``: the end when not given."""
    return length if position is None else max(0, min(position, length))


def moved(order: list[str], uuid: str, position: int, what: str) -> list[str]:
    """``order`` with ``uuid`` moved to ``position`` (clamped); BAD_INPUT if it is not there."""
    if uuid not in order:
        raise bad_input(f"no {what} {uuid}")
    rest = [u for u in order if u != uuid]
    rest.insert(clamp(position, len(rest)), uuid)
    return rest
