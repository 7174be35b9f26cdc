"""Phase 3 views refresh from what an edit names: one edited row changes in place (no model
reset, the selection and scroll stay), and an adder whose edit was refused says so."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt

from tests.ui.helpers import book
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import _id
from workshop_app.storage import repository
from workshop_app.ui.trials import evidence_commands, idea_commands, trial_commands
from workshop_app.ui.trials.feedback import FeedbackPanel
from workshop_app.ui.trials.ideas import COLUMNS, IdeaBank
from workshop_app.ui.trials.trial_list import STATUS_ROLE, TrialList

BENCHES = _id("idea/benches")
SEATS = _id("idea/seats_river")  # merged into the benches
LIGHT = _id("idea/lights")
MARKET = _id("idea/market")


class Watch:
    """The rows a model said changed, and whether it reset."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.rows: set[int] = set()
        self.resets = 0
        model.dataChanged.connect(
            lambda first, last, _roles=(): self.rows.update(range(first.row(), last.row() + 1))
        )
        model.modelAboutToBeReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


def _title_cell(bank: IdeaBank, uuid: str) -> Any:
    return bank.model.index(bank.model.row_of(uuid), COLUMNS.index("title"))


def test_one_idea_edit_changes_its_row_only_and_undo_shows_the_stored_value(
    session, open_page
) -> None:  # type: ignore[no-untyped-def]
    bank = open_page(IdeaBank)
    bank.resize(1100, 240)  # a scroll bar
    bank.select(MARKET)
    bar = bank.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    watch = Watch(bank.model)

    assert bank.model.setData(_title_cell(bank, LIGHT), "Lys i passagen om aftenen")

    assert watch.rows == {bank.model.row_of(LIGHT)} and watch.resets == 0
    assert _title_cell(bank, LIGHT).data() == "Lys i passagen om aftenen"
    assert bank.selected_uuids() == [MARKET] and bar.value() == scrolled

    watch.rows.clear()
    session.undo_stack.undo()
    stored = book(session).idea(LIGHT).title
    assert stored != "Lys i passagen om aftenen"
    assert _title_cell(bank, LIGHT).data() == stored
    assert watch.rows == {bank.model.row_of(LIGHT)} and watch.resets == 0
    assert bank.selected_uuids() == [MARKET] and bar.value() == scrolled


def test_unmerging_refreshes_the_idea_that_kept_the_votes(session, open_page) -> None:  # type: ignore[no-untyped-def]
    bank = open_page(IdeaBank)
    votes = COLUMNS.index("votes")
    before = bank.model.index(bank.model.row_of(BENCHES), votes).data()
    watch = Watch(bank.model)
    idea_commands.unmerge_idea(session, SEATS, BENCHES)
    assert {bank.model.row_of(SEATS), bank.model.row_of(BENCHES)} <= watch.rows
    assert watch.resets == 0
    assert bank.model.index(bank.model.row_of(BENCHES), votes).data() != before


def test_a_status_change_repaints_that_test_in_the_list(session, open_page) -> None:  # type: ignore[no-untyped-def]
    tests = open_page(TrialList)
    trial = next(t for t in book(session).trials if t.status == "planned")
    watch = Watch(tests.model)
    assert trial_commands.change_status(session, trial.uuid, "running", dt.date(2031, 5, 1))
    row = tests.model.row_of(trial.uuid)
    assert watch.rows == {row} and watch.resets == 0
    assert tests.model.index(row, 0).data(STATUS_ROLE) == "running"


def test_one_feedback_edit_changes_its_row_only(session, open_page) -> None:  # type: ignore[no-untyped-def]
    panel = open_page(FeedbackPanel)
    trial = next(t for t in book(session).trials if len(book(session).feedback_of(t.uuid)) > 2)
    panel.set_trial(trial.uuid)
    entries = book(session).feedback_of(trial.uuid)
    panel.select(entries[0].uuid)
    watch = Watch(panel.model)
    entry = entries[-1]
    evidence_commands.set_feedback_field(
        session, entry.uuid, "quote", "Citat", entry.quote, "Flere bænke, tak"
    )
    assert watch.rows == {panel.model.row_of(entry.uuid)} and watch.resets == 0
    assert panel.selected_uuid() == entries[0].uuid
    session.undo_stack.undo()
    assert panel.model.entry(panel.model.row_of(entry.uuid)).quote == entry.quote


def test_a_refused_add_returns_none_and_selects_nothing_new(
    session, open_page, monkeypatch, errors
) -> None:  # type: ignore[no-untyped-def]
    tests = open_page(TrialList)
    shown = tests.selected_uuid()
    count = len(book(session).trials)
    added: list[str] = []
    tests.trial_added.connect(added.append)

    def refuse(*args: object) -> None:
        raise KnownError(ErrorKind.BAD_INPUT, "test", problem="refused for the test")

    # Below the service: the undo steps hold the service's functions themselves.
    monkeypatch.setattr(repository, "insert_trial", refuse)
    refused: list[KnownError] = []
    session.failed.connect(refused.append)

    assert tests.add_trial() is None
    assert refused and not added
    assert len(book(session).trials) == count == tests.model.rowCount()
    assert tests.selected_uuid() == shown


def test_the_test_list_model_passes_qtmodeltester_with_headers(
    session, open_page, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tests = open_page(TrialList)
    qtmodeltester.check(tests.model, force_py=True)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert tests.model.headerData(0, Qt.Orientation.Horizontal, role) is None
