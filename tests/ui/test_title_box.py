"""A wrapped title whose new text lays out the title alone (ui/title_box.py), unless it takes
more or fewer lines: then the panel lays out again and the whole title shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from workshop_app.ui import commands
from workshop_app.ui.actors.page import ActorsPage
from workshop_app.ui.title_box import TitleBox


class _Requests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(type(watched).__name__)
        return False


def _panel(qtbot):  # type: ignore[no-untyped-def]
    panel = QWidget()
    qtbot.addWidget(panel)
    label = QLabel("Egeby Handelsforening")
    label.setWordWrap(True)
    box = TitleBox(label)
    layout = QVBoxLayout(panel)
    layout.addWidget(box)
    layout.addWidget(QPlainTextEdit())
    panel.resize(240, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, box, label


def test_a_new_title_of_as_many_lines_lays_out_nothing_else(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel, box, label = _panel(qtbot)
    QApplication.processEvents()
    watch = _Requests()
    panel.installEventFilter(watch)
    height = box.height()
    label.setText("Egeby Handelsforeninger")  # one line still
    QApplication.processEvents()  # the posted requests delivered
    assert watch.seen == []  # the panel was not asked to lay out again
    assert box.height() == height == label.heightForWidth(box.width())


def test_a_title_that_takes_more_lines_grows_and_shows_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    _panel_widget, box, label = _panel(qtbot)
    one_line = box.height()
    label.setText("Egeby Handelsforening og Grundejerforeningen for Torvet og Stationsvej")
    qtbot.waitUntil(lambda: box.height() > one_line)
    assert box.height() == label.heightForWidth(box.width())
    assert label.geometry() == box.rect()  # the label fills the box: nothing clipped
    label.setText("Kort")
    qtbot.waitUntil(lambda: box.height() == one_line)


def test_a_title_set_while_hidden_shows_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    _panel_widget, box, label = _panel(qtbot)
    one_line = box.height()
    box.hide()
    label.setText("Egeby Handelsforening og Grundejerforeningen for Torvet og Stationsvej")
    box.show()
    qtbot.waitUntil(lambda: box.height() > one_line)
    assert box.height() == label.heightForWidth(box.width())


def test_renaming_an_actor_lays_out_its_title_alone(open_page, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(ActorsPage)
    page.window().resize(1366, 768)
    page.window().show()
    qtbot.waitExposed(page.window())
    actor = session.service.actor_map().actors[0]
    page.select(actor.uuid)
    QApplication.processEvents()
    watch = _Requests()
    page.details.installEventFilter(watch)
    page.details.body.installEventFilter(watch)
    commands.set_actor_field(session, actor.uuid, "name", "Name", actor.name, actor.name + " A/S")
    QApplication.processEvents()
    assert page.details.title.text() == actor.name + " A/S"
    assert watch.seen == []
