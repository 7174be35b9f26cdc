"""The timer on the room screen: the current item, its countdown from the injected clock (no
waiting), ahead/behind the plan, large enough for the back of the room, nothing personal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_projector import PLANTED, assert_fits, everything_shown, plant_personal_data
from workshop_app.domain.live import live_figures
from workshop_app.ui.projector import PauseView, TimerView, projector_for
from workshop_app.ui.projector.timer import clock_text

SIZES = [QRect(0, 0, 1024, 768), QRect(0, 0, 1920, 1080)]
START = dt.datetime(2027, 3, 1, 18, 0, 0)


class Clock:
    """The projector's clock in a test: it shows what the test sets."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def projector(session, qtbot, clock):  # type: ignore[no-untyped-def]
    main = QWidget()
    qtbot.addWidget(main)
    projector = projector_for(main, session)
    projector.clock = clock
    yield projector
    projector.close()


def meeting_with_agenda(session: Any) -> str:
    service = session.service
    return next(u for u in service.meeting_uuids() if len(service.meeting(u).agenda) >= 2)


def show(projector: Any, view: Any, qtbot: Any, size: QRect) -> Any:
    projector.show(view)
    window = projector.window
    qtbot.waitExposed(window)
    window.showNormal()
    window.setGeometry(size)
    qtbot.waitUntil(lambda: window.size() == size.size(), timeout=2000)
    QApplication.processEvents()  # the layouts' pending requests
    return window


def test_clock_text() -> None:
    assert clock_text(0) == "00:00"
    assert clock_text(5 * 60 + 7) == "05:07"
    assert clock_text(-(2 * 60 + 15)) == "−02:15"
    assert clock_text(3600 + 65) == "1:01:05"


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_countdown_follows_the_clock_and_reads_from_the_back(
    projector, session, qtbot, clock, size
) -> None:
    plant_personal_data(session)
    meeting = meeting_with_agenda(session)
    session.service.live_start(meeting, START)
    window = show(projector, TimerView(meeting), qtbot, size)
    panel = projector.panel()
    first = session.service.meeting(meeting).agenda[0]
    assert panel.title.full_text() == " ".join(first.title.split())
    planned = (first.duration_min + first.extra_min) * 60
    assert panel.countdown.full_text() == clock_text(planned)

    clock.now = START + dt.timedelta(minutes=3, seconds=20)
    panel.tick()  # what the timer does each second
    figures = live_figures(session.service.meeting(meeting), clock.now)
    assert panel.countdown.full_text() == clock_text(figures.item_remaining_s)
    assert panel.countdown.full_text() == clock_text(planned - 200)

    clock.now = START + dt.timedelta(seconds=planned + 90)  # over time
    panel.tick()
    assert panel.countdown.full_text() == "−01:30"
    assert panel.countdown.property("tone") == "accent"

    assert_fits(window)
    scale = min(size.width() / 1920, size.height() / 1080)
    assert QFontInfo(panel.countdown.font()).pixelSize() >= round(200 * scale)
    for label in (panel.title, panel.state, panel.next_label, panel.position):
        assert QFontInfo(label.font()).pixelSize() >= round(40 * scale), label.full_text()
    shown = "\n".join(everything_shown(window))
    for planted in PLANTED:
        assert planted not in shown


def test_next_item_and_a_deleted_meeting(projector, session, qtbot) -> None:
    meeting = meeting_with_agenda(session)
    service = session.service
    service.live_start(meeting, START)
    show(projector, TimerView(meeting), qtbot, QRect(0, 0, 1024, 768))
    panel = projector.panel()
    service.live_next(meeting, START + dt.timedelta(minutes=1))
    panel.tick()
    second = service.meeting(meeting).agenda[1]
    assert panel.title.full_text() == " ".join(second.title.split())
    session.changed.emit(service.delete_meeting(meeting))
    assert projector.is_open()  # says the meeting is gone, does not crash
    assert not panel.countdown.full_text()


def test_the_clock_runs_only_while_the_room_sees_it(projector, session, qtbot) -> None:
    meeting = meeting_with_agenda(session)
    show(projector, TimerView(meeting), qtbot, QRect(0, 0, 1024, 768))
    panel = projector.panel()
    assert panel.timer.isActive()
    projector.show(PauseView())  # another view: the timer's panel reads nothing more
    assert not panel.timer.isActive()
    show(projector, TimerView(meeting), qtbot, QRect(0, 0, 1024, 768))
    panel = projector.panel()
    projector.close()
    assert not panel.timer.isActive()
