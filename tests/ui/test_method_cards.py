"""Phase 2, the method cards: the catalogue is listed, the suggestions for the chosen actor's
category come first, the card shows every part of the method, and "Add to plan" adds an entry
(with undo), in English and Danish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from workshop_app.domain.methods import load_catalogue, suggested_methods
from workshop_app.domain.vocabulary import METHODS
from workshop_app.ui.actors.method_cards import STAR, MethodCards
from workshop_app.ui.actors.page import ActorsPage


def stored(session):
    return session.service.actor_map()


def make_cards(session, qtbot, language: str = "en") -> MethodCards:
    cards = MethodCards(session, language)
    qtbot.addWidget(cards)
    cards.resize(900, 600)
    cards.show()
    return cards


def test_lists_all_fifteen_methods(session, qtbot) -> None:
    cards = make_cards(session, qtbot)
    assert cards.method_keys() == list(METHODS)
    assert len(cards.method_keys()) == 15
    assert cards.list.count() == 15  # no headings without an actor
    assert cards.current_method() == METHODS[0]
    assert not cards.add_button.isEnabled()
    assert cards.add_button.toolTip() == "Select an actor in the register first"


def test_card_shows_every_part(session, qtbot) -> None:
    cards = make_cards(session, qtbot)
    card = load_catalogue("en")["town_walk"]
    cards.show_method("town_walk")
    text = cards.card.toPlainText()
    for part in (card.name, card.purpose, card.duration_text, *card.materials, *card.tips):
        assert part in text
    for step in card.steps:
        assert step in text
    assert "Duration" in text and "Suitable for" in text and "Steps" in text
    html = cards.card_html("town_walk")
    assert "<ol>" in html and html.count("<li>") == (
        len(card.materials) + len(card.steps) + len(card.tips)
    )


def test_catalogue_text_is_escaped(session, qtbot, monkeypatch) -> None:
    cards = make_cards(session, qtbot)
    card = cards._cards["survey"]
    import dataclasses

    cards._cards["survey"] = dataclasses.replace(card, purpose="<b>bold</b> & <img src='x'>")
    html = cards.card_html("survey")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img" in html
    cards.show_method("survey")
    assert "<b>bold</b> & <img src='x'>" in cards.card.toPlainText()


def test_suggested_methods_come_first_for_the_actor(session, qtbot) -> None:
    cards = make_cards(session, qtbot)
    owner = next(a for a in stored(session).actors if a.category == "property_owners")
    suggested = suggested_methods("property_owners")
    cards.set_current_actor(owner.uuid)
    keys = cards.method_keys()
    assert sorted(keys) == sorted(METHODS)
    assert tuple(keys[: len(suggested)]) == suggested == cards.suggested()
    assert cards.list.item(0).text() == f"{STAR} Suggested for Property owners"
    assert not cards.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    starred = [
        cards.list.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(cards.list.count())
        if cards.list.item(r).text().startswith(STAR + " ")
        and cards.list.item(r).data(Qt.ItemDataRole.UserRole + 1)
    ]
    assert tuple(starred) == suggested
    cards.show_method(suggested[0])
    assert f"{STAR} Suggested for Property owners" in cards.card.toPlainText()
    assert cards.add_button.isEnabled()
    assert owner.name[:20] in cards.add_button.text()

    cards.set_current_actor(None)
    assert cards.method_keys() == list(METHODS)
    assert not cards.add_button.isEnabled()


def test_add_to_plan_with_undo(session, qtbot) -> None:
    cards = make_cards(session, qtbot)
    before = stored(session)
    youth = next(a for a in before.actors if a.category == "young_people")
    cards.set_current_actor(youth.uuid)
    cards.show_method("art_workshop")
    with qtbot.waitSignal(cards.plan_entry_added, timeout=2000) as signal:
        qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    entry = stored(session).plan[-1]
    assert signal.args == [entry.uuid]
    assert (entry.actor_uuid, entry.method, entry.when) == (youth.uuid, "art_workshop", "")
    assert "Added to the plan" in cards.status.text()
    session.undo_stack.undo()
    assert stored(session) == before
    session.undo_stack.redo()
    assert stored(session).plan[-1] == entry


def test_follows_renames_and_deletion_of_the_actor(session, open_page, qtbot) -> None:
    cards = make_cards(session, qtbot)
    actor = next(a for a in stored(session).actors if a.category == "seniors")
    cards.set_current_actor(actor.uuid)
    page = open_page(ActorsPage)
    page.model.setData(page.model.index(page.model.row_of(actor.uuid), 0), "Ældresagen Egeby")
    assert "Ældresagen Egeby" in cards.add_button.text()
    page.select(actor.uuid)
    page.delete_actor()
    assert cards.current_actor() is None
    assert not cards.add_button.isEnabled()
    assert cards.method_keys() == list(METHODS)


def test_danish_catalogue(make_window, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window("da")
    assert win.open_path(demo_file)
    cards = MethodCards(win.session)  # the language comes from the UI's locale
    qtbot.addWidget(cards)
    danish = load_catalogue("da")
    assert cards.list.item(0).text() == danish[METHODS[0]].name
    assert danish[METHODS[0]].purpose in cards.card.toPlainText()
    assert load_catalogue("en")[METHODS[0]].name not in cards.card.toPlainText()
    win.close()


def test_read_only_cannot_add(make_window, demo_file: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window("en")
    assert win.open_path(demo_file, read_only=True)
    cards = MethodCards(win.session, "en")
    qtbot.addWidget(cards)
    before = win.session.service.actor_map()
    cards.set_current_actor(before.actors[0].uuid)
    assert not cards.add_button.isEnabled()
    assert cards.add_button.toolTip() == "The project is open read-only"
    assert cards.add_to_plan() is None
    assert win.session.service.actor_map() == before
    win.close()
