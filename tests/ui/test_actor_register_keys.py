"""The actor register with real key presses: Tab after an edit goes on to the next column, and
an edit in the details keeps the register's cell."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tests.ui.helpers import K, focused, press, type_keys
from workshop_app.ui.actors.model import COLUMNS
from workshop_app.ui.actors.page import ActorsPage


def active_page(open_page, qtbot) -> ActorsPage:  # type: ignore[no-untyped-def]
    """The actors page alone, as the active window (keys go to the focus widget)."""
    page = open_page(ActorsPage)
    with qtbot.waitActive(page, timeout=3000):
        page.activateWindow()
    return page


def stored(session):  # type: ignore[no-untyped-def]
    return session.service.actor_map()


def test_tab_after_a_category_change_goes_on_to_the_ratings(session, open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = active_page(open_page, qtbot)
    view = page.view
    actor = stored(session).actors[0]
    page.select(actor.uuid)
    view.setFocus()
    category = COLUMNS.index("category")
    view.setCurrentIndex(view.currentIndex().siblingAtColumn(category))
    press(qtbot, K.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    target = (combo.currentIndex() + 1) % combo.count()
    press(qtbot, K.Key_Down if target else K.Key_Home)  # a change: the register refreshes
    assert view.currentIndex().column() == category
    press(qtbot, K.Key_Tab)
    assert view.currentIndex().column() == COLUMNS.index("influence")
    type_keys(qtbot, "1")
    press(qtbot, K.Key_Tab)
    assert view.currentIndex().column() == COLUMNS.index("interest")
    type_keys(qtbot, "5")
    press(qtbot, K.Key_Tab)
    after = stored(session).actor(actor.uuid)
    assert (after.influence, after.interest) == (1, 5)
    assert after.category != actor.category


def test_an_edit_in_the_details_keeps_the_register_cell(session, open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = active_page(open_page, qtbot)
    actor = stored(session).actors[1]
    page.select(actor.uuid)
    column = COLUMNS.index("interest")
    page.view.setCurrentIndex(page.view.currentIndex().siblingAtColumn(column))
    page.details.next_step_date.setFocus()
    press(qtbot, K.Key_Up)  # a date: the register refreshes
    assert stored(session).actor(actor.uuid).next_step_date is not None
    assert page.selected_uuid() == actor.uuid
    assert page.view.currentIndex().column() == column
    # Choosing another actor still starts at the name.
    other = stored(session).actors[0]
    page.select(other.uuid)
    assert page.selected_uuid() == other.uuid
    assert page.view.currentIndex().column() == COLUMNS.index("name")
