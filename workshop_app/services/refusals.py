"""What every service does with input it cannot take: a BAD_INPUT :class:`KnownError` with the
problem in words (a broken value rule of :mod:`workshop_app.domain.values` included), and the
ordering arithmetic all ordered lists share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from workshop_app.domain.values import InvalidValue, clamp, insert_at
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.storage import repository

__all__ = ["bad_input", "clamp", "found", "insert_at", "moved", "valid"]

_T = TypeVar("_T")


def bad_input(problem: str, **details: str) -> KnownError:
    return KnownError(ErrorKind.BAD_INPUT, "", problem=problem, **details)


def found(load: Callable[[], Any]) -> Any:
    """``load()`` with LookupError (no such row) turned into BAD_INPUT."""
    try:
        return load()
    except LookupError as exc:
        raise bad_input(str(exc).strip("'\"")) from None


def valid(check: Callable[..., _T], *args: Any, field: str = "") -> _T:
    """``check(*args)`` with a broken value rule (:class:`InvalidValue`) turned into BAD_INPUT,
    its message prefixed with ``field`` when given ("name: must be at most 500 characters")."""
    try:
        return check(*args)
    except InvalidValue as exc:
        raise bad_input(f"{field}: {exc}" if field else str(exc)) from None


def moved(order: list[str], uuid: str, position: int, what: str) -> list[str]:
    """``order`` with ``uuid`` moved to ``position`` (clamped); BAD_INPUT if it is not there."""
    if uuid not in order:
        raise bad_input(f"no {what} {uuid}")
    rest = [u for u in order if u != uuid]
    insert_at(rest, position, uuid)
    return rest


def require_new(db: Any, table: str, uuid: str) -> None:
    """Refuse to store a record whose uuid its table already holds (an add or a restore made
    twice)."""
    if repository.row_exists(db, table, uuid):
        raise bad_input(f"{uuid}: already exists")
