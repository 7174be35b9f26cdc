"""The shipped method catalogue: complete in Danish and English; bad files fail loudly."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop_app import paths
from workshop_app.domain import methods
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES, METHODS

SHIPPED = paths.resource("methods", "methods.json")
PLACEHOLDERS = ("todo", "lorem", "xxx", "fixme", "tbd")


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    methods.clear_cache()
    yield
    methods.clear_cache()


def shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return data


def all_text(card: methods.MethodCard) -> list[str]:
    return [card.name, card.purpose, card.duration_text, *card.materials, *card.steps, *card.tips]


# -- the shipped catalogue -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_shipped_catalogue_covers_every_method(lang: str) -> None:
    catalogue = methods.load_catalogue(lang)
    assert tuple(catalogue) == METHODS
    for key, card in catalogue.items():
        assert card.key == key
        assert 4 <= len(card.steps) <= 7, key
        assert 2 <= len(card.tips) <= 4, key
        assert card.materials, key
        assert 0 < card.min_minutes <= card.max_minutes, key
        assert card.groups and set(card.groups) <= set(ACTOR_CATEGORIES), key
        for text in all_text(card):
            assert text == text.strip() and text, (key, text)
            assert not any(word in text.lower() for word in PLACEHOLDERS), (key, text)


def test_every_category_gets_two_to_four_suggestions_that_list_it() -> None:
    catalogue = methods.load_catalogue("da")
    for category in ACTOR_CATEGORIES:
        suggested = methods.suggested_methods(category)
        assert 2 <= len(suggested) <= 4, category
        assert len(set(suggested)) == len(suggested), category
        for key in suggested:
            assert category in catalogue[key].groups, (category, key)


def test_group_guidance_from_the_domain_guide_is_reflected() -> None:
    assert methods.suggested_methods("property_owners")[0] == "one_to_one"
    assert methods.suggested_methods("young_people")[0] == "youth_idea_day"
    assert methods.suggested_methods("seniors")[0] == "coffee_visit"
    assert "survey" in methods.suggested_methods("seniors")
    assert methods.suggested_methods("no_such_category") == ()


def test_field_study_lasts_one_day() -> None:
    da = methods.load_catalogue("da")["field_study_24h"]
    en = methods.load_catalogue("en")["field_study_24h"]
    assert (da.min_minutes, da.max_minutes) == (24 * 60, 24 * 60)
    assert da.duration_text.lower() == "en dag"
    assert en.duration_text.lower() == "one day"


def test_danish_is_danish_and_english_is_not() -> None:
    danish = " ".join(t for card in methods.load_catalogue("da").values() for t in all_text(card))
    english = " ".join(t for card in methods.load_catalogue("en").values() for t in all_text(card))
    for letter in "æøå":
        assert letter in danish
    assert not any(letter in english.lower() for letter in "æøå")


def test_danish_and_english_have_the_same_structure() -> None:
    da = methods.load_catalogue("da")
    en = methods.load_catalogue("en")
    for key in METHODS:
        a, b = da[key], en[key]
        assert (a.min_minutes, a.max_minutes, a.groups) == (b.min_minutes, b.max_minutes, b.groups)
        assert len(a.materials) == len(b.materials), key
        assert len(a.steps) == len(b.steps), key
        assert len(a.tips) == len(b.tips), key
        assert a.purpose != b.purpose, key  # actually translated


@pytest.mark.parametrize("lang", ["nb", "nn", "de", ""])
def test_other_languages_fall_back_to_danish(lang: str) -> None:
    assert methods.load_catalogue(lang) == methods.load_catalogue("da")


def test_default_language_is_danish_and_cards_are_frozen() -> None:
    catalogue = methods.load_catalogue()
    assert catalogue == methods.load_catalogue("da")
    card = catalogue["coffee_visit"]
    with pytest.raises(AttributeError):
        card.name = "changed"  # type: ignore[misc]


def test_catalogue_is_cached_per_language(monkeypatch: pytest.MonkeyPatch) -> None:
    methods.load_catalogue("da")
    methods.load_catalogue("en")
    monkeypatch.setattr(paths, "resource", lambda *parts: Path("/nonexistent/methods.json"))
    assert methods.load_catalogue("en")["survey"].name == "Survey"


def test_shipped_file_is_in_the_package_data() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert '"methods/*"' in pyproject


# -- corrupt catalogues ----------------------------------------------------------------------------


def load_corrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[dict[str, Any]], None]
) -> str:
    """Write a changed copy of the shipped file, load it, and return the error message."""
    data = copy.deepcopy(shipped_data())
    change(data)
    target = tmp_path / "methods.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "resource", lambda *parts: target)
    with pytest.raises(ValueError) as caught:
        methods.load_catalogue("da")
    return str(caught.value)


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[part]
        del node[last]

    return change


CORRUPTIONS = [
    (_set("format", "something-else"), "format"),
    (_set("version", 2), "version"),
    (_delete("methods.survey"), "missing survey"),
    (_set("methods.dance_battle", {}), "unknown key(s) dance_battle"),
    (_delete("methods.town_walk.en"), "methods.town_walk is missing en"),
    (_set("methods.workshop.da.name", "  "), "methods.workshop.da.name"),
    (_set("methods.workshop.en.purpose", 7), "methods.workshop.en.purpose"),
    (_set("methods.event.da.colour", "red"), "unknown key(s) colour"),
    (_set("methods.event.da.steps", ["one", "two"]), "methods.event.da.steps has 2 items"),
    (_set("methods.event.da.tips.0", ""), "methods.event.da.tips[0]"),
    (_set("methods.event.en.materials", "chairs"), "methods.event.en.materials"),
    (_set("methods.survey.groups", ["aliens"]), "unknown category 'aliens'"),
    (_set("methods.survey.groups", []), "methods.survey.groups"),
    (_set("methods.survey.duration.min_minutes", 99999), "greater than max_minutes"),
    (_set("methods.survey.duration.max_minutes", "long"), "max_minutes"),
    (_set("methods.survey.duration.min_minutes", True), "min_minutes"),
    (_delete("suggestions.seniors"), "suggestions is missing seniors"),
    (_set("suggestions.martians", ["survey", "event"]), "unknown key(s) martians"),
    (_set("suggestions.seniors", ["coffee_visit", "knitting"]), "unknown method 'knitting'"),
    (_set("suggestions.seniors", ["coffee_visit"]), "suggestions.seniors has 1 methods"),
    (_set("suggestions.seniors", ["coffee_visit", "coffee_visit"]), "repeats"),
    (_set("suggestions.seniors", ["coffee_visit", "event"]), "groups do not list 'seniors'"),
    (_set("methods", []), "methods must be an object"),
]


@pytest.mark.parametrize(("change", "expected"), CORRUPTIONS)
def test_corrupt_catalogue_names_the_problem(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    message = load_corrupt(tmp_path, monkeypatch, change)
    assert message.startswith("method catalogue: ")
    assert expected in message


def test_languages_with_different_list_lengths_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change(data: dict[str, Any]) -> None:
        data["methods"]["focus_group"]["en"]["tips"].pop()

    message = load_corrupt(tmp_path, monkeypatch, change)
    assert "methods.focus_group.en.tips has 2 items" in message
    assert "methods.focus_group.da.tips has 3" in message


def test_unreadable_and_missing_files_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "methods.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resource", lambda *parts: broken)
    with pytest.raises(ValueError, match="cannot read"):
        methods.load_catalogue("en")
    methods.clear_cache()
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path / "absent.json")
    with pytest.raises(ValueError, match="file not found"):
        methods.load_catalogue("en")
