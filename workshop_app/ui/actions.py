"""All menu and toolbar actions with their shortcuts, in one registry; the window places them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from workshop_app.ui.i18n import lower_first
from workshop_app.ui.icons import icon


@dataclass(frozen=True)
class _Spec:
    text: Callable[[], str]
    shortcut: QKeySequence.StandardKey | str | None
    icon: str | None
    needs_project: bool = False


# Texts are wrapped in lambdas so they are translated when shown, not when imported.
_SPECS: dict[str, _Spec] = {
    "new": _Spec(
        lambda: QCoreApplication.translate("Actions", "&New project…"),
        QKeySequence.StandardKey.New,
        "new",
    ),
    "open": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Open project…"),
        QKeySequence.StandardKey.Open,
        "open",
    ),
    "open_demo": _Spec(
        lambda: QCoreApplication.translate("Actions", "Open the &demo project"), None, "demo"
    ),
    "close_project": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Close project"),
        QKeySequence.StandardKey.Close,
        "close",
        True,
    ),
    "import_json": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Import from JSON…"), None, "export_json"
    ),
    "print": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Print…"),
        QKeySequence.StandardKey.Print,
        "export",
        True,
    ),
    "export_json": _Spec(
        lambda: QCoreApplication.translate("Actions", "Export as &JSON…"),
        "Ctrl+Shift+E",
        "export_json",
        True,
    ),
    "save_copy": _Spec(
        lambda: QCoreApplication.translate("Actions", "Save a &copy elsewhere…"),
        "Ctrl+Shift+S",
        "save_copy",
        True,
    ),
    "run_meeting": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Run meeting"),
        "F5",
        "meetings",
        True,
    ),
    "check_project": _Spec(
        lambda: QCoreApplication.translate("Actions", "C&heck project…"),
        None,
        "check",
        True,
    ),
    "backups": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Backups…"),
        None,
        "backups",
        True,
    ),
    "delete_personal_data": _Spec(
        lambda: QCoreApplication.translate("Actions", "Delete all &personal data…"),
        None,
        None,
        True,
    ),
    "settings": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Settings…"),
        "Ctrl+,",
        "settings",
    ),
    "quit": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Quit"),
        "Ctrl+Q",
        "quit",
    ),
    "shortcuts": _Spec(
        lambda: QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
        QKeySequence.StandardKey.HelpContents,
        None,
    ),
    "about": _Spec(lambda: QCoreApplication.translate("Actions", "&About"), None, "help"),
}


class ActionRegistry(QObject):
    """Creates every action once; ``retranslate()`` refreshes texts after a language change."""

    def __init__(self, parent: QObject, undo_group: QUndoGroup) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for name, spec in _SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{name}")
            if spec.icon:
                action.setIcon(icon(spec.icon))
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self._actions[name] = action
        # Plain actions, not QUndoGroup's: those write "Undo" + the command's text on every
        # push, ours then wrote it again in sentence case, and each write told every menu and
        # tool bar of a change (four events per edit); ours now writes only a changed text.
        undo = QAction(icon("undo"), QCoreApplication.translate("Actions", "Undo"), parent)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.setObjectName("action_undo")
        undo.setEnabled(undo_group.canUndo())
        undo.triggered.connect(undo_group.undo)
        undo_group.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(icon("redo"), QCoreApplication.translate("Actions", "Redo"), parent)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        redo.setObjectName("action_redo")
        redo.setEnabled(undo_group.canRedo())
        redo.triggered.connect(undo_group.redo)
        undo_group.canRedoChanged.connect(redo.setEnabled)
        self._actions["undo"] = undo
        self._actions["redo"] = redo
        self._undo_group = undo_group
        # "Undo" + the command's text in sentence case ("Fortryd ret indflydelse"), in the
        # language of the moment.
        undo_group.undoTextChanged.connect(self._retranslate_undo)
        undo_group.redoTextChanged.connect(self._retranslate_undo)
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def names(self) -> list[str]:
        return list(self._actions)

    def _retranslate_undo(self, *_changed: str) -> None:
        group = self._undo_group
        for name, prefix, what in (
            ("undo", QCoreApplication.translate("Actions", "Undo"), group.undoText()),
            ("redo", QCoreApplication.translate("Actions", "Redo"), group.redoText()),
        ):
            text = f"{prefix} {lower_first(what)}" if what else prefix
            if self._actions[name].text() != text:
                self._actions[name].setText(text)

    def retranslate(self) -> None:
        self._retranslate_undo()
        # Their menu texts name the last step ("Undo edit town"); the list of shortcuts does not.
        self._actions["undo"].setWhatsThis(QCoreApplication.translate("Actions", "Undo"))
        self._actions["redo"].setWhatsThis(QCoreApplication.translate("Actions", "Redo"))
        for name, spec in _SPECS.items():
            action = self._actions[name]
            action.setText(spec.text())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{spec.text().replace('&', '').rstrip('…')}  {keys}".strip())

    def set_project_open(self, is_open: bool, read_only: bool = False) -> None:
        for name, spec in _SPECS.items():
            if spec.needs_project:
                self._actions[name].setEnabled(is_open)
