"""The room screen: one full-screen window for the whole app, on the chosen screen, with no
controls and nothing personal, readable from the back of the room at 1024×768 and 1920×1080."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from workshop_app.ui.projector import (
    ActorGridView,
    PauseView,
    Projector,
    QuestionView,
    RankingView,
    TimerView,
    TrialChartView,
    projector_for,
)
from workshop_app.ui.projector.look import FitLabel
from workshop_app.ui.projector.projector import screen_key
from workshop_app.ui.settings import Settings

SIZES = [QRect(0, 0, 1024, 768), QRect(0, 0, 1920, 1080)]


@pytest.fixture
def main(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Stands in for the main window: the projector is its child object."""
    widget = QWidget()
    widget.settings = Settings()  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


@pytest.fixture
def projector(main: QWidget, session: Any, qtbot: Any) -> Any:
    projector = projector_for(main, session)
    yield projector
    projector.close()


def show(projector: Projector, view: Any, qtbot: Any, size: QRect | None = None) -> Any:
    """Show ``view``; with ``size``, as on a screen of that size."""
    projector.show(view)
    window = projector.window
    assert window is not None
    qtbot.waitExposed(window)
    if size is not None:
        window.showNormal()
        window.setGeometry(size)
        qtbot.waitUntil(lambda: window.size() == size.size(), timeout=2000)
        QApplication.processEvents()  # the layouts' pending requests, as a shown window has
    return window


def test_one_projector_per_main_window(main, session, projector, qtbot) -> None:
    assert projector_for(main, session) is projector
    window = show(projector, PauseView(), qtbot)
    show(projector, QuestionView("Hvad mangler?"), qtbot)
    assert projector.window is window  # the same window shows the next view
    assert projector.current_view() == QuestionView("Hvad mangler?")
    assert projector.is_open()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert not window.findChildren(QAbstractButton)  # no controls on the wall


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_esc_and_f11_close_the_window(projector, qtbot, key) -> None:
    window = show(projector, PauseView(), qtbot)
    with qtbot.waitSignal(projector.closed, timeout=2000):
        qtbot.keyClick(window, key)
    assert not projector.is_open()
    assert projector.current_view() is None


def test_closing_the_project_closes_the_room_screen(window, qtbot) -> None:
    projector = projector_for(window, window.session)
    show(projector, PauseView(), qtbot)
    with qtbot.waitSignal(projector.closed, timeout=2000):
        assert window.close_project()
    assert not projector.is_open()


def test_the_chosen_screen_is_remembered(main, session, projector, qtbot) -> None:
    screen = QGuiApplication.screens()[-1]
    projector.move_to_screen(screen)
    assert Settings().projector_screen == screen_key(screen)
    window = show(projector, PauseView(), qtbot)
    assert window.screen() is screen
    assert window.geometry() == screen.geometry()


def test_the_screen_menu_moves_the_room_screen(projector, qtbot) -> None:
    window = show(projector, PauseView(), qtbot)
    menu = projector.screen_menu(window)
    actions = menu.actions()
    assert len(actions) == len(QGuiApplication.screens())
    assert [a.isChecked() for a in actions].count(True) == 1
    actions[-1].trigger()
    assert Settings().projector_screen == screen_key(QGuiApplication.screens()[-1])
    assert projector.is_open() and projector.window.isFullScreen()


def test_with_one_screen_it_opens_on_that_one(projector, main, qtbot) -> None:
    window = show(projector, PauseView(), qtbot)
    assert window.screen() is main.screen()  # the test setup has one screen


def _labels(window: QWidget) -> list[FitLabel]:
    return [label for label in window.findChildren(FitLabel) if label.isVisible() and label.text()]


def assert_fits(window: QWidget) -> None:
    """Every label inside the window, its whole (shown) text inside the label."""
    area = window.rect()
    for label in _labels(window):
        where = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        assert area.contains(where), (label.text(), where)
        needed = label.fontMetrics().boundingRect(
            QRect(0, 0, label.width(), 100_000), int(Qt.TextFlag.TextWordWrap), label.text()
        )
        assert needed.height() <= label.height(), (label.text(), needed, label.size())


