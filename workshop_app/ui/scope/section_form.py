"""One section of phase 1 as a form, built from its declaration in domain/scope.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.limits import MAX_SHORT_TEXT
from workshop_app.domain.scope import (
    MAP_MAX_BYTES,
    Field,
    Kind,
    Scope,
    ScopeRow,
    section,
    task_looks_decided,
)
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.scope_service import map_image_from_file
from workshop_app.ui import commands, kit
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.fields import FieldBinder
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import RecordRowsEditor, text_editor
from workshop_app.ui.scope import texts
from workshop_app.ui.scope.rows_model import CHOICES_ROLE, ScopeRowsModel
from workshop_app.ui.session import ProjectSession


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for CHOICE columns; other columns get Qt's own editors."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


#: Relative widths of row columns; unnamed text and choice columns weigh 2.
_WIDE = {
    "question": 5,
    "title": 4,
    "text": 4,
    "criterion": 4,
    "name": 3,
    "purpose": 3,
    "why_not_further": 3,
    "reuse": 3,
    "measure": 3,
    "notes": 3,
    "note": 3,
}


class RowsEditor(RecordRowsEditor):
    """A list of rows: the table and its add / delete / move buttons; long texts get more of the
    width than kinds and statuses."""

    model: ScopeRowsModel

    def __init__(self, session: ProjectSession, list_key: str, parent: QWidget | None = None):
        super().__init__(
            session,
            ScopeRowsModel(session, list_key),
            f"scope_rows_{list_key}",
            f"{{}}_{list_key}",
            ChoiceDelegate(),
            parent,
        )
        self._weights: dict[int, int] = {}
        for col, spec in enumerate(self.model.columns):
            if spec.kind in (Kind.FLAG, Kind.INT, Kind.DATE) or spec.key in ("currency", "year"):
                self.header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            else:
                self._weights[col] = _WIDE.get(spec.key, 2)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Share the width by weight: long texts get more room than kinds and statuses."""
        header = self.view.horizontalHeader()
        fixed = sum(
            header.sectionSize(c) for c in range(self.model.columnCount()) if c not in self._weights
        )
        free = max(self.view.viewport().width() - fixed, 60 * len(self._weights))
        total = sum(self._weights.values()) or 1
        for col, weight in self._weights.items():
            header.resizeSection(col, int(free * weight / total))
        self._fit_height()

    def _add(self, position: int | None) -> str | None:
        return commands.add_scope_row(self._session, self.model.spec.key, position)

    def _delete(self, record: ScopeRow, position: int) -> None:
        commands.delete_scope_row(self._session, record)

    def _move(self, uuid: str, old: int, new: int) -> None:
        commands.move_scope_row(self._session, uuid, old, new)


