"""The method catalogue ("method cards"): involvement methods shipped with the app.

The content lives in ``resources/methods/methods.json`` (Danish and English); this module reads
and checks it. The file is our own shipped data, so anything wrong with it is a bug: loading raises
a ``ValueError`` that names the problem, and the test suite loads the real file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from workshop_app import paths
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES, METHODS

FORMAT = "bymidtevaerkstedet-methods"
VERSION = 1
#: Languages every card must carry; the first is the fallback for any other language.
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]

_TEXT_FIELDS = ("name", "purpose", "duration_text")
_LIST_FIELDS = {"materials": (1, 12), "steps": (4, 7), "tips": (2, 4)}
_CARD_FIELDS = frozenset(_TEXT_FIELDS) | frozenset(_LIST_FIELDS)
_ENTRY_FIELDS = frozenset(LANGUAGES) | {"groups", "duration"}
_TOP_FIELDS = frozenset({"format", "version", "methods", "suggestions"})
_SUGGESTIONS_PER_CATEGORY = (2, 4)


@dataclass(frozen=True, slots=True)
class MethodCard:
    key: str
    name: str
    purpose: str
    duration_text: str
    min_minutes: int
    max_minutes: int
    materials: tuple[str, ...]
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    groups: tuple[str, ...]


def load_catalogue(lang: str = DEFAULT_LANGUAGE) -> dict[str, MethodCard]:
    """All method cards in ``lang`` (Danish for languages the catalogue lacks), in METHODS order.

    Returns a fresh dict each call; the cards themselves are cached and immutable.
    """
    code = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    return dict(_cards(code))


def suggested_methods(category: str) -> tuple[str, ...]:
    """Method keys suggested for an actor category, best first (empty for unknown categories)."""
    return _catalogue()["suggestions"].get(category, ())


def clear_cache() -> None:
    """Forget the loaded catalogue (tests that point ``paths.resource`` elsewhere call this)."""
    _catalogue.cache_clear()
    _cards.cache_clear()


@cache
def _cards(lang: str) -> tuple[tuple[str, MethodCard], ...]:
    raw = _catalogue()
    cards = []
    for key in METHODS:
        entry = raw["methods"][key]
        text = entry[lang]
        duration = entry["duration"]
        cards.append(
            (
                key,
                MethodCard(
                    key=key,
                    name=text["name"],
                    purpose=text["purpose"],
                    duration_text=text["duration_text"],
                    min_minutes=duration["min_minutes"],
                    max_minutes=duration["max_minutes"],
                    materials=tuple(text["materials"]),
                    steps=tuple(text["steps"]),
                    tips=tuple(text["tips"]),
                    groups=tuple(entry["groups"]),
                ),
            )
        )
    return tuple(cards)


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, Any]:
    """The validated file contents, with suggestions turned into tuples."""
    path = paths.resource("methods", "methods.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValueError(f"method catalogue: file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"method catalogue: cannot read {path}: {exc}") from exc
    _validate(data)
    data["suggestions"] = {cat: tuple(keys) for cat, keys in data["suggestions"].items()}
    return data


# -- validation -----------------------------------------------------------------------------------


def _fail(problem: str) -> ValueError:
    return ValueError(f"method catalogue: {problem}")


def _require_dict(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(f"{where} must be an object")
    return value


def _check_keys(found: dict[str, Any], expected: frozenset[str], where: str) -> None:
    missing = sorted(expected - found.keys())
    unknown = sorted(found.keys() - expected)
    if missing:
        raise _fail(f"{where} is missing {', '.join(missing)}")
    if unknown:
        raise _fail(f"{where} has unknown key(s) {', '.join(unknown)}")


def _check_text(value: object, where: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{where} must be a non-empty string")


def _check_int(value: object, where: str) -> int:
    # bool is an int subclass; a true/false here is a typo, not a duration.
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _fail(f"{where} must be a positive whole number of minutes")
    return value


def _check_key_list(value: object, known: tuple[str, ...], kind: str, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise _fail(f"{where} must be a non-empty list of {kind} keys")
    for item in value:
        if item not in known:
            raise _fail(f"{where} names unknown {kind} {item!r}")
    if len(set(value)) != len(value):
        raise _fail(f"{where} repeats a {kind}")
    return value


def _validate(data: object) -> None:
    top = _require_dict(data, "the file")
    _check_keys(top, _TOP_FIELDS, "the file")
    if top["format"] != FORMAT:
        raise _fail(f"format is {top['format']!r}, expected {FORMAT!r}")
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise _fail(f"version is {top['version']!r}, expected {VERSION}")

    methods = _require_dict(top["methods"], "methods")
    _check_keys(methods, frozenset(METHODS), "methods")
    for key in METHODS:
        _validate_entry(key, methods[key])

    suggestions = _require_dict(top["suggestions"], "suggestions")
    _check_keys(suggestions, frozenset(ACTOR_CATEGORIES), "suggestions")
    low, high = _SUGGESTIONS_PER_CATEGORY
    for category in ACTOR_CATEGORIES:
        where = f"suggestions.{category}"
        keys = _check_key_list(suggestions[category], METHODS, "method", where)
        if not low <= len(keys) <= high:
            raise _fail(f"{where} has {len(keys)} methods, expected {low}–{high}")
        for key in keys:
            if category not in methods[key]["groups"]:
                raise _fail(f"{where} suggests {key!r}, but its groups do not list {category!r}")


def _validate_entry(key: str, value: object) -> None:
    where = f"methods.{key}"
    entry = _require_dict(value, where)
    _check_keys(entry, _ENTRY_FIELDS, where)
    _check_key_list(entry["groups"], ACTOR_CATEGORIES, "category", f"{where}.groups")

    duration = _require_dict(entry["duration"], f"{where}.duration")
    _check_keys(duration, frozenset({"min_minutes", "max_minutes"}), f"{where}.duration")
    low = _check_int(duration["min_minutes"], f"{where}.duration.min_minutes")
    high = _check_int(duration["max_minutes"], f"{where}.duration.max_minutes")
    if low > high:
        raise _fail(f"{where}.duration: min_minutes {low} is greater than max_minutes {high}")

    shapes = {lang: _validate_card(entry[lang], f"{where}.{lang}") for lang in LANGUAGES}
    reference = shapes[DEFAULT_LANGUAGE]
    for lang, shape in shapes.items():
        for field, count in shape.items():
            if count != reference[field]:
                raise _fail(
                    f"{where}.{lang}.{field} has {count} items but "
                    f"{where}.{DEFAULT_LANGUAGE}.{field} has {reference[field]}"
                )


def _validate_card(value: object, where: str) -> dict[str, int]:
    """Check one language block; return the length of each list, to compare languages."""
    card = _require_dict(value, where)
    _check_keys(card, _CARD_FIELDS, where)
    for field in _TEXT_FIELDS:
        _check_text(card[field], f"{where}.{field}")
    shape = {}
    for field, (low, high) in _LIST_FIELDS.items():
        items = card[field]
        if not isinstance(items, list):
            raise _fail(f"{where}.{field} must be a list of strings")
        if not low <= len(items) <= high:
            raise _fail(f"{where}.{field} has {len(items)} items, expected {low}–{high}")
        for index, item in enumerate(items):
            _check_text(item, f"{where}.{field}[{index}]")
        shape[field] = len(items)
    return shape
