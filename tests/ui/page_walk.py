"""Walk every page and tab of the main window (for tests that must see every widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QTabWidget, QWidget

from workshop_app.ui.workspace import PAGES


def settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def visit_every_tab(window) -> None:  # type: ignore[no-untyped-def]
    """Show every page and every tab once, so what a tab builds on first show exists."""
    for page in PAGES:
        window.workspace.show_page(page)
        settle()
        seen: set[int] = set()
        while True:
            tabs = [
                t
                for t in window.workspace.findChildren(QTabWidget)
                if t.isVisible() and id(t) not in seen
            ]
            if not tabs:
                break
            for tab_widget in tabs:
                seen.add(id(tab_widget))
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    settle()
                tab_widget.setCurrentIndex(0)
    window.workspace.show_page(PAGES[0])
    settle()


def reveal(window, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Switch every page, tab and stack on the way down to ``widget`` to the branch holding it,
    and scroll it into view."""
    chain: list[QWidget] = []
    w: QWidget | None = widget
    while w is not None and w is not window:
        chain.append(w)
        w = w.parentWidget()
    for child in reversed(chain):
        stack = child.parentWidget()
        if not isinstance(stack, QStackedWidget):
            continue
        if stack is window.workspace.pages and stack.indexOf(child) >= len(PAGES):
            stack.setCurrentWidget(child)  # the live console: a page without a row
        elif stack is window.workspace.pages:
            window.workspace.show_page(PAGES[stack.indexOf(child)])
        elif isinstance(stack.parentWidget(), QTabWidget):
            stack.parentWidget().setCurrentWidget(child)
        else:
            stack.setCurrentWidget(child)
    settle()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    settle()
