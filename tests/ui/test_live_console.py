"""The live console from the keyboard (issue 13, item 3): start a meeting, capture five notes,
turn two into an idea and an action item, go to the next item, add five minutes, vote, end;
every stored value checked, every undo step undone and redone. The clock is a fake the test
moves: nothing waits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import CTRL, SHIFT, K, focused, press, type_keys
from workshop_app.domain.model import MeetingWithAgenda
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.meetings.live import LiveConsole
from workshop_app.ui.meetings.live.clock import behind_text, countdown
from workshop_app.ui.meetings.live.convert_dialog import ConvertDialog
from workshop_app.ui.meetings.live.votes import ranks

ALT = Qt.KeyboardModifier.AltModifier


class FakeClock:
    """The console's clock, moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: int) -> None:
        self.now += dt.timedelta(**delta)


START = dt.datetime(2027, 3, 8, 17, 0, 0)


def plannable(session: Any) -> MeetingWithAgenda:
    """The demo's next meeting (its template agenda, not run yet), as the facilitator runs it."""
    uuid = session.service.next_meeting(START.date())
    found: MeetingWithAgenda = session.service.meeting(uuid)
    assert len(found.agenda) >= 3 and found.live is None
    return found


def held(session: Any) -> MeetingWithAgenda:
    """The demo's meeting that was held (ended live state, notes)."""
    return next(
        m
        for m in session.service.snapshot().meetings
        if m.live is not None and m.live.ended_at is not None
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def console(open_page, clock) -> LiveConsole:  # type: ignore[no-untyped-def]
    page: LiveConsole = open_page(LiveConsole, clock)
    page.activateWindow()
    return page


def meeting(session: Any, uuid: str) -> MeetingWithAgenda:
    result: MeetingWithAgenda = session.service.meeting(uuid)
    return result


def write(qtbot: Any, text: str) -> None:
    """Type ``text`` into the widget with the keyboard (letters beyond ASCII too)."""
    qtbot.keyClicks(focused(), text)


def convert_with_keys(qtbot: Any, keys: Qt.Key, fill: Any = None) -> None:
    """Press Ctrl+Shift+``keys`` on the selected note; ``fill`` types into the dialog; Enter."""
    press(qtbot, keys, CTRL | SHIFT)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConvertDialog)
    notes = dialog.parent()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit, timeout=2000)
    if fill is not None:
        fill()
    press(qtbot, K.Key_Return)
    assert QApplication.activeModalWidget() is None
    # The keyboard is back on the note, for the next one.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes.view, timeout=2000)


