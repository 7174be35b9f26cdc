"""Phase 3, the idea bank: the table model, edits with undo, add / delete / move with exact undo,
dot votes typed from the keyboard, merging, "test this idea" and the filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from workshop_app.services.demo import _id
from workshop_app.ui.trials.ideas import COLUMNS, DOTS_COLUMN, IdeaBank, IdeasModel

BENCHES = _id("idea/benches")
SEATS = _id("idea/seats_river")  # merged into the benches
LIGHT = _id("idea/lights")
MARKET = _id("idea/market")
KICKOFF = _id("kickoff")


def book(window):
    return window.session.service.trial_book()


def make_bank(window, qtbot) -> IdeaBank:
    bank = IdeaBank(window.session)
    qtbot.addWidget(bank)
    bank.resize(1100, 600)
    bank.show()
    return bank


def cell(bank: IdeaBank, uuid: str, key: str):
    row = bank.model.row_of(uuid)
    return bank.proxy.mapFromSource(bank.model.index(row, COLUMNS.index(key)))


def test_model_passes_qtmodeltester(window, qtbot, qtmodeltester) -> None:
    bank = make_bank(window, qtbot)
    model = IdeasModel(window.session)
    model.set_data(bank.model.data_)
    qtmodeltester.check(model, force_py=True)
    model.set_meeting(KICKOFF)
    qtmodeltester.check(model, force_py=True)
    bank.set_votes_mode(True, KICKOFF)
    bank.show_merged.setChecked(True)
    qtmodeltester.check(bank.proxy, force_py=True)


def test_demo_ideas_are_listed_with_votes_origin_and_status(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    ideas = book(window).ideas
    assert bank.model.rowCount() == len(ideas) == 18
    assert bank.proxy.rowCount() == 17  # the merged idea hides until asked
    assert bank.count.text() == "17 of 18 ideas shown"
    headers = [bank.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["Idea", "Tags", "Came from", "Votes", "Dots", "Status"]
    assert bank.view.isColumnHidden(DOTS_COLUMN)

    # 9 dots of its own and 3 of the idea merged into it.
    assert cell(bank, BENCHES, "votes").data() == "12"
    assert cell(bank, BENCHES, "origin").data() == "Opstartsmøde i styregruppen"
    status = cell(bank, BENCHES, "status").data()
    assert status.startswith("Tested in Byens stue på Torvet (v2)") and "Running" in status
    assert cell(bank, LIGHT, "status").data() == ""

    bank.show_merged.setChecked(True)
    assert bank.proxy.rowCount() == 18
    seats = cell(bank, SEATS, "status")
    assert seats.data() == "Merged into “Flere bænke og grønt på Torvet”"
    assert cell(bank, SEATS, "votes").data() == "(3)"
    assert seats.data(Qt.ItemDataRole.FontRole).italic()
    assert bank.details.isVisible()


def test_add_edit_delete_with_exact_undo(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    undo = window.session.undo_stack
    before = book(window)

    new = bank.add_idea()
    assert new is not None
    assert len(book(window).ideas) == 19
    assert book(window).idea(new).title == "New idea"
    assert bank.selected_uuid() == new

    # The details form: the new title is selected, typing replaces it and commits on Enter.
    assert bank.details.title_edit.selectedText() == "New idea"
    qtbot.keyClicks(bank.details.title_edit, "Benches by the river")
    qtbot.keyClick(bank.details.title_edit, Qt.Key.Key_Return)
    assert book(window).idea(new).title == "Benches by the river"
    bank.details.tags_edit.setText(" river,  seats , River ")
    bank.details.binders["tags"].flush()
    assert book(window).idea(new).tags == ("river", "seats")
    assert bank.details.tags_edit.text() == "river, seats"
    actor = window.session.service.actor_map().actors[0]
    combo = bank.details.origin_actor
    combo.setCurrentIndex(combo.findData(actor.uuid))
    combo.activated.emit(combo.currentIndex())
    assert book(window).idea(new).origin_actor == actor.uuid
    assert cell(bank, new, "origin").data() == actor.name

    undo.undo()
    assert book(window).idea(new).origin_actor is None
    undo.undo()
    assert book(window).idea(new).tags == ()
    undo.undo()
    assert book(window).idea(new).title == "New idea"
    assert bank.details.title_edit.text() == "New idea"
    undo.undo()
    assert book(window) == before

    # Deleting an idea with votes, a merged idea and tests; undo puts all of it back.
    bank.select(BENCHES)
    qtbot.mouseClick(bank.delete_button, Qt.MouseButton.LeftButton)
    after = book(window)
    assert after.idea(BENCHES) is None
    assert after.idea(SEATS).merged_into is None
    assert all(t.idea_uuid != BENCHES for t in after.trials)
    assert not after.votes_of(BENCHES)
    undo.undo()
    assert book(window) == before
    undo.redo()
    undo.undo()
    assert book(window) == before


def test_delete_key_and_multi_delete_are_one_step(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    before = book(window)
    bank.select(LIGHT)
    bank.select(MARKET, extend=True)
    assert set(bank.selected_uuids()) == {LIGHT, MARKET}
    bank.activateWindow()
    qtbot.waitUntil(bank.isActiveWindow, timeout=2000)
    bank.view.setFocus()
    qtbot.keyClick(bank.view, Qt.Key.Key_Delete)
    assert book(window).idea(LIGHT) is None and book(window).idea(MARKET) is None
    window.session.undo_stack.undo()
    assert book(window) == before


def test_shortcut_adds_an_idea(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    bank.activateWindow()
    qtbot.waitUntil(bank.isActiveWindow, timeout=2000)
    bank.view.setFocus()
    qtbot.keyClick(
        bank.view,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(book(window).ideas) == 19


def test_move_idea_with_undo(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    order = [i.uuid for i in book(window).ideas]
    bank.select(order[1])
    assert bank.up_button.isEnabled()
    qtbot.mouseClick(bank.up_button, Qt.MouseButton.LeftButton)
    assert [i.uuid for i in book(window).ideas][:2] == [order[1], order[0]]
    assert bank.selected_uuid() == order[1]
    assert not bank.up_button.isEnabled()
    window.session.undo_stack.undo()
    assert [i.uuid for i in book(window).ideas] == order


def test_dot_votes_typed_from_the_keyboard(window, qtbot) -> None:
    service = window.session.service
    citizens = next(
        u for u in service.meeting_uuids() if u != KICKOFF and not service.vote_tallies(u)[LIGHT]
    )
    assert not any(service.vote_tallies(citizens).values())
    bank = make_bank(window, qtbot)
    bank.set_votes_mode(True, citizens)
    assert bank.votes_panel.isVisible()
    assert not bank.view.isColumnHidden(DOTS_COLUMN)
    header = bank.model.headerData(DOTS_COLUMN, Qt.Orientation.Horizontal)
    assert header.startswith("Dots at ")

    shown = [str(bank.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 4)) for row in range(3)]
    bank.select(shown[0])
    assert bank.view.currentIndex().column() == DOTS_COLUMN
    view = bank.view
    for number in ("5", "12", "3"):
        index = view.currentIndex()
        qtbot.keyClick(view, number[0])  # the first key opens the spin box and goes into it
        editor = view.indexWidget(index)
        assert isinstance(editor, QSpinBox)
        if len(number) > 1:
            qtbot.keyClicks(editor, number[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The delegate saves and closes the editor once the spin box has seen the key.
        qtbot.waitUntil(lambda index=index: view.indexWidget(index) is None, timeout=2000)
    # Enter moved down each time: the fourth idea is next.
    assert view.currentIndex().row() == 3 and view.currentIndex().column() == DOTS_COLUMN

    tallies = service.vote_tallies(citizens)
    assert [tallies[u] for u in shown] == [5, 12, 3]
    assert sum(tallies.values()) == 20
    assert bank.votes_total.text() == "At this meeting: 20 dots"
    assert cell(bank, shown[1], "dots").data() == "12"
    # The kick-off's votes are untouched; the totals include the new dots.
    assert service.vote_tallies(KICKOFF)[BENCHES] == 12
    assert service.vote_tallies()[shown[0]] == service.vote_tallies(KICKOFF)[shown[0]] + 5

    # Typing over a count replaces it.
    bank.select(shown[0])
    index = view.currentIndex()
    qtbot.keyClick(view, "7")
    qtbot.keyClick(view.indexWidget(index), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=2000)
    assert service.votes(shown[0], citizens) == 7

    undo = window.session.undo_stack
    undo.undo()
    assert service.votes(shown[0], citizens) == 5
    for _ in range(3):
        undo.undo()
    assert not any(service.vote_tallies(citizens).values())
    assert cell(bank, shown[1], "dots").data() == ""


def test_merged_idea_takes_no_dots(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    bank.show_merged.setChecked(True)
    bank.set_votes_mode(True, KICKOFF)
    merged = cell(bank, SEATS, "dots")
    assert not merged.flags() & Qt.ItemFlag.ItemIsEditable
    assert not bank.proxy.setData(merged, 4)
    assert cell(bank, BENCHES, "dots").flags() & Qt.ItemFlag.ItemIsEditable
    bank.set_votes_mode(False)
    assert bank.view.isColumnHidden(DOTS_COLUMN)


def test_merge_two_ideas_and_undo(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    undo = window.session.undo_stack
    before = book(window)
    tallies = window.session.service.vote_tallies()
    bank.select(LIGHT)
    bank.select(MARKET, extend=True)
    assert {u for u, _ in bank.merge_targets()} == {LIGHT, MARKET}
    assert bank.merge_button.isEnabled()
    bank._fill_merge_menu()
    actions = {a.data(): a for a in bank.merge_menu.actions()}
    assert set(actions) == {LIGHT, MARKET}
    actions[LIGHT].trigger()
    after = book(window)
    assert after.idea(MARKET).merged_into == LIGHT
    assert window.session.service.vote_tallies()[LIGHT] == tallies[LIGHT] + tallies[MARKET]
    assert bank.selected_uuid() == LIGHT
    assert bank.model.row_of(MARKET) >= 0 and not cell(bank, MARKET, "title").isValid()
    undo.undo()
    assert book(window) == before

    # One idea selected: any other idea is a target; "Separate again" undoes a merge too.
    bank.select(MARKET)
    targets = dict(bank.merge_targets())
    assert LIGHT in targets and MARKET not in targets and SEATS not in targets
    bank.merge_selected(BENCHES)
    assert book(window).idea(MARKET).merged_into == BENCHES
    bank.select(MARKET)
    assert bank.details.merged_box.isVisible()
    qtbot.mouseClick(bank.details.unmerge_button, Qt.MouseButton.LeftButton)
    assert book(window).idea(MARKET).merged_into is None
    undo.undo()
    assert book(window).idea(MARKET).merged_into == BENCHES
    undo.undo()
    assert book(window) == before


def test_promote_idea_to_a_test_and_undo(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    before = book(window)
    bank.select(LIGHT)
    assert bank.promote_button.isEnabled()
    with qtbot.waitSignal(bank.trial_promoted, timeout=1000) as signal:
        qtbot.mouseClick(bank.promote_button, Qt.MouseButton.LeftButton)
    trial_uuid = signal.args[0]
    trial = book(window).trial(trial_uuid)
    assert trial.idea_uuid == LIGHT and trial.title == "Lys i træerne langs Åstien"
    assert trial.status == "idea"
    assert cell(bank, LIGHT, "status").data() == "Tested in Lys i træerne langs Åstien (Idea)"
    window.session.undo_stack.undo()
    assert book(window) == before
    assert cell(bank, LIGHT, "status").data() == ""

    bank.show_merged.setChecked(True)
    bank.select(SEATS)
    assert not bank.promote_button.isEnabled()
    assert bank.promote_selected() is None


def test_filter_and_select(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    qtbot.keyClicks(bank.filter_edit, "trafik")
    titles = {bank.proxy.index(r, 0).data() for r in range(bank.proxy.rowCount())}
    assert titles == {
        "Bilfri Torvegade om lørdagen",
        "Cykelparkering tæt på butikkerne",
        "Faste tider for varelevering",
    }
    assert bank.count.text() == "3 of 18 ideas shown"
    bank.filter_edit.setText("tested in")  # the status counts too
    assert bank.proxy.rowCount() == 3
    bank.select(SEATS)  # hidden twice: the filter clears and merged ideas show
    assert bank.selected_uuid() == SEATS
    assert bank.filter_edit.text() == "" and bank.show_merged.isChecked()


def test_selection_signal_and_sorting(window, qtbot) -> None:
    bank = make_bank(window, qtbot)
    with qtbot.waitSignal(bank.idea_selected, timeout=1000) as signal:
        bank.select(MARKET)
    assert signal.args == [MARKET]
    bank.view.sortByColumn(COLUMNS.index("votes"), Qt.SortOrder.DescendingOrder)
    assert bank.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 4) == BENCHES
    assert not bank.up_button.isEnabled()


def test_refused_tags_are_explained(window, qtbot, errors) -> None:
    bank = make_bank(window, qtbot)
    bank.select(LIGHT)
    bank.details.tags_edit.setText(", ".join(f"t{n}" for n in range(60)))
    bank.details.binders["tags"].flush()
    assert errors and "at most 50 tags" in errors[0][1]
    assert book(window).idea(LIGHT).tags == ("tryghed", "lys")


def test_read_only_bank_offers_no_edits(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(type(window.session), "read_only", property(lambda self: True))
    bank = make_bank(window, qtbot)
    assert not bank.add_button.isEnabled()
    assert not bank.delete_button.isEnabled()
    assert not bank.promote_button.isEnabled()
    assert not cell(bank, LIGHT, "title").flags() & Qt.ItemFlag.ItemIsEditable
    assert bank.add_idea() is None


def test_a_click_on_the_votes_header_ranks_the_most_dots_first(window, qtbot) -> None:
    """Issue 12, item 9: a dot-vote ranking lists the most votes first (a first click sorted
    the fewest first); a second click turns it round, a third restores the stored order."""
    from PySide6.QtTest import QTest

    bank = make_bank(window, qtbot)
    header = bank.view.horizontalHeader()
    section = COLUMNS.index("votes")
    point = header.rect().topLeft()
    point.setX(header.sectionViewportPosition(section) + header.sectionSize(section) // 2)
    point.setY(header.height() // 2)

    def votes_shown() -> list[int]:
        column = COLUMNS.index("votes")
        return [
            int(bank.proxy.index(row, column).data(Qt.ItemDataRole.EditRole) or 0)
            for row in range(bank.proxy.rowCount())
        ]

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    shown = votes_shown()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown == sorted(shown, reverse=True) and shown[0] > shown[-1]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert votes_shown() == sorted(shown)


def test_another_idea_selected_keeps_the_origin_choices_a_rename_refills_them(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The actors to choose an idea's origin from (two thousand on a grown project) are not
    asked of the combo, nor filled again, for every idea selected; an actor renamed is."""
    from workshop_app.ui import commands

    bank = make_bank(window, qtbot)
    bank.select(BENCHES)
    combo = bank.details.origin_actor
    actors = window.session.service.actor_map().actors
    assert combo.count() == len(actors) + 1
    inserted: list[int] = []
    combo.model().rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    bank.select(LIGHT)
    bank.select(MARKET)
    assert inserted == []
    first = actors[0]
    commands.set_actor_field(window.session, first.uuid, "name", "Label", first.name, "Åens Venner")
    assert combo.findText("Åens Venner") >= 0
    assert combo.count() == len(actors) + 1


def test_the_bank_measures_its_columns_once_as_it_is_built(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Built, the bank measures its columns for its rows once: the meetings listed for dots and
    the default one chosen change no column (they did measure them again, twice); the dot-vote
    mode, which shows and hides columns, measures them again."""
    from workshop_app.ui.record_model import ColumnFitter

    measured: list[int] = []
    original = ColumnFitter._measure

    def counted(self: ColumnFitter) -> list[int]:
        measured.append(1)
        return original(self)

    monkeypatch.setattr(ColumnFitter, "_measure", counted)
    bank = make_bank(window, qtbot)
    assert len(measured) == 1
    bank.set_votes_mode(True)
    assert len(measured) == 2
    assert not bank.view.isColumnHidden(DOTS_COLUMN)


def test_the_origin_choices_are_made_once_per_read_of_the_bank(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bank = make_bank(window, qtbot)
    bank.select(BENCHES)
    choices = bank.details._choices(bank.model.data_)
    bank.select(LIGHT)
    assert bank.details._choices(bank.model.data_) is choices
    names = [bank.details.origin_actor.itemText(i) for i in range(1, 4)]
    assert names == sorted(names, key=str.casefold)
