"""Every blank form for the hostile project (tests/export/hostile_project.py): the longest texts
the app accepts, markup, emoji, direction marks and control characters. Each form builds, keeps
its text inside the printable area, and the user's text reads back as typed; nothing injected
takes effect."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from forms_helpers import (
    form_pdf,
    needs_pdftotext,
    outside_printable_area,
    pdf_text,
    reader,
    recording,
)
from hostile_project import DOCUMENTS, Hostile, hostile_snapshot, markers_found

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.export.forms import FORM_KINDS

pytestmark = needs_pdftotext

#: Markup that must print as itself: bold, an entity, a closing tag, a local file.
MARKUP = '<b>R&D</b> &amp; </para> <img src="/etc/passwd"/> <font size=40>big</font>'


@functools.cache
def hostile() -> tuple[ProjectSnapshot, Hostile]:
    """The hostile project with its privacy notice filled in the same way."""
    snapshot, h = hostile_snapshot()
    project = dataclasses.replace(
        snapshot.project,
        privacy_controller=h.short_text("project.privacy_controller"),
        privacy_purpose=h.text("project.privacy_purpose"),
        privacy_contact=h.short_text("project.privacy_contact"),
        privacy_keep_until=dt.date(2027, 1, 31),
    )
    return dataclasses.replace(snapshot, project=project), h


@functools.cache
def hostile_pdf(kind: str) -> bytes:
    snapshot, _ = hostile()
    return form_pdf(kind, snapshot, meeting_uuid="m1" if kind != "counting-sheet" else None)


def _complete(kind: str) -> set[str]:
    """The fields whose first and last words are both in the form."""
    _, h = hostile()
    found = markers_found(pdf_text(hostile_pdf(kind)))
    return {h.fields[tag] for tag, ends in found.items() if ends == {"a", "z"}}


@pytest.mark.parametrize("kind", FORM_KINDS)
def test_every_form_builds_inside_the_printable_area(kind: str) -> None:
    pdf = hostile_pdf(kind)
    assert len(reader(pdf).pages) >= 1
    assert outside_printable_area(pdf) == []


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("counting-sheet", {"trial.title"}),
        ("vote-sheet", {"idea.title", "spawned_idea.title", "meeting.title"}),
        (
            "sign-in",
            {
                "project.privacy_controller",
                "project.privacy_purpose",
                "project.privacy_contact",
                "meeting.title",
            },
        ),
    ],
)
def test_the_longest_texts_print_in_full(kind: str, fields: set[str]) -> None:
    assert fields <= _complete(kind)


def test_the_cards_shorten_the_tests_name_visibly() -> None:
    _, h = hostile()
    text = pdf_text(hostile_pdf("feedback-cards"))
    tag = next(t for t, name in h.fields.items() if name == "trial.title")
    assert markers_found(text)[tag] == {"a"}  # its start on every card, then "…"
    assert text.count(f"qz{tag}a") == 4
    assert "…" in text


def test_the_large_print_handout_shows_what_the_handout_shows() -> None:
    snapshot, h = hostile()
    handout = markers_found(pdf_text(DOCUMENTS["handout"](snapshot)))
    in_full = {h.fields[t] for t, ends in handout.items() if ends == {"a", "z"}}
    in_full -= {"project.name"}  # the running header shortens it, in both
    assert len(in_full) >= 7
    assert in_full <= _complete("large-print")


def _with_markup(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    book = snapshot.trials
    trials = tuple(dataclasses.replace(t, title=f"{MARKUP} {t.uuid[-1]}") for t in book.trials)
    ideas = tuple(dataclasses.replace(i, title=f"{MARKUP} idea") for i in book.ideas)
    meetings = tuple(
        dataclasses.replace(m, meeting=dataclasses.replace(m.meeting, purpose=MARKUP))
        for m in snapshot.meetings
    )
    project = dataclasses.replace(snapshot.project, privacy_purpose=MARKUP, name=MARKUP)
    return dataclasses.replace(
        snapshot,
        project=project,
        trials=dataclasses.replace(book, trials=trials, ideas=ideas),
        meetings=meetings,
    )


@pytest.mark.parametrize("kind", FORM_KINDS)
def test_markup_prints_as_typed(kind: str) -> None:
    snapshot, _ = hostile_snapshot(Hostile(long=40, short=40))
    pdf = form_pdf(kind, _with_markup(snapshot))
    text = pdf_text(pdf)
    if kind == "feedback-cards":  # the test's name on two lines of a card, then "…"
        assert MARKUP[:30] in text  # '<b>R&D</b> &amp; </para> <img'
    else:
        assert MARKUP in text, text[:2000]


def test_three_hundred_ideas_on_the_vote_sheet(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 300-row table of the longest idea titles: it runs over many pages, each with its own
    # head, QR code (its sheet number) and corner marks, and every title reads back in full.
    snapshot, _ = hostile()
    h = Hostile(short=500)
    ideas = tuple(
        dataclasses.replace(snapshot.trials.ideas[0], uuid=f"idea-{n}", title=h.short_text("t"))
        for n in range(300)
    )
    many = dataclasses.replace(snapshot, trials=dataclasses.replace(snapshot.trials, ideas=ideas))
    with recording(monkeypatch) as drawn:
        pdf = form_pdf("vote-sheet", many)
    pages = len(reader(pdf).pages)
    assert pages > 20
    assert [page for page, _ in drawn.qr] == list(range(1, pages + 1))
    assert [c[0] for c in drawn.corners] == list(range(1, pages + 1))
    found = markers_found(pdf_text(pdf))
    assert len(found) == 300 and all(ends == {"a", "z"} for ends in found.values())
    assert outside_printable_area(pdf) == []
