"""Helpers for the export tests: domain objects made directly, PDFs read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence

from pypdf import PdfReader

from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.export.handout import HandoutLabels, write_handout

TODAY = dt.date(2025, 11, 20)

DANISH = HandoutLabels(
    document_title="Mødehandout",
    purpose="Formål",
    date="Dato",
    time="Tidspunkt",
    place="Sted",
    agenda="Dagsorden",
    clock="Kl.",
    item="Punkt",
    minutes="Min.",
    method="Metode",
    responsible="Ansvarlig",
    no_agenda="Ingen punkter endnu.",
    not_set="Ikke angivet",
    total="I alt",
    page_of="Side {page} af {pages}",
    printed="Udskrevet {date}",
    months=(
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    date_format="{day}. {month} {year}",
)


def make_items(
    meeting_uuid: str, rows: Sequence[tuple[str, int, str, str]]
) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(
            uuid=f"{meeting_uuid}-a{i}",
            meeting_uuid=meeting_uuid,
            position=i,
            title=title,
            duration_min=minutes,
            method=method,
            responsible=responsible,
        )
        for i, (title, minutes, method, responsible) in enumerate(rows)
    )


def make_snapshot(
    *,
    title: str = "Borgermøde om torvet",
    purpose: str = "Vi taler om æøå og ÆØÅ.",
    place: str = "Biblioteket",
    date: dt.date | None = dt.date(2025, 11, 27),
    start: dt.time | None = dt.time(17, 0),
    rows: Sequence[tuple[str, int, str, str]] = (
        ("Velkomst", 15, "Plenum", "Facilitator"),
        ("Idéer til torvet", 30, "World café", "Bordværter"),
    ),
    project_name: str = "Bymidten i Ærøskøbing",
    facilitators: str = "",
) -> ProjectSnapshot:
    meeting = Meeting(
        uuid="m1",
        position=0,
        title=title,
        date=date,
        start_time=start,
        place=place,
        purpose=purpose,
    )
    return ProjectSnapshot(
        project=Project(uuid="p1", name=project_name, facilitators=facilitators),
        meetings=(MeetingWithAgenda(meeting, make_items("m1", rows)),),
    )


def render(
    snapshot: ProjectSnapshot,
    labels: HandoutLabels | None = None,
    meeting_uuid: str | None = "m1",
) -> bytes:
    buffer = io.BytesIO()
    write_handout(snapshot, meeting_uuid, labels or HandoutLabels(), buffer, today=TODAY)
    return buffer.getvalue()


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def flat_text(pdf: bytes) -> str:
    """All text with runs of whitespace collapsed, so wrapped lines compare easily."""
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))
