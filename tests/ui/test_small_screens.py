"""Every page and dialog works on a town-hall laptop: 1024×768 or 1366×768 less a 40 px task bar.

The offscreen platform has one 800×800 screen, so the tests tell the app's one screen function
(``ui.screens.available_rect``) that the screen is a laptop's, show the main window at that
size (as maximised), and check that every visible button can be reached: inside the window, or
inside a scroll area that is. Dialogs must fit the screen whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from workshop_app.ui import screens

LAPTOPS = [QRect(0, 0, 1024, 728), QRect(0, 0, 1366, 728)]


@pytest.fixture(params=LAPTOPS, ids=lambda r: f"{r.width()}x{r.height() + 40}")
def laptop(request, monkeypatch) -> QRect:  # type: ignore[no-untyped-def]
    rect: QRect = request.param
    monkeypatch.setattr(screens, "available_rect", lambda widget=None: QRect(rect))
    return rect


def _unreachable(top: QWidget) -> Iterator[str]:
    """Visible buttons of ``top`` that lie (partly) outside it and in no scroll area."""
    area = top.rect()
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or button.width() <= 1 or button.window() is not top:
            continue
        if _in_scroll_area(button, top):
            continue
        where = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        if not area.contains(where):
            name = button.text() or button.toolTip() or button.objectName()
            yield f"{name!r} at {where.x()},{where.y()} {where.width()}×{where.height()}"


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            viewport = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
            return top.rect().intersects(viewport)
        parent = parent.parentWidget()
    return False


def _fits(window: QWidget, screen: QRect) -> bool:
    return screen.contains(window.frameGeometry()) or screen.contains(window.geometry())


def _pages(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    ws = window.workspace
    for page in ("overview", "scope", "actors", "trials", "meetings", "handouts"):
        ws.show_page(page)
        yield page
    for section in ("purpose", "area", "economy", "knowledge"):
        ws.show_page("scope")
        ws.scope.show_section(section)
        yield f"scope/{section}"
    for tab in ("register", "grid", "plan"):
        ws.show_page("actors")
        ws.actors.show_tab(tab)
        yield f"actors/{tab}"
    for tab, test_tab in (
        ("ideas", None),
        ("lineage", None),
        ("trials", "plan"),
        ("trials", "counts"),
        ("trials", "feedback"),
        ("trials", "summary"),
        ("trials", "decisions"),
    ):
        ws.show_page("trials")
        ws.trials.show_tab(tab, test_tab)
        yield f"tests/{test_tab or tab}"


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_page_keeps_its_buttons_on_a_laptop(make_window, demo_file, laptop, language) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language)
    window.resize(laptop.size())
    window.show()
    assert window.open_path(demo_file)
    window.resize(laptop.size())
    problems = []
    for page in _pages(window):
        QApplication.processEvents()
        problems += [f"{page}: {p}" for p in _unreachable(window)]
    assert not problems, "buttons out of reach:\n" + "\n".join(problems)


def test_main_window_fits_the_screen_whatever_size_was_saved(make_window, laptop) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    window.resize(1900, 1200)  # a geometry saved on a large monitor
    window.move(300, 200)
    window.show()
    assert _fits(window, laptop), window.frameGeometry()


def test_preview_fits_and_its_buttons_are_reachable(window, qtbot, laptop) -> None:  # type: ignore[no-untyped-def]
    window.print_handout(None)
    qtbot.waitUntil(lambda: window._handout.preview is not None, timeout=20000)
    preview = window._handout.preview
    preview.show()
    assert _fits(preview, laptop), preview.frameGeometry()
    assert not list(_unreachable(preview))
    for button in (preview.print_button, preview.save_button, preview.open_button):
        assert button.isVisible()
    preview.close()


@pytest.mark.parametrize("opener", ["check_project", "show_backups", "open_settings"])
def test_dialogs_fit_the_screen(window, qtbot, laptop, opener) -> None:  # type: ignore[no-untyped-def]
    before = set(QApplication.topLevelWidgets())
    getattr(window, opener)()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w not in before and w.isVisible() and w is not window
    ]
    assert opened, f"{opener} opened no window"
    for dialog in opened:
        assert _fits(dialog, laptop), (dialog.objectName(), dialog.frameGeometry())
        assert not list(_unreachable(dialog)), dialog.objectName()
        dialog.close()


def test_primary_columns_are_never_behind_a_scroll_bar(window, laptop) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    from workshop_app.ui.record_model import ColumnFitter

    window.resize(laptop.size())
    window.show()
    hidden = []
    checked = 0
    for page in _pages(window):
        QApplication.processEvents()
        for view in window.workspace.findChildren(QTableView):
            fitter = view.findChild(ColumnFitter)
            if fitter is None or not view.isVisible():
                continue
            checked += 1
            header, room = view.horizontalHeader(), view.viewport().width()
            for column in fitter.primary_columns():
                right = header.sectionViewportPosition(column) + header.sectionSize(column)
                if right > room:
                    name = view.model().headerData(column, Qt.Orientation.Horizontal)
                    hidden.append(f"{page}: {view.objectName()} column {name!r}")
    assert checked >= 2  # the register and the engagement plan at least
    assert not hidden, "\n".join(hidden)
