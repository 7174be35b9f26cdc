"""The charter's fixed texts: the labels dataclass the UI fills in the user's language, its
English defaults (the words of the scope page, kept equal by tests/cli/test_cli_charter.py), and
the small formatters that use them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_app.export import english as en
from workshop_app.export.blocks import MONTHS_EN, format_day


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
    sections: Mapping[str, str] = field(default_factory=lambda: en.SCOPE_SECTIONS)
    fields: Mapping[str, str] = field(default_factory=lambda: en.SCOPE_FIELDS)
    triggers: Mapping[str, str] = field(default_factory=lambda: en.TRIGGERS)
    knowledge_questions: Mapping[str, str] = field(default_factory=lambda: en.KNOWLEDGE_QUESTIONS)
    knowledge_status: Mapping[str, str] = field(default_factory=lambda: en.KNOWLEDGE_STATUS)
    political_models: Mapping[str, str] = field(default_factory=lambda: en.POLITICAL_MODELS)
    roles: Mapping[str, str] = field(default_factory=lambda: en.MUNICIPAL_ROLES)
    formality: Mapping[str, str] = field(default_factory=lambda: en.FORMALITY)
    lead: Mapping[str, str] = field(default_factory=lambda: en.LEAD)
    constraint_kinds: Mapping[str, str] = field(default_factory=lambda: en.CONSTRAINT_KINDS)
    money_kinds: Mapping[str, str] = field(default_factory=lambda: en.MONEY_KINDS)
    money_totals: Mapping[str, str] = field(default_factory=lambda: en.MONEY_TOTALS)
    how_far: Mapping[str, str] = field(default_factory=lambda: en.HOW_FAR)
    months: tuple[str, ...] = MONTHS_EN
    date_format: str = "{day} {month} {year}"
    thousands_sep: str = ","


def _date(day: dt.date, labels: CharterLabels) -> str:
    return format_day(day, labels.months, labels.date_format)


def format_amount(amount: int, currency: str, labels: CharterLabels) -> str:
    """``1234567, "DKK"`` → ``"1.234.567 DKK"`` with the language's thousands separator."""
    digits = f"{abs(amount):,}".replace(",", labels.thousands_sep)
    sign = "−" if amount < 0 else ""
    return f"{sign}{digits} {currency}".strip()
