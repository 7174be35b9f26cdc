"""The project report: everything in one A4 document, as a basis for a political decision.

Page 1 is the executive summary (``report_summary``: where the collaboration stands, what was
tried, what it showed, what is decided, what comes next). Then a table of contents with page
numbers, and the chapters, each made by the document it stands for (their ``story`` functions,
so the report says exactly what the single documents say): the charter, the actor map, the tests
with their evidence and decisions (one per page, as in the test report), and the meetings held
(as on their handouts).

The table of contents is made in passes: every chapter, test and meeting begins with an anchor
that notes the page it is drawn on; the first pass lays the report out with blank page numbers
(in a column of fixed width, so the numbers never change the layout), the next with the pages
found, until they agree (two passes in practice, three at most).

Personal data: none by default. The copy is made from the snapshot with every personal field
blanked (``domain/personal.py``: contact persons, facilitators, group members, owners of knowledge
questions, who is responsible for a plan line or an agenda item, who takes an action item, named
participants), and the actor map's checks, which name actors, are left out. ``with_names=True``
is the facilitator's copy: everything, and "Contains personal data" on every page. The metadata
name the document and the project only.
"""

from __future__ import annotations

import io
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import BinaryIO, Unpack

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    TableStyle,
)

from workshop_app.domain.model import MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.personal import SCOPE_PERSONAL_COLUMNS, SCOPE_PERSONAL_FIELDS
from workshop_app.domain.scope import FIELDS, Scope, ScopeRow
from workshop_app.domain.trials import Trial, version_chain
from workshop_app.export import actor_map, charter, handout, trial_report
from workshop_app.export import styles as st
from workshop_app.export.blocks import base_commands, fill_template, padding
from workshop_app.export.document import (
    LANDSCAPE,
    NOTICE_INK,
    PORTRAIT,
    Options,
    build_pdf,
    project_furniture,
    today_of,
    turn_pages,
    write_atomically,
)
from workshop_app.export.flowables import FlowingTable
from workshop_app.export.meeting_blocks import MeetingDoc
from workshop_app.export.report_labels import ReportLabels
from workshop_app.export.report_summary import executive_summary, held_meetings
from workshop_app.export.text import blocks, markup, para
from workshop_app.export.trial_card import date_text, trial_title

__all__ = ["ReportLabels", "without_personal_data", "write_project_report"]

