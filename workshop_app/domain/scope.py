"""Phase 1, start-up and scope: the twelve sections of the charter, declared once.

The sections, their fields and their lists of rows are data here; storage, the page, the charter
PDF and the JSON format all work from these declarations. Keys are stable identifiers (stored in
files); every text a person reads comes translated from the UI side.

Values:
- ``TEXT`` / ``LONG``: ``str`` ("" when empty)
- ``CHOICE``: one of ``choices`` or "" (not decided yet)
- ``MULTI``: ``tuple[str, ...]`` of ``choices`` in declaration order
- ``FLAG``: ``bool``
- ``DATE``: ``datetime.date | None``; ``INT``: ``int | None``
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.values import (
    InvalidValue,
    check_date,
    check_flag,
    check_multi,
    check_text,
    is_whole,
)


class Kind(enum.Enum):
    TEXT = "text"
    LONG = "long"
    CHOICE = "choice"
    MULTI = "multi"
    FLAG = "flag"
    DATE = "date"
    INT = "int"


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    kind: Kind
    choices: tuple[str, ...] = ()

    def empty(self) -> Any:
        return {
            Kind.TEXT: "",
            Kind.LONG: "",
            Kind.CHOICE: "",
            Kind.MULTI: (),
            Kind.FLAG: False,
            Kind.DATE: None,
            Kind.INT: None,
        }[self.kind]


@dataclass(frozen=True, slots=True)
class RowList:
    """A list of rows in a section (streets, milestones, budget lines…)."""

    key: str
    columns: tuple[Field, ...]

    def column(self, key: str) -> Field:
        return next(c for c in self.columns if c.key == key)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    fields: tuple[Field, ...] = ()
    lists: tuple[RowList, ...] = ()
    #: Whether the section holds the optional map image.
    has_map: bool = False


TRIGGERS = (
    "falling_turnover",
    "fewer_customers",
    "empty_premises",
    "poor_access",
    "dull_spaces",
    "unsafe_spaces",
    "population_change",
)
MUNICIPAL_ROLES = ("initiator", "facilitator", "secretariat", "authority", "funder")
POLITICAL_MODELS = ("a", "b", "undecided")
FORMALITY = ("informal_network", "project_organisation", "association")
LEAD = ("public", "private", "shared")
CONSTRAINT_KINDS = ("deadline", "budget_ceiling", "legal", "other")
MONEY_KINDS = ("operating", "project")
CURRENCIES = ("DKK", "NOK")
KNOWLEDGE_STATUS = ("known", "needs_analysis", "not_relevant")
HOW_FAR = ("idea", "plan", "partly_done", "done", "stopped")

#: The knowledge checklist every new project starts with: questions, then typical analyses.
KNOWLEDGE_PRESETS = (
    "retail_future",
    "regional_role",
    "future_potential",
    "unused_assets",
    "important_places",
    "movement",
    "coming_investments",
    "key_companies",
    "property_owners",
    "analysis_retail",
    "analysis_demography",
    "analysis_facilities",
    "analysis_buildings",
    "analysis_tourism",
    "analysis_movement_parking",
)

_T = Kind.TEXT
_L = Kind.LONG

SECTIONS: tuple[Section, ...] = (
    Section(
        "background",
        fields=(
            Field("triggers", Kind.MULTI, TRIGGERS),
            Field("triggers_other", _T),
            Field("background", _L),
        ),
    ),
    Section(
        "purpose",
        fields=(Field("purpose", _L), Field("task", _L), Field("task_open_confirmed", Kind.FLAG)),
    ),
    Section("concrete", fields=(Field("concrete_goal", _L), Field("early_wins", _L))),
    Section(
        "area",
        fields=(Field("area_description", _L),),
        lists=(
            RowList("streets_in", (Field("name", _T), Field("note", _T))),
            RowList("streets_out", (Field("name", _T), Field("note", _T))),
        ),
        has_map=True,
    ),
    Section(
        "timeframe",
        lists=(
            RowList("milestones", (Field("date", Kind.DATE), Field("title", _T))),
            RowList(
                "constraints",
                (Field("kind", Kind.CHOICE, CONSTRAINT_KINDS), Field("text", _T)),
            ),
        ),
    ),
    Section(
        "economy",
        fields=(Field("fundraising", _L),),
        lists=(
            RowList(
                "budget",
                (
                    Field("kind", Kind.CHOICE, MONEY_KINDS),
                    Field("purpose", _T),
                    Field("source", _T),
                    Field("amount", Kind.INT),
                    Field("currency", Kind.CHOICE, CURRENCIES),
                    Field("in_kind", Kind.FLAG),
                ),
            ),
        ),
    ),
    Section(
        "politics",
        fields=(
            Field("political_model", Kind.CHOICE, POLITICAL_MODELS),
            Field("committee", _T),
            Field("mandate", _L),
        ),
    ),
    Section(
        "roles",
        fields=(Field("municipal_roles", Kind.MULTI, MUNICIPAL_ROLES), Field("role_notes", _L)),
    ),
    Section(
        "organisation",
        fields=(
            Field("formality", Kind.CHOICE, FORMALITY),
            Field("lead", Kind.CHOICE, LEAD),
            Field("steering_group", _T),
            Field("working_groups", _T),
            Field("reference_group", _T),
            Field("ad_hoc", _T),
        ),
    ),
    Section(
        "history",
        fields=(Field("no_earlier_plans", Kind.FLAG),),
        lists=(
            RowList(
                "earlier_plans",
                (
                    Field("name", _T),
                    Field("year", Kind.INT),
                    Field("how_far", Kind.CHOICE, HOW_FAR),
                    Field("why_not_further", _T),
                    Field("reuse", _T),
                ),
            ),
        ),
    ),
    Section(
        "knowledge",
        lists=(
            RowList(
                "knowledge",
                (
                    Field("preset", Kind.CHOICE, KNOWLEDGE_PRESETS),
                    Field("question", _T),
                    Field("status", Kind.CHOICE, KNOWLEDGE_STATUS),
                    Field("owner", _T),
                    Field("source", _T),
                    Field("notes", _T),
                ),
            ),
        ),
    ),
    Section(
        "success",
        fields=(Field("evaluation", _L),),
        lists=(
            RowList(
                "success_criteria",
                (Field("criterion", _T), Field("measure", _T), Field("when", _T)),
            ),
        ),
    ),
)

SECTION_KEYS = tuple(s.key for s in SECTIONS)
FIELDS: Mapping[str, Field] = {f.key: f for s in SECTIONS for f in s.fields}
LISTS: Mapping[str, RowList] = {r.key: r for s in SECTIONS for r in s.lists}

#: Map images: PNG or JPEG, at most this many bytes and pixels a side.
MAP_MAX_BYTES = 8 * 1024 * 1024
MAP_MAX_SIDE = 10_000


def section(key: str) -> Section:
    return next(s for s in SECTIONS if s.key == key)


# -- values ------------------------------------------------------------------------------------


#: The one exception of the value rules, under the name the scope's callers know.
InvalidScopeValue = InvalidValue


def check(field_: Field, value: Any) -> Any:
    """Return ``value`` normalised for ``field_``; raise :class:`InvalidScopeValue` if invalid."""
    kind = field_.kind
    if kind in (Kind.TEXT, Kind.LONG):
        return check_text(value, MAX_TEXT if kind is Kind.LONG else MAX_SHORT_TEXT)
    if kind is Kind.CHOICE:
        if value != "" and value not in field_.choices:
            raise InvalidScopeValue("must be one of " + ", ".join(field_.choices))
        return value
    if kind is Kind.MULTI:
        return check_multi(value, field_.choices)
    if kind is Kind.FLAG:
        return check_flag(value, "true or false")
    if kind is Kind.DATE:
        return check_date(value)
    if value is not None and not is_whole(value):
        raise InvalidScopeValue("must be a whole number or empty")
    if value is not None and not -(10**12) <= value <= 10**12:
        raise InvalidScopeValue("is out of range")
    return value


@dataclass(frozen=True, slots=True)
class ScopeRow:
    uuid: str
    list_key: str
    position: int
    values: Mapping[str, Any] = field(default_factory=dict)

    def get(self, column: str) -> Any:
        spec = LISTS[self.list_key].column(column)
        return self.values.get(column, spec.empty())


@dataclass(frozen=True, slots=True)
class MapImage:
    uuid: str
    file_name: str
    mime: str  # image/png or image/jpeg
    width: int
    height: int
    data: bytes = field(repr=False, default=b"")


@dataclass(frozen=True, slots=True)
class Scope:
    """All of phase 1 for one project."""

    values: Mapping[str, Any] = field(default_factory=dict)
    rows: tuple[ScopeRow, ...] = ()
    map_image: MapImage | None = None

    def get(self, key: str) -> Any:
        return self.values.get(key, FIELDS[key].empty())

    def rows_of(self, list_key: str) -> tuple[ScopeRow, ...]:
        return tuple(
            sorted((r for r in self.rows if r.list_key == list_key), key=lambda r: r.position)
        )


# -- progress ----------------------------------------------------------------------------------


class Progress(enum.Enum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"


def filled(value: Any) -> bool:
    """Something is typed or chosen (the charter leaves out what is not)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return bool(value)
    if isinstance(value, bool):
        return value
    return value is not None