def test_the_keyboard_runs_a_meeting_from_start_to_end(
    session, console, clock, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    planned = plannable(session)
    uuid = planned.meeting.uuid
    first, second = planned.agenda[0], planned.agenda[1]
    stack = session.undo_stack

    # -- start: the first item, its full time, on time
    assert console.show_meeting(uuid)
    live = meeting(session, uuid).live
    assert live is not None and live.started_at == START and live.item_uuid == first.uuid
    assert console.timer_panel.title_label.text() == first.title
    assert console.timer_panel.countdown_label.text() == countdown(
        (first.duration_min + first.extra_min) * 60
    )
    assert console.timer_panel.behind_label.text() == behind_text(0)

    # -- five notes, each tagged with the item and the minute it was typed
    press(qtbot, K.Key_L, CTRL)
    assert focused() is console.notes.capture
    texts = [f"Note {n}: bænke & <b>skygge</b> ved torvet" for n in range(1, 6)]
    for text in texts:
        clock.advance(minutes=1)
        write(qtbot, text)
        press(qtbot, K.Key_Return)
        assert console.notes.capture.text() == ""
    notes = meeting(session, uuid).notes
    assert [n.text for n in notes] == texts
    assert {n.item_uuid for n in notes} == {first.uuid}
    assert [n.at for n in notes] == [START + dt.timedelta(minutes=m) for m in range(1, 6)]
    assert console.notes.model.rowCount() == 5

    # -- the last note becomes an idea of this meeting (Ctrl+Shift+I, Enter)
    ideas_before = {i.uuid for i in session.service.trial_book().ideas}
    convert_with_keys(qtbot, K.Key_I)
    note5 = meeting(session, uuid).notes[4]
    assert note5.became_kind == "idea"
    idea = next(i for i in session.service.trial_book().ideas if i.uuid == note5.became_uuid)
    assert idea.uuid not in ideas_before
    assert idea.title == texts[4] and idea.origin_meeting == uuid
    assert console.notes.model.data(console.notes.model.index(4, 3)) == "→ idea"

    # -- the note above it becomes an action item with who and by when (Tab between fields)
    press(qtbot, K.Key_Up)
    assert console.notes.selected().uuid == meeting(session, uuid).notes[3].uuid

    def fill_action() -> None:
        focused().selectAll()
        write(qtbot, "Ask the merchants about benches")
        press(qtbot, K.Key_Tab)
        write(qtbot, "Kim")
        press(qtbot, K.Key_Tab)
        type_keys(qtbot, "15042027")

    convert_with_keys(qtbot, K.Key_H, fill_action)
    held = meeting(session, uuid)
    note4 = held.notes[3]
    assert note4.became_kind == "action"
    (action,) = [a for a in held.actions if a.uuid == note4.became_uuid]
    assert (action.what, action.who, action.due) == (
        "Ask the merchants about benches",
        "Kim",
        dt.date(2027, 4, 15),
    )
    assert action.note_uuid == note4.uuid

    # undo takes the action item away and frees the note; redo makes the same one again
    stack.undo()
    held = meeting(session, uuid)
    assert not held.actions and held.notes[3].became_kind == ""
    assert console.notes.convert_buttons["action"].isEnabled()
    stack.redo()
    held = meeting(session, uuid)
    assert [a.uuid for a in held.actions] == [action.uuid]
    assert held.notes[3].became_uuid == action.uuid

    # -- next item (Alt+Right): its timer from zero, the capture goes to it
    clock.advance(minutes=2)
    press(qtbot, K.Key_Right, ALT)
    live = meeting(session, uuid).live
    assert live is not None and live.item_uuid == second.uuid and live.item_started_at == clock()
    assert console.timer_panel.title_label.text() == second.title
    clock.advance(minutes=3)
    console.refresh()
    planned_s = (second.duration_min + second.extra_min) * 60
    assert console.timer_panel.countdown_label.text() == countdown(planned_s - 180)

    # -- five more minutes (Ctrl+5): stored on the item, undone and redone
    press(qtbot, K.Key_5, CTRL)
    assert meeting(session, uuid).item(second.uuid).extra_min == second.extra_min + 5
    assert console.timer_panel.countdown_label.text() == countdown(planned_s + 300 - 180)
    stack.undo()
    assert meeting(session, uuid).item(second.uuid).extra_min == second.extra_min
    assert console.timer_panel.countdown_label.text() == countdown(planned_s - 180)
    stack.redo()
    assert meeting(session, uuid).item(second.uuid).extra_min == second.extra_min + 5

    # -- dot votes (Ctrl+D): the new idea is on the ballot; Tab walks down to it, each digit
    # typed ranks it at once, Enter stores
    press(qtbot, K.Key_D, CTRL)
    votes = console.votes
    row = votes.model.row_of(idea.uuid)
    assert row >= 0
    for _ in range(row):
        press(qtbot, K.Key_Tab)
    assert focused().objectName() == "live_dots_editor"
    assert votes.view.currentIndex().row() == row
    type_keys(qtbot, "999")
    assert votes.model.ranking()[0][:2] == (1, votes.model.row(row))
    assert session.service.votes(idea.uuid, uuid) == 0  # not stored while typing
    press(qtbot, K.Key_Return)  # Qt stores an editor's Enter on its next turn of the loop
    qtbot.waitUntil(lambda: session.service.votes(idea.uuid, uuid) == 999, timeout=2000)
    # and the next idea's dots are open for typing
    qtbot.waitUntil(
        lambda: votes.view.currentIndex().row() == min(row + 1, votes.model.rowCount() - 1),
        timeout=2000,
    )
    assert votes.ranking_label.text().startswith(f"1. {idea.title} (999)")
    stack.undo()
    assert session.service.votes(idea.uuid, uuid) == 0
    stack.redo()
    assert session.service.votes(idea.uuid, uuid) == 999

    # -- end (Ctrl+E, confirmed): the clock stops at the moment of the end
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    clock.advance(minutes=1)
    end_at = clock()
    console.notes.capture.setFocus()
    press(qtbot, K.Key_E, CTRL)
    live = meeting(session, uuid).live
    assert live is not None and live.ended_at == end_at
    assert session.service.live_meeting() is None
    clock.advance(minutes=30)
    console.refresh()
    assert console.figures is not None and console.figures.ended
    assert console.timer_panel.title_label.text() == "The meeting has ended."
    assert not console.timer_panel.next_button.isEnabled()


def test_pause_stops_the_item_clock_and_resume_goes_on(session, console, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    planned = plannable(session)
    first = planned.agenda[0]
    assert console.show_meeting(planned.meeting.uuid)
    clock.advance(minutes=2)
    press(qtbot, K.Key_P, CTRL | SHIFT)
    assert console.figures is not None and console.figures.paused
    assert console.timer_panel.pause_button.text() == "Resume"
    clock.advance(minutes=10)
    console.refresh()
    full = (first.duration_min + first.extra_min) * 60
    assert console.timer_panel.countdown_label.text() == countdown(full - 120)
    press(qtbot, K.Key_P, CTRL | SHIFT)
    clock.advance(minutes=1)
    console.refresh()
    assert not console.figures.paused
    assert console.timer_panel.countdown_label.text() == countdown(full - 180)
    # Alt+Left at the first item does nothing; the console never raised.
    press(qtbot, K.Key_Left, ALT)
    live = meeting(session, planned.meeting.uuid).live
    assert live is not None and live.item_uuid == first.uuid


def test_notes_are_edited_deleted_and_put_back(
    session, console, clock, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    planned = plannable(session)
    uuid = planned.meeting.uuid
    assert console.show_meeting(uuid)
    console.notes.focus_capture()
    write(qtbot, "Første note")
    press(qtbot, K.Key_Return)
    model = console.notes.model
    qtmodeltester.check(model, force_py=True)
    assert model.setData(model.index(0, 2), "Rettet note")
    assert meeting(session, uuid).notes[0].text == "Rettet note"
    console.notes.view.setFocus()
    press(qtbot, K.Key_Delete)
    assert meeting(session, uuid).notes == ()
    session.undo_stack.undo()
    assert [n.text for n in meeting(session, uuid).notes] == ["Rettet note"]
    session.undo_stack.undo()
    assert [n.text for n in meeting(session, uuid).notes] == ["Første note"]


def test_votes_model_passes_the_model_tester_and_ranks_ties(
    session, console, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert console.show_meeting(plannable(session).meeting.uuid)
    console.votes.add_all()
    assert console.votes.model.rowCount() > 0
    qtmodeltester.check(console.votes.model, force_py=True)
    assert ranks({"a": 5, "b": 9, "c": 5, "d": 0}) == {"b": 1, "a": 2, "c": 2}


def made(session: Any, kind: str, uuid: str, meeting_uuid: str) -> str | None:
    """The text of what a note became, found where it lives (None: not there)."""
    snapshot = session.service.snapshot()
    if kind == "actor":
        return next((a.name for a in snapshot.actors.actors if a.uuid == uuid), None)
    if kind == "knowledge":
        rows = snapshot.scope.rows_of("knowledge")
        return next((r.get("question") for r in rows if r.uuid == uuid), None)
    held = meeting(session, meeting_uuid)
    return next((d.text for d in held.decisions if d.uuid == uuid), None)


@pytest.mark.parametrize("kind", ["actor", "knowledge", "decision"])
def test_a_note_becomes_an_actor_a_knowledge_need_or_a_decision(
    session, console, qtbot, kind
) -> None:  # type: ignore[no-untyped-def]
    uuid = plannable(session).meeting.uuid
    assert console.show_meeting(uuid)
    console.notes.focus_capture()
    write(qtbot, "Købmandsforeningen <vil> være med")
    press(qtbot, K.Key_Return)
    console.notes.convert_buttons[kind].click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConvertDialog)
    assert dialog.text_edit.text() == "Købmandsforeningen <vil> være med"
    dialog.text_edit.setText("Købmandsforeningen")
    dialog.accept()
    note = meeting(session, uuid).notes[-1]
    assert note.became_kind == kind
    assert made(session, kind, note.became_uuid, uuid) == "Købmandsforeningen"
    session.undo_stack.undo()
    assert made(session, kind, note.became_uuid, uuid) is None
    assert meeting(session, uuid).notes[-1].became_kind == ""
    session.undo_stack.redo()
    assert made(session, kind, note.became_uuid, uuid) == "Købmandsforeningen"


def test_an_ended_meeting_shows_as_held_unless_it_is_run_again(
    session, console, clock, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    done = held(session)
    assert console.show_meeting(done.meeting.uuid)  # "Run it again?" answered no
    assert meeting(session, done.meeting.uuid).live == done.live
    assert console.figures is not None and console.figures.ended
    assert console.timer_panel.title_label.text() == "The meeting has ended."
    assert console.notes.model.rowCount() == len(done.notes) > 0
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: True))
    assert console.show_meeting(done.meeting.uuid)
    again = meeting(session, done.meeting.uuid).live
    assert again is not None and again.started_at == START and again.ended_at is None
    assert again.item_uuid == done.agenda[0].uuid
    assert len(meeting(session, done.meeting.uuid).notes) == len(done.notes)  # notes stay


def test_a_captured_note_is_a_row_added_not_the_table_made_again(session, console, clock) -> None:  # type: ignore[no-untyped-def]
    """A meeting grown long (hundreds of notes): capturing one adds its row; the others are
    neither measured again nor written again (their places stay as stored)."""
    uuid = plannable(session).meeting.uuid
    assert console.show_meeting(uuid)
    notes = console.notes
    for text in ("Første", "Anden"):
        notes.capture.setText(text)
        notes.store_capture()
    events: list[str] = []
    notes.model.modelReset.connect(lambda: events.append("reset"))
    notes.model.rowsInserted.connect(lambda *_: events.append("inserted"))
    conn = session.service.store._conn
    written = conn.total_changes
    notes.capture.setText("Tredje")
    clock.advance(seconds=30)
    notes.store_capture()
    assert events == ["inserted"]
    assert [n.text for n in notes.model.rows] == ["Første", "Anden", "Tredje"]
    assert notes.model.rows == meeting(session, uuid).notes
    stored = conn.total_changes - written
    # The note, and the counters the temporary triggers keep: no other note rewritten.
    assert stored < 10, stored
    session.undo_stack.undo()
    assert [n.text for n in notes.model.rows] == ["Første", "Anden"]