BODY_WIDTH = st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT
BODY_HEIGHT = st.PAGE_SIZE[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM
#: Width of the page numbers' column of the table of contents (four digits fit).
_PAGE_COLUMN = 16 * mm
#: The most layout passes (the table of contents' page numbers settle after two).
_PASSES = 3
_NOTICE = colors.HexColor(NOTICE_INK)


# -- personal data -------------------------------------------------------------------------------


def _blank_row(row: ScopeRow) -> ScopeRow:
    columns = [c for key, c in SCOPE_PERSONAL_COLUMNS if key == row.list_key and c in row.values]
    if not columns:
        return row
    return replace(row, values={**row.values, **dict.fromkeys(columns, "")})


def _blank_scope(scope: Scope) -> Scope:
    values = {
        key: FIELDS[key].empty() if key in SCOPE_PERSONAL_FIELDS else value
        for key, value in scope.values.items()
    }
    return replace(scope, values=values, rows=tuple(_blank_row(r) for r in scope.rows))


def _blank_meeting(entry: MeetingWithAgenda) -> MeetingWithAgenda:
    return replace(
        entry,
        meeting=replace(entry.meeting, facilitators=""),
        agenda=tuple(replace(item, responsible="") for item in entry.agenda),
        participants=(),
        actions=tuple(replace(action, who="") for action in entry.actions),
    )


def without_personal_data(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    """``snapshot`` with every personal field blank (the kinds of ``domain/personal.py``; an
    actor's are ``actors.PERSONAL_FIELDS``)."""
    actors = snapshot.actors
    return replace(
        snapshot,
        project=replace(snapshot.project, facilitators=""),
        scope=_blank_scope(snapshot.scope),
        actors=replace(
            actors,
            actors=tuple(replace(a, person_name="", contact="") for a in actors.actors),
            plan=tuple(replace(entry, responsible="") for entry in actors.plan),
        ),
        meetings=tuple(_blank_meeting(m) for m in snapshot.meetings),
    )


# -- the table of contents -----------------------------------------------------------------------


class _Anchor(Flowable):
    """Takes no room; notes in ``pages`` the page it is drawn on."""

    def __init__(self, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


@dataclass
class _Contents:
    """The entries of the table of contents (in report order) and where the last pass found
    them (``found``: key → page); ``drawn`` collects this pass's pages."""

    found: dict[str, int]
    drawn: dict[str, int] = field(default_factory=dict)
    entries: list[tuple[str, str, int]] = field(default_factory=list)

    def anchor(self, key: str, title: str, level: int = 0) -> Flowable:
        self.entries.append((key, title, level))
        return _Anchor(key, self.drawn)


def _contents_table(contents: _Contents, s: st.Styles) -> Flowable:
    rows = []
    for key, title, level in contents.entries:
        style = s.label if level == 0 else s.fact
        indented = ParagraphStyle(f"toc-{level}", parent=style, leftIndent=level * 6 * mm)
        page = contents.found.get(key)
        number = ParagraphStyle(f"toc-page-{level}", parent=style, alignment=TA_RIGHT)
        rows.append([blocks(" ".join(title.split()), indented), para(str(page or ""), number)])
    table = FlowingTable(rows, colWidths=[BODY_WIDTH - _PAGE_COLUMN, _PAGE_COLUMN], hAlign="LEFT")
    commands = [*base_commands(), *padding(0, 2, 1.5, 1.5)]
    commands += [
        ("LINEABOVE", (0, index), (-1, index), 0.5, st.RULE)
        for index, (_, _, level) in enumerate(contents.entries)
        if level == 0 and index
    ]
    table.setStyle(TableStyle(commands))
    return table


# -- the chapters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Report:
    snapshot: ProjectSnapshot
    labels: ReportLabels
    with_names: bool
    status: str
    options: Options
    s: st.Styles = field(default_factory=st.make_styles)

    @property
    def chapter(self) -> ParagraphStyle:
        return ParagraphStyle("report-chapter", parent=self.s.title, fontSize=26, leading=32)


def _chapter(report: _Report, contents: _Contents, key: str, title: str) -> list[Flowable]:
    return [PageBreak(), contents.anchor(key, title), para(title, report.chapter)]


def _charter(report: _Report, contents: _Contents) -> list[Flowable]:
    labels = report.labels
    out = _chapter(report, contents, "charter", labels.charter)
    cancel = report.options.get("is_cancelled")
    flowables = charter.story(
        report.snapshot, labels.charter_labels, "", title_block=False, is_cancelled=cancel
    )
    return out + flowables


def _actor_map(report: _Report, contents: _Contents) -> list[Flowable]:
    """The actor map on landscape pages, as the standalone document draws it: the grid the rest
    of the first page, the register's columns as wide (a portrait page left the one-digit
    columns their headings' width and broke the names mid-word); portrait pages again after."""
    labels = report.labels
    title = para(labels.actor_map, report.chapter)
    _, title_height = title.wrap(actor_map.BODY_WIDTH, actor_map.BODY_HEIGHT)
    grid_height = actor_map.BODY_HEIGHT - title_height - title.getSpaceAfter()
    return [
        *turn_pages(LANDSCAPE),
        contents.anchor("actors", labels.actor_map),
        title,
        *actor_map.story(
            report.snapshot,
            labels.actor_map_labels,
            report.status,
            with_names=report.with_names,
            embedded=True,
            frame=(actor_map.BODY_WIDTH, grid_height),
        ),
        NextPageTemplate(PORTRAIT),  # the next chapter's page break turns back
    ]


def _tests(report: _Report, contents: _Contents) -> list[Flowable]:
    labels = report.labels
    # Each test's pages say "Tests" above its title, not "Test report".
    test_labels = replace(labels.test_labels, document_title=labels.tests)
    trials = trial_report.selected_trials(report.snapshot.trials, None)

    def mark(trial: Trial) -> Flowable:
        title = trial_title(trial, test_labels)
        number = len(version_chain(report.snapshot.trials, trial.uuid))
        if number > 1:  # a re-test has the title of the test it repeats
            version = fill_template(test_labels.version, f"v{number}", number=str(number))
            title += f" ({version.lower()})"
        return contents.anchor(f"test:{trial.uuid}", title, 1)

    out = _chapter(report, contents, "tests", labels.tests)
    return out + trial_report.story(
        report.snapshot,
        test_labels,
        report.status,
        trials,
        embedded=True,
        mark=mark,
        is_cancelled=report.options.get("is_cancelled"),
    )


def _meetings(report: _Report, contents: _Contents) -> list[Flowable]:
    labels = report.labels
    out = _chapter(report, contents, "meetings", labels.meetings)
    held = held_meetings(report.snapshot, today_of(report.options))
    if not held:
        return [*out, para(labels.no_meetings_held, report.s.body)]
    for index, entry in enumerate(held):
        doc = MeetingDoc(report.snapshot, entry, labels.meeting_labels, report.s, report.with_names)
        title = entry.meeting.title.strip() or labels.meeting_labels.not_set
        out += [PageBreak()] if index else []
        out.append(contents.anchor(f"meeting:{entry.meeting.uuid}", title, 1))
        out += handout.story(doc, embedded=True)
    return out


_CHAPTERS: tuple[Callable[[_Report, _Contents], list[Flowable]], ...] = (
    _charter,
    _actor_map,
    _tests,
    _meetings,
)


# -- page 1 and the whole --------------------------------------------------------------------------


def _first_page(report: _Report) -> list[Flowable]:
    labels, s, project = report.labels, report.s, report.snapshot.project
    facts = [project.municipality.strip(), project.town.strip(), report.status]
    out: list[Flowable] = [
        para(labels.document_title.upper(), s.kicker),
        para(project.name.strip() or labels.untitled, s.title),
        para("  ·  ".join(f for f in facts if f), s.body),
    ]
    if report.with_names:
        warning = ParagraphStyle("report-personal", parent=s.label, textColor=_NOTICE)
        out.append(para(labels.personal_data_note, warning))
        if project.facilitators.strip():
            out += blocks(f"{labels.facilitators}: {project.facilitators}", s.body)
    bullet = ParagraphStyle("report-bullet", parent=s.body, leftIndent=4 * mm, bulletIndent=0)
    bullet.spaceAfter = 1.2 * mm
    for answer in executive_summary(report.snapshot, labels, today_of(report.options)):
        out += [CondPageBreak(25 * mm), para(answer.question, s.subheading)]
        out += [Paragraph(markup(line), bullet, bulletText="•") for line in answer.sentences]
    return out


def _story(report: _Report, found: dict[str, int], drawn: dict[str, int]) -> list[Flowable]:
    contents = _Contents(found, drawn)
    chapters: list[Flowable] = []
    for chapter in _CHAPTERS:
        chapters += chapter(report, contents)
    heading = para(report.labels.contents, report.chapter)
    return [
        *_first_page(report),
        PageBreak(),
        heading,
        _contents_table(contents, report.s),
        *chapters,
    ]


def _pass_options(options: Options, first: bool) -> Options:
    """The options of one layout pass: its progress on 0–49 (the first) or 50–99 (the others)."""
    progress = options.get("progress")
    out: Options = {**options}
    if progress is not None:
        base = 0 if first else 50
        out["progress"] = lambda value: progress(base + min(value, 99) // 2)
    return out


def write_project_report(
    snapshot: ProjectSnapshot,
    labels: ReportLabels,
    out: pathlib.Path | BinaryIO,
    *,
    with_names: bool = False,
    **options: Unpack[Options],
) -> None:
    """Write the project report as an A4 PDF (a path is replaced atomically).

    ``with_names`` makes the facilitator's copy (see the module's text). Raises
    :class:`workshop_app.export.Cancelled` when ``is_cancelled()`` turns true; then nothing is
    written. A project with nothing in it still gives a report that says so in each chapter.
    """
    shown = snapshot if with_names else without_personal_data(snapshot)
    day = date_text(today_of(options), labels.test_labels)
    status = fill_template(labels.status, day, date=day)
    report = _Report(shown, labels, with_names, status, options)
    notice = labels.personal_data if with_names else ""
    furniture = project_furniture(
        labels, snapshot.project.name, status, notice, look=snapshot.project
    )
    found: dict[str, int] = {}
    data = b""
    for attempt in range(_PASSES):
        drawn: dict[str, int] = {}
        buffer = io.BytesIO()
        build_pdf(
            partial(_story, report, found, drawn),
            buffer,
            furniture,
            **_pass_options(options, attempt == 0),
        )
        data = buffer.getvalue()
        if attempt and drawn == found:
            break
        found = drawn
    if isinstance(out, pathlib.Path):
        write_atomically(data, out)
    else:
        out.write(data)
    progress = options.get("progress")
    if progress is not None:
        progress(100)
