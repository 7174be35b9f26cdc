"""The strip of lines the actor checks are said in: read and used with the mouse and the
keyboard as the list it replaced, and a line worded anew repaints what it moved, not the rest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.ui import line_strip
from workshop_app.ui.line_strip import LineStrip, StripLine


def _strip(qtbot, lines: list[StripLine], width: int = 900) -> LineStrip:  # type: ignore[no-untyped-def]
    strip = LineStrip()
    qtbot.addWidget(strip)
    strip.set_lines(lines)
    strip.resize(width, 200)
    strip.show()
    qtbot.waitExposed(strip)
    return strip


LINES = [
    StripLine("No property owners on the map yet", "Add one"),
    StripLine("Egeby Torv has high influence but no next step", "Plan one", link=True),
    StripLine("Café Åstien is not placed on the grid yet", "Rate it", link=True),
]


def test_the_keyboard_walks_the_lines_and_enter_activates_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = _strip(qtbot, LINES)
    strip.activateWindow()
    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    activated: list[int] = []
    strip.activated.connect(activated.append)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)  # no further than the last
    qtbot.keyClick(strip, Qt.Key.Key_Space)
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    qtbot.keyClick(strip, Qt.Key.Key_Down)  # one row: nowhere below
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Enter)
    assert activated == [0, 2, 1]
    assert strip.accessibleDescription() == LINES[1].text  # the line the keyboard is on


def test_up_and_down_go_to_the_nearest_line_of_the_row_above_or_below(qtbot) -> None:  # type: ignore[no-untyped-def]
    wide = _strip(qtbot, LINES, width=4000)
    two_rows = wide.line_rect(0).width() + wide.line_rect(1).width() + 2 * LineStrip.SPACING
    strip = _strip(qtbot, LINES, width=two_rows)
    assert strip.line_rect(1).y() == strip.line_rect(0).y() < strip.line_rect(2).y()
    strip.activateWindow()
    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    moved: list[QRect] = []
    strip.current_moved.connect(moved.append)
    activated: list[int] = []
    strip.activated.connect(activated.append)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Down)  # from the second line to the only one below
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    qtbot.keyClick(strip, Qt.Key.Key_Up)  # back up: the line of the first row nearest it
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    centre = strip.line_rect(2).center().x()
    nearest = min((0, 1), key=lambda r: abs(strip.line_rect(r).center().x() - centre))
    assert activated == [2, nearest]
    assert moved[-1] == strip.line_rect(nearest)  # a scroll area keeps it in view


def test_a_click_activates_the_line_under_the_mouse_and_links_show_a_hand(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = _strip(qtbot, LINES)
    with qtbot.waitSignal(strip.activated, timeout=1000) as blocker:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.line_rect(2).center())
    assert blocker.args == [2]
    qtbot.mouseMove(strip, strip.line_rect(1).center())
    assert strip.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(strip, strip.line_rect(0).center())
    assert strip.cursor().shape() == Qt.CursorShape.ArrowCursor
    below = strip.line_rect(0).bottomLeft() + QPoint(2, 40)
    with qtbot.assertNotEmitted(strip.activated):
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=below)  # between lines: nothing


def test_a_screen_reader_reads_every_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = _strip(qtbot, LINES)
    assert strip.accessibleDescription().splitlines() == [line.text for line in LINES]
    strip.set_line(1, StripLine("Zebra Byg has high influence but no next step", link=True))
    assert strip.accessibleDescription().splitlines()[1].startswith("Zebra Byg")


def test_a_name_with_a_tab_or_line_break_stays_on_its_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    odd = [StripLine("Egeby\tTorv\nhas high influence but no next step", link=True), *LINES]
    strip = _strip(qtbot, odd)
    assert not strip.is_wrapped()
    assert strip.line_rect(0).height() == strip.line_height()
    assert strip.texts()[0] == odd[0].text  # the text itself kept
    assert line_strip._shown(odd[0].text) == "Egeby Torv has high influence but no next step"
    joined = "Mehr\u200cdad\u00a0Café\u200e"  # a joiner, a no-break space, a direction mark
    assert line_strip._shown(joined) == joined  # they belong to the name


def test_new_lines_leave_no_pointing_hand_behind(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = _strip(qtbot, LINES)
    qtbot.mouseMove(strip, strip.line_rect(1).center())
    assert strip.cursor().shape() == Qt.CursorShape.PointingHandCursor
    strip.set_lines(LINES[:1])
    assert strip.cursor().shape() == Qt.CursorShape.ArrowCursor


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_line_worded_anew_repaints_the_lines_it_moved_not_the_ones_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = _strip(qtbot, LINES, width=2000)
    first = strip.line_rect(0)
    QApplication.processEvents()  # the first paint done
    painted = _Painted()
    strip.installEventFilter(painted)
    strip.set_line(1, StripLine("Zebra Byg has high influence but no next step", link=True))
    qtbot.waitUntil(lambda: bool(painted.rects))
    assert not any(rect.intersects(first) for rect in painted.rects)
    assert any(rect.contains(strip.line_rect(2)) for rect in painted.rects)  # moved right
    assert strip.line_rect(0) == first


def test_the_strip_is_laid_out_as_it_is_shown_not_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    strip = LineStrip(holder)
    measured: list[int] = []
    original = strip._layout
    strip._layout = lambda width: measured.append(width) or original(width)  # type: ignore[method-assign]
    strip.set_lines(LINES)
    assert measured == []
    strip.resize(250, 100)
    holder.show()
    qtbot.waitExposed(holder)
    assert measured and measured[-1] == 250
    assert strip.is_wrapped()  # the longest line is wider than 250 pixels here


def test_a_hidden_strip_says_where_its_lines_are_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = LineStrip()
    qtbot.addWidget(strip)
    strip.resize(2000, 100)
    strip.set_lines(LINES)
    assert not strip.isVisible()
    assert strip.row_at(*strip.line_rect(2).center().toTuple()) == 2
    assert strip.content_height() == strip.line_height()  # one row, side by side