class MapEditor(QWidget):
    """The optional map image or sketch of the area."""

    def __init__(self, session: ProjectSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self.preview = kit.image_preview("scope_map_preview")
        self.preview.setFixedSize(QSize(320, 200))
        self.choose_button = kit.button(
            "open", self.tr("Choose image…"), "scope_map_choose", self.choose
        )
        self.remove_button = kit.button(
            "remove", self.tr("Remove"), "scope_map_remove", self.remove
        )
        self.setLayout(kit.image_row(self.preview, self.choose_button, self.remove_button))
        self.choose_button.setEnabled(not session.read_only)

    def show_scope(self, scope: Scope) -> None:
        image = scope.map_image
        self.remove_button.setEnabled(image is not None and not self._session.read_only)
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                self.tr("No map yet (PNG or JPEG, at most {0} MB).").format(
                    MAP_MAX_BYTES // (1024 * 1024)
                )
            )
            return
        picture = QImage.fromData(image.data)
        self.preview.setText("")
        self.preview.setPixmap(
            QPixmap.fromImage(picture).scaled(
                QSize(320, 200),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview.setToolTip(
            plain_tooltip(f"{image.file_name} ({image.width} × {image.height})")
        )

    def choose(self) -> None:
        path = Dialogs.open_image_path(self, Path.home())
        if path is None:
            return
        try:
            size = path.stat().st_size
            if size > MAP_MAX_BYTES:
                raise KnownError(
                    ErrorKind.BAD_INPUT,
                    path,
                    problem=self.tr("The image is larger than {0} MB.").format(
                        MAP_MAX_BYTES // (1024 * 1024)
                    ),
                )
            data = path.read_bytes()
            map_image_from_file(path.name, data)  # the service's own check, worded here
        except OSError as exc:
            Dialogs.error(self, self.tr("The image could not be read"), str(exc.strerror or exc))
            return
        except KnownError as exc:
            Dialogs.error(self, self.tr("The image was not added"), exc.message(self._language))
            return
        old = self._session.service.scope().map_image
        # A refusal now (the disk, say) has been shown by the session; nothing else to undo.
        commands.set_map_image(self._session, path.name, data, old)

    def remove(self) -> None:
        image = self._session.service.scope().map_image
        if image is not None and not self._session.read_only:
            commands.remove_map_image(self._session, image)


class SectionForm(QWidget):
    def __init__(
        self, session: ProjectSession, key: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"scope_section_{key}")
        self._session = session
        self.key = key
        self.spec = section(key)
        labels = texts.field_labels()
        choices = texts.choice_labels()
        editable = not session.read_only

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = QLabel(texts.section_titles()[key])
        self.title.setProperty("role", "pageTitle")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("scope_section_progress")
        self.progress_label.setProperty("role", "hint")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.progress_label)
        hint = QLabel(texts.section_hints()[key])
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addLayout(head)
        layout.addWidget(hint)
        self.dates_label: QLabel | None = None
        if key == "timeframe":
            self.dates_label = QLabel()
            self.dates_label.setObjectName("scope_project_dates")
            layout.addWidget(self.dates_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.binders: dict[str, FieldBinder] = {}
        self.combos: dict[str, QComboBox] = {}
        self.checks: dict[str, dict[str, QCheckBox] | QCheckBox] = {}
        self.task_warning: QLabel | None = None
        for field in self.spec.fields:
            label = labels[field.key]
            widget = self._editor(field, label, choices)
            widget.setEnabled(editable)
            if field.kind is Kind.FLAG:
                form.addRow("", widget)
            else:
                form.addRow(label + ":", widget)
            if field.key == "task":
                self.task_warning = QLabel()  # quotes the task's own words
                self.task_warning.setTextFormat(Qt.TextFormat.PlainText)
                self.task_warning.setObjectName("scope_task_warning")
                self.task_warning.setWordWrap(True)
                self.task_warning.setProperty("role", "warning")
                form.addRow("", self.task_warning)
        if form.rowCount():
            layout.addLayout(form)

        self.map_editor: MapEditor | None = None
        if self.spec.has_map:
            self.map_editor = MapEditor(session, language)
            caption = QLabel(labels["map"])
            caption.setProperty("role", "sectionTitle")
            layout.addWidget(caption)
            layout.addWidget(self.map_editor)

        self.lists: dict[str, RowsEditor] = {}
        for lst in self.spec.lists:
            caption = QLabel(texts.list_titles()[lst.key])
            caption.setProperty("role", "sectionTitle")
            editor = RowsEditor(session, lst.key)
            self.lists[lst.key] = editor
            layout.addWidget(caption)
            layout.addWidget(editor)
        layout.addStretch(1)

    def _editor(self, field: Field, label: str, choices: dict[str, str]) -> QWidget:
        key = field.key
        if field.kind in (Kind.TEXT, Kind.LONG):
            editor = text_editor(field.kind is Kind.LONG, (90, 150))
            if isinstance(editor, QLineEdit):
                editor.setMaxLength(MAX_SHORT_TEXT)
            editor.setObjectName(f"scope_{key}")
            self.binders[key] = FieldBinder(self._session, editor, self._writer(key, label))
            return editor
        if field.kind is Kind.CHOICE:
            combo = QComboBox()
            combo.setObjectName(f"scope_{key}")
            combo.addItem(texts.not_decided(), "")
            for value in field.choices:
                if value != "undecided":
                    combo.addItem(choices[value], value)
            combo.activated.connect(lambda _i, k=key, c=combo, t=label: self._pick(k, t, c))
            self.combos[key] = combo
            return combo
        if field.kind is Kind.MULTI:
            box = QWidget()
            box.setObjectName(f"scope_{key}")
            grid = QVBoxLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(2)
            boxes: dict[str, QCheckBox] = {}
            for value in field.choices:
                check = QCheckBox(choices[value])
                check.setObjectName(f"scope_{key}_{value}")
                check.clicked.connect(lambda _c, k=key, t=label: self._tick(k, t))
                grid.addWidget(check)
                boxes[value] = check
            self.checks[key] = boxes
            return box
        flag = QCheckBox(label)
        flag.setObjectName(f"scope_{key}")
        flag.clicked.connect(lambda checked, k=key, t=label: self._flag(k, t, checked))
        self.checks[key] = flag
        return flag

    # -- writing -----------------------------------------------------------------------------------

    def _writer(self, key: str, label: str) -> Callable[[object, object], None]:
        def write(old: object, new: object) -> None:
            commands.set_scope_value(self._session, key, label, old, new)

        return write

    def _pick(self, key: str, label: str, combo: QComboBox) -> None:
        old = self._session.service.scope().get(key)
        new = combo.currentData()
        if new != old:
            commands.set_scope_value(self._session, key, label, old, new)

    def _tick(self, key: str, label: str) -> None:
        boxes = self.checks[key]
        assert isinstance(boxes, dict)
        old = self._session.service.scope().get(key)
        new = tuple(value for value, box in boxes.items() if box.isChecked())
        if new != old:
            commands.set_scope_value(self._session, key, label, old, new)

    def _flag(self, key: str, label: str, checked: bool) -> None:
        old = self._session.service.scope().get(key)
        if checked != old:
            commands.set_scope_value(self._session, key, label, old, checked)

    # -- showing -----------------------------------------------------------------------------------

    def show_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        if self.dates_label is None:
            return
        none = texts.not_decided()
        self.dates_label.setText(
            self.tr("Start: {0}   End: {1}   (set them on the Overview page)").format(
                f"{start:%d-%m-%Y}" if start else none, f"{end:%d-%m-%Y}" if end else none
            )
        )

    def show_scope(self, scope: Scope, progress_text: str) -> None:
        self.progress_label.setText(progress_text)
        for key, binder in self.binders.items():
            binder.show(scope.get(key))
        for key, combo in self.combos.items():
            value = scope.get(key)
            combo.setCurrentIndex(max(combo.findData("" if value == "undecided" else value), 0))
        for key, boxes in self.checks.items():
            value = scope.get(key)
            if isinstance(boxes, dict):
                for choice, box in boxes.items():
                    box.setChecked(choice in value)
            else:
                boxes.setChecked(bool(value))
        for editor in self.lists.values():
            editor.model.set_scope(scope)
        if self.map_editor is not None:
            self.map_editor.show_scope(scope)
        if self.task_warning is not None:
            self._show_task_warning(scope)

    def _show_task_warning(self, scope: Scope) -> None:
        assert self.task_warning is not None
        phrases = task_looks_decided(scope.get("task"))
        confirmed = bool(scope.get("task_open_confirmed"))
        self.task_warning.setVisible(bool(phrases) and not confirmed)
        if phrases:
            quoted = ", ".join(f"“{p}”" for p in dict.fromkeys(phrases))
            self.task_warning.setText(
                self.tr(
                    "The task reads like a solution that is already decided ({0}). A "
                    "collaboration needs a task the participants can still change. Rewrite it, "
                    "for example as a question — or tick below that it is open."
                ).format(quoted)
            )
