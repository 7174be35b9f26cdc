"""Every modal question the app asks, behind classmethods the tests replace.

Tests never ``exec()`` a real dialog: they monkeypatch these methods.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workshop_app import FILE_EXTENSION


def _project_filter() -> str:
    return (
        QCoreApplication.translate("Dialogs", "Projects (*{0})").format(FILE_EXTENSION)
        + ";;"
        + QCoreApplication.translate("Dialogs", "All files (*)")
    )


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """The one way the app makes a message box: its text is always plain text.

    Messages carry file names, project texts and error strings from outside; Qt would render one
    that looks like HTML as rich text (a file named ``<b><font size=7>…`` showed huge red text
    and ``<img src=…>`` loaded a local image)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _open(parent: QWidget | None, caption: str, folder: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), file_filter)
    return Path(name) if name else None


class Dialogs:
    """Every file and message dialog of the app, as class methods tests can replace."""

    @classmethod
    def open_project_path(cls, parent: QWidget | None, folder: Path) -> Path | None:
        caption = QCoreApplication.translate("Dialogs", "Open project")
        return _open(parent, caption, folder, _project_filter())

    @classmethod
    def open_json_path(cls, parent: QWidget | None, folder: Path) -> Path | None:
        caption = QCoreApplication.translate("Dialogs", "Import from JSON")
        json_files = QCoreApplication.translate("Dialogs", "JSON files (*.json)")
        any_file = QCoreApplication.translate("Dialogs", "All files (*)")
        return _open(parent, caption, folder, f"{json_files};;{any_file}")

    @classmethod
    def open_image_path(cls, parent: QWidget | None, folder: Path) -> Path | None:
        caption = QCoreApplication.translate("Dialogs", "Choose a map or sketch")
        images = QCoreApplication.translate("Dialogs", "Images (*.png *.jpg *.jpeg)")
        return _open(parent, caption, folder, images)

    @classmethod
    def new_project_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        caption = QCoreApplication.translate("Dialogs", "New project")
        path = cls.save_path(parent, caption, suggested, _project_filter())
        if path is None or path.suffix == FILE_EXTENSION:
            return path
        return path.with_name(path.name + FILE_EXTENSION)

    @classmethod
    def save_path(
        cls, parent: QWidget | None, caption: str, suggested: Path, file_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
        return Path(name) if name else None

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text).exec()

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text).exec()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, accept: str) -> bool:
        """A yes/no question whose yes-button says what will happen."""
        box = message_box(
            parent, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel
        )
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def unsaved_on_close(cls, parent: QWidget | None, text: str) -> str:
        """Edits could not be written: "save_copy", "discard" or "cancel"."""
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Changes not saved"),
            text,
            QMessageBox.StandardButton.NoButton,
        )
        copy = box.addButton(
            QCoreApplication.translate("Dialogs", "Save a copy elsewhere…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("Dialogs", "Close without them"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        return "save_copy" if clicked is copy else "discard" if clicked is discard else "cancel"

    @classmethod
    def crash(cls, parent: QWidget | None, log_path: str) -> None:
        message_box(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Dialogs", "Something went wrong"),
            QCoreApplication.translate(
                "Dialogs",
                "The app ran into an error it did not expect. Every change shown as saved is in "
                "your project file. Please send the log file to whoever supports the app:\n{0}",
            ).format(log_path),
        ).exec()
