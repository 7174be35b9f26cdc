"""Phase 1 values as plain JSON data, and the canonical shape of a :class:`Scope`.

Shared by storage (``scope_value.value`` and ``scope_row.data`` hold JSON) and the JSON exchange
format, so both write and read values the same way:

- ``TEXT``/``LONG``/``CHOICE``: a string; ``FLAG``: ``true``/``false``;
- ``MULTI``: a list of choice keys; ``DATE``: ``"YYYY-MM-DD"`` or ``null``; ``INT``: a number
  or ``null``.

Canonical shape (what storage loads, JSON imports and the demo builds, so snapshots compare
equal): ``Scope.values`` holds only values that differ from their field's empty value; every row
holds every column of its list; rows are ordered by list (declaration order) then position, and
positions run 0, 1, 2… within each list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workshop_app.domain.scope import (
    FIELDS,
    LISTS,
    Field,
    InvalidScopeValue,
    Kind,
    Scope,
    ScopeRow,
    check,
)
from workshop_app.domain.values import DATE_RE, real_date


def checked(field_: Field, value: Any) -> Any:
    """:func:`check` (which applies the shared text rules, unpaired surrogates included)."""
    return check(field_, value)


def to_plain(field_: Field, value: Any) -> Any:
    """A valid value as JSON-ready data."""
    if field_.kind is Kind.MULTI:
        return list(value)
    if field_.kind is Kind.DATE:
        return None if value is None else f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


def from_plain(field_: Field, raw: Any) -> Any:
    """JSON data back to a checked value; :class:`InvalidScopeValue` when it breaks a rule."""
    if field_.kind is Kind.MULTI:
        if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
            raise InvalidScopeValue("must be a list of " + ", ".join(field_.choices))
        if len(set(raw)) != len(raw):
            raise InvalidScopeValue("must not name a choice twice")
        value = checked(field_, raw)
        if list(value) != raw:
            raise InvalidScopeValue(
                "must list the choices in this order: " + ", ".join(field_.choices)
            )
        return value
    if field_.kind is Kind.DATE:
        if raw is None:
            return None
        match = DATE_RE.fullmatch(raw) if isinstance(raw, str) else None
        if match is None:
            raise InvalidScopeValue('must be a date "YYYY-MM-DD" or null')
        day = real_date(match)
        if day is None:
            raise InvalidScopeValue("is not a real date")
        return day
    return checked(field_, raw)


def is_empty(field_: Field, value: Any) -> bool:
    return bool(value == field_.empty() and type(value) is type(field_.empty()))


def full_row_values(list_key: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of the list, in declaration order (missing ones empty). Values unchecked."""
    return {c.key: values.get(c.key, c.empty()) for c in LISTS[list_key].columns}


def canonical_rows(rows: Iterable[ScopeRow]) -> tuple[ScopeRow, ...]:
    """Rows ordered by list (declaration order) then position, positions renumbered 0, 1, 2…"""
    by_list: dict[str, list[ScopeRow]] = {key: [] for key in LISTS}
    for row in rows:
        by_list[row.list_key].append(row)
    out: list[ScopeRow] = []
    for key, group in by_list.items():
        for position, row in enumerate(sorted(group, key=lambda r: r.position)):
            out.append(ScopeRow(row.uuid, key, position, full_row_values(key, row.values)))
    return tuple(out)


def canonical(scope: Scope) -> Scope:
    """The same scope in canonical shape (see the module docstring)."""
    values = {
        key: scope.values[key]
        for key in FIELDS
        if key in scope.values and not is_empty(FIELDS[key], scope.values[key])
    }
    return Scope(values=values, rows=canonical_rows(scope.rows), map_image=scope.map_image)
