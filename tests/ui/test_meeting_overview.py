"""The overview and the meetings: the next meeting's card says what kind of meeting it is, and
the project's named-participants switch (off by default, explained) is stored with undo and
shows the participants on the meetings page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox

from tests.ui.helpers import K
from workshop_app.ui.meetings.view import MeetingsPage
from workshop_app.ui.overview import OverviewPage

TODAY = dt.date(2027, 3, 1)  # the day tests/conftest.py writes the demo for


def test_the_next_meeting_card_names_its_kind(session, open_page) -> None:  # type: ignore[no-untyped-def]
    overview = open_page(OverviewPage)
    overview.today = lambda: TODAY
    overview.refresh()
    uuid = session.service.next_meeting(TODAY)
    assert uuid is not None
    assert session.service.meeting(uuid).meeting.kind == "citizen_meeting"
    (row, *_) = overview.dashboard.cards["meeting"].rows
    assert row.target.key == uuid
    assert "Citizen meeting · " in row.texts()


def test_the_named_participants_switch_is_a_project_setting(session, open_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    overview = open_page(OverviewPage)
    meetings = open_page(MeetingsPage)
    meetings.show_tab("attendance")
    switch = overview.findChild(QCheckBox, "overview_named_participants")
    assert switch is not None and not switch.isChecked()
    assert not meetings.attendance.participants_part.isVisibleTo(meetings)
    switch.setFocus()
    qtbot.keyClick(switch, K.Key_Space)
    assert session.service.project().named_participants
    assert meetings.attendance.named_switch.isChecked()  # the meetings page follows
    assert meetings.attendance.participants_part.isVisibleTo(meetings)
    session.undo_stack.undo()
    assert not session.service.project().named_participants
    assert not switch.isChecked()
    assert not meetings.attendance.participants_part.isVisibleTo(meetings)
