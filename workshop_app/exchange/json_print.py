"""The print suite's part of the JSON format (version 7, issue 14): the project's logo (base64
text of the PNG or JPEG bytes, or null), accent colour and privacy notice, and the trial book's
``card_runs`` (the print runs of numbered feedback cards). Older versions have none of these:
their projects import without a logo, with the black-and-white look, an empty privacy notice
and no print runs."""

from __future__ import annotations

import base64
from typing import Any, Final

from workshop_app.domain.model import Project
from workshop_app.domain.print_runs import (
    MAX_LOGO_BYTES,
    PRIVACY_TEXT_FIELDS,
    CardRun,
    check_print_field,
    check_run,
    overlapping_run,
)
from workshop_app.exchange.json_checks import (
    _base64,
    _base64_length,
    _date,
    _fail,
    _items,
    _join,
    _kind_of,
    _reference,
    _rule,
)
from workshop_app.exchange.json_keys import PRINT_PROJECT_KEYS as PRINT_PROJECT_KEYS
from workshop_app.exchange.json_meetings import _date_text, _moment, moment_text

CARD_RUN_KEYS: Final = ("uuid", "trial", "first", "last", "printed_at")
#: Most print runs in one project.
MAX_CARD_RUNS: Final = 10_000

#: The longest base64 text of a logo within the byte limit.
_MAX_LOGO_BASE64: Final = _base64_length(MAX_LOGO_BYTES)


def print_project_data(project: Project) -> dict[str, Any]:
    """The project's print-suite fields as written."""
    logo = project.logo
    return {
        "logo": None if logo is None else base64.b64encode(logo).decode("ascii"),
        "accent": project.accent,
        **{name: getattr(project, name) for name in PRIVACY_TEXT_FIELDS},
        "privacy_keep_until": _date_text(project.privacy_keep_until),
    }


def card_runs_data(runs: tuple[CardRun, ...]) -> list[dict[str, Any]]:
    return [
        {
            "uuid": r.uuid,
            "trial": r.trial_uuid,
            "first": r.first,
            "last": r.last,
            "printed_at": moment_text(r.printed_at),
        }
        for r in runs
    ]


def _logo(value: object, path: str) -> bytes | None:
    if value is None:
        return None
    limit = MAX_LOGO_BYTES // 1_000_000
    too_large = f"the image is larger than {limit} MB, the logo limit"
    data = _base64(value, path, _MAX_LOGO_BASE64, too_large, "base64 text or null")
    return _rule(path, check_print_field, "logo", data)


def read_print_fields(raw_project: dict[str, Any], version: int) -> dict[str, Any]:
    """The project's print-suite fields from a file of ``version`` (none before 7), checked."""
    if version < 7:
        return {}
    values: dict[str, Any] = {"logo": _logo(raw_project["logo"], "project.logo")}
    for key in ("accent", *PRIVACY_TEXT_FIELDS):
        values[key] = _rule(_join("project", key), check_print_field, key, raw_project[key])
    values["privacy_keep_until"] = _date(
        raw_project["privacy_keep_until"], "project.privacy_keep_until"
    )
    return values


def read_card_runs(
    raw: dict[str, Any], seen: dict[str, str], trials: dict[str, int], version: int
) -> tuple[CardRun, ...]:
    """``trials.card_runs`` (none before version 7): each run's test exists, its numbers are
    within the limits, and no two runs of one test share a number."""
    if version < 7:
        return ()
    runs: list[CardRun] = []
    items = _items(
        raw["card_runs"], "trials.card_runs", MAX_CARD_RUNS, "print runs", CARD_RUN_KEYS, seen
    )
    for _index, path, item, r_uuid in items:
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trials, "test")
        printed_at = _moment(item["printed_at"], _join(path, "printed_at"), empty=False)
        for key in ("first", "last"):
            if isinstance(item[key], bool) or not isinstance(item[key], int):
                _fail(_join(path, key), f"must be a whole number, not {_kind_of(item[key])}")
        run = CardRun(r_uuid, trial_uuid, item["first"], item["last"], printed_at)  # type: ignore[arg-type]
        _rule(path, check_run, run)
        earlier = overlapping_run(runs, trial_uuid, run.first, run.last)
        if earlier is not None:
            _fail(
                path,
                f"cards {run.first}–{run.last} overlap the run {earlier.first}–{earlier.last} "
                "printed earlier for this test",
            )
        runs.append(run)
    return tuple(runs)
