"""The project's print look (issue 14): the municipality's logo and an accent colour for every
printed document. Shown on the overview with the project's other details, and on the print page.
Each change is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.changes import Changes
from workshop_app.domain.print_runs import ACCENT_CHOICES, MAX_LOGO_BYTES, logo_kind
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import commands, kit
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.session import ProjectSession

#: The logo preview's size on screen.
PREVIEW = QSize(200, 72)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PrintLookBox(QGroupBox):
    """The "Print look" group: choose a logo (PNG or JPEG, at most 1 MB) or remove it, and
    pick an accent colour from a short list of print-safe colours for the header rule, or none
    (a grey rule)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Print look"), parent)
        self.setObjectName("print_look")
        self._session = session
        editable = not session.read_only
        hint = kit.hint(
            self.tr(
                "The municipality's logo and an accent colour for the line under the header of "
                "every printed document; without an accent colour that line is grey. Charts and "
                "status marks keep their own colours, and each is also named in text, so the "
                "documents read well in black and white."
            )
        )
        self.preview = kit.image_preview("print_look_logo")
        self.preview.setMinimumSize(PREVIEW)
        self.choose_button = kit.button(
            "open", self.tr("Choose logo…"), "print_look_choose", self.choose_logo
        )
        self.remove_button = kit.button(
            "remove", self.tr("Remove logo"), "print_look_remove", self.remove_logo
        )
        self.choose_button.setEnabled(editable)
        self.accent = QComboBox()
        self.accent.setObjectName("print_look_accent")
        self.accent.setEnabled(editable)
        self._fill_accents()
        self.accent.activated.connect(self._on_accent)
        accent_label = QLabel(self.tr("Accent colour:"))
        accent_label.setBuddy(self.accent)

        logo_row = kit.image_row(self.preview, self.choose_button, self.remove_button)
        accent_row = QHBoxLayout()
        accent_row.addWidget(accent_label)
        accent_row.addWidget(self.accent)
        accent_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(logo_row)
        layout.addLayout(accent_row)
        session.changed.connect(self._on_changed)
        self.show_project()

    def _accent_names(self) -> dict[str, str]:
        return {
            "navy": self.tr("Navy blue"),
            "green": self.tr("Forest green"),
            "red": self.tr("Dark red"),
            "petrol": self.tr("Petrol"),
            "purple": self.tr("Plum"),
            "brown": self.tr("Brown"),
            "grey": self.tr("Dark grey"),
        }

    def _fill_accents(self) -> None:
        names = self._accent_names()
        self.accent.addItem(self.tr("None (grey header line)"), "")
        for key, colour in ACCENT_CHOICES:
            self.accent.addItem(_swatch(colour), names[key], colour)

    # -- showing ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.project:
            self.show_project()

    def show_project(self) -> None:
        project = self._session.service.project()
        self._show_logo(project.logo)
        index = self.accent.findData(project.accent)
        if index < 0:  # a colour from an imported file, not one of the list
            self.accent.addItem(_swatch(project.accent), project.accent, project.accent)
            index = self.accent.count() - 1
        blocked = self.accent.blockSignals(True)
        self.accent.setCurrentIndex(index)
        self.accent.blockSignals(blocked)

    def _show_logo(self, logo: bytes | None) -> None:
        editable = not self._session.read_only
        self.remove_button.setEnabled(logo is not None and editable)
        picture = QImage.fromData(logo) if logo else QImage()
        if picture.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                self.tr("No logo (PNG or JPEG, at most {0} MB).").format(MAX_LOGO_BYTES // 10**6)
            )
            return
        self.preview.setText("")
        self.preview.setPixmap(
            QPixmap.fromImage(picture).scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # -- editing ---------------------------------------------------------------------------------

    @classmethod
    def open_logo_path(cls, parent: QWidget | None) -> Path | None:
        """The file the user picks (tests replace this; never a real dialog in a test)."""
        caption = QCoreApplication.translate("PrintLookBox", "Choose a logo")
        images = QCoreApplication.translate("PrintLookBox", "Images (*.png *.jpg *.jpeg)")
        name, _ = QFileDialog.getOpenFileName(parent, caption, str(Path.home()), images)
        return Path(name) if name else None

    def choose_logo(self) -> None:
        path = self.open_logo_path(self)
        if path is None:
            return
        title = self.tr("The logo was not added")
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                Dialogs.error(
                    self,
                    title,
                    self.tr(
                        "The image is larger than {0} MB. Save it smaller and try again."
                    ).format(MAX_LOGO_BYTES // 10**6),
                )
                return
            data = path.read_bytes()
        except OSError as exc:
            Dialogs.error(self, title, str(exc.strerror or exc))
            return
        if logo_kind(data) is None or QImage.fromData(data).isNull():
            Dialogs.error(self, title, self.tr("The file is not a PNG or JPEG image."))
            return
        self._swap("logo", self.tr("Change logo"), data)

    def remove_logo(self) -> None:
        self._swap("logo", self.tr("Remove logo"), None)

    def focusables(self) -> list[QWidget]:
        """Its controls in reading order (for the page's tab chain)."""
        return [self.choose_button, self.remove_button, self.accent]

    def _on_accent(self, index: int) -> None:
        self._swap("accent", self.tr("Change accent colour"), self.accent.itemData(index))

    def _swap(self, field: str, text: str, new: object) -> None:
        """One undo step: ``field`` from what is stored now to ``new``."""
        if self._session.read_only:
            return
        old = getattr(self._session.service.project(), field)
        commands.swap(self._session, text, ProjectService.set_project_field, (field,), old, new)
        self.show_project()
