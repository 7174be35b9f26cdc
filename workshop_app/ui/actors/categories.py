"""The project's own actor categories ("Categories…" on the register): add, rename, delete,
each one undoable. A category still in use cannot be deleted; the message says how many actors
belong to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from workshop_app.domain.actors import CustomCategory
from workshop_app.domain.changes import Changes
from workshop_app.services.project_service import ProjectService
from workshop_app.ui import kit
from workshop_app.ui.commands import Deleter, RecordKind, swap
from workshop_app.ui.dialogs import Dialogs
from workshop_app.ui.session import ProjectSession

_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


_CATEGORY = RecordKind(ProjectService.restore_category, ProjectService.delete_category)
delete_category: Deleter[CustomCategory] = _CATEGORY.remover(
    lambda: QCoreApplication.translate("ActorCategories", "Delete category")
)


def add_category(session: ProjectSession, name: str) -> str | None:
    category = session.service.new_category(name)
    text = QCoreApplication.translate("ActorCategories", "Add category")
    return category.uuid if _CATEGORY.add(session, text, category) else None


def rename_category(session: ProjectSession, uuid: str, old: str, new: str) -> None:
    text = QCoreApplication.translate("ActorCategories", "Rename category")
    swap(session, text, ProjectService.rename_category, (uuid,), old, new)


class CategoriesDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor_categories_dialog")
        self.setWindowTitle(self.tr("Actor categories"))
        self._session = session
        self._categories: tuple[CustomCategory, ...] = ()
        editable = not session.read_only

        hint = kit.hint(
            self.tr(
                "The preset categories cover most towns. Add your own when a group does not fit "
                "any of them. Double-click a name to rename it."
            )
        )
        self.list = kit.named(
            QListWidget(), "actor_categories_list", accessible=self.tr("Your own categories")
        )
        self.list.itemChanged.connect(self._on_renamed)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.empty = kit.hint(self.tr("No categories of your own yet."))
        self.add_button = kit.button("add", self.tr("Add"), "actor_categories_add", self.add)
        self.add_button.setEnabled(editable)
        self.delete_button = kit.button(
            "remove", self.tr("Delete"), "actor_categories_delete", self.delete
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = kit.row(self.add_button, self.delete_button, None, margins=None)
        kit.column(hint, (self.list, 1), self.empty, buttons, close, parent=self, margins=None)
        self.resize(420, 380)
        session.follow(self, self._on_changed)
        self._load()

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self._load()

    def _load(self) -> None:
        keep = self.current_uuid()
        self._categories = self._session.service.actor_map().categories
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for category in self._categories:
                item = QListWidgetItem(category.name)
                item.setData(_UUID_ROLE, category.uuid)
                if not self._session.read_only:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if category.uuid == keep:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(blocked)
        self.empty.setVisible(not self._categories)
        self._enable()

    def _enable(self) -> None:
        self.delete_button.setEnabled(
            self.current_uuid() is not None and not self._session.read_only
        )

    def current_uuid(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(_UUID_ROLE)) if item is not None else None

    def _select(self, uuid: str) -> None:
        kit.current_item_to(self.list, _UUID_ROLE, uuid)

    def add(self) -> None:
        names = {c.name.casefold() for c in self._categories}
        base = self.tr("New category")
        name, number = base, 2
        while name.casefold() in names:
            name, number = f"{base} {number}", number + 1
        uuid = add_category(self._session, name)
        if uuid is not None:
            self._select(uuid)
            item = self.list.currentItem()
            if item is not None:
                self.list.editItem(item)

    def _on_renamed(self, item: QListWidgetItem) -> None:
        uuid = str(item.data(_UUID_ROLE))
        old = next((c.name for c in self._categories if c.uuid == uuid), None)
        new = item.text().strip()
        if old is None or new == old:
            return
        if not new:
            self._load()  # a blank name is not a name: show the old one again
            return
        rename_category(self._session, uuid, old, new)
        self._load()

    def delete(self) -> None:
        uuid = self.current_uuid()
        if uuid is None:
            return
        used = sum(1 for a in self._session.service.actor_map().actors if a.category == uuid)
        if used:
            Dialogs.error(
                self,
                self.tr("Category in use"),
                self.tr(
                    "Actors in this category: {0}. Give them another category before you delete it."
                ).format(used),
            )
            return
        position = next(i for i, c in enumerate(self._categories) if c.uuid == uuid)
        delete_category(self._session, self._categories[position], position)
