"""Reading untrusted JSON: the checks every part of an import uses (types, texts, uuids, dates,
references). A problem raises ``_Invalid`` with its JSON path; ``json_format.loads`` turns it into
the one ``KnownError``."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, NoReturn

from workshop_app.domain.limits import MAX_DURATION_MIN
from workshop_app.domain.values import (
    DATE_RE,
    TIME_RE,
    InvalidValue,
    is_uuid,
    is_whole,
    real_date,
    real_time,
    text_fault,
)

# --------------------------------------------------------------------------------------- import


class _Object(dict[str, Any]):
    """A decoded JSON object that remembers keys given more than once (``json`` keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dups: list[str] = []
        for key, _value in pairs:
            if key in seen and key not in dups:
                dups.append(key)
            seen.add(key)
        obj.duplicates = tuple(dups)
    return obj


class _Invalid(Exception):
    """Internal: one problem found, with its JSON path. Becomes a ``KnownError``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.problem = str(self.args[0])


def _fail(path: str, message: str) -> NoReturn:
    raise _Invalid(path, message)


def _reject_constant(name: str) -> NoReturn:
    raise _Invalid("", f"not valid JSON: {name} is not allowed (numbers must be finite)")


def _shown(text: str, limit: int = 40) -> str:
    """User-supplied text made safe to put in a message: short, printable, quoted."""
    out: list[str] = []
    for ch in text[:limit]:
        if unicodedata.category(ch) in ("Cc", "Cs", "Cf") or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + ("…" if len(text) > limit else "") + '"'


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "an unknown value"  # pragma: no cover - json produces nothing else


def _object(value: object, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """An object with exactly ``keys``: no unknown, missing or repeated keys."""
    if not isinstance(value, dict):
        _fail(path, f"must be an object {{...}}, not {_kind_of(value)}")
    if isinstance(value, _Object) and value.duplicates:
        names = ", ".join(_shown(k) for k in value.duplicates[:5])
        _fail(path, f"the field {names} is given more than once")
    unknown = [k for k in value if k not in keys]
    if unknown:
        names = ", ".join(_shown(k) for k in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        word = "field" if len(unknown) == 1 else "fields"
        _fail(path, f"unknown {word} {names}{more}")
    missing = [k for k in keys if k not in value]
    if missing:
        word = "field" if len(missing) == 1 else "fields"
        _fail(path, f"missing {word} " + ", ".join(f'"{k}"' for k in missing))
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _text(value: object, path: str, limit: int) -> str:
    """The shared rules of :mod:`workshop_app.domain.values`, worded for a JSON file."""
    fault = text_fault(value, limit)
    if fault is not None:
        _fail(path, fault.for_file(_kind_of(value)))
    return str(value)


def _what(value: object) -> str:
    """The value as a message shows it: text quoted (see :func:`_shown`), anything else by kind."""
    return _shown(value) if isinstance(value, str) else _kind_of(value)


def _items(
    value: object, path: str, limit: int, what: str, keys: tuple[str, ...], seen: dict[str, str]
) -> Iterator[tuple[int, str, dict[str, Any], str]]:
    """The objects of the list at ``path`` (at most ``limit`` ``what``), each with exactly
    ``keys`` and a new uuid: ``(index, its path, the object, its uuid)``."""
    for index, raw in enumerate(_list(value, path, limit, what)):
        item_path = f"{path}[{index}]"
        item = _object(raw, item_path, keys)
        yield index, item_path, item, _uuid(item["uuid"], _join(item_path, "uuid"), seen)


def _uuid(value: object, path: str, seen: dict[str, str]) -> str:
    if not is_uuid(value):
        shown = _what(value)
        _fail(
            path,
            f'must be a lowercase UUID like "0b6e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b", not {shown}',
        )
    if value in seen:
        _fail(path, f"the uuid {value} is already used at {seen[value]}")
    seen[value] = path
    return value


def _parsed(
    value: object, path: str, pattern: re.Pattern[str], real: Any, shape: str, what: str
) -> Any:
    """``value`` (text matching ``pattern``, or null) as the day or time ``real`` makes of the
    match; a refusal says the ``shape`` the text must have, or that it is no real ``what``."""
    if value is None:
        return None
    match = pattern.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        _fail(path, f"must be {shape} or null, not {_what(value)}")
    parsed = real(match)
    if parsed is None:
        _fail(path, f"{_shown(match[0])} is not a real {what}")
    return parsed


def _date(value: object, path: str) -> dt.date | None:
    return _parsed(value, path, DATE_RE, real_date, 'a date "YYYY-MM-DD"', "date")


def _time(value: object, path: str) -> dt.time | None:
    shape = 'a time "HH:MM" (24-hour clock)'
    return _parsed(value, path, TIME_RE, real_time, shape, "time of day")


def _duration(value: object, path: str) -> int:
    if not is_whole(value) or not 0 <= value <= MAX_DURATION_MIN:
        _fail(path, f"must be a whole number from 0 to {MAX_DURATION_MIN}")
    return value


def _list(value: object, path: str, limit: int, what: str) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, f"must be a list [...], not {_kind_of(value)}")
    if len(value) > limit:
        _fail(path, f"has {len(value)} {what}; at most {limit} are allowed")
    return value


def _base64_length(max_bytes: int) -> int:
    """The longest base64 text of at most ``max_bytes`` bytes."""
    return 4 * -(-max_bytes // 3)


def _base64(
    value: object, path: str, max_length: int, too_large: str, expected: str = "base64 text"
) -> bytes:
    """The bytes of base64 text (an image's) refused unread when longer than ``max_length``
    (``too_large``: the message then); ``expected``: what the value must be, as messages say."""
    if not isinstance(value, str):
        _fail(path, f"must be {expected}, not {_kind_of(value)}")
    if len(value) > max_length:
        _fail(path, too_large)
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        _fail(path, "is not valid base64 text")


def _rule(path: str, check: Any, *args: Any) -> Any:
    """A domain rule (:mod:`workshop_app.domain.values`) applied at ``path`` (whose last step the
    message need not repeat)."""
    try:
        return check(*args)
    except InvalidValue as exc:
        last = path.rsplit(".", 1)[-1]
        _fail(path, str(exc).removeprefix(f"{last}: "))


def _reference(value: object, path: str, known: dict[str, int], what: str) -> str:
    if not is_uuid(value):
        _fail(path, f"must be the uuid of an existing {what}, not {_what(value)}")
    if value not in known:
        _fail(path, f"there is no {what} with the uuid {value}")
    return value


def _optional_reference(value: object, path: str, known: dict[str, int], what: str) -> str | None:
    return None if value is None else _reference(value, path, known, what)


def _no_loops(links: dict[str, str | None], paths: dict[str, str], what: str) -> None:
    for start in links:
        seen = {start}
        current = links[start]
        while current is not None:
            if current in seen:
                _fail(paths[start], f"the {what} links lead round in a loop")
            seen.add(current)
            current = links.get(current)
