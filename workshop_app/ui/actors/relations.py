"""The relations of the selected actor (cooperation, conflict, dependency, each with a note): a list
to read and jump from, an editor for the selected relation, and a small form to add one.

A stored dependency reads "source depends on target": seen from the source it is "Depends on X",
seen from the target "X depends on this actor".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.domain.actors import ActorMap, Relation
from workshop_app.domain.changes import Changes
from workshop_app.domain.patched import PatchedRows, known_changes, uuid_places
from workshop_app.errors import KnownError
from workshop_app.services.project_service import ProjectService, ServiceCall
from workshop_app.ui import kit
from workshop_app.ui.actors import texts
from workshop_app.ui.actors.model import changed_actors
from workshop_app.ui.commands import ServiceCommand, SetFieldCommand, push
from workshop_app.ui.fields import FieldBinder
from workshop_app.ui.session import ProjectSession

#: The choices of the add form: the three kinds, with dependency in both directions.
ADD_KINDS = ("cooperation", "conflict", "depends_on", "needed_by")

_UUID_ROLE = Qt.ItemDataRole.UserRole
_OTHER_ROLE = Qt.ItemDataRole.UserRole + 1
_NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD = 4


def add_kind_labels() -> dict[str, str]:
    return {
        "cooperation": QCoreApplication.translate("ActorRelations", "Cooperation with"),
        "conflict": QCoreApplication.translate("ActorRelations", "Conflict with"),
        "depends_on": QCoreApplication.translate("ActorRelations", "Depends on"),
        "needed_by": QCoreApplication.translate("ActorRelations", "Is depended on by"),
    }


def relation_text(relation: Relation, actor_uuid: str, other_name: str) -> str:
    """The relation as seen from ``actor_uuid``: "Conflict with X", "X depends on this actor"."""
    if relation.kind == "cooperation":
        return QCoreApplication.translate("ActorRelations", "Cooperation with {0}").format(
            other_name
        )
    if relation.kind == "conflict":
        return QCoreApplication.translate("ActorRelations", "Conflict with {0}").format(other_name)
    if relation.source == actor_uuid:
        return QCoreApplication.translate("ActorRelations", "Depends on {0}").format(other_name)
    return QCoreApplication.translate("ActorRelations", "{0} depends on this actor").format(
        other_name
    )


class _RelationDelegate(QStyledItemDelegate):
    """A relation in bold with its note under it in the hint colour, both wrapped to the width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QFont, str, QRect, str, QRect]:
        width = max(60, self._view.viewport().width() - 2 * _PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        note = str(index.data(_NOTE_ROLE) or "")
        box = QRect(0, 0, width, 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_rect = QFontMetrics(bold).boundingRect(box, flags, title)
        note_rect = QFontMetrics(option.font).boundingRect(box, flags, note) if note else QRect()
        return bold, title, title_rect, note, note_rect

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _bold, _title, title_rect, note, note_rect = self._parts(option, index)
        height = title_rect.height() + (note_rect.height() + 1 if note else 0) + 2 * _PAD
        return QSize(self._view.viewport().width(), height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        bold, title, title_rect, note, note_rect = self._parts(option, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        hint = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setFont(bold)
        painter.setPen(palette.color(text))
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_rect.height()), flags, title
        )
        if note:
            painter.setFont(opt.font)
            painter.setPen(palette.color(hint))
            top = rect.top() + title_rect.height() + 1
            painter.drawText(QRect(rect.left(), top, rect.width(), note_rect.height()), flags, note)
        painter.restore()


class ActorRelations(kit.SessionPanel):
    """The relations of one actor; ``show_actor(uuid)`` chooses it (``None``: nothing shown)."""

    #: The other actor of a relation was activated (double-click or Enter, or "Go to actor").
    actor_activated = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "actor_relations", parent)
        self._uuid: str | None = None
        self._map = ActorMap()
        self._relation: Relation | None = None
        # The other-actor list as filled, line for line: (uuid, name).
        self._others: list[tuple[str, str]] = []
        self._others_of: str | None = None  # the actor the other-actor list leaves out
        self._other_index: dict[str, int] = {}  # where each actor is in the other-actor list
        self._shown_lines: list[tuple[str, str, str, str]] | None = None  # the list as filled
        self.title = kit.label(self.tr("Relations"), role="sectionTitle")
        self.empty = kit.hint(name="actor_relations_empty")
        self._build_list()
        self._build_editor()
        self._build_add_group()
        kit.column(
            self.title,
            self.empty,
            self.list,
            self.editor,
            self.add_group,
            parent=self,
            margins=(12, 8, 12, 8),
        )
        session.follow(self, self._on_changed)
        self.show_actor(None)

    def _build_list(self) -> None:
        self.list = kit.named(
            QListWidget(),
            "actor_relations_list",
            tip=self.tr("Double-click a relation to go to the other actor."),
            accessible=self.tr("Relations of the actor"),
        )
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_RelationDelegate(self.list))
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(self._on_current)

    def _build_editor(self) -> None:
        """The selected relation: kind, note, go to, delete."""
        self.kind = kit.named(
            QComboBox(), "actor_relation_kind", accessible=self.tr("Kind of relation")
        )
        for key, label in texts.relation_kind_labels().items():
            self.kind.addItem(label, key)
        self.kind.activated.connect(self._on_kind)
        self.note = kit.line_edit(
            "actor_relation_note",
            self.tr("What the relation is about"),
            accessible=self.tr("Note on the relation"),
        )
        self.note.setReadOnly(not self.editable)
        self.note_binder = FieldBinder(self._session, self.note, self._write_note)
        self.go_button = kit.named(
            QPushButton(self.tr("Go to actor")),
            "actor_relation_go",
            tip=self.tr("Select the other actor of this relation"),
        )
        self.go_button.clicked.connect(self._go)
        self.delete_button = kit.button(
            "remove",
            self.tr("Delete"),
            "actor_relation_delete",
            self.delete_selected,
            self.tr("Delete the selected relation"),
        )
        self.editor = kit.named(QWidget(), "actor_relation_editor")
        editor_form = QFormLayout(self.editor)
        editor_form.setContentsMargins(0, 0, 0, 0)
        editor_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        kind_row = kit.row((self.kind, 1), self.go_button, self.delete_button)
        editor_form.addRow(self.tr("Kind"), kind_row)
        editor_form.addRow(self.tr("Note"), self.note)

    def _build_add_group(self) -> None:
        self.add_group = kit.named(QGroupBox(self.tr("Add a relation")), "actor_relation_add_group")
        self.other = kit.named(
            QComboBox(), "actor_relation_other", accessible=self.tr("Other actor")
        )
        self.other.setEditable(True)
        self.other.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        kit.combo_of_width(self.other, 12)
        line = self.other.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type or choose an actor"))
        completer = self.other.completer()
        assert completer is not None
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_kind = kit.named(
            QComboBox(), "actor_relation_add_kind", accessible=self.tr("Kind of the new relation")
        )
        for key, label in add_kind_labels().items():
            self.add_kind.addItem(label, key)
        self.add_note = kit.line_edit(
            "actor_relation_add_note",
            self.tr("Note (optional)"),
            accessible=self.tr("Note on the new relation"),
        )
        self.add_note.returnPressed.connect(self.add_from_form)
        self.add_button = kit.button(
            "add", self.tr("Add"), "actor_relation_add", self.add_from_form
        )
        self.message = kit.label(
            role="warning", name="actor_relation_message", wrap=True, plain=True
        )
        self.message.hide()
        kit.column(
            kit.row(self.add_kind, None),
            self.other,
            kit.row((self.add_note, 1), self.add_button),
            self.message,
            parent=self.add_group,
            margins=None,
        )
        self.other.currentIndexChanged.connect(self._clear_message)
        line.textEdited.connect(self._clear_message)
        self.add_kind.currentIndexChanged.connect(self._clear_message)

    # -- showing -----------------------------------------------------------------------------------

    @property
    def uuid(self) -> str | None:
        return self._uuid

    def relations(self) -> tuple[Relation, ...]:
        """The shown actor's relations, in list order."""
        return self._map.relations_of(self._uuid) if self._uuid else ()

    def texts(self) -> list[str]:
        """The list's lines: each relation as read from this actor, without its note."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def show_actor(self, uuid: str | None) -> None:
        """Show the relations of the actor ``uuid``; typing in the note is written first."""
        if uuid != self._uuid:
            self.note_binder.flush()
            self._clear_message()
            self.other.setEditText("")
            self.add_note.clear()
        elif self._map is self._session.service.actor_map():
            return  # shown already (the list followed the edit before the page asked)
        self._uuid = uuid
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        # The page may have shown this map already (it shows the selected actor first).
        if changes.actors and self._session.service.actor_map() is not self._map:
            self.refresh()

    def refresh(self, actor_map: ActorMap | None = None) -> None:
        """Reload from the service (or from ``actor_map`` when the caller already has it)."""
        before = self._map
        self._map = actor_map if actor_map is not None else self._session.service.actor_map()
        if self._only_shown_actor_changed(before, self._map):
            return  # its lines name the others, the list to relate to holds the others
        if self._uuid is not None and self._map.actor(self._uuid) is None:
            self._uuid = None
        has_actor = self._uuid is not None
        self.add_group.setVisible(has_actor and not self._session.read_only)
        lines = self._lines()
        # Shown before it is filled (its lines are measured shown), and only when it will show
        # them: hidden and shown again on every edit of an actor without relations, the panel
        # laid itself out twice.
        self.list.setVisible(bool(lines))
        if lines != self._shown_lines:
            self._shown_lines = lines
            self._fill_list(lines)
        else:
            self._show_relation()  # the relation's own record may be new (its note typed)
        self._fill_others(before)
        if not has_actor:
            self.empty.setText(self.tr("Select an actor to see its relations."))
        else:
            self.empty.setText(self.tr("No relations yet."))
        self.empty.setVisible(not has_actor or self.list.count() == 0)
        self.list.setVisible(has_actor and self.list.count() > 0)

    def _only_shown_actor_changed(self, before: ActorMap | None, after: ActorMap) -> bool:
        """Whether ``after`` differs from ``before`` only in the shown actor's own fields (its
        name typed, say): nothing this panel shows changes. Known from a kept read's patch
        alone (no walk); anything else, or not known, is a refresh."""
        if before is None or self._uuid is None or after.relations is not before.relations:
            return False
        places = known_changes(after.actors, before.actors)
        return places is not None and all(after.actors[i].uuid == self._uuid for i in places)

    def _lines(self) -> list[tuple[str, str, str, str]]:
        """The list's lines for the shown actor: (relation, other actor, text, note)."""
        if self._uuid is None:
            return []
        uuid = self._uuid
        relations = self.relations()
        if not relations:
            return []  # no walk over the names of a large map
        others = {r.target if r.source == uuid else r.source for r in relations}
        actors = self._map.actors
        places = uuid_places(actors) if isinstance(actors, PatchedRows) else None
        if places is not None:  # a kept read knows where each actor is: no walk over them
            names = {o: actors[places[o]].name or "–" for o in others if o in places}
        else:
            names = {a.uuid: a.name or "–" for a in actors if a.uuid in others}
        lines = []
        for relation in relations:
            other = relation.target if relation.source == uuid else relation.source
            text = relation_text(relation, uuid, names.get(other, "–"))
            lines.append((relation.uuid, other, text, relation.note.strip()))
        return lines

    def _fill_list(self, lines: list[tuple[str, str, str, str]]) -> None:
        keep = self._relation.uuid if self._relation else None
        with QSignalBlocker(self.list):
            self.list.clear()
            for relation, other, text, note in lines:
                item = QListWidgetItem(text)
                item.setData(_NOTE_ROLE, note)
                item.setData(_UUID_ROLE, relation)
                item.setData(_OTHER_ROLE, other)
                self.list.addItem(item)
                if relation == keep:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(0)
        self._fit_list()
        self._show_relation()

    def _fit_list(self) -> None:
        """As tall as its items, up to about ten lines; no scroll bar for a few relations."""
        self.list.doItemsLayout()
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        line = self.fontMetrics().lineSpacing()
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(min(max(rows, line), 10 * line) + frame)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.list.doItemsLayout()
        self._fit_list()

    def _fill_others(self, before: ActorMap | None = None) -> None:
        if self._uuid is None:
            # No actor shown, no form to add a relation with (it is hidden): the list waits
            # for the next actor shown (two thousand names filled for nobody as the page was
            # built, then two lines swapped for its first actor).
            return
        changed = changed_actors(before, self._map) if before is not None else None
        if changed is not None and self._others_of == self._uuid:
            # The same actors in the same order: only the renamed ones change their line.
            with QSignalBlocker(self.other):
                for was, now in changed:
                    index = self._other_index.get(now.uuid, -1)
                    if was.name != now.name and index >= 0:
                        self._others[index] = (now.uuid, now.name or "–")
                        self.other.setItemText(index, now.name or "–")
            return
        self._others_of = self._uuid
        choices = [(a.uuid, a.name or "–") for a in self._map.actors if a.uuid != self._uuid]
        current = self._others
        if current == choices:
            return
        self._others = choices
        self._other_index = {uuid: index for index, (uuid, _name) in enumerate(choices)}
        text = self.other.currentText()
        with QSignalBlocker(self.other):
            moved = [u for u, _ in current] != [u for u, _ in choices]
            if self._swap_others(current, choices):
                # The same actors but the one shown (another actor selected), some renamed:
                # only those lines change (a project with thousands of actors would refill
                # the whole list on every click in the register or rename).
                for index, (old, new) in enumerate(zip(current, choices, strict=True)):
                    if old != new:
                        self.other.setItemText(index, new[1])
                if moved:  # as a list made anew: nothing chosen, the typing kept
                    self.other.setCurrentIndex(-1)
                    self.other.setEditText(text)
                return
            self._refill_others(choices)
            self.other.setCurrentIndex(-1)
            self.other.setEditText(text)

    def _refill_others(self, choices: list[tuple[str, str]]) -> None:
        """The other-actor list made anew: the names in one insert, with the completer away
        from the list meanwhile (it follows every line inserted; two thousand actors took twice
        as long). The uuids stay in ``_others``, line for line (not set on each of two
        thousand lines, a call into Qt each)."""
        completer = self.other.completer()
        assert completer is not None
        # Qt takes no model (nullptr); the stubs say it must be one.
        completer.setModel(None)  # type: ignore[arg-type]
        try:
            self.other.clear()
            self.other.insertItems(0, [name for _uuid, name in choices])
        finally:
            completer.setModel(self.other.model())

    def other_choices(self) -> list[tuple[str, str]]:
        """The other-actor list's lines: (the actor's uuid, the name shown)."""
        assert len(self._others) == self.other.count()
        return [(uuid, self.other.itemText(i)) for i, (uuid, _name) in enumerate(self._others)]

    def _swap_others(self, current: list[tuple[str, str]], choices: list[tuple[str, str]]) -> bool:
        """Make the other-actor list's uuids those of ``choices`` by removing and inserting at
        most two lines (the actor shown before and the one shown now); ``current`` is changed
        the same way, so that it then lines up with ``choices``. False when more differs."""
        before, after = [u for u, _ in current], [u for u, _ in choices]
        gone, came = set(before) - set(after), set(after) - set(before)
        if len(gone) + len(came) > 2 or len(before) - len(gone) != len(after) - len(came):
            return False
        if [u for u in before if u not in gone] != [u for u in after if u not in came]:
            return False
        for index in sorted((before.index(u) for u in gone), reverse=True):
            self.other.removeItem(index)
            del current[index]
        for index in sorted(after.index(u) for u in came):
            uuid, name = choices[index]
            self.other.insertItem(index, name)
            current.insert(index, (uuid, name))
        return True

    def _show_relation(self) -> None:
        item = self.list.currentItem()
        uuid = item.data(_UUID_ROLE) if item is not None else None
        relation = next((r for r in self.relations() if r.uuid == uuid), None)
        if self._relation is not None and (
            relation is None or relation.uuid != self._relation.uuid
        ):
            self.note_binder.flush()
        self._relation = relation
        self.editor.setVisible(relation is not None)
        if relation is None:
            return
        editable = not self._session.read_only
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(max(self.kind.findData(relation.kind), 0))
        self.kind.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.note_binder.show(relation.note)

    def _on_current(self, *_: object) -> None:
        self._show_relation()

    # -- jumping -----------------------------------------------------------------------------------

    def _on_activated(self, item: QListWidgetItem) -> None:
        other = item.data(_OTHER_ROLE)
        if other:
            self.actor_activated.emit(str(other))

    def _go(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_activated(item)

    # -- editing -----------------------------------------------------------------------------------

    def select_relation(self, uuid: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_UUID_ROLE) == uuid:
                self.list.setCurrentRow(i)
                return

    def selected_relation(self) -> Relation | None:
        return self._relation

    def _write_note(self, old: Any, new: Any) -> None:
        if self._relation is not None:
            self._set_value(
                self._relation.uuid,
                "note",
                QCoreApplication.translate("ActorRelations", "Edit relation note"),
                old,
                new,
            )

    def _on_kind(self, _index: int) -> None:
        if self._relation is None:
            return
        new = self.kind.currentData()
        if new and new != self._relation.kind:
            self._set_value(
                self._relation.uuid,
                "kind",
                QCoreApplication.translate("ActorRelations", "Change kind of relation"),
                self._relation.kind,
                new,
            )

    def set_kind(self, kind: str) -> None:
        """Change the selected relation's kind (as choosing it in the combo box does)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._on_kind(self.kind.currentIndex())

    def _set_value(self, uuid: str, field: str, text: str, old: Any, new: Any) -> None:
        if self._session.read_only:
            return
        push(
            self._session,
            SetFieldCommand(
                self._session, ProjectService.set_relation_value, (uuid,), field, text, old, new
            ),
        )

    def delete_selected(self) -> None:
        relation = self._relation
        if relation is None or self._session.read_only:
            return
        self.note_binder.flush()
        relation = next((r for r in self.relations() if r.uuid == relation.uuid), relation)
        row = self.list.currentRow()
        self._relation = None
        push(
            self._session,
            ServiceCommand(
                self._session,
                QCoreApplication.translate("ActorRelations", "Delete relation"),
                ServiceCall(ProjectService.delete_relation, (relation.uuid,)),
                ServiceCall(ProjectService.restore_relation, (relation,)),
            ),
        )
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    # -- adding ------------------------------------------------------------------------------------

    def _clear_message(self, *_: object) -> None:
        self.message.hide()
        self.message.clear()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _resolve_other(self) -> str | None:
        """The actor chosen in the combo box: the item picked, or the one whose name was typed."""
        text = self.other.currentText().strip()
        index = self.other.currentIndex()
        if 0 <= index < len(self._others) and self.other.itemText(index).strip() == text:
            return self._others[index][0]
        folded = text.casefold()
        matches = [a.uuid for a in self._map.actors if a.name.strip().casefold() == folded]
        if self._uuid in matches:
            return self._uuid
        return matches[0] if matches else None

    def add_from_form(self) -> str | None:
        other = self._resolve_other()
        if other is None:
            if self.other.currentText().strip():
                self._say(
                    self.tr("There is no actor called “{0}”. Choose one from the list.").format(
                        self.other.currentText().strip()
                    )
                )
            else:
                self._say(self.tr("Choose the other actor first."))
            return None
        uuid = self.add_relation(other, self.add_kind.currentData(), self.add_note.text())
        if uuid is not None:
            self.other.setCurrentIndex(-1)
            self.other.setEditText("")
            self.add_note.clear()
        return uuid

    def add_relation(self, other: str, kind: str, note: str = "") -> str | None:
        """Add a relation between the shown actor and ``other``; ``kind`` is one of
        :data:`ADD_KINDS`. Returns the new relation's uuid, or None (and says why)."""
        if self._uuid is None or self._session.read_only:
            return None
        if other == self._uuid:
            self._say(self.tr("An actor cannot have a relation to itself. Choose another actor."))
            return None
        if kind not in ADD_KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        source, target = (other, self._uuid) if kind == "needed_by" else (self._uuid, other)
        stored_kind = "dependency" if kind in ("depends_on", "needed_by") else kind
        for existing in self.relations():
            same_pair = {existing.source, existing.target} == {source, target}
            if (
                same_pair
                and existing.kind == stored_kind
                and (stored_kind != "dependency" or existing.source == source)
            ):
                self._say(self.tr("This relation is already listed."))
                self.select_relation(existing.uuid)
                return None
        self._session.flush()
        try:
            relation = self._session.service.new_relation(source, target, stored_kind, note)
        except KnownError:
            self._say(
                self.tr(
                    "The note cannot be saved: it is too long or holds characters that are "
                    "not allowed."
                )
            )
            return None
        added = push(
            self._session,
            ServiceCommand(
                self._session,
                QCoreApplication.translate("ActorRelations", "Add relation"),
                ServiceCall(ProjectService.restore_relation, (relation,)),
                ServiceCall(ProjectService.delete_relation, (relation.uuid,)),
            ),
        )
        if not added:
            return None
        self._clear_message()
        self.select_relation(relation.uuid)
        return relation.uuid
