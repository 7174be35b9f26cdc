"""The app's look: a bundled font, the looks of the label roles and of a few named widgets.

The app sets no application-wide style sheet: once one is set, Qt draws EVERY widget through its
style-sheet engine (``QStyleSheetStyle``), and polishing and painting them that way cost ~46 ms
of each start and a share of every page's first build. Instead:

- a widget with a ``role`` property (``kit.label(role=...)`` or ``setProperty("role", ...)``)
  gets the look of its role when Qt polishes it, just before it is first shown: a font, a text
  colour or margins; only the few ``warning`` labels and start buttons get a style sheet of
  their own (:func:`polish`, called as Qt polishes the widget by the application's style,
  ``app.WindowPolicies``).
  A role set after the widget was shown needs :func:`polish` called again.
- the named widgets that need what only a style sheet gives (item padding, a bar's border) get
  one of their own where they are made (:data:`NAVIGATION`, :data:`AGENDA_TABLE`,
  :data:`READ_ONLY_BANNER`, :data:`PENDING_BAR`).

The looks are those the application style sheet gave: the same sizes, weights, colours, padding.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from workshop_app import paths

#: Widgets that carry a role with a look (the app's event filter asks only these).
STYLED: tuple[type[QWidget], ...] = (QLabel, QToolButton)

#: A label that warns (``role="warning"``): a pale yellow box.
WARNING = (
    "background: #fff4c2; color: #3d3000; padding: 6px 8px;"
    " border: 1px solid #e0c860; border-radius: 3px;"
)
#: The text colour of a date gone by (``role="overdue"``).
OVERDUE_COLOUR = "#b3261e"
#: A hint (``role="hint"``) in a widget styled by a style sheet (elsewhere: its palette).
HINT = "color: palette(placeholder-text);"
#: The start screen's big buttons (``role="startButton"``).
START_BUTTON = "font-size: 11pt; padding: 8px;"
#: The band over the pages of a project open read-only (``read_only_banner``).
READ_ONLY_BANNER = (
    "background: #fff4c2; color: #3d3000; padding: 8px 12px; border-bottom: 1px solid #e0c860;"
)
#: The red bar over the pages while edits cannot be written (``pending_bar``).
PENDING_BAR = (
    "QFrame#pending_bar { background: #ffe3e0; border-bottom: 1px solid #d08070; }"
    " QFrame#pending_bar QLabel { color: #4a0d00; }"
)
#: The page list at the window's left (``navigation``).
NAVIGATION = (
    "QListWidget { border: none; background: palette(alternate-base); font-size: 11pt; }"
    " QListWidget::item { padding: 10px 8px; }"
)
#: A meeting's agenda (``agenda_table``): rows with room around their text.
AGENDA_TABLE = "QTableView::item { padding: 3px 4px; }"


def _font(points: int, bottom: int = 0) -> Callable[[QWidget], None]:
    """A title: ``points`` large, semi-bold (weight 600), ``bottom`` pixels of room below."""

    def look(widget: QWidget) -> None:
        font = QFont(widget.font())
        font.setPointSize(points)
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
        if bottom:
            widget.setContentsMargins(0, 0, 0, bottom)
            if isinstance(widget, QLabel) and widget.indent() < 0:
                # A label with a frame (as padding made it) indents its text by half an "x".
                widget.setIndent(QFontMetrics(font).horizontalAdvance("x") // 2)

    return look


def _coloured(widget: QWidget, colour: QColor) -> None:
    """``widget``'s text (and a button's) in ``colour``, in every state."""
    palette = widget.palette()
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(group, role, colour)
    widget.setPalette(palette)


def _hint(widget: QWidget) -> None:
    """Text in the colour of a field's placeholder (of the application's palette)."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
        # Under a page's own style sheet Qt's style-sheet engine sets the palette as it
        # polishes the label (after this): there, a rule of the label's own says it.
        if not widget.styleSheet():
            widget.setStyleSheet(HINT)
        return
    _coloured(widget, QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def _overdue(widget: QWidget) -> None:
    """A date gone by (``role="overdue"``): dark red, semi-bold."""
    font = QFont(widget.font())
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    _coloured(widget, QColor(OVERDUE_COLOUR))


def _sheet(sheet: str) -> Callable[[QWidget], None]:
    """A style sheet of the widget's own (where it has none yet)."""

    def look(widget: QWidget) -> None:
        if not widget.styleSheet():
            widget.setStyleSheet(sheet)

    return look


#: What each role looks like (a "dashboardCard" paints its own look: ui/dashboard.py).
ROLE_LOOKS: dict[str, Callable[[QWidget], None]] = {
    "appTitle": _font(22),
    "pageTitle": _font(16, bottom=4),
    "sectionTitle": _font(12),
    "hint": _hint,
    "overdue": _overdue,
    "warning": _sheet(WARNING),
    "startButton": _sheet(START_BUTTON),
}


def polish(widget: QWidget) -> None:
    """Give ``widget`` the look of its ``role`` (nothing for a widget without one)."""
    role = widget.property("role")
    if role:
        look = ROLE_LOOKS.get(role)
        if look is not None:
            look(widget)


def apply_style(app: QApplication) -> None:
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        QFontDatabase.addApplicationFont(str(paths.resource("fonts", face)))
    font = app.font()
    if not QFontDatabase.hasFamily(font.family()) or font.family() in ("", "Sans Serif"):
        font = QFont("DejaVu Sans", 10)
    app.setFont(font)
