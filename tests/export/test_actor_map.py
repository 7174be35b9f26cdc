"""The actor-map PDF: grid, register and plan read back; personal data only when asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_helpers import flat_text, reader
from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, String
from reportlab.lib.units import mm

from workshop_app.domain.actors import Actor, ActorMap, CustomCategory, PlanEntry, Relation
from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.export import Cancelled
from workshop_app.export.actor_map import (
    MARKER_RADIUS,
    ActorMapLabels,
    Plot,
    grid_drawing,
    place_markers,
    write_actor_map,
)

TODAY = dt.date(2026, 3, 2)
PERSON = "Birthe Kjærgaard"
CONTACT = "birthe@skovby.example"


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _actors() -> ActorMap:
    actors = (
        Actor(
            _uuid(1),
            0,
            name="A & B <Ltd>",
            category="shops",
            influence=4,
            interest=5,
            attitude=-2,
            involvement_now="inform",
            involvement_wanted="involve",
            org_role="working_group",
            next_step="Call <b>them</b>",
            next_step_date=dt.date(2026, 3, 9),
            person_name=PERSON,
            contact=CONTACT,
        ),
        Actor(
            _uuid(2),
            1,
            name="Skovby Handelsstandsforening",
            category="merchants_association",
            influence=3,
            interest=3,
        ),
        Actor(
            _uuid(3),
            2,
            name="Fonden Ejendomme",
            category="property_owners",
            influence=5,
            interest=3,
        ),
        Actor(_uuid(4), 3, name="Ildsjælene", category=_uuid(99), influence=1, interest=5),
    )
    return ActorMap(
        actors=actors,
        categories=(CustomCategory(_uuid(99), "Lokale ildsjæle"),),
        relations=(Relation(_uuid(50), _uuid(1), _uuid(2), "conflict", "Parkering"),),
        plan=(
            PlanEntry(
                _uuid(60), _uuid(1), "one_to_one", dt.date(2026, 4, 1), "Citychefen", "Kaffe"
            ),
            PlanEntry(_uuid(61), _uuid(3), "workshop", "Efter sommerferien", "Arbejdsgruppen"),
        ),
    )


def _snapshot(actor_map: ActorMap | None = None) -> ProjectSnapshot:
    return ProjectSnapshot(
        project=Project(uuid="p1", name="Skovby bymidte"),
        actors=_actors() if actor_map is None else actor_map,
    )


def _render(
    snapshot: ProjectSnapshot | None = None,
    labels: ActorMapLabels | None = None,
    *,
    with_names: bool = False,
) -> bytes:
    buffer = io.BytesIO()
    write_actor_map(
        snapshot or _snapshot(),
        labels or ActorMapLabels(),
        buffer,
        with_names=with_names,
        today=TODAY,
    )
    return buffer.getvalue()


def _pdftotext_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """Each page's text with poppler's pdftotext -f N -l N (as a reader would copy it)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "map.pdf"
    path.write_bytes(pdf)
    pages = len(reader(pdf).pages)
    out = []
    for n in range(1, pages + 1):
        result = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        out.append(" ".join(result.stdout.split()))
    return out


# -- content -----------------------------------------------------------------------------------


def test_landscape_pages_with_grid_register_and_plan() -> None:
    pdf = _render()
    pages = reader(pdf).pages
    assert float(pages[0].mediabox.width) > float(pages[0].mediabox.height)
    text = flat_text(pdf)
    for expected in (
        "Actor map",
        "Skovby bymidte",
        "Status as of 2 March 2026",
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
        "Actor register",
        "Engagement plan",
        "One-to-one talk",
        "1 April 2026",
        "Efter sommerferien",
        "Citychefen",
        "Inform → Involve",
        "Working group",
        "Lokale ildsjæle",
        "−2 against",
        "9 March 2026",
    ):
        assert expected in text, expected


def test_markup_characters_in_user_text_print_literally() -> None:
    text = flat_text(_render())
    assert "A & B <Ltd>" in text
    assert "Call <b>them</b>" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_checks_name_missing_groups_and_high_influence_without_next_step() -> None:
    text = flat_text(_render(with_names=True))
    assert "Missing key groups: Young people, Politicians" in text
    match = re.search(r"High influence without a next step: ([^•]*)", text)
    assert match is not None
    assert "3 Fonden Ejendomme" in match.group(1)
    assert "A & B" not in match.group(1)  # it has a next step


def test_danish_labels() -> None:
    labels = dataclasses.replace(
        ActorMapLabels(),
        document_title="Aktørkort",
        status="Status pr. {date}",
        page_of="Side {page} af {pages}",
        categories={"shops": "Butikker"},
        months=tuple(f"m{i}" for i in range(1, 13)),
        date_format="{day}. {month} {year}",
    )
    text = flat_text(_render(labels=labels))
    assert "Aktørkort" in text and "Status pr. 2. m3 2026" in text and "Side 1 af" in text
    assert "Butikker" in text
    assert "Property owners" in text  # a category the labels lack falls back to English


def test_empty_map_says_so_instead_of_empty_tables() -> None:
    pdf = _render(_snapshot(ActorMap()))
    text = flat_text(pdf)
    assert len(reader(pdf).pages) == 1
    assert "No actors are on the map yet" in text
    assert "Actor register" not in text and "Engagement plan" not in text


def test_empty_plan_says_so() -> None:
    text = flat_text(_render(_snapshot(dataclasses.replace(_actors(), plan=()))))
    assert "The engagement plan is empty." in text


