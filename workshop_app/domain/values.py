"""The one set of value rules: what a text, a date, a time, a whole number, a choice or a uuid
must be before the app stores it, whoever hands it over (the UI through the services, the
services' own callers, the JSON import), and where an insert position lands in a list.

A broken rule raises :class:`InvalidValue` whose message names the rule in plain English ("must
be …"); a check of a named field prefixes the field ("influence: must be …", see :func:`at` and
:func:`check_field`). The services turn it into a BAD_INPUT refusal, the JSON import words it for
a file (:meth:`TextFault.for_file`).

Texts: a ``str`` of at most its field's limit, without C0 control characters other than tab, line
feed and carriage return (they break printing and are invisible in a form), and without unpaired
surrogates (Python can hold them, UTF-8 and so SQLite and JSON files cannot). Nothing is stripped
silently: a text that breaks a rule is refused, and the refusal says which rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, MutableSequence, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeGuard, TypeVar

from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT

_T = TypeVar("_T")

#: Characters no stored text may hold.
BAD_CHARACTER: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
#: A lowercase uuid, the only spelling the app stores.
UUID_RE: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: An ISO date and a 24-hour time of day as text (whether they are real is :func:`real_date`'s
#: and :func:`real_time`'s business).
DATE_RE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
TIME_RE: Final = re.compile(r"([0-9]{2}):([0-9]{2})")


class InvalidValue(ValueError):
    """A value breaks a rule; the message names the rule in plain English."""


# -- texts -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextFault:
    """Why a value is not an acceptable text."""

    kind: Literal["type", "length", "control", "surrogate"]
    length: int = 0
    limit: int = 0
    code: int = 0

    def __str__(self) -> str:
        """The services' wording: "must …"."""
        if self.kind == "type":
            return "must be text"
        if self.kind == "length":
            return f"must be at most {self.limit} characters"
        if self.kind == "control":
            return f"must not contain control characters (U+{self.code:04X})"
        return f"must not contain unpaired surrogates (U+{self.code:04X})"

    def for_file(self, kind_of_value: str) -> str:
        """The JSON import's wording, which names what the file holds instead (``kind_of_value``,
        e.g. "a number")."""
        if self.kind == "type":
            return f"must be text, not {kind_of_value}"
        if self.kind == "length":
            return f"is too long ({self.length} characters; at most {self.limit})"
        if self.kind == "control":
            return f"contains the control character U+{self.code:04X}, which is not allowed"
        return f"contains an unpaired surrogate U+{self.code:04X}, which is not text"


def text_fault(value: object, limit: int) -> TextFault | None:
    """``None`` if ``value`` is an acceptable text of at most ``limit`` characters."""
    if not isinstance(value, str):
        return TextFault("type")
    if len(value) > limit:
        return TextFault("length", len(value), limit)
    bad = BAD_CHARACTER.search(value)
    if bad is not None:
        code = ord(bad[0])
        return TextFault("control" if code < 0x20 else "surrogate", code=code)
    return None


def check_text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    """A text of at most ``limit`` characters (a one-line field's limit when not given)."""
    if type(value) is str and len(value) <= limit and BAD_CHARACTER.search(value) is None:
        return value  # as text_fault finds it: nothing to say (every field of every row)
    fault = text_fault(value, limit)
    if fault is not None:
        raise InvalidValue(str(fault))
    return str(value)


def check_long_text(value: Any) -> str:
    """A free text (at most ``MAX_TEXT`` characters)."""
    return check_text(value, MAX_TEXT)