_filled = filled


def _row_filled(row: ScopeRow) -> bool:
    return any(
        _filled(v) for k, v in row.values.items() if k not in ("preset", "currency", "status")
    ) or _filled(row.values.get("status", ""))


def section_progress(scope: Scope, key: str, project_dates: bool = False) -> Progress:
    """Empty, started or complete, by rules a facilitator can see on the page.

    ``project_dates``: the project has both a start and an end date (the time frame uses them).
    """
    sec = section(key)
    any_value = any(_filled(scope.get(f.key)) for f in sec.fields) or any(
        _row_filled(r) for lst in sec.lists for r in scope.rows_of(lst.key)
    )
    if sec.has_map and scope.map_image is not None:
        any_value = True
    rows = {lst.key: [r for r in scope.rows_of(lst.key) if _row_filled(r)] for lst in sec.lists}
    g = scope.get
    complete = {
        "background": lambda: (
            bool(g("triggers") or g("triggers_other").strip()) and _filled(g("background"))
        ),
        "purpose": lambda: (
            _filled(g("purpose"))
            and _filled(g("task"))
            and (not task_looks_decided(g("task")) or g("task_open_confirmed"))
        ),
        "concrete": lambda: _filled(g("concrete_goal")),
        "area": lambda: _filled(g("area_description")) and bool(rows["streets_in"]),
        "timeframe": lambda: project_dates and bool(rows["milestones"]),
        "economy": lambda: bool(rows["budget"]),
        "politics": lambda: (
            g("political_model") in ("a", "b") and _filled(g("committee")) and _filled(g("mandate"))
        ),
        "roles": lambda: bool(g("municipal_roles")),
        "organisation": lambda: (
            bool(g("formality")) and bool(g("lead")) and _filled(g("steering_group"))
        ),
        "history": lambda: bool(g("no_earlier_plans")) or bool(rows["earlier_plans"]),
        "knowledge": lambda: (
            bool(scope.rows_of("knowledge"))
            and all(r.get("status") for r in scope.rows_of("knowledge"))
        ),
        "success": lambda: any(
            _filled(r.get("criterion")) and _filled(r.get("measure")) and _filled(r.get("when"))
            for r in rows["success_criteria"]
        ),
    }[key]()
    if complete:
        return Progress.COMPLETE
    return Progress.STARTED if any_value else Progress.EMPTY


