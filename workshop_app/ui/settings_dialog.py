"""Settings: the language of the app and its printouts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QWidget

from workshop_app.ui import kit


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QFormLayout(self)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        layout.addRow(self.tr("Language:"), self.language_combo)
        layout.addRow(kit.hint(self.tr("Menus, pages and printouts use this language.")))
        layout.addRow(kit.ok_cancel(self))

    def language(self) -> str:
        return str(self.language_combo.currentData())
