"""What the actors page does (not how long it takes) on its first show and on an edit: a large
map makes every pass over the actors, every model question per cell and every list laid out
while hidden cost; these tests count them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from workshop_app.ui.actors import checks as checks_module
from workshop_app.ui.actors.checks import ActorChecks
from workshop_app.ui.actors.model import ActorsFilter
from workshop_app.ui.actors.page import ActorsPage


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page(ActorsPage)


def test_the_same_filter_again_filters_nothing_again(session, monkeypatch) -> None:
    refilters: list[dict[str, Any]] = []
    monkeypatch.setattr(ActorsFilter, "_refilter", lambda _self, **v: refilters.append(v))
    proxy = ActorsFilter()
    proxy.set_category("")
    proxy.set_text("  ")
    assert refilters == []
    proxy.set_text("Egeby")
    assert refilters == [{"_text": "egeby"}]


def test_the_page_measures_its_columns_on_a_screenful_of_rows(page) -> None:
    assert page.view.horizontalHeader().resizeContentsPrecision() <= 20


def test_the_warnings_are_laid_out_when_shown_not_while_hidden(session, qtbot, monkeypatch) -> None:
    layouts: list[int] = []
    original = ActorChecks._fit

    def counted(self: ActorChecks) -> None:
        layouts.append(self.list.count())
        original(self)

    monkeypatch.setattr(checks_module.ActorChecks, "_fit", counted)
    holder = QWidget()
    qtbot.addWidget(holder)
    checks = ActorChecks(session, holder)
    checks.resize(600, 200)
    assert layouts == []  # built and filled while nobody sees it
    holder.resize(600, 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert layouts and layouts[-1] == checks.list.count()
    assert checks.list.height() < 300  # a strip, as tall as its lines
