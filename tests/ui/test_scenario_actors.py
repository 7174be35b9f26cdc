"""Issue 5 as a new user tries it, keyboard first: map a made-up town's actors in a new project
from the register, move them on the power/interest grid with the keys, undo, hide the names,
show the grid on a 1920x1080 projector and close it with Esc, and print the actor map.

Every place where the app got in the way of the scenario has its own test below (they were
strict xfails until fixed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QWidget,
)

from tests.ui.helpers import CTRL, SHIFT, K, focused, press, type_keys
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.ui.actors.model import COLUMNS
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.projector import projector_for

ALT = Qt.KeyboardModifier.AltModifier

#: name, category, influence, interest: typed in the register.
ACTORS = (
    ("Kirkegade traders", "merchants_association", 4, 5),
    ("Youth club Kvarteret", "young_people", 2, 4),
    ("Nyby town council", "politicians", 5, 2),
)
CONTACT = "Hanne Mortensen 20 30 40 50"  # a contact person: personal data, never printed


def stored(window):  # type: ignore[no-untyped-def]
    return window.session.service.actor_map()


def by_name(window, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in stored(window).actors if a.name == name)


@pytest.fixture
def new_window(make_window, monkeypatch, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "Nyby.bymidte"
    monkeypatch.setattr(Dialogs, "new_project_path", classmethod(lambda cls, p, s: target))
    win = make_window("en")
    win.resize(1280, 860)
    win.show()
    with qtbot.waitActive(win, timeout=3000):
        win.activateWindow()
    qtbot.keyClick(focused(), K.Key_N, CTRL)
    assert win.session is not None and win.session.service.path == target
    # Offscreen, the window loses activation when the start screen goes: activate it again.
    with qtbot.waitActive(win, timeout=3000):
        win.activateWindow()
    yield win
    win.close()


def tab_to_column(qtbot, view, key: str) -> None:  # type: ignore[no-untyped-def]
    """Tab through the row's editors until the one of column ``key`` is open."""
    column = COLUMNS.index(key)
    for _ in range(8):
        editing = view.state() == view.State.EditingState
        if editing and view.currentIndex().column() == column:
            return
        press(qtbot, K.Key_Tab)
    raise AssertionError(f"the editor of {key} was not reached with Tab")


def pick_category(qtbot, category: str) -> None:  # type: ignore[no-untyped-def]
    combo = focused()
    assert isinstance(combo, QComboBox)
    target = combo.findData(category)
    if target < 0:  # the delegate's combo may hold the label only
        from workshop_app.ui.actors.texts import category_labels

        target = combo.findText(category_labels()[category])
    assert target >= 0, category
    press(qtbot, K.Key_Home)
    for _ in range(target):
        press(qtbot, K.Key_Down)
    assert combo.currentIndex() == target


def add_actors_from_the_keyboard(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.workspace.actors
    for name, category, influence, interest in ACTORS:
        press(qtbot, K.Key_A, CTRL | SHIFT)
        assert page.view.state() == page.view.State.EditingState  # the name, ready to type
        assert page.view.currentIndex().column() == COLUMNS.index("name")
        type_keys(qtbot, name)
        press(qtbot, K.Key_Tab)
        assert page.view.currentIndex().column() == COLUMNS.index("category")
        pick_category(qtbot, category)
        tab_to_column(qtbot, page.view, "influence")
        type_keys(qtbot, str(influence))
        tab_to_column(qtbot, page.view, "interest")
        type_keys(qtbot, str(interest))
        press(qtbot, K.Key_Return)
        # Qt commits an editor's Enter through the event loop (a queued call): let it run.
        qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState, timeout=2000)
    return page


def scene_texts(grid) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    for item in grid.scene.items():
        texts.append(item.toolTip())
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
        elif isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
    for marker in grid.scene.markers.values():
        texts.append(marker.label)
    return texts


# -- the scenario ----------------------------------------------------------------------------


