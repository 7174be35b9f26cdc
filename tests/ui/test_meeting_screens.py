"""The meetings page on a town-hall laptop (1024×768 and 1366×768 less a task bar), in Danish
and English: every tab of a meeting keeps its buttons and fields in the window, and the agenda
shows its rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_small_screens import _unreachable, laptop  # noqa: F401 (a fixture)


def _outside(top: QWidget, names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        widget = top.findChild(QWidget, name)
        assert widget is not None, name
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not widget.isVisibleTo(top) or not top.rect().contains(where):
            out.append(f"{name} at {where}")
    return out


TAB_WIDGETS = {
    "plan": ("meeting_title", "meeting_kind", "meeting_purpose", "agenda_table", "agenda_notes"),
    "attendance": ("attendance_actors", "attendance_citizens", "project_named_participants"),
    "outcome": ("outcome_capture", "outcome_notes", "outcome_actions", "outcome_decisions"),
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_meeting_tab_fits_a_laptop(make_window, demo_file, laptop, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = make_window(language)
    window.resize(laptop.size())
    window.show()
    assert window.open_path(demo_file)
    window.resize(laptop.size())
    window.workspace.show_page("meetings")
    page = window.workspace.meetings
    problems = []
    for tab, names in TAB_WIDGETS.items():
        page.show_tab(tab)
        QApplication.processEvents()
        problems += [f"{tab}: {p}" for p in _unreachable(window)]
        problems += [f"{tab}: {p}" for p in _outside(window, names)]
    page.show_tab("plan")
    QApplication.processEvents()
    view = page.agenda_view
    assert view.viewport().height() >= 3 * view.rowHeight(0), "the agenda shows three rows"
    assert not problems, "\n".join(problems)
