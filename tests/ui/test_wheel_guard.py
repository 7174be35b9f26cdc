"""Nothing changes by accident (issue 12, item 2): the mouse wheel over a combo box, spin box or
date field that does not have the keyboard focus leaves it alone and scrolls the page instead.

The wheel events are real ones (``QTest.wheelEvent`` on the window, so Qt finds the widget under
the pointer, gives focus by policy and propagates as it does for a mouse), over every such field
of every page, sub-tab and test tab of the demo project.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea, QSlider, QWidget

from tests.ui.page_walk import reveal, settle, visit_every_tab

#: Fields whose value the wheel steps (every date and time edit is a spin box).
FIELDS = (QComboBox, QAbstractSpinBox, QSlider)


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()  # type: ignore[attr-defined]


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def fields(window) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    for widget in window.workspace.findChildren(QWidget):
        if isinstance(widget, FIELDS):
            yield widget


def test_the_wheel_never_changes_a_field_without_focus(window, qtbot) -> None:
    window.resize(1024, 600)  # small enough that forms scroll
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    session = window.session
    # A test with every field filled in: the decided one of the issue.
    trials = window.workspace.trials
    decided = next(t for t in session.service.trial_book().trials if t.status == "decided")
    trials.list.select(decided.uuid)
    settle()
    visit_every_tab(window)  # tabs that build on first show (the grid's comparison)
    before = session.service.snapshot()
    steps = session.undo_stack.count()
    tried: list[str] = []
    scrolled: list[str] = []
    for widget in list(fields(window)):
        reveal(window, widget)
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        centre = widget.mapTo(window, widget.rect().center())
        under = window.childAt(centre)
        if under is None or not (under is widget or widget.isAncestorOf(under)):
            continue  # covered or outside the window: no pointer can be over it
        window.workspace.navigation.setFocus()
        assert not widget.hasFocus()
        name = widget.objectName() or type(widget).__name__
        shown = value_of(widget)
        area = scroll_area_of(widget)
        bar = area.verticalScrollBar() if area is not None else None
        position = bar.value() if bar is not None else 0
        for delta in (-120, -120, 120):
            QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, delta))
            settle()
        assert value_of(widget) == shown, f"the wheel changed {name}"
        assert not widget.hasFocus(), f"the wheel gave {name} the focus"
        assert session.undo_stack.count() == steps, f"the wheel over {name} made an edit"
        assert session.service.snapshot() == before, f"the wheel over {name} changed the project"
        tried.append(name)
        if bar is not None and position < bar.maximum() - 240:
            # Two steps down, one up: the page moved on down instead.
            assert bar.value() > position, f"the page did not scroll under {name}"
            scrolled.append(name)
    assert "trial_trial_type" in tried
    assert len(tried) >= 20, tried
    assert scrolled, "no field was tried inside a page that scrolls"
    print(len(tried), "fields tried;", len(scrolled), "scrolled their page:", scrolled)


def test_with_the_focus_the_wheel_still_steps_a_field(window, qtbot) -> None:
    with qtbot.waitActive(window, timeout=3000):
        window.activateWindow()
    form = window.workspace.trials.form
    combo = form.type_combo
    reveal(window, combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    index = combo.currentIndex()
    centre = combo.mapTo(window, combo.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120 if index == 0 else 120))
    settle()
    assert combo.currentIndex() != index  # chosen on purpose: it is the user's to undo