def shown(value: object, limit: int = 40) -> str:
    """``value`` quoted for a one-line message: control characters and unpaired surrogates as
    ``�``, cut to ``limit`` characters with ``…``."""
    text = BAD_CHARACTER.sub("\ufffd", str(value)).replace("\n", " ").replace("\r", " ")
    text = text.replace("\t", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"


# -- choices and uuids -------------------------------------------------------------------------


def sample_text(head: bytes) -> str | None:
    """The first bytes of a file as UTF-8 text, or ``None`` if they are not text. A multi-byte
    letter cut at the end of the sample (at most three bytes of it) is still text."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return None


def check_choice(value: Any, choices: tuple[str, ...], *, empty: bool = True) -> str:
    """One of ``choices`` (or ``""`` for none when ``empty``)."""
    if not isinstance(value, str) or (value not in choices and not (empty and value == "")):
        raise InvalidValue("must be one of " + ", ".join(choices) + (" or empty" * empty))
    return value


def check_multi(value: Any, choices: tuple[str, ...]) -> tuple[str, ...]:
    """Some of ``choices``, given as a list; kept in the order of ``choices``, once each."""
    if not isinstance(value, tuple | list) or any(
        not isinstance(v, str) or v not in choices for v in value
    ):
        raise InvalidValue("must be a list of " + ", ".join(choices))
    return tuple(c for c in choices if c in value)


def is_uuid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


def check_uuid(value: Any) -> str:
    if not is_uuid(value):
        raise InvalidValue("must be a lowercase UUID")
    return str(value)


def check_optional_uuid(value: Any) -> str | None:
    """A uuid, or ``None``/``""`` for none."""
    if value is None or value == "":
        return None
    return check_uuid(value)


def check_flag(value: Any, words: str = "yes or no") -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(f"must be {words}")
    return value


def check_tristate(value: Any) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise InvalidValue("must be yes, no or not known")
    return value


# -- dates and times ---------------------------------------------------------------------------


def is_date(value: Any) -> bool:
    """A calendar day (a ``datetime`` is not one: it holds a time too)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def check_date(value: Any, *, optional: bool = True) -> dt.date | None:
    """A calendar day, or ``None`` when ``optional``."""
    if value is None and optional:
        return None
    if not is_date(value):
        raise InvalidValue("must be a date" + (" or empty" if optional else ""))
    return value


def check_required_date(value: Any) -> dt.date:
    day = check_date(value, optional=False)
    assert day is not None
    return day


def check_time(value: Any) -> dt.time:
    """A time of day to the minute (seconds are dropped); no time zone."""
    if not isinstance(value, dt.time) or value.tzinfo is not None:
        raise InvalidValue("must be a time of day")
    return value.replace(second=0, microsecond=0)


def real_date(match: re.Match[str]) -> dt.date | None:
    """The day a :data:`DATE_RE` match names, ``None`` if there is no such day (2025-02-30)."""
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def real_time(match: re.Match[str]) -> dt.time | None:
    """The time of day a :data:`TIME_RE` match names, ``None`` if there is none (25:00)."""
    try:
        return dt.time(int(match[1]), int(match[2]))
    except ValueError:
        return None


# -- numbers -----------------------------------------------------------------------------------


def is_whole(value: object) -> TypeGuard[int]:
    """A whole number (``True``/``False`` are not numbers here, though Python counts them)."""
    return isinstance(value, int) and not isinstance(value, bool)


def typed_whole(value: object, low: int | None = None, high: int | None = None) -> int | None:
    """The whole number typed into a cell (a number or its digits), or None when it is none or
    lies outside ``low`` to ``high``: the table cells of every phase read numbers this way."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    if (low is not None and number < low) or (high is not None and number > high):
        return None
    return number


def check_whole(value: Any, low: int, high: int, what: str = "a whole number") -> int:
    """A whole number from ``low`` to ``high``; the refusal calls it ``what``."""
    if not is_whole(value):
        raise InvalidValue(f"must be {what}")
    if value < 0 <= low:
        raise InvalidValue(f"cannot be negative ({value})")
    if not low <= value <= high:
        raise InvalidValue(f"must be from {low} to {high}")
    return value


def check_scale(value: Any, low: int, high: int) -> int:
    """A point on a rating scale from ``low`` to ``high``."""
    if not is_whole(value) or not low <= value <= high:
        raise InvalidValue(f"must be a whole number from {low} to {high}")
    return value


def check_rating(value: Any, low: int, high: int) -> int | None:
    """A rating on its scale, or ``None`` (not rated yet)."""
    if value is None:
        return None
    if not is_whole(value) or not low <= value <= high:
        raise InvalidValue(f"must be a whole number from {low} to {high} or empty")
    return value


# -- lists -------------------------------------------------------------------------------------


def clamp(position: int | None, length: int) -> int:
    """A place to insert at in a list of ``length``: the end when not given."""
    return length if position is None else max(0, min(position, length))


def insert_at(order: MutableSequence[_T], position: int | None, item: _T) -> None:
    """Insert ``item`` into ``order`` at ``position`` clamped to the list (the end for ``None``)."""
    order.insert(clamp(position, len(order)), item)


# -- naming the field --------------------------------------------------------------------------


def at(prefix: str, check: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``check(*args, **kwargs)``, a refusal prefixed with ``prefix`` ("date: must be …")."""
    try:
        return check(*args, **kwargs)
    except InvalidValue as exc:
        raise InvalidValue(f"{prefix}: {exc}") from None


def check_fields(
    rules: Mapping[str, Callable[[Any], Any]], names: Sequence[str], record: object
) -> dict[str, Any]:
    """The fields ``names`` of ``record``, each checked by its rule as :func:`check_field`
    checks it (the refusal starts with the field's name; every name has a rule): one call per
    field, for the rows of a file read in their thousands."""
    values = changed_fields(rules, names, record)
    return {name: getattr(record, name) for name in names} if values is None else values


def changed_fields(
    rules: Mapping[str, Callable[[Any], Any]], names: Sequence[str], record: object
) -> dict[str, Any] | None:
    """:func:`check_fields`, or None when checking gave back each field as it was (same type,
    equal): the record itself is then the checked one, and no copy need be made. One pass
    over the fields (a test's thousands of feedback entries are read so)."""
    checked: list[Any] = []
    same = True
    for name in names:
        given = getattr(record, name)
        try:
            value = rules[name](given)
        except InvalidValue as exc:
            raise InvalidValue(f"{name}: {exc}") from None
        checked.append(value)
        if same and value is not given and not _same(value, given):
            same = False
    return None if same else dict(zip(names, checked, strict=True))


def _same(value: object, given: object) -> bool:
    """``value`` is ``given``, or of the very same type and equal (tuples item by item: a tuple
    holding a ``str`` subclass is not the checked one, though it compares equal)."""
    if value is given:
        return True
    if type(value) is not type(given):
        return False
    if type(value) is tuple:
        assert isinstance(given, tuple)
        return len(value) == len(given) and all(map(_same, value, given))
    return value == given


def check_field(rules: Mapping[str, Callable[[Any], Any]], what: str, name: str, value: Any) -> Any:
    """``value`` checked by the rule of field ``name``; the refusal starts with the field's name,
    an unknown field is refused as such ("colour: unknown actor field")."""
    rule = rules.get(name)
    if rule is None:
        raise InvalidValue(f"{name}: unknown {what} field")
    try:  # as at(name, rule, value) does, one call less: every field of every row comes here
        return rule(value)
    except InvalidValue as exc:
        raise InvalidValue(f"{name}: {exc}") from None