def test_new_user_maps_actors_moves_them_projects_and_prints(new_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = new_window
    qtbot.keyClick(QApplication.focusWidget() or window, K.Key_3, ALT)  # Alt+n: the pages
    assert window.workspace.current_page() == "actors"
    page = window.workspace.actors
    assert page.model.rowCount() == 0

    # -- three actors, typed in the register
    add_actors_from_the_keyboard(window, qtbot)
    actors = stored(window).actors
    assert [(a.name, a.category, a.influence, a.interest) for a in actors] == list(ACTORS)
    assert page.model.rowCount() == 3

    # A contact person for the council, in the details (personal data, never printed).
    council = by_name(window, "Nyby town council")
    page.select(council.uuid)
    contact = page.details.findChild(QWidget, "actor_contact")
    assert contact is not None
    contact.setFocus()
    type_keys(qtbot, CONTACT)
    window.session.flush()
    assert by_name(window, "Nyby town council").contact == CONTACT

    # -- the grid (Ctrl+PgDown: the next tab); Tab chooses an actor, the arrows move it
    press(qtbot, K.Key_PageDown, CTRL)
    assert page.current_tab() == "grid"
    grid = page.grid
    assert grid is not None
    # Qt shows a widget added to a visible layout through the event loop, and the grid places
    # its markers once it has its size: let it.
    qtbot.waitUntil(grid.scene.laid_out, timeout=2000)
    assert len(grid.scene.markers) == 3
    assert grid.view.isVisible()
    tabs = 0
    while focused() is not grid.view and tabs < 12:
        press(qtbot, K.Key_Tab)
        tabs += 1
    assert focused() is grid.view
    assert tabs == 1  # from the tab bar straight into the grid
    assert grid.selected_uuid() == council.uuid  # the actor chosen in the register
    press(qtbot, K.Key_Backtab, SHIFT)  # the previous actor in register order
    youth = by_name(window, "Youth club Kvarteret")
    assert grid.selected_uuid() == youth.uuid
    undo = window.session.undo_stack
    steps = undo.index()
    press(qtbot, K.Key_Up)  # influence 2 -> 3
    press(qtbot, K.Key_Up)  # -> 4
    press(qtbot, K.Key_Right)  # interest 4 -> 5
    press(qtbot, K.Key_Right)  # held at 5: no step
    moved = stored(window).actor(youth.uuid)
    assert (moved.influence, moved.interest) == (4, 5)
    assert undo.index() == steps + 3
    marker = grid.scene_marker(youth.uuid)
    assert marker is not None and (marker.actor.influence, marker.actor.interest) == (4, 5)
    press(qtbot, K.Key_Z, CTRL)  # undo from the keyboard, focus still on the grid
    assert (stored(window).actor(youth.uuid).interest, undo.index()) == (4, steps + 2)
    press(qtbot, K.Key_Z, CTRL)
    press(qtbot, K.Key_Z, CTRL)
    back = stored(window).actor(youth.uuid)
    assert (back.influence, back.interest) == (2, 4)
    assert undo.index() == steps  # nothing else undone
    assert grid.selected_uuid() == youth.uuid  # still chosen: the next arrow moves it again

    # -- hide names: no name anywhere in the scene (labels, tooltips, the legend's items)
    grid.names_action.trigger()
    assert grid.names_hidden()
    texts = " ".join(scene_texts(grid))
    for name, *_ in ACTORS:
        assert name not in texts, name
    for word in ("Kirkegade", "Kvarteret", "council"):
        assert word not in texts, word

    # -- the projector (F11) at 1920x1080, names still hidden, Esc closes it
    press(qtbot, K.Key_F11)
    room = projector_for(window, window.session)  # the window's one room screen
    assert room.window is not None
    qtbot.waitExposed(room.window)
    wall = room.panel().grid
    assert wall.names_hidden()
    qtbot.waitUntil(wall.scene.laid_out, timeout=2000)  # its markers a moment after it shows
    assert len(wall.scene.markers) == 3
    big = wall.scene.look.metrics.label_px
    assert big >= 1.7 * grid.scene.look.metrics.label_px
    projector_texts = " ".join(scene_texts(wall))
    for name, *_ in ACTORS:
        assert name not in projector_texts, name
    view = wall.view.viewport().rect()
    shown = wall.view.mapToScene(view).boundingRect()
    for item in wall.scene.markers.values():
        assert shown.contains(item.sceneBoundingRect()), "a marker is off the projector screen"
    qtbot.keyClick(room.window, K.Key_Escape)
    qtbot.waitUntil(lambda: not room.is_open(), timeout=2000)

    # -- names back on, then print the actor map from the grid
    grid.names_action.trigger()
    assert not grid.names_hidden()
    grid.print_action.trigger()
    exports = window.workspace.exports
    qtbot.waitUntil(
        lambda: exports.actor_map_flow is not None and exports.actor_map_flow.preview is not None,
        timeout=20000,
    )
    preview = exports.actor_map_flow.preview
    from pypdf import PdfReader

    text = " ".join((p.extract_text() or "") for p in PdfReader(preview.pdf_path).pages)
    text = " ".join(text.split())
    preview.close()
    for name, *_ in ACTORS:
        assert name in text, name
    assert "Hanne" not in text and "Mortensen" not in text and "20 30 40 50" not in text
    assert "personal data" not in text.lower()
    assert "Merchants" in text  # categories by name, for a council to read


# -- where the app got in the way (each found by the scenario above, each fixed) ------------


def actors_page(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1280, 860)
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    window.workspace.show_page("actors")
    return window.workspace.actors


def test_tab_after_changing_a_cell_opens_the_next_column(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = actors_page(window, qtbot)
    page.view.setFocus()
    press(qtbot, K.Key_A, CTRL | SHIFT)
    type_keys(qtbot, "Bakers guild")
    press(qtbot, K.Key_Tab)
    assert page.view.currentIndex().column() == COLUMNS.index("category")
    pick_category(qtbot, ACTOR_CATEGORIES[5])  # a change: the model refreshes
    press(qtbot, K.Key_Tab)
    assert page.view.currentIndex().column() == COLUMNS.index("influence")
    type_keys(qtbot, "4")
    press(qtbot, K.Key_Tab)
    assert page.view.currentIndex().column() == COLUMNS.index("interest")
    type_keys(qtbot, "2")
    press(qtbot, K.Key_Tab)
    actor = by_name(window, "Bakers guild")
    assert (actor.category, actor.influence, actor.interest) == (ACTOR_CATEGORIES[5], 4, 2)


def test_hide_names_can_be_switched_from_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = actors_page(window, qtbot)
    page.show_tab("grid")
    grid = page.grid
    button = grid.toolbar.widgetForAction(grid.names_action)
    reachable = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
    assert reachable or not grid.names_action.shortcut().isEmpty()


def test_hidden_names_are_not_spoken_either(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = actors_page(window, qtbot)
    page.show_tab("grid")
    grid = page.grid
    actor = stored(window).actors[0]
    grid.select(actor.uuid)  # asked before the markers are placed (as the tab shows): kept
    qtbot.waitUntil(lambda: actor.name in grid.view.accessibleDescription(), timeout=2000)
    grid.set_names_hidden(True)
    assert actor.name not in grid.view.accessibleDescription()
