"""Keyboard shortcuts on pages, and the list of every shortcut the window has (Help → Keyboard
shortcuts, F1).

Menu actions come from the action registry (``ui/actions.py``); keys that work on a page are made
with :func:`page_shortcut`, which gives each one the text the list shows. :func:`collect` walks the
window for both, so the list is generated from the shortcuts that really exist and says where each
one works. A test walks the same entries and fails when two can be active at the same time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QTabWidget, QWidget

KeySpec = str | QKeySequence | QKeySequence.StandardKey


def page_shortcut(
    keys: KeySpec,
    parent: QWidget,
    slot: Callable[[], object],
    text: str,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """A shortcut described by ``text`` in the list of shortcuts. By default it works while
    ``parent`` is shown (its page or tab), wherever the keyboard is, as the buttons' tooltips
    promise; ``WidgetShortcut`` keeps it to ``parent`` itself (Delete in a table),
    ``WidgetWithChildrenShortcut`` to the keyboard being inside ``parent`` (a form)."""
    # Not QShortcut(keys, parent, slot, context): PySide6 (6.12) ignores the context given to
    # that constructor, which made every page's "widget" shortcut window-wide (the tests tab's
    # list and its sessions table both took Delete, so Qt did neither).
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    shortcut.setWhatsThis(text)
    return shortcut


def tab_shortcuts(tabs: QTabWidget, parent: QWidget) -> None:
    """Ctrl+PgDown / Ctrl+PgUp: the next / previous tab of ``tabs`` while ``parent`` shows (as
    sheets in a spreadsheet; Ctrl+Tab also works where the keyboard is in a tab)."""

    def step(by: int) -> None:
        tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    page_shortcut(
        "Ctrl+PgDown",
        parent,
        lambda: step(+1),
        QCoreApplication.translate("Shortcuts", "Next tab"),
    )
    page_shortcut(
        "Ctrl+PgUp",
        parent,
        lambda: step(-1),
        QCoreApplication.translate("Shortcuts", "Previous tab"),
    )


@dataclass(frozen=True)
class Entry:
    """One shortcut as the list shows it, and what decides when it works."""

    #: Where it works: "" for the whole window, else the page and tabs ("Actors › Register").
    area: str
    text: str
    keys: tuple[QKeySequence, ...]
    #: The widget whose visibility (and, by ``context``, focus) decides whether it works.
    owner: QWidget
    context: Qt.ShortcutContext
    source: QObject

    def keys_text(self) -> str:
        """The main key, as menus show it (a standard key's other bindings are not listed)."""
        return self.keys[0].toString(QKeySequence.SequenceFormat.NativeText) if self.keys else ""


def _clean(text: str) -> str:
    """A menu text as a name: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").strip()


def _area(owner: QWidget, window: QMainWindow, page_titles: dict[QWidget, str]) -> str:
    """The page and tabs ``owner`` sits in, outermost first ("" for the whole window)."""
    names: list[str] = []
    child: QWidget | None = owner
    while child is not None and child is not window:
        parent = child.parentWidget()
        if child in page_titles:
            names.append(page_titles[child])
        stack = parent.parentWidget() if parent is not None else None
        if isinstance(stack, QTabWidget):
            index = stack.indexOf(child)
            if index >= 0:
                names.append(stack.tabText(index).replace("&", ""))
        child = parent
    return " › ".join(reversed(names))


def collect(window: QMainWindow, page_titles: dict[QWidget, str] | None = None) -> list[Entry]:
    """Every action and shortcut of ``window`` that has keys, with the widget it belongs to.

    An action counts once per widget it is placed in; an action in the menu bar works in the
    whole window. ``page_titles`` names the pages (their widgets) for :attr:`Entry.area`.
    """
    titles = page_titles or {}
    entries: list[Entry] = []
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if not isinstance(owner, QWidget) or not shortcut.keys():
            continue
        entries.append(
            Entry(
                _area(owner, window, titles),
                shortcut.whatsThis(),
                tuple(shortcut.keys()),
                owner,
                shortcut.context(),
                shortcut,
            )
        )
    for action in window.findChildren(QAction):
        keys = tuple(k for k in action.shortcuts() if not k.isEmpty())
        if not keys:
            continue
        text = action.whatsThis() or _clean(action.text())
        owners: list[QWidget] = []
        for widget in action.associatedObjects():
            if isinstance(widget, QMenu | QMenuBar):
                widget = window  # menu keys work in the whole window
            if isinstance(widget, QWidget) and widget not in owners:
                owners.append(widget)
        for owner in owners:
            context = (
                action.shortcutContext()
                if owner is not window
                else Qt.ShortcutContext.WindowShortcut
            )
            entries.append(Entry(_area(owner, window, titles), text, keys, owner, context, action))
    return entries