def body_px(size: QRect) -> int:
    """The least body size: 40 px at 1920×1080, less on smaller screens in proportion."""
    return round(40 * min(size.width() / 1920, size.height() / 1080))


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_a_question_fills_the_screen_and_stays_on_it(projector, qtbot, size) -> None:
    long = "Hvad skal der ske på Torvet om sommeren, når butikkerne lukker? " * 60
    window = show(projector, QuestionView(long), qtbot, size)
    assert_fits(window)
    label = window.findChild(FitLabel, "projector_question_text")
    assert QFontInfo(label.font()).pixelSize() >= body_px(size)
    assert label.text().endswith("…")  # too long even at the smallest size: cut, not clipped
    window = show(projector, QuestionView("Hvad mangler?"), qtbot, size)
    label = window.findChild(FitLabel, "projector_question_text")
    assert label.text() == "Hvad mangler?"
    assert QFontInfo(label.font()).pixelSize() >= 2 * body_px(size)


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_ranking_lists_the_votes_large(projector, session, qtbot, size) -> None:
    meeting = session.service.meeting_uuids()[0]
    window = show(projector, RankingView(meeting), qtbot, size)
    assert_fits(window)
    panel = projector.panel()
    tallies = session.service.vote_tallies(meeting)
    assert [count for _title, count in panel.ranking] == sorted(
        (c for c in tallies.values() if c), reverse=True
    )
    for label in _labels(window):
        assert QFontInfo(label.font()).pixelSize() >= body_px(size), label.text()


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_a_tests_summary_reads_from_the_room(projector, session, qtbot, size) -> None:
    trial = session.service.trial_book().trials[0]
    window = show(projector, TrialChartView(trial.uuid), qtbot, size)
    assert_fits(window)
    panel = projector.panel()
    assert panel.title.full_text() == trial.title
    assert panel.summary.passing_chart.bars  # the counts, drawn
    assert panel.verdict.full_text() == panel.summary.verdict.text()
    area = window.rect()
    for chart in panel.charts:
        where = QRect(chart.mapTo(window, QPoint(0, 0)), chart.size())
        assert area.contains(where) and chart.height() > 6 * body_px(size), chart.objectName()
        assert QFontInfo(chart.font()).pixelSize() >= body_px(size)
    for label in _labels(window):
        assert QFontInfo(label.font()).pixelSize() >= body_px(size), label.text()


# -- nothing personal ---------------------------------------------------------------------------

PLANTED = (
    "Gitte Planteperson",
    "gitte@planteperson.dk",
    "Frida Faciliteta",
    "Rasmus Ansvarlig",
    "Mødeleder Mette",
    "Deltager Dorthe",
    "Ansvarlige Anders",
)


def plant_personal_data(session: Any) -> None:
    """A contact person on every actor, facilitators on the project and every meeting, a
    responsible on every agenda item, a named participant and an action item's "who" at every
    meeting: what the room must never see."""
    service = session.service
    changes = [service.set_project_field("facilitators", PLANTED[2])]
    for actor in service.actor_map().actors:
        changes.append(service.set_actor_value(actor.uuid, "person_name", PLANTED[0]))
        changes.append(service.set_actor_value(actor.uuid, "contact", PLANTED[1]))
    changes.append(service.set_project_field("named_participants", True))
    for uuid in service.meeting_uuids():
        for item in service.meeting(uuid).agenda:
            changes.append(service.set_agenda_field(item.uuid, "responsible", PLANTED[3]))
        changes.append(service.set_meeting_field(uuid, "facilitators", PLANTED[4]))
        person = service.new_participant(uuid, name=PLANTED[5], consent=True)
        changes.append(service.restore_participant(person))
        action = service.new_action_item(uuid, what="Bænke på Torvet", who=PLANTED[6])
        changes.append(service.restore_action_item(action))
    for change in changes:
        session.changed.emit(change)


def everything_shown(window: QWidget) -> list[str]:
    """Every text of the window: labels, titles, tooltips, accessible names and descriptions,
    and on a grid every marker's label and tooltip."""
    texts = [window.windowTitle(), window.toolTip(), window.accessibleName()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts += [widget.windowTitle(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, FitLabel):
            texts.append(widget.full_text())
        scene = getattr(getattr(widget, "scene", None), "markers", None)
        if isinstance(scene, dict):
            for marker in scene.values():
                texts += [marker.label, marker.toolTip(), marker.inside, *marker.lines]
    panel = getattr(window, "panel", None)
    if panel is not None:
        texts += panel.texts()
    return [t for t in texts if t]


def views_of(session: Any) -> list[Any]:
    meeting = session.service.meeting_uuids()[0]
    trial = session.service.trial_book().trials[0].uuid
    return [
        PauseView(),
        QuestionView("Hvad mangler på Torvet?"),
        RankingView(meeting),
        TimerView(meeting),
        ActorGridView(),
        ActorGridView(names_shown=True, relations=True),
        TrialChartView(trial),
    ]


@pytest.mark.parametrize("size", SIZES, ids=lambda r: f"{r.width()}x{r.height()}")
def test_nothing_personal_in_any_view(projector, session, qtbot, size) -> None:
    plant_personal_data(session)
    names = [a.name for a in session.service.actor_map().actors]
    for view in views_of(session):
        window = show(projector, view, qtbot, size)
        shown = "\n".join(everything_shown(window))
        assert shown.strip(), view
        for planted in PLANTED:
            assert planted not in shown, (view, planted)
        if isinstance(view, ActorGridView) and not view.names_shown:
            for name in names:
                assert name not in shown, (view, name)
        if isinstance(view, ActorGridView) and view.names_shown:
            assert any(name in shown for name in names)  # the check sees the names it shows
