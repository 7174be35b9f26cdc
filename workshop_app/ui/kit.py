"""Small builders for the Qt boilerplate every panel repeats: labels with a style role, buttons,
box layouts, splitters, text editors, the selected row of a table and the panel base.

Texts come in translated (``self.tr`` at the caller, where lupdate sees them); nothing here
translates. Every builder returns the widget so it can be kept as an attribute::

    self.count = kit.label(role="hint", name="plan_count")
    buttons = kit.row(self.add_button, self.delete_button, None)  # None: a stretch
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.icons import icon
from workshop_app.ui.session import ProjectSession

W = TypeVar("W", bound=QWidget)
S = TypeVar("S", bound=QScrollArea)
C = TypeVar("C", bound=QComboBox)
#: What a box takes: a widget, a (widget, stretch) pair, a layout, a number (a gap of that many
#: pixels), or None for a stretch.
Item = QWidget | tuple[QWidget, int] | QLayout | int | None
Margins = tuple[int, int, int, int]
NO_MARGINS: Margins = (0, 0, 0, 0)


def named(widget: W, name: str, *, tip: str = "", accessible: str = "") -> W:
    """``widget`` with its object name (tests and style sheets find it by it), tooltip and
    accessible name (what a screen reader says for an icon-only button)."""
    widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def line_edit(
    name: str, placeholder: str = "", *, accessible: str = "", max_length: int = 0
) -> QLineEdit:
    """A named line edit that shows ``placeholder`` while it is empty; ``accessible`` is what a
    screen reader calls it, ``max_length`` (if given) the most characters it takes."""
    edit = named(QLineEdit(), name, accessible=accessible)
    edit.setPlaceholderText(placeholder)
    if max_length:
        edit.setMaxLength(max_length)
    return edit


def scrolling_column(area: S, name: str) -> S:
    """``area`` set up to scroll a column of widgets up and down: named, its widget as wide as
    the area, no frame, never a horizontal scroll bar (pages, side panels, the grid's legend)."""
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def combo_of_width(combo: C, characters: int) -> C:
    """``combo`` as wide as ``characters`` characters whatever its items, so a long item
    elides instead of widening the row it stands in."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def label(
    text: str = "", *, role: str = "", name: str = "", wrap: bool = False, plain: bool = False
) -> QLabel:
    """A label styled by ``role`` ("hint", "sectionTitle", "pageTitle", "warning"…); ``plain``
    shows user text as typed (never as rich text)."""
    widget = named(QLabel(text), name) if name else QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    if plain:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def hint(text: str = "", name: str = "") -> QLabel:
    """The grey explanatory text under a title: wrapped, plain text."""
    return label(text, role="hint", name=name, wrap=True, plain=True)


def button(
    icon_name: str, text: str, name: str, slot: Callable[[], Any], tip: str = ""
) -> QPushButton:
    """A push button (with an icon unless ``icon_name`` is ""), wired to ``slot`` (called
    without the "checked" flag)."""
    widget = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    named(widget, name, tip=tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def tool_button(
    icon_name: str, name: str, tip: str, accessible: str, slot: Callable[[], Any]
) -> QToolButton:
    """An icon-only button (up, down…): the tooltip says what it does, with its shortcut."""
    widget = named(QToolButton(), name, tip=tip, accessible=accessible)
    widget.setIcon(icon(icon_name))
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def ok_cancel(dialog: QDialog, accept: Callable[[], Any] | None = None) -> QDialogButtonBox:
    """The OK and Cancel buttons of ``dialog``: OK calls ``accept`` (the dialog's own
    ``accept`` unless given, e.g. one that checks the input first), Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def tab_order(*widgets: QWidget) -> None:
    """Tab walks ``widgets`` in this order (reading order where the layout builds otherwise)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class _ResizeWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], Any]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def on_resize(widget: QWidget, callback: Callable[[], Any]) -> None:
    """Call ``callback`` each time ``widget`` is resized (e.g. a table's viewport, to share
    its width among the columns); the watcher lives as long as the widget."""
    _ResizeWatcher(widget, callback)


def fill(layout: QBoxLayout, items: tuple[Item, ...], margins: Margins | None) -> None:
    if margins is not None:
        layout.setContentsMargins(*margins)
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        else:
            layout.addWidget(item)


def row(*items: Item, margins: Margins | None = NO_MARGINS) -> QHBoxLayout:
    """Items side by side (a button row), without margins unless told."""
    layout = QHBoxLayout()
    fill(layout, items, margins)
    return layout


def column(
    *items: Item, parent: QWidget | None = None, margins: Margins | None = NO_MARGINS
) -> QVBoxLayout:
    """Items one under the other; with ``parent`` the layout is that widget's."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    fill(layout, items, margins)
    return layout


def image_preview(name: str) -> QLabel:
    """A framed box showing an image (or, wrapped and as a hint, why there is none)."""
    preview = named(QLabel(), name)
    preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
    preview.setFrameShape(QFrame.Shape.StyledPanel)
    preview.setWordWrap(True)
    preview.setProperty("role", "hint")
    return preview


def image_row(preview: QLabel, choose: QPushButton, remove: QPushButton) -> QHBoxLayout:
    """An image's preview with its "Choose…" and "Remove" buttons stacked beside it."""
    return row(preview, column(choose, remove, None), None)


#: A form row: (label, field) or one widget across the whole row.
FormRow = tuple[str, QWidget | QLayout] | QWidget


def form(
    *rows: FormRow,
    parent: QWidget | None = None,
    wrap: QFormLayout.RowWrapPolicy = QFormLayout.RowWrapPolicy.WrapAllRows,
    margins: Margins | None = NO_MARGINS,
) -> QFormLayout:
    """Labelled rows (labels above their fields unless ``wrap`` says otherwise)."""
    layout = QFormLayout(parent) if parent is not None else QFormLayout()
    layout.setRowWrapPolicy(wrap)
    if margins is not None:
        layout.setContentsMargins(*margins)
    for item in rows:
        if not isinstance(item, tuple):
            layout.addRow(item)
        elif isinstance(item[1], QLayout):
            layout.addRow(item[0], item[1])
        else:
            layout.addRow(item[0], item[1])
    return layout


def splitter(orientation: Qt.Orientation, *parts: tuple[QWidget, int], name: str = "") -> QSplitter:
    """A splitter whose parts never collapse; each part is (widget, stretch factor)."""
    widget = QSplitter(orientation)
    if name:
        widget.setObjectName(name)
    widget.setChildrenCollapsible(False)
    for index, (part, stretch) in enumerate(parts):
        widget.addWidget(part)
        widget.setStretchFactor(index, stretch)
    return widget


def text_editor(long: bool, heights: tuple[int, int] = (60, 110)) -> QLineEdit | QPlainTextEdit:
    """One line, or a few lines (``heights`` is its least and most height) where Tab moves on."""
    if not long:
        return QLineEdit()
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(heights[0])
    edit.setMaximumHeight(heights[1])
    return edit


def selected_uuid(view: QAbstractItemView, role: int) -> str | None:
    """The uuid (``role``) of the first selected row of ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    uuid = rows[0].data(role) if rows else None
    return str(uuid) if uuid else None


def current_item_to(widget: QListWidget, role: int, value: Any) -> bool:
    """Make the item whose ``role`` data is ``value`` current; False when there is none."""
    found = widget.model().match(
        widget.model().index(0, 0), role, value, 1, Qt.MatchFlag.MatchExactly
    )
    if found:
        widget.setCurrentRow(found[0].row())
    return bool(found)


class SessionPanel(QWidget):
    """A panel of one project: it keeps the session and is found by ``name`` (its object
    name); ``editable`` is False for a file opened read-only."""

    def __init__(self, session: ProjectSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._session = session

    @property
    def editable(self) -> bool:
        return not self._session.read_only

    def selected_uuid(self) -> str | None:
        """The selected record's uuid (panels with a selection say which)."""
        return None

    def uuid_to_edit(self) -> str | None:
        """The selected uuid when it may be edited now (typing still pending is written
        first, so it is its own undo step), else None."""
        uuid = self.selected_uuid()
        if uuid is None or not self.editable:
            return None
        self._session.flush()
        return uuid
