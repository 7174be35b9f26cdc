"""The JSON import applies the same text rules as the services (issue 10, item 9): every text
field of an export, given a lone surrogate (``"\\ud800"`` in the JSON), a NUL or a
1,000,000-character text, is refused with one BAD_JSON line naming the field, never a
traceback and never stored."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from workshop_app.errors import ErrorKind, KnownError
from workshop_app.exchange.json_format import dumps, loads
from workshop_app.services.demo import demo_snapshot

_UUID = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BAD = {"surrogate": "a\ud800b", "nul": "a\x00b", "huge": "x" * 1_000_000}


def _text_leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths to every free-text string of the document (ids, dates, times and choice keys
    excluded: their own rules refuse them), one per field: the first list item stands for all."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _text_leaves(item, (*path, key))
    elif isinstance(value, list):
        if value:
            yield from _text_leaves(value[0], (*path, 0))
    elif isinstance(value, str) and _UUID.fullmatch(value) is None:
        yield path


def _set(doc: Any, path: tuple[Any, ...], value: str) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


DOC = json.loads(dumps(demo_snapshot(dt.date(2027, 3, 1))))
PATHS = sorted({p for p in _text_leaves(DOC) if p[0] != "format"}, key=str)


def test_the_demo_export_has_text_in_every_part() -> None:
    parts = {p[0] if p[0] not in ("scope", "actors", "trials") else p[:2] for p in PATHS}
    assert {"project", "meetings", ("trials", "ideas"), ("actors", "actors")} <= parts
    assert len(PATHS) > 60


@pytest.mark.parametrize("bad", sorted(BAD))
def test_bad_text_in_any_field_is_refused_with_one_line(bad: str) -> None:
    for path in PATHS:
        doc = json.loads(json.dumps(DOC))
        _set(doc, path, BAD[bad])
        raw = json.dumps(doc)  # ensure_ascii: the surrogate travels as "\ud800"
        try:
            loads(raw, "p.json")
        except KnownError as exc:
            assert exc.kind is ErrorKind.BAD_JSON, path
            problem = str(exc.details["problem"])
            assert "\n" not in problem, path
            problem.encode("utf-8")  # printable: no surrogate echoed back
        else:
            pytest.fail(f"accepted {bad} at {path}")
