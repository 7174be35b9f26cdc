"""The live console on a town-hall laptop (1024×768 and 1366×768 less a task bar), in Danish and
English: every button within reach, and the item, its countdown, the clock and ahead/behind
whole on the screen, the countdown the largest text on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.ui.test_live_console import plannable
from tests.ui.test_small_screens import _unreachable, laptop  # noqa: F401 (a fixture)


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_console_fits_a_laptop(make_window, demo_file, laptop, language) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = make_window(language)
    window.resize(laptop.size())
    window.show()
    assert window.open_path(demo_file)
    window.resize(laptop.size())
    assert window.workspace.show_live(plannable(window.session).meeting.uuid)
    QApplication.processEvents()
    assert not list(_unreachable(window))
    panel = window.workspace.live.timer_panel
    whole = window.rect()
    for label in (panel.title_label, panel.countdown_label, panel.clock_label, panel.behind_label):
        where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        assert whole.contains(where), label.objectName()
        assert label.sizeHint().width() <= label.width() or label.wordWrap(), label.objectName()
    clipped = [
        button.text()
        for button in window.workspace.live.findChildren(QPushButton)
        if button.isVisible() and button.width() < button.minimumSizeHint().width()
    ]
    assert not clipped, clipped
    sizes = {
        label.objectName(): label.font().pointSizeF()
        for label in window.workspace.live.findChildren(QLabel)
    }
    assert max(sizes, key=lambda name: sizes[name]) == "live_countdown"
    window.close()
