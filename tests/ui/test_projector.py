"""The room screen: one full-screen window for the whole app, on the chosen screen, with no
controls and nothing personal, readable from the back of the room at 1024×768 and 1920×1080."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from workshop_app.ui.projector import (
    PauseView,
    Projector,
    QuestionView,
    RankingView,
    projector_for,
)
from workshop_app.ui.projector.look import FitLabel
from workshop_app.ui.settings import Settings

SIZES = [QRect(0, 0, 1024, 768), QRect(0, 0, 1920, 1080)]


@pytest.fixture
def main(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Stands in for the main window: the projector is its child object."""
    widget = QWidget()
    widget.settings = Settings()  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


@pytest.fixture
def projector(main: QWidget, session: Any, qtbot: Any) -> Any:
    projector = projector_for(main, session)
    yield projector
    projector.close()


def show(projector: Projector, view: Any, qtbot: Any, size: QRect | None = None) -> Any:
    """Show ``view``; with ``size``, as on a screen of that size."""
    projector.show(view)
    window = projector.window
    assert window is not None
    qtbot.waitExposed(window)
    if size is not None:
        window.showNormal()
        window.setGeometry(size)
        qtbot.waitUntil(lambda: window.size() == size.size(), timeout=2000)
    return window


def test_one_projector_per_main_window(main, session, projector, qtbot) -> None:
    assert projector_for(main, session) is projector
    window = show(projector, PauseView(), qtbot)
    show(projector, QuestionView("Hvad mangler?"), qtbot)
    assert projector.window is window  # the same window shows the next view
    assert projector.current_view() == QuestionView("Hvad mangler?")
    assert projector.is_open()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert not window.findChildren(QAbstractButton)  # no controls on the wall


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_esc_and_f11_close_the_window(projector, qtbot, key) -> None:
    window = show(projector, PauseView(), qtbot)
    with qtbot.waitSignal(projector.closed, timeout=2000):
        qtbot.keyClick(window, key)
    assert not projector.is_open()
    assert projector.current_view() is None


def test_the_chosen_screen_is_remembered(main, session, projector, qtbot) -> None:
    screen = QGuiApplication.screens()[-1]
    projector.move_to_screen(screen)
    assert Settings().projector_screen == screen.name()
    window = show(projector, PauseView(), qtbot)
    assert window.screen() is screen
    assert window.geometry() == screen.geometry()


def test_with_one_screen_it_opens_on_that_one(projector, main, qtbot) -> None:
    window = show(projector, PauseView(), qtbot)
    assert window.screen() is main.screen()  # the test setup has one screen


def _labels(window: QWidget) -> list[FitLabel]:
    return [label for label in window.findChildren(FitLabel) if label.isVisible() and label.text()]


def assert_fits(window: QWidget) -> None:
    """Every label inside the window, its whole (shown) text inside the label."""
    area = window.rect()
    for label in _labels(window):
        where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        assert area.contains(where), (label.text(), where)
        needed = label.fontMetrics().boundingRect(
            QRect(0, 0, label.width(), 100_000), int(Qt.TextFlag.TextWordWrap), label.text()
        )
        assert needed.height() <= label.height(), (label.text(), needed, label.size())


def body_px(size: QRect) -> int:
    """The least body size: 40 px at 1920×1080, less on smaller screens in proportion."""
    return round(40 * min(size.width() / 1920, size.height() / 1080))


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_a_question_fills_the_screen_and_stays_on_it(projector, qtbot, size) -> None:
    long = "Hvad skal der ske på Torvet om sommeren, når butikkerne lukker? " * 60
    window = show(projector, QuestionView(long), qtbot, size)
    assert_fits(window)
    label = window.findChild(FitLabel, "projector_question_text")
    assert QFontInfo(label.font()).pixelSize() >= body_px(size)
    assert label.text().endswith("…")  # too long even at the smallest size: cut, not clipped
    window = show(projector, QuestionView("Hvad mangler?"), qtbot, size)
    label = window.findChild(FitLabel, "projector_question_text")
    assert label.text() == "Hvad mangler?"
    assert QFontInfo(label.font()).pixelSize() >= 2 * body_px(size)


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_ranking_lists_the_votes_large(projector, session, qtbot, size) -> None:
    meeting = session.service.meeting_uuids()[0]
    window = show(projector, RankingView(meeting), qtbot, size)
    assert_fits(window)
    panel = projector.panel()
    tallies = session.service.vote_tallies(meeting)
    assert [count for _title, count in panel.ranking] == sorted(
        (c for c in tallies.values() if c), reverse=True
    )
    for label in _labels(window):
        assert QFontInfo(label.font()).pixelSize() >= body_px(size), label.text()
