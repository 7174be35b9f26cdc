"""What the actors page does (not how long it takes) on its first show and on an edit: a large
map makes every pass over the actors, every model question per cell and every list laid out
while hidden cost; these tests count them."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableView, QWidget

from workshop_app.ui import commands, line_strip
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.actors.model import (
    COLUMNS,
    ActorsFilter,
    ActorsModel,
    replaced,
    same_records,
)
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.actors.relations import ActorRelations
from workshop_app.ui.line_strip import LineStrip


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ActorsPage)


def test_records_compare_by_identity_first_then_by_uuid(session) -> None:
    actors = session.service.actor_map().actors
    assert replaced(actors, actors) == []
    swapped = (actors[1], actors[0], *actors[2:])
    assert replaced(swapped, actors) == [0, 1]
    assert same_records(actors, actors) and same_records(list(actors), actors)
    assert not same_records(swapped, actors)
    assert not same_records(actors[:-1], actors)


def test_row_of_is_a_look_up_that_follows_new_rows(session) -> None:
    model = ActorsModel(session)
    actor_map = session.service.actor_map()
    model.set_map(actor_map)
    actors = actor_map.actors
    assert [model.row_of(a.uuid) for a in actors] == list(range(len(actors)))
    assert model.row_of("no such actor") == -1
    model.set_rows(tuple(reversed(actors)))  # moved: the look-up is made again
    assert model.row_of(actors[0].uuid) == len(actors) - 1


def test_cells_are_editable_unless_the_session_is_read_only(session, monkeypatch) -> None:
    model = ActorsModel(session)
    model.set_map(session.service.actor_map())
    cell = model.index(0, COLUMNS.index("name"))
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0).parent()) == Qt.ItemFlag.NoItemFlags
    monkeypatch.setattr(type(session.service), "read_only", property(lambda _s: True))
    flags = model.flags(cell)
    assert flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEditable


def test_the_same_filter_again_filters_nothing_again(session, monkeypatch) -> None:
    refilters: list[dict[str, Any]] = []
    monkeypatch.setattr(ActorsFilter, "_refilter", lambda _self, **v: refilters.append(v))
    proxy = ActorsFilter()
    proxy.set_category("")
    proxy.set_text("  ")
    assert refilters == []
    proxy.set_text("Egeby")
    assert refilters == [{"_text": "egeby"}]


def test_the_page_measures_its_columns_on_a_screenful_of_rows(page) -> None:
    assert page.view.horizontalHeader().resizeContentsPrecision() <= 20


def test_an_edit_of_the_shown_actor_refreshes_its_relations_once(
    session, page, monkeypatch
) -> None:
    actor = session.service.actor_map().actors[1]
    page.select(actor.uuid)
    refreshes: list[object] = []
    original = ActorRelations.refresh

    def counted(self: ActorRelations, *args: Any) -> None:
        refreshes.append(args)
        original(self, *args)

    monkeypatch.setattr(ActorRelations, "refresh", counted)
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    assert len(refreshes) == 1
    assert page.relations.uuid == actor.uuid
    page.relations.show_actor(actor.uuid)  # shown already, nothing changed since
    assert len(refreshes) == 1


def test_the_warnings_are_laid_out_when_shown_not_while_hidden(session, qtbot, monkeypatch) -> None:
    layouts: list[int] = []
    original = LineStrip._layout

    def counted(self: LineStrip, width: int) -> Any:
        layouts.append(len(self.lines()))
        return original(self, width)

    monkeypatch.setattr(LineStrip, "_layout", counted)
    holder = QWidget()
    qtbot.addWidget(holder)
    checks = ActorChecks(session, holder)
    checks.resize(600, 200)
    assert not any(layouts)  # built and filled while nobody sees it: no line laid out
    holder.resize(600, 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert layouts and layouts[-1] == len(checks.texts()) >= 2
    qtbot.waitUntil(lambda: checks.area.height() == checks.strip.content_height())
    assert checks.area.height() < 300  # a strip, as tall as its lines


def test_a_rename_repaints_the_name_cell_not_the_row(session, page) -> None:
    actor = session.service.actor_map().actors[1]
    cells: list[tuple[int, int, int, int]] = []
    page.model.dataChanged.connect(
        lambda top, bottom, *_: cells.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    row, name = page.model.row_of(actor.uuid), COLUMNS.index("name")
    assert cells == [(row, name, row, name)]
    cells.clear()
    commands.set_actor_field(session, actor.uuid, "motivation", "Motivation", "", "Flere bænke")
    assert cells == [(row, 0, row, len(COLUMNS) - 1)]  # no column shows it: the row, as before


def test_the_other_actor_list_is_filled_at_once_and_still_completes(session, qtbot) -> None:
    panel = ActorRelations(session)
    qtbot.addWidget(panel)
    actors = session.service.actor_map().actors
    panel.show_actor(actors[0].uuid)
    other = panel.other
    assert panel.other_choices() == [(a.uuid, a.name or "–") for a in actors[1:]]
    completer = other.completer()
    assert completer is not None and completer.model() is other.model()
    completer.setCompletionPrefix(actors[1].name[:4].lower())
    assert completer.completionCount() >= 1


def test_an_edit_of_one_actor_walks_no_other_actor_in_the_views(session, page, monkeypatch) -> None:
    """The kept read says which places it read again; the table, the relations and the checks
    each take that, instead of a walk over every actor (four walks of two thousand actors were
    a third of an edit on a large project)."""
    from workshop_app.ui.actors import model as model_module

    actor = session.service.actor_map().actors[2]
    page.select(actor.uuid)
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    walks: list[int] = []
    original = model_module.replaced

    def counted(rows: Any, before: Any) -> list[int]:
        walks.append(len(rows))
        return original(rows, before)

    monkeypatch.setattr(model_module, "replaced", counted)
    commands.set_actor_field(session, actor.uuid, "name", "Name", "Egeby Torv", "Egeby Torv 2")
    assert page.model.actor(page.model.row_of(actor.uuid)).name == "Egeby Torv 2"
    assert page.details.title.text() == "Egeby Torv 2"
    assert walks == []
    session.undo_stack.undo()  # an edit like any other (typing in one field is one step)
    assert page.model.actor(page.model.row_of(actor.uuid)).name == actor.name
    assert page.details.title.text() == actor.name
    assert walks == []


def test_an_edit_leaves_the_category_filter_as_it_is_until_categories_change(
    session, page, monkeypatch
) -> None:
    from workshop_app.ui.actors.categories import add_category

    fills: list[int] = []
    original = ActorsPage._fill_categories

    def counted(self: ActorsPage) -> None:
        fills.append(1)
        original(self)

    monkeypatch.setattr(ActorsPage, "_fill_categories", counted)
    actor = session.service.actor_map().actors[0]
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    assert fills == []
    uuid = add_category(session, "Kirkens folk")
    assert fills == [1]
    assert page.category_filter.findData(uuid) >= 0
    assert page.category_filter.itemText(page.category_filter.findData(uuid)) == "Kirkens folk"


def test_an_edit_of_an_actor_without_relations_does_not_hide_and_show_its_list(
    session, page
) -> None:
    from PySide6.QtCore import QEvent, QObject

    actor_map = session.service.actor_map()
    lonely = next(a for a in actor_map.actors if not actor_map.relations_of(a.uuid))
    page.window().show()
    page.select(lonely.uuid)
    assert page.relations.list.isHidden()
    seen: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
                seen.append(event.type())
            return False

    watch = Watch()
    page.relations.list.installEventFilter(watch)
    commands.set_actor_field(session, lonely.uuid, "name", "Name", lonely.name, "Ny aktør")
    page.relations.list.removeEventFilter(watch)
    assert seen == []
    assert page.relations.list.isHidden() and not page.relations.empty.isHidden()


def _rects(checks: ActorChecks) -> list[tuple[int, int, int, int]]:
    rects = [checks.strip.line_rect(r) for r in range(len(checks.texts()))]
    return [(r.x(), r.y(), r.width(), r.height()) for r in rects]


def test_each_warning_is_measured_once_and_a_rename_moves_only_the_lines_after_it(
    session, qtbot, monkeypatch
) -> None:
    """Every layout (several as the page shows) reads each line's width measured once from
    its text; a rename measures the renamed line alone again and lays the lines out as a
    strip made afresh would."""
    measured: list[str] = []

    class Counted(QFontMetricsF):
        def horizontalAdvance(self, text: str, *args: Any) -> float:  # type: ignore[override]
            measured.append(text)
            return super().horizontalAdvance(text, *args)

    monkeypatch.setattr(line_strip, "QFontMetricsF", Counted)
    actor = session.service.actor_map().actors[0]
    commands.set_actor_field(session, actor.uuid, "next_step", "Next step", actor.next_step, "")
    holder = QWidget()
    qtbot.addWidget(holder)
    checks = ActorChecks(session, holder)
    holder.resize(1000, 300)
    checks.resize(1000, 300)
    holder.show()
    qtbot.waitExposed(holder)
    texts = checks.texts()
    assert len(texts) >= 3 and not checks.strip.is_wrapped()
    assert sorted(measured) == sorted(texts)  # each line measured once
    before = _rects(checks)
    assert before[1][1] == before[0][1] and before[1][0] > before[0][0]  # side by side
    measured.clear()
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv 2")
    renamed = [t for t in checks.texts() if "Egeby Torv 2" in t]
    assert len(renamed) == 1 and measured == renamed
    row = checks.texts().index(renamed[0])
    after = _rects(checks)
    assert after[:row] == before[:row]  # the lines before it stay where they were
    assert after[row][2] != before[row][2]  # the renamed line is as wide as its new text

    fresh = ActorChecks(session, holder)
    fresh.setGeometry(checks.geometry())
    fresh.show()
    qtbot.waitUntil(lambda: fresh.strip.width() == checks.strip.width())
    assert fresh.texts() == checks.texts() and _rects(fresh) == after


def test_in_a_narrow_column_the_warnings_stand_one_under_the_other_wrapped(session, qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    checks = ActorChecks(session, holder)
    holder.resize(1000, 300)
    checks.resize(1000, 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert not checks.strip.is_wrapped()
    one_line = checks.strip.line_height()
    checks.resize(200, 300)  # narrower than a line: one under the other, wrapped
    assert checks.strip.is_wrapped()
    rects = _rects(checks)
    width = checks.strip.width()
    assert all(x == 0 and w == width for x, _y, w, _h in rects)
    assert all(h > one_line for _x, _y, _w, h in rects)  # each warning wraps onto two lines
    assert all(a[1] + a[3] <= b[1] for a, b in itertools.pairwise(rects))  # none overlaps
    checks.resize(1000, 300)
    assert not checks.strip.is_wrapped()
    assert {h for _x, _y, _w, h in _rects(checks)} == {one_line}


def test_the_other_actor_list_is_filled_once_for_the_first_actor_shown(session, qtbot) -> None:
    """Built with no actor shown (the page's first show), the relations panel fills no list of
    other actors (the form to add one is hidden); the first actor shown fills it once, in one
    insert, without that actor."""
    panel = ActorRelations(session)
    qtbot.addWidget(panel)
    assert panel.other.count() == 0 and not panel.add_group.isVisibleTo(panel)
    inserts: list[int] = []
    model = panel.other.model()
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append(last - first + 1))
    actors = session.service.actor_map().actors
    panel.show_actor(actors[2].uuid)
    assert inserts == [len(actors) - 1]
    assert panel.other_choices() == [(a.uuid, a.name or "–") for a in actors if a is not actors[2]]
    panel.show_actor(None)  # nothing shown: the list stays as it was
    panel.show_actor(actors[0].uuid)  # then two lines change, no refill
    assert inserts == [len(actors) - 1, 1]
    assert panel.other_choices() == [(a.uuid, a.name or "–") for a in actors[1:]]


def test_cells_read_through_the_filter_ask_no_row_or_column_count(
    session, monkeypatch, qtmodeltester
) -> None:
    """Qt's QAbstractTableModel.index asks rowCount and columnCount, two calls into Python for
    each cell the table reads through its filter (measuring the columns, painting): the
    register's model makes its indexes itself (record_model.IndexedRecordModel), as a model must
    (qtmodeltester)."""
    counted: list[str] = []
    for name in ("rowCount", "columnCount"):
        original = getattr(ActorsModel, name)
        monkeypatch.setattr(  # before the model is made: PySide keeps what it found
            ActorsModel,
            name,
            lambda self, *a, _n=name, _o=original: counted.append(_n) or _o(self, *a),
        )
    model = ActorsModel(session)
    model.set_map(session.service.actor_map())
    qtmodeltester.check(model, force_py=True)
    proxy = ActorsFilter()
    proxy.setSourceModel(model)
    assert counted  # asked, as Qt asks: the count is seen
    counted.clear()
    cells = [proxy.index(r, c).data() for r in range(5) for c in range(len(COLUMNS))]
    assert cells[0] == session.service.actor_map().actors[0].name
    assert sorted(counted) == ["columnCount", "rowCount"]  # the filter's mapping, made once
    assert not model.index(len(model.rows), 0).isValid()
    assert not model.index(0, len(COLUMNS)).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()


def test_the_register_measures_its_columns_from_their_texts_as_qt_does(
    session, page, monkeypatch
) -> None:
    """The register's columns are measured from their cells' texts (ten columns of twenty rows
    asked through the filter a dozen questions each took a tenth of the first show): the
    widths are Qt's own, on the same rows, empty cells and elastic caps included; a table
    scrolled down is left to Qt."""
    from workshop_app.ui.record_model import ColumnFitter

    fitter = page.fitter
    assert fitter.measured_rows() == list(range(20))
    asked: list[int] = []
    original = QTableView.sizeHintForColumn
    monkeypatch.setattr(
        QTableView, "sizeHintForColumn", lambda v, c: asked.append(c) or original(v, c)
    )
    ours = fitter._measure()
    assert asked == []
    assert ours == ColumnFitter._measure(fitter)  # Qt's measure of every column
    commands.set_actor_field(session, page.model.actor(0).uuid, "next_step", "Next", "x", "")
    fitter.remeasure()
    assert fitter._measure() == ColumnFitter._measure(fitter)
    page.view.verticalScrollBar().setValue(3)
    assert fitter.measured_rows() is None


def test_an_edit_asks_the_selection_twice_not_four_times(session, page, monkeypatch) -> None:
    actor = session.service.actor_map().actors[1]
    page.select(actor.uuid)
    asked: list[str | None] = []
    original = ActorsPage.selected_uuid

    def counted(self: ActorsPage) -> str | None:
        uuid = original(self)
        asked.append(uuid)
        return uuid

    monkeypatch.setattr(ActorsPage, "selected_uuid", counted)
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, "Egeby Torv")
    assert asked == [actor.uuid, actor.uuid]  # before the refresh, and whether it still is
    assert page.details.title.text() == "Egeby Torv"
    assert page.count.text().endswith("actors shown") and page.up_button.isEnabled()
