"""The app's look without an application style sheet: role labels get theirs as Qt polishes
them (``ui/style.py``), the named widgets carry a style sheet of their own."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView, QVBoxLayout, QWidget

from workshop_app.ui import style

#: The windows of the labels under test, alive until the test ends (qtbot closes them).
_HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _release_holders():  # type: ignore[no-untyped-def]
    yield
    _HOLDERS.clear()


def _shown_labels(qtbot, roles: list[str], sheet: str = "") -> dict[str, QLabel]:  # type: ignore[no-untyped-def]
    """Labels of ``roles`` in a shown window (kept alive by its parent, the window)."""
    holder = QWidget()
    holder.setStyleSheet(sheet)
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    labels: dict[str, QLabel] = {}
    for role in roles:
        label = QLabel(f"A {role} label")
        label.setProperty("role", role)
        layout.addWidget(label)
        labels[role] = label
    holder.show()
    qtbot.waitExposed(holder)
    _HOLDERS.append(holder)
    return labels


def _placeholder() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def test_the_app_sets_no_application_style_sheet(make_window) -> None:  # type: ignore[no-untyped-def]
    # With one, Qt styles and paints every widget through its style-sheet engine.
    make_window("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""


def test_role_labels_get_their_font_colour_and_box_when_shown(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_window("en")
    labels = _shown_labels(
        qtbot, ["appTitle", "pageTitle", "sectionTitle", "hint", "warning", "plain"]
    )
    for role, points in (("appTitle", 22), ("pageTitle", 16), ("sectionTitle", 12)):
        font = labels[role].font()
        assert (font.pointSize(), font.weight()) == (points, QFont.Weight.DemiBold), role
    # A page title has room below it, and its text the indent a framed label has.
    assert labels["pageTitle"].contentsMargins().bottom() == 4
    assert labels["pageTitle"].indent() > 0
    hint = labels["hint"].palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        assert hint.color(group, QPalette.ColorRole.WindowText) == _placeholder()
    assert labels["plain"].font().pointSize() == QApplication.font().pointSize()
    assert labels["plain"].styleSheet() == ""
    # A warning is a pale yellow box with dark text.
    warning = labels["warning"]
    assert warning.styleSheet() == style.WARNING
    image = warning.grab().toImage()
    assert image.pixelColor(image.width() // 2, 3) == QColor("#fff4c2")
    assert warning.palette().color(QPalette.ColorRole.WindowText) == QColor("#3d3000")


def test_a_hint_in_a_page_with_its_own_style_sheet_keeps_its_colour(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Qt's style-sheet engine sets such a label's palette as it polishes it: the overview page
    # has a style sheet of its own.
    make_window("en")
    labels = _shown_labels(qtbot, ["hint", "sectionTitle"], sheet="QFrame { border: none; }")
    colour = labels["hint"].palette().color(QPalette.ColorRole.WindowText)
    assert colour == _placeholder()
    assert labels["sectionTitle"].font().pointSize() == 12


def test_the_named_widgets_carry_their_own_style_sheets(make_window, demo_file) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    assert window.open_path(demo_file, read_only=True)
    navigation = window.findChild(QListWidget, "navigation")
    assert navigation.styleSheet() == style.NAVIGATION
    assert window.workspace.pending_bar.styleSheet() == style.PENDING_BAR
    banner = window.findChild(QLabel, "read_only_banner")
    assert banner.styleSheet() == style.READ_ONLY_BANNER
    window.workspace.show_page("meetings")
    agenda = window.findChild(QTableView, "agenda_table")
    assert agenda.styleSheet() == style.AGENDA_TABLE
    window.close()


def test_a_role_gets_its_look_as_the_application_style_polishes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.app import install_window_policies

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_window_policies(app)
    label = QLabel("Title")
    qtbot.addWidget(label)
    label.setProperty("role", "sectionTitle")
    other = QLabel("Plain")
    qtbot.addWidget(other)
    label.ensurePolished()
    other.ensurePolished()
    assert label.font().pointSize() == 12
    assert other.font().pointSize() == QApplication.font().pointSize()


def test_the_vote_box_is_as_wide_whenever_qt_first_measures_it(session, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Its width decides where the live console's splitter starts: it must not depend on whether
    # Qt measured it before or after its ideas were filled in (the style-sheet engine used to
    # re-measure it, which is how the console's split came out as it did).
    from workshop_app.ui.meetings.live.votes import VotesPanel

    panel = VotesPanel(session)
    qtbot.addWidget(panel)
    empty = panel.add_combo.minimumSizeHint().width()
    panel.add_combo.addItem("An idea with a title far longer than the box is wide, by a lot")
    panel.add_combo.addItem("x")
    assert panel.add_combo.minimumSizeHint().width() == empty
    assert panel.add_combo.sizeHint().width() == empty


def test_an_overdue_label_is_dark_red_and_semi_bold(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_window("en")
    label = _shown_labels(qtbot, ["overdue"])["overdue"]
    assert label.font().weight() == QFont.Weight.DemiBold
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QColor(style.OVERDUE_COLOUR)
    assert label.styleSheet() == ""
