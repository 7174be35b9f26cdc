"""The decision log: recording each kind of decision with what it creates, undone and redone
exactly; editing and deleting a decision; the dialog's own rules."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.helpers import book
from workshop_app.ui.trials.decisions import (
    DecisionDialog,
    DecisionInput,
    DecisionLog,
    record_decision,
)

DAY = dt.date(2027, 3, 2)  # the demo's last status changes are before this day


@pytest.fixture
def log(session, qtbot):  # type: ignore[no-untyped-def]
    widget = DecisionLog(session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def answer(**values):  # type: ignore[no-untyped-def]
    """A dialog answer the tests give instead of a person."""
    values.setdefault("date", DAY)
    reply = DecisionInput(**values)
    return lambda parent, trial_book, trial_uuid: reply


def test_adjust_and_retest_creates_version_2_undo_and_redo_exactly(session, log, qtbot) -> None:  # type: ignore[no-untyped-def]
    stack = session.undo_stack
    before = book(session)
    running = before.trials[1]  # version 2 of the town living room, running
    log.set_trial(running.uuid)
    evidence = tuple(f.uuid for f in before.feedback_of(running.uuid)[:2])
    log.ask = answer(
        kind="adjust_and_retest", reasoning="Move the benches into the sun", evidence=evidence
    )
    with qtbot.waitSignal(log.trial_created, timeout=1000) as created:
        record = log.record()
    assert record is not None and record.new_version is not None
    after = book(session)
    version = after.trial(created.args[0])
    assert version is not None and version.uuid == record.new_version.uuid
    assert version.version_of == running.uuid
    assert version.status == "planned" and version.title == running.title
    assert [t.uuid for t in after.trials].index(version.uuid) == 2  # right after it
    decision = after.decisions_of(running.uuid)[0]
    assert (decision.kind, decision.date, decision.reasoning) == (
        "adjust_and_retest",
        DAY,
        "Move the benches into the sun",
    )
    assert decision.evidence == evidence
    assert after.trial(running.uuid).status == "decided"
    assert log.message.isVisible() and "Version 3" in log.message.text()
    assert log.model.rowCount() == 1

    with qtbot.waitSignal(log.open_trial, timeout=1000) as opened:
        log.message.linkActivated.emit(version.uuid)
    assert opened.args == [version.uuid]

    stack.undo()  # the decision, the version and the status change, at once
    assert book(session) == before
    assert log.model.rowCount() == 0 and log.empty.isVisible()
    stack.redo()
    assert book(session) == after  # the same rows with the same uuids


def test_spawn_ideas_creates_linked_ideas(session, log) -> None:  # type: ignore[no-untyped-def]
    stack = session.undo_stack
    before = book(session)
    trial = before.trials[3]
    log.set_trial(trial.uuid)
    log.ask = answer(kind="spawn_ideas", new_ideas=("Play street", "Night market"))
    record = log.record()
    assert record is not None
    after = book(session)
    new = [i for i in after.ideas if i.origin_trial == trial.uuid]
    assert [i.title for i in new] == ["Play street", "Night market"]
    assert all(i.created == DAY for i in new)
    assert "Play street, Night market" in log.message.text()
    stack.undo()
    assert book(session) == before


def test_discard_with_reasons_and_evidence_links(session, log) -> None:  # type: ignore[no-untyped-def]
    before = book(session)
    trial = before.trials[1]
    counts = before.counts_of(trial.uuid)
    feedback = before.feedback_of(trial.uuid)
    evidence = (counts[0].uuid, feedback[3].uuid)
    log.set_trial(trial.uuid)
    log.ask = answer(kind="discard", reasoning="Too cold in March", evidence=evidence)
    log.record()
    decision = book(session).decisions_of(trial.uuid)[0]
    assert decision.evidence == evidence
    assert decision.kind == "discard"
    assert log.model.index(0, 3).data() == "2"
    checked = log.evidence.checked()
    assert checked == evidence


def test_cancel_records_nothing_and_refusals_are_told(session, log, errors) -> None:  # type: ignore[no-untyped-def]
    before = book(session)
    log.set_trial(before.trials[3].uuid)
    log.ask = lambda parent, trial_book, uuid: None
    assert log.record() is None
    assert book(session) == before
    # dated before the test's last status change: refused with a message, nothing stored
    log.ask = answer(kind="keep", date=dt.date(2026, 1, 1))
    assert log.record() is None
    assert book(session) == before
    assert errors == [
        (
            "The decision was not recorded",
            "A decision cannot be dated before the test's last status change (24-02-2027).",
        )
    ]
    # a refusal of the service itself is told too
    log.ask = answer(kind="spawn_ideas")  # without a new idea
    assert log.record() is None
    assert book(session) == before
    assert errors[1][0] == "The decision was not recorded" and "new_ideas" in errors[1][1]


def test_record_decision_seam_without_the_log(session) -> None:  # type: ignore[no-untyped-def]
    trial = book(session).trials[3]
    record = record_decision(
        session, trial.uuid, None, answer(kind="make_permanent", reasoning="Loved")
    )
    assert record is not None
    assert book(session).decisions_of(trial.uuid)[0].kind == "make_permanent"


def test_edit_reasoning_date_evidence_in_place_and_delete(
    session, log, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    stack = session.undo_stack
    before = book(session)
    trial = before.trials[2]  # the car-free street: discarded, then spawned ideas
    log.set_trial(trial.uuid)
    qtmodeltester.check(log.model, force_py=True)
    assert log.model.rowCount() == 2
    decision = log.selected_decision()
    assert decision is not None

    reasoning = log.reasoning
    reasoning.setFocus()
    reasoning.selectAll()
    qtbot.keyClicks(reasoning, "Rain spoiled the counts")
    session.flush()
    assert book(session).decisions_of(trial.uuid)[-1].reasoning == "Rain spoiled the counts"
    stack.undo()
    assert book(session) == before
    assert reasoning.toPlainText() == decision.reasoning

    log.date_edit.setDate(QDate(2027, 2, 28))
    changed = next(d for d in book(session).decisions if d.uuid == decision.uuid)
    assert changed.date == dt.date(2027, 2, 28)
    stack.undo()
    assert book(session) == before

    item = next(i for i in log.evidence.evidence_items() if i.checkState() == Qt.CheckState.Checked)
    cited = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Unchecked)
    changed = next(d for d in book(session).decisions if d.uuid == decision.uuid)
    assert cited not in changed.evidence and cited not in log.evidence.checked()
    stack.undo()
    assert book(session) == before

    log.delete_button.click()
    assert decision.uuid not in {d.uuid for d in book(session).decisions}
    stack.undo()
    assert book(session) == before


def test_dialog_asks_for_new_ideas_and_lists_evidence(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    trial_book = book(session)
    trial = trial_book.trials[0]
    dialog = DecisionDialog(trial_book, trial.uuid)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.date.date().toPython() == dt.date.today()
    evidence = dialog.evidence.evidence_items()
    assert len(evidence) == len(trial_book.counts_of(trial.uuid)) + len(
        trial_book.feedback_of(trial.uuid)
    )
    assert evidence[0].text().startswith("Count ")
    assert any(i.text().startswith("Card 1 ·") for i in evidence)

    dialog.kind.setCurrentIndex(dialog.kind.findData("spawn_ideas"))
    assert dialog.ideas.isVisible()
    assert not dialog.ok.isEnabled()  # name at least one idea
    dialog.ideas.setFocus()
    qtbot.keyClicks(dialog.ideas, "Play street")
    qtbot.keyClick(dialog.ideas, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ideas, "  ")
    qtbot.keyClick(dialog.ideas, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ideas, "Night market")
    assert dialog.ok.isEnabled()
    evidence[1].setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.reasoning, "Children loved it")
    dialog.date.setDate(QDate(2027, 3, 2))
    value = dialog.value()
    assert value == DecisionInput(
        kind="spawn_ideas",
        date=dt.date(2027, 3, 2),
        reasoning="Children loved it",
        evidence=(evidence[1].data(Qt.ItemDataRole.UserRole),),
        new_ideas=("Play street", "Night market"),
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("keep"))
    assert dialog.ideas.isHidden() and dialog.value().new_ideas == ()
    dialog.reject()