def test_many_actors_flow_over_several_pages() -> None:
    actors = tuple(
        Actor(_uuid(i), i, name=f"Forening nummer {i}", influence=1 + i % 5, interest=1 + i // 12)
        for i in range(60)
    )
    pdf = _render(_snapshot(ActorMap(actors=actors)))
    assert len(reader(pdf).pages) >= 3
    assert "Forening nummer 59" in flat_text(pdf)


def test_cancel_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    with pytest.raises(Cancelled):
        write_actor_map(_snapshot(), ActorMapLabels(), out, is_cancelled=lambda: True)
    assert not out.exists()


# -- personal data -----------------------------------------------------------------------------


def test_no_personal_data_by_default(tmp_path: Path) -> None:
    pdf = _render()
    text = flat_text(pdf)
    assert PERSON not in text and CONTACT not in text
    assert "Contact person" not in text
    assert all("Contains personal data" not in page for page in _pdftotext_pages(pdf, tmp_path))
    metadata = " ".join(str(v) for v in (reader(pdf).metadata or {}).values())
    assert PERSON not in metadata and "Skovby bymidte" in metadata
    assert PERSON.encode() not in pdf and b"Birthe" not in pdf


def test_with_names_every_page_says_it_contains_personal_data(tmp_path: Path) -> None:
    actors = tuple(
        Actor(_uuid(i), i, name=f"Forening {i}", person_name=f"Person {i}") for i in range(40)
    )
    pdf = _render(_snapshot(ActorMap(actors=actors)), with_names=True)
    pages = _pdftotext_pages(pdf, tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Contains personal data" in page, number
    assert "Person 39" in " ".join(pages)


def test_with_names_shows_contact_person_and_details() -> None:
    pdf = _render(with_names=True)
    text = flat_text(pdf)
    assert PERSON in text and CONTACT in text and "Contact person" in text
    metadata = " ".join(str(v) for v in (reader(pdf).metadata or {}).values())
    assert PERSON not in metadata and CONTACT not in metadata


# -- the grid ----------------------------------------------------------------------------------


def _walk(node: Drawing | Group) -> list[object]:
    found: list[object] = []
    for item in node.contents:
        found.append(item)
        if isinstance(item, Group):
            found.extend(_walk(item))
    return found


def test_grid_drawing_has_one_numbered_marker_per_actor() -> None:
    actor_map = _actors()
    drawing, markers = grid_drawing(actor_map, ActorMapLabels(), 250 * mm, 140 * mm)
    assert [m.number for m in markers] == [1, 2, 3, 4]
    assert [m.actor_uuid for m in markers] == [a.uuid for a in actor_map.actors]
    shapes = _walk(drawing)
    # One marker shape (a circle or the category's polygon, domain/palette.py) on each centre.
    for m in markers:
        on_centre = [
            s
            for s in shapes
            if isinstance(s, Circle | Polygon)
            and s.getBounds()[0] < m.x < s.getBounds()[2]
            and s.getBounds()[1] < m.y < s.getBounds()[3]
        ]
        assert len(on_centre) == 1, m
    numbers = [s.text for s in shapes if isinstance(s, String) and s.text in {"1", "2", "3", "4"}]
    # Each number once on a marker, plus twice as an axis tick (1-5 across and up).
    assert sorted(numbers) == sorted(["1", "2", "3", "4"] * 3)


def test_markers_sharing_a_cell_stay_inside_it_and_never_overlap() -> None:
    plot = Plot(0, 0, 170 * mm, 130 * mm)
    actors = [
        Actor(_uuid(i), i, name=f"Aktør med et langt navn {i}", influence=3, interest=4)
        for i in range(12)
    ] + [Actor(_uuid(100), 12, name="Alene", influence=1, interest=1)]
    markers = place_markers(actors, plot)
    assert len(markers) == len(actors)
    left, bottom = plot.cell(4, 3)
    for m in markers[:12]:
        assert left <= m.x - m.radius and m.x + m.radius <= left + plot.cell_width
        assert bottom <= m.y - m.radius and m.y + m.radius <= bottom + plot.cell_height
    for a, b in itertools.combinations(markers, 2):
        assert (a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= (a.radius + b.radius) ** 2
    alone = markers[-1]
    assert alone.radius == MARKER_RADIUS and alone.label == ("Alene",)


def test_a_few_markers_in_a_cell_keep_their_names() -> None:
    plot = Plot(0, 0, 170 * mm, 130 * mm)
    actors = [Actor(_uuid(i), i, name=f"Gruppe {i}", influence=2, interest=3) for i in range(4)]
    markers = place_markers(actors, plot)
    assert [m.label for m in markers] == [(f"Gruppe {i}",) for i in range(4)]


def test_the_copy_shared_by_default_leaves_out_the_checks_that_name_actors() -> None:
    text = flat_text(_render())
    assert "High influence without a next step" not in text
    assert "Missing key groups" not in text


def test_attitude_reads_in_black_and_white_by_the_outlines_line() -> None:
    """No meaning by colour alone (issue 14): each attitude's outline has its own dash pattern
    or weight, on the grid and in its legend alike."""
    from reportlab.graphics.shapes import Circle, Polygon

    from workshop_app.domain.palette import ATTITUDE_LINES
    from workshop_app.export.actor_map import ActorMapLabels, grid_drawing

    lines = {(dashes, weight) for dashes, weight in ATTITUDE_LINES.values()}
    assert len(lines) == len(ATTITUDE_LINES)  # five attitudes, five different lines
    drawing, _markers = grid_drawing(_snapshot().actors, ActorMapLabels(), 700, 400)

    def shapes(node):  # type: ignore[no-untyped-def]
        for child in getattr(node, "contents", []):
            if isinstance(child, (Circle, Polygon)):
                yield child
            yield from shapes(child)

    dashed = {tuple(s.strokeDashArray or ()) for s in shapes(drawing)}
    assert (0.8, 1.2) in dashed and (3.0, 1.6) in dashed  # against and rather against
