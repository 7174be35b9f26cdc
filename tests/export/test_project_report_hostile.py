"""The project report with the worst a user can type, and without the names it must leave out.

The report is made of the charter, the actor map, the test report and the handouts of the meetings
held: every field those documents show must read back from the report as typed (first and last
word), markup must print as text, and no personal field may appear unless names are asked for.
"""

from __future__ import annotations

import functools
import io

import pytest
from export_helpers import reader
from hostile_project import (
    DOCUMENTS,
    ONE_WORD,
    PROSE,
    TODAY,
    Hostile,
    hostile_snapshot,
    markers_found,
    pdf_text,
)

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.report import write_project_report
from workshop_app.export.report_labels import ReportLabels

#: The fields ``domain/personal.py`` names, as the hostile project calls them.
PERSONAL = {
    "actor.person_name",
    "actor.contact",
    "plan.responsible",
    "agenda.responsible",
    "project.facilitators",
    "meeting.facilitators",
    "action.who",
    "scope.steering_group",
    "scope.working_groups",
    "scope.reference_group",
    "knowledge.owner",
}
#: The single documents the report is made of (their shown fields are the report's).
PARTS = ("charter", "actors", "test-report", "handout")
#: Shortened by design: the running header, chart labels.
SHORTENED = {"project.name", "feedback.tag"}


def report(snapshot: ProjectSnapshot, *, with_names: bool = False) -> bytes:
    out = io.BytesIO()
    write_project_report(snapshot, ReportLabels(), out, with_names=with_names, today=TODAY)
    return out.getvalue()


@functools.cache
def _parts_show(rows: int = 1) -> frozenset[str]:
    """Marker tags of the fields the single documents show in full when every text is short
    (the builder hands out the same tags in the same order whatever the length)."""
    snapshot, h = hostile_snapshot(Hostile(long=40, short=40), rows=rows)
    shown: set[str] = set()
    for name in PARTS:
        found = markers_found(pdf_text(DOCUMENTS[name](snapshot)))
        shown |= {tag for tag, ends in found.items() if ends == {"a", "z"}}
    return frozenset(tag for tag in shown if h.fields[tag] not in PERSONAL)


def _lacking(h: Hostile, text: str, rows: int = 1) -> list[str]:
    found = markers_found(text)
    wanted = _parts_show(rows)
    return sorted(
        f"{name} ({tag}) lacks {end}"
        for tag, name in h.fields.items()
        if tag in wanted
        for end in "az"
        if end not in found.get(tag, set()) and not (end == "z" and name in SHORTENED)
    )


def _personal(h: Hostile, text: str) -> list[str]:
    return sorted({h.fields[tag] for tag in markers_found(text)} & PERSONAL)


def test_the_parts_show_enough_to_test() -> None:
    assert len(_parts_show()) >= 60


@pytest.mark.parametrize("style", [PROSE, ONE_WORD])
def test_every_field_at_its_longest_reads_back(style: str) -> None:
    # 20,000 characters in every free-text field, 500 in every one-line field, or one
    # 5,000-character word: the report builds and shows each field from its first to last word.
    snapshot, h = hostile_snapshot(Hostile(style=style))
    assert _lacking(h, pdf_text(report(snapshot))) == []


def test_three_hundred_rows_in_every_list() -> None:
    snapshot, h = hostile_snapshot(Hostile(long=120, short=60), rows=300)
    assert _lacking(h, pdf_text(report(snapshot)), rows=300) == []


def test_no_personal_field_without_names_and_all_with_them() -> None:
    snapshot, h = hostile_snapshot(Hostile(long=60, short=40), rows=2)
    shared = pdf_text(report(snapshot))
    assert _personal(h, shared) == []
    assert "Contains personal data" not in shared
    copy = report(snapshot, with_names=True)
    text = pdf_text(copy)
    # The facilitator's copy: contact persons, facilitators, who does what (the group members
    # and the knowledge owners come with the charter, which always shows them).
    assert set(_personal(h, text)) >= {
        "actor.person_name",
        "actor.contact",
        "plan.responsible",
        "agenda.responsible",
        "project.facilitators",
        "meeting.facilitators",
        "action.who",
        "scope.steering_group",
        "knowledge.owner",
    }
    pages = reader(copy).pages
    assert all("Contains personal data" in (p.extract_text() or "") for p in pages)


def test_the_actor_checks_name_actors_only_in_the_facilitators_copy() -> None:
    snapshot, _ = hostile_snapshot(Hostile(long=40, short=40), rows=2)
    checks = "Checks"  # the actor map's heading over the list that names actors
    assert checks not in pdf_text(report(snapshot))
    assert checks in pdf_text(report(snapshot, with_names=True))


INJECTED = '<b>fed</b> & </para> <img src="/etc/passwd"/> <font size=40>x</font> 😀 \u200fשלום'


def test_markup_prints_as_typed_and_nothing_is_injected() -> None:
    snapshot, _ = hostile_snapshot(Hostile(long=40, short=40))
    project = snapshot.project
    trial = snapshot.trials.trials[0]
    from dataclasses import replace

    hostile = replace(
        snapshot,
        project=replace(project, name=INJECTED, municipality=INJECTED),
        trials=replace(
            snapshot.trials, trials=(replace(trial, title=INJECTED), *snapshot.trials.trials[1:])
        ),
    )
    pdf = report(hostile)
    text = " ".join(pdf_text(pdf).split())
    assert '<b>fed</b> & </para> <img src="/etc/passwd"/> <font size=40>x</font> 😀' in text
    assert b"/Subtype /Image" not in pdf
