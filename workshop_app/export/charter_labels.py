"""The charter's fixed texts: the labels dataclass the UI fills in the user's language, its
English defaults (the words of the scope page, kept equal by tests/cli/test_cli_charter.py), and
the small formatters that use them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from workshop_app.export.blocks import MONTHS_EN, format_day, frozen

# The English words of ui/scope/texts.py (the one vocabulary); tests/cli/test_cli_charter.py
# keeps these defaults equal to what the app says in English.
_SECTIONS_EN = frozen(
    background="Background — why now?",
    purpose="Purpose and task",
    concrete="Concrete project or goal",
    area="Geographical scope",
    timeframe="Time frame and fixed limits",
    economy="Finances",
    politics="Political anchoring",
    roles="The municipality's roles",
    organisation="Organisation",
    history="History",
    knowledge="Knowledge base",
    success="Success criteria and evaluation",
)

#: Field labels and column headings, keyed by field key or ``"list.column"``.
_FIELDS_EN = MappingProxyType(
    {
        "triggers": "Triggers",
        "triggers_other": "Other trigger",
        "background": "Background",
        "purpose": "Purpose",
        "task": "Task",
        "task_open_confirmed": "The task is open: participants can still change it",
        "concrete_goal": "Concrete project, goal or task",
        "early_wins": "Early small wins",
        "area_description": "The area",
        "fundraising": "Fundraising",
        "political_model": "Model",
        "committee": "Committee",
        "mandate": "Mandate",
        "municipal_roles": "Roles",
        "role_notes": "Notes on the roles",
        "formality": "Form",
        "lead": "Lead",
        "steering_group": "Steering group",
        "working_groups": "Working groups",
        "reference_group": "Reference group",
        "ad_hoc": "Ad-hoc involvement",
        "no_earlier_plans": "There are no earlier plans to build on",
        "evaluation": "Evaluation",
        "map": "Map or sketch",
        "streets_in": "Streets and places in the area",
        "streets_out": "Streets and places outside the area",
        "milestones": "Milestones",
        "constraints": "Fixed limits",
        "budget": "Budget lines",
        "earlier_plans": "Earlier plans and collaborations",
        "knowledge": "Knowledge checklist",
        "success_criteria": "Success criteria",
        "streets_in.name": "Street or place",
        "streets_in.note": "Note",
        "streets_out.name": "Street or place",
        "streets_out.note": "Note",
        "milestones.date": "Date",
        "milestones.title": "Milestone",
        "constraints.kind": "Kind",
        "constraints.text": "Limit",
        "budget.kind": "Kind of money",
        "budget.purpose": "For",
        "budget.source": "Source",
        "budget.amount": "Amount",
        "budget.currency": "Currency",
        "budget.in_kind": "In kind",
        "earlier_plans.name": "Plan or collaboration",
        "earlier_plans.year": "Year",
        "earlier_plans.how_far": "How far it got",
        "earlier_plans.why_not_further": "Why not further",
        "earlier_plans.reuse": "What to reuse",
        "knowledge.preset": "Preset",
        "knowledge.question": "Question or analysis",
        "knowledge.status": "Status",
        "knowledge.owner": "Who",
        "knowledge.source": "Source",
        "knowledge.notes": "Notes",
        "success_criteria.criterion": "Criterion",
        "success_criteria.measure": "How it is measured",
        "success_criteria.when": "When",
        "not_relevant": "Judged not relevant",
    }
)

_TRIGGERS_EN = frozen(
    falling_turnover="falling turnover",
    fewer_customers="fewer customers",
    empty_premises="empty shops and premises",
    poor_access="poor access",
    dull_spaces="dull streets and squares",
    unsafe_spaces="places that feel unsafe",
    population_change="population change",
)
_KNOWLEDGE_EN = frozen(
    retail_future="How is retail developing, and what role will it play in the coming years?",
    regional_role="What is the town's place in its region, and how do neighbouring towns see it?",
    future_potential="Where does the town's future potential lie?",
    unused_assets="Are there cultural or tourism assets that are not used?",
    important_places="Which places in town matter most to people?",
    movement="How do people move through the centre?",
    coming_investments="Which investments are on the way?",
    key_companies="Which companies and entrepreneurs are central?",
    property_owners="What do the property owners expect, and what holds them back?",
    analysis_retail="Retail analysis",
    analysis_demography="Demography: population, forecasts, commuting",
    analysis_facilities="Facilities: schools, associations, sport, green areas, meeting places",
    analysis_buildings="Buildings and cultural heritage",
    analysis_tourism="Tourism figures",
    analysis_movement_parking="Movement and parking",
)
_STATUS_EN = frozen(
    known="Known",
    needs_analysis="Needs analysis",
    not_relevant="Not relevant",
)
_MODELS_EN = frozen(
    a="Model A: the council sets the frame and is kept informed",
    b="Model B: politicians take part in the groups",
)
_ROLES_EN = frozen(
    initiator="Initiator",
    facilitator="Neutral facilitator",
    secretariat="Secretariat",
    authority="Authority (permits)",
    funder="Funder",
)
_FORMALITY_EN = frozen(
    informal_network="Informal network",
    project_organisation="Project organisation",
    association="Formal association",
)
_LEAD_EN = frozen(
    public="Public lead",
    private="Private lead",
    shared="Shared lead",
)
_CONSTRAINTS_EN = frozen(
    deadline="Deadline",
    budget_ceiling="Budget ceiling",
    legal="Rules and law",
    other="Other",
)
_MONEY_EN = frozen(
    operating="Operating money",
    project="Project money",
)
_HOW_FAR_EN = frozen(
    idea="An idea",
    plan="A plan",
    partly_done="Partly carried out",
    done="Carried out",
    stopped="Stopped",
)
_MONEY_TOTALS_EN = MappingProxyType(
    {
        "operating": "Total operating money",
        "project": "Total project money",
        "": "Total, type not decided",
    }
)


@dataclass(frozen=True)
class CharterLabels:
    """Every fixed text of the charter, translated by the caller. English defaults.

    The mappings are keyed by the domain's keys (see :mod:`workshop_app.domain.scope`); a missing
    key falls back to the English default, then to the key itself.
    """

    document_title: str = "Charter"
    version: str = "Draft, version of {date}"
    page_of: str = "Page {page} of {pages}"
    untitled: str = "Untitled project"
    town: str = "Town"
    municipality: str = "Municipality"
    period: str = "Period"
    facilitators: str = "Facilitators"
    empty_scope: str = (
        "The scope of the collaboration has not been written yet. It is filled in on the page "
        "“Start-up and scope”."
    )
    not_decided: str = "Not decided yet"
    not_assessed: str = "Not assessed yet"
    no_earlier_plans: str = "There are no earlier plans or collaborations to build on."
    in_kind: str = "in kind"
    of_which_in_kind: str = "of which {amount} in kind"
    total: str = "Total"
    sections: Mapping[str, str] = field(default_factory=lambda: _SECTIONS_EN)
    fields: Mapping[str, str] = field(default_factory=lambda: _FIELDS_EN)
    triggers: Mapping[str, str] = field(default_factory=lambda: _TRIGGERS_EN)
    knowledge_questions: Mapping[str, str] = field(default_factory=lambda: _KNOWLEDGE_EN)
    knowledge_status: Mapping[str, str] = field(default_factory=lambda: _STATUS_EN)
    political_models: Mapping[str, str] = field(default_factory=lambda: _MODELS_EN)
    roles: Mapping[str, str] = field(default_factory=lambda: _ROLES_EN)
    formality: Mapping[str, str] = field(default_factory=lambda: _FORMALITY_EN)
    lead: Mapping[str, str] = field(default_factory=lambda: _LEAD_EN)
    constraint_kinds: Mapping[str, str] = field(default_factory=lambda: _CONSTRAINTS_EN)
    money_kinds: Mapping[str, str] = field(default_factory=lambda: _MONEY_EN)
    money_totals: Mapping[str, str] = field(default_factory=lambda: _MONEY_TOTALS_EN)
    how_far: Mapping[str, str] = field(default_factory=lambda: _HOW_FAR_EN)
    months: tuple[str, ...] = MONTHS_EN
    date_format: str = "{day} {month} {year}"
    thousands_sep: str = ","


_DEFAULTS = CharterLabels()


def _pick(labels: CharterLabels, name: str, key: str) -> str:
    """``labels.<name>[key]``, else the English default, else the key."""
    mapping: Mapping[str, str] = getattr(labels, name)
    if key in mapping:
        return mapping[key]
    fallback: Mapping[str, str] = getattr(_DEFAULTS, name)
    return fallback.get(key, key)


def _date(day: dt.date, labels: CharterLabels) -> str:
    return format_day(day, labels.months, labels.date_format)


def format_amount(amount: int, currency: str, labels: CharterLabels) -> str:
    """``1234567, "DKK"`` → ``"1.234.567 DKK"`` with the language's thousands separator."""
    digits = f"{abs(amount):,}".replace(",", labels.thousands_sep)
    sign = "−" if amount < 0 else ""
    return f"{sign}{digits} {currency}".strip()