def phase_progress(scope: Scope, project_dates: bool = False) -> tuple[int, int]:
    """(complete sections, all sections)."""
    done = sum(
        section_progress(scope, key, project_dates) is Progress.COMPLETE for key in SECTION_KEYS
    )
    return done, len(SECTION_KEYS)


# -- the open-task check -----------------------------------------------------------------------

#: Phrases that make a task read like a solution already decided (Danish, Norwegian, English).
#: A prompt for the facilitator, not a verdict: they confirm or rewrite.
_DECIDED = (
    r"\bvi (?:skal|vil) (?:bygge|etablere|anlægge|opføre|lave|indrette|flytte|lukke|åbne)\b",
    r"\bder skal (?:bygges|etableres|anlægges|opføres|laves|indrettes)\b",
    r"\b(?:skal|vil) (?:bygges|etableres|anlægges|opføres|omdannes|lukkes)\b",
    r"\ber (?:besluttet|vedtaget|bestemt)\b",
    r"\bhar (?:besluttet|vedtaget|bestemt)\b",
    r"\bløsningen er\b",
    r"\bprojektet er at\b",
    r"\bvi (?:skal|vil) (?:bygge|etablere|anlegge|lage)\b",  # Norwegian
    r"\ber vedtatt\b",
    r"\bwe (?:will|shall|are going to) (?:build|install|create|close|open|move|convert)\b",
    r"\b(?:has|have) (?:been )?decided\b",
    r"\bthe solution is\b",
)
_DECIDED_RE = re.compile("|".join(_DECIDED), re.IGNORECASE)


def task_looks_decided(task: str) -> list[str]:
    """The phrases in ``task`` that read like a decided solution (empty: it reads as open)."""
    return [m.group(0) for m in _DECIDED_RE.finditer(task or "")]


def section_of(key: str) -> str:
    """The section that holds a field or a list (or "area" for the map image: key "map")."""
    if key == "map":
        return "area"
    for sec in SECTIONS:
        if any(f.key == key for f in sec.fields) or any(r.key == key for r in sec.lists):
            return sec.key
    raise KeyError(key)
