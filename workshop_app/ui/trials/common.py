"""What the views of phase 3 share: which rows an edit touched, and the small builders of their
panels (headings, hints, button rows, list set-up) so that each view says only what is its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.trials import TrialBook
from workshop_app.ui import kit
from workshop_app.ui.icons import icon
from workshop_app.ui.kit import row as row
from workshop_app.ui.session import ProjectSession


def touched_rows(changes: Changes) -> frozenset[str] | None:
    """The phase 3 rows an edit named (``Changes.trial_items``), for a view to refresh just
    those; None when it must refresh everything: the edit named no rows, or something else the
    trial views show changed too (the project, meetings, actors)."""
    if changes.project or changes.meeting_list or changes.meetings or changes.actors:
        return None
    return changes.trial_items or None


class TrialView(QWidget):
    """A view on the project of ``session``, found by its ``NAME`` (tests, style sheets).

    A view that shows phase 3 follows it: :meth:`follow_changes` calls :meth:`_on_changed`
    for every edit, which re-reads (:meth:`_refresh`) when :meth:`_shows` says the edit
    matters here, handing on the rows it named (see :func:`touched_rows`).
    """

    NAME = ""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self._session = session

    def follow_changes(self) -> None:
        self._session.follow(self, self._on_changed)

    def _shows(self, changes: Changes) -> bool:
        """Whether an edit changed what this view shows (phase 3, unless said otherwise)."""
        return changes.trials

    def _on_changed(self, changes: Changes) -> None:
        if self._shows(changes):
            self._refresh(touched_rows(changes))

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        """Show the project again; only the rows ``touched`` (uuids) changed when given."""


# -- small builders --------------------------------------------------------------------------------


def hint(text: str = "", name: str = "", *, wrap: bool = True) -> QLabel:
    """A quiet line of help or state (plain text, wrapped unless told)."""
    return kit.label(text, role="hint", name=name, wrap=wrap, plain=True)


def section_title(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    """The heading of a part of a page (plain text)."""
    return kit.label(text, role="sectionTitle", name=name, wrap=wrap, plain=True)


def push_button(
    name: str,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    role: str = "",
    tip: str = "",
    accessible: str = "",
) -> QPushButton:
    """A named button with its icon (``role``), tooltip and what a click does."""
    return _button(QPushButton(text), name, slot, role, tip, accessible)


def small_button(
    name: str,
    text: str = "",
    slot: Callable[[], object] | None = None,
    *,
    role: str = "",
    tip: str = "",
    accessible: str = "",
) -> QToolButton:
    """A named tool button (text or icon), with its tooltip and what a click does."""
    button = QToolButton()
    if text:
        button.setText(text)
    return _button(button, name, slot, role, tip, accessible)


B = TypeVar("B", bound=QAbstractButton)


def _button(
    button: B,
    name: str,
    slot: Callable[[], object] | None,
    role: str,
    tip: str,
    accessible: str,
) -> B:
    kit.named(button, name, tip=tip, accessible=accessible)
    if role:
        button.setIcon(icon(role))
    if slot is not None:
        button.clicked.connect(slot)
    return button


def key_pressed(event: QEvent, *keys: Qt.Key) -> bool:
    """Whether ``event`` is a press of one of ``keys``."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in keys
    )


def move_buttons(
    prefix: str, move: Callable[[int], object], up_tip: str = "", down_tip: str = ""
) -> tuple[QToolButton, QToolButton]:
    """The up and down buttons of a list (``prefix_up``, ``prefix_down``): ``move(-1)``,
    ``move(+1)``."""
    up = small_button(
        f"{prefix}_up",
        slot=lambda: move(-1),
        role="up",
        tip=up_tip,
        accessible=QCoreApplication.translate("RowsEditor", "Move up"),
    )
    down = small_button(
        f"{prefix}_down",
        slot=lambda: move(+1),
        role="down",
        tip=down_tip,
        accessible=QCoreApplication.translate("RowsEditor", "Move down"),
    )
    return up, down


def trial_versions(book: TrialBook) -> dict[str, int]:
    """The version number of every test: 1 for a first test, 2 for its re-test… (the length of
    its ``version_chain``, found by uuid: five hundred tests are not each looked for in a list
    of five hundred)."""
    by_uuid = {t.uuid: t for t in book.trials}
    numbers: dict[str, int] = {}
    for trial in book.trials:
        seen: set[str] = set()
        current = by_uuid.get(trial.uuid)
        while current is not None and current.uuid not in seen:  # a loop ends where it closes
            seen.add(current.uuid)
            current = by_uuid.get(current.version_of) if current.version_of else None
        numbers[trial.uuid] = len(seen)
    return numbers
