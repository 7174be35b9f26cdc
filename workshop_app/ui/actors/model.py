"""The actor register as a table model, and the proxy that sorts and filters it.

Person name and contact are personal data and are never columns here: the details form shows
them, in a group marked as personal data.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    Qt,
)

from workshop_app.domain.actors import (
    ATTITUDE_RANGE,
    HIGH,
    INFLUENCE_RANGE,
    INTEREST_RANGE,
    ORG_ROLES,
    Actor,
    ActorMap,
)
from workshop_app.domain.patched import known_changes
from workshop_app.domain.values import typed_whole
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES, INVOLVEMENT
from workshop_app.ui import commands, record_model
from workshop_app.ui.actors import texts
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.record_model import AnyIndex, IndexedRecordModel, Record
from workshop_app.ui.scope.rows_model import CHOICES_ROLE
from workshop_app.ui.session import ProjectSession

# The roles of phase 2's tables: RANGE_ROLE, the (low, high) range a delegate asks of a number
# column; SORT_ROLE, what the proxy sorts by (numbers as numbers, levels in their order, texts
# as shown); UUID_ROLE, the record's uuid, on every cell.
RANGE_ROLE, SORT_ROLE, UUID_ROLE = (int(Qt.ItemDataRole.UserRole) + n for n in (2, 3, 4))

COLUMNS = (
    "name",
    "category",
    "influence",
    "interest",
    "attitude",
    "involvement_now",
    "involvement_wanted",
    "org_role",
    "next_step",
    "next_step_date",
)
_TEXT = ("name", "next_step")
_NUMBERS = {"influence": INFLUENCE_RANGE, "interest": INTEREST_RANGE}
_CHOICE = ("category", "attitude", "involvement_now", "involvement_wanted", "org_role")


R = TypeVar("R", bound=Record)

_uuid = operator.attrgetter("uuid")
#: A read-only table's cells, and an editable one's (Qt asks for every cell painted and for
#: every column of the selected row as it checks the selection: no flag arithmetic each time).
_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable


def same_records(rows: Sequence[Record], before: Sequence[Record]) -> bool:
    """The same records (by uuid) in the same order."""
    return replacements(rows, before) is not None


def replaced(rows: Sequence[Record], before: Sequence[Record]) -> list[int]:
    """Where ``rows`` holds another object than ``before`` (sequences of one length): one pass
    in C over two thousand actors."""
    return list(itertools.compress(itertools.count(), map(operator.is_not, rows, before)))


def replacements(rows: Sequence[Record], before: Sequence[Record]) -> list[int] | None:
    """Where ``rows`` holds other objects than ``before`` when both are the same records (by
    uuid) in the same order, else None. A kept read gives the records an edit left alone as
    the very same objects: their uuids are equal without asking them."""
    if len(rows) != len(before):
        return None
    if rows is before:
        return []
    known = known_changes(rows, before)
    if known is not None:  # a kept read of ``before`` said where (no walk)
        return list(known)
    places = replaced(rows, before)
    if any(rows[i].uuid != before[i].uuid for i in places):
        return None
    return places


def changed_actors(before: ActorMap, after: ActorMap) -> list[tuple[Actor, Actor]] | None:
    """The actors an edit changed, as (before, after), when the same actors are on both maps in
    the same order (an update); None when actors came, went or moved. Unchanged actors are the
    same objects on a kept read, so this costs a glance at each."""
    places = replacements(after.actors, before.actors)
    if places is None:
        return None
    return [(before.actors[i], after.actors[i]) for i in places]


class ChangedRowsModel(IndexedRecordModel[R]):
    """A record table that refreshes from what an edit changed (``Changes.actor_items``)."""

    #: The roles :meth:`data` answers (None: every role goes to ``_role_data``).
    ROLES: frozenset[int] | None = None

    _rows_indexed: tuple[R, ...] | None = None  # the rows :attr:`_index` was made from
    _index: dict[str, int] = {}  # noqa: RUF012 (replaced, never changed in place)

    def row_of(self, uuid: str) -> int:
        """The row of the record with this uuid, or -1 (a look-up: the page asks several
        times per edit, and the rows may be thousands)."""
        if self._rows_indexed is not self._rows:
            if self._rows_indexed is None or not same_records(self._rows, self._rows_indexed):
                self._index = {u: i for i, u in enumerate(map(_uuid, self._rows))}
            self._rows_indexed = self._rows
        return self._index.get(uuid, -1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._read_only or not self._editable(index):
            return _READ_ONLY_FLAGS
        return _EDITABLE_FLAGS

    def update_rows(
        self,
        rows: Sequence[R],
        items: frozenset[str],
        touched: Callable[[R], bool] | None = None,
    ) -> bool:
        """Show ``rows``; True when the model reset. Records added, removed or reordered, or an
        unknown change (no ``items``), reload everything; otherwise only the rows named in
        ``items``, whose record differs or that ``touched`` says show a changed record emit
        ``dataChanged`` (selection, current cell and scroll stay as they were)."""
        rows = rows if isinstance(rows, tuple) else tuple(rows)  # kept as made (PatchedRows)
        places = replacements(rows, self._rows)
        if not items or places is None:
            self.set_rows(rows)
            return places is None
        # A kept read gives the rows an edit left alone as the very same objects: only the
        # others are compared (two thousand actors compared field by field cost a millisecond),
        # the rows the edit named are looked up.
        before = self._rows
        changed = {i for i in places if before[i] != rows[i]}
        self._rows = rows
        cells = {i: self._changed_columns(before[i], rows[i]) for i in changed}
        whole = range(self.columnCount())
        for i in map(self.row_of, items):
            if i >= 0 and i not in changed:
                cells[i] = whole
        if touched is not None:
            cells.update((i, whole) for i, row in enumerate(rows) if touched(row))
        for i, columns in sorted(cells.items()):
            self.dataChanged.emit(self.index(i, columns[0]), self.index(i, columns[-1]))
        return False

    def _changed_columns(self, old: R, new: R) -> Sequence[int]:
        """The columns (first to last) that show a change from record ``old`` to ``new``: the
        whole row, unless the subclass knows better."""
        return range(self.columnCount())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text shown (``_shown``) and the record's uuid on every cell; any other role is
        the subclass's (``_role_data``), if it answers it (``ROLES``)."""
        if self.ROLES is not None and role not in self.ROLES:
            return None  # asked for every cell as a table measures its columns: answer at once
        cell = self._value_at(index, self._columns)
        if cell is None:
            return None
        record, column, value = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(column, value)
        if role == UUID_ROLE:
            return record.uuid
        return self._role_data(role, column, value)

    def _shown(self, column: str, value: Any) -> str:
        return "" if value is None else str(value)

    def _role_data(self, role: int, column: str, value: Any) -> Any:
        return None

    def _value_at(self, index: AnyIndex, columns: Sequence[str]) -> tuple[R, str, Any] | None:
        """The record, column key and value of a valid cell, else None."""
        record = self._record(index)
        if record is None:
            return None
        column = columns[index.column()]
        return record, column, getattr(record, column)


class ActorsModel(ChangedRowsModel[Actor]):
    ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.TextAlignmentRole,
            UUID_ROLE,
            SORT_ROLE,
            CHOICES_ROLE,
            RANGE_ROLE,
        }
    )

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session, COLUMNS, texts.field_labels())
        self._categories = texts.category_labels()
        self._custom: dict[str, str] = {}
        self._attitudes = texts.attitude_labels()
        self._involvement = texts.involvement_labels()
        self._roles = texts.org_role_labels()
        #: The rows in the register's order, as read; the model shows them in that order, or
        #: sorted by a column (:meth:`sort`): the table's rows are then the sorted ones.
        self._register: tuple[Actor, ...] = ()
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[str, tuple[Actor, Any]] = {}  # uuid -> (the actor, its sort key)

    # -- loading -----------------------------------------------------------------------------------

    def set_map(self, actor_map: ActorMap, items: frozenset[str] = frozenset()) -> bool:
        """Show ``actor_map``'s actors; with ``items`` (the rows an edit touched) only those
        rows refresh, unless actors came, went or moved. True when the model reset."""
        custom = {c.uuid: c.name for c in actor_map.categories}
        renamed = {k for k, name in custom.items() if self._custom.get(k) != name}
        renamed |= self._custom.keys() - custom.keys()
        self._custom = custom
        touched = (lambda a: a.category in renamed) if renamed else None
        if renamed:
            self._keys = {}  # sorted by category, the new names sort
        self._register = actor_map.actors
        return self.update_rows(self._in_order(actor_map.actors), items, touched)

    # -- sorting -------------------------------------------------------------------------------

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by; None: the register's order."""
        return self._sorted_by

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by ``column`` (``SORT_ROLE``; equal keys in the register's
        order), or in the register's order for a column out of range (-1).

        The model sorts, not the proxy: a QSortFilterProxyModel asks ``data`` for two keys per
        comparison, a call into Python each, 44,000 for two thousand actors (400 ms; again
        after every actor added or deleted while sorted). Here each key is made once (and
        kept while its actor is the same object) and Python sorts them."""
        wanted = (column, order) if 0 <= column < len(COLUMNS) else None
        if wanted == self._sorted_by:
            return
        if wanted is None or self._sorted_by is None or wanted[0] != self._sorted_by[0]:
            self._keys = {}
        self._sorted_by = wanted
        rows = self._in_order(self._register)
        self.layoutAboutToBeChanged.emit()
        where = {r.uuid: i for i, r in enumerate(rows)}
        old = self.persistentIndexList()
        new = [
            self.createIndex(where[self._rows[i.row()].uuid], i.column())
            if i.isValid() and self._rows[i.row()].uuid in where
            else QModelIndex()
            for i in old
        ]
        self._rows = rows
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _in_order(self, rows: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """``rows`` (the register's order) in the order shown."""
        if self._sorted_by is None:
            return rows  # as read (a kept read's rows say which changed: no walk)
        column, order = self._sorted_by
        name = COLUMNS[column]
        known, keys = self._keys, {}
        for actor in rows:
            hit = known.get(actor.uuid)
            if hit is None or hit[0] is not actor:
                hit = (actor, self._role_data(SORT_ROLE, name, getattr(actor, name)))
            keys[actor.uuid] = hit
        self._keys = keys
        return tuple(
            sorted(
                rows,
                key=lambda actor: keys[actor.uuid][1],
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def actor(self, row: int) -> Actor:
        return self.row(row)

    def _changed_columns(self, old: Actor, new: Actor) -> Sequence[int]:
        """Each cell shows its own field alone (categories renamed repaint through
        ``touched``): a rename repaints the name, not the row."""
        columns = [c for c, key in enumerate(COLUMNS) if getattr(old, key) != getattr(new, key)]
        return range(columns[0], columns[-1] + 1) if columns else range(len(COLUMNS))

    def category_choices(self) -> list[tuple[str, str]]:
        """Preset categories in their order, then custom ones by name."""
        return [
            *((key, self._categories[key]) for key in ACTOR_CATEGORIES),
            *sorted(self._custom.items(), key=lambda item: item[1].casefold()),
        ]

    def category_label(self, key: str) -> str:
        return self._categories.get(key) or self._custom.get(key, key)

    def _label(self, column: str, value: Any) -> str:
        if column == "category":
            return self.category_label(value)
        if column == "attitude":
            return self._attitudes.get(value, str(value))
        if column in ("involvement_now", "involvement_wanted"):
            return self._involvement.get(value, "–") if value else "–"
        if column == "org_role":
            return self._roles.get(value, "–") if value else "–"
        if column == "next_step_date":
            return f"{value:%d-%m-%Y}" if value else "–"
        if column in _NUMBERS:
            return "–" if value is None else str(value)  # not rated yet
        return "" if value is None else str(value)

    def _choices(self, column: str) -> list[tuple[Any, str]]:
        if column == "category":
            return self.category_choices()
        if column == "attitude":
            return list(self._attitudes.items())
        if column == "org_role":
            return [("", "–"), *((k, self._roles[k]) for k in ORG_ROLES)]
        return [("", "–"), *((k, self._involvement[k]) for k in INVOLVEMENT)]

    # -- Qt model API ------------------------------------------------------------------------------

    def _shown(self, column: str, value: Any) -> str:
        return self._label(column, value)

    def _role_data(self, role: int, column: str, value: Any) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._label(column, value))
        if role == Qt.ItemDataRole.EditRole:
            if column == "next_step_date":
                day = value or dt.date.today()
                return QDate(day.year, day.month, day.day)
            if column in _NUMBERS and value is None:
                return HIGH  # the editor of an unrated actor starts in the middle
            return value
        if role == SORT_ROLE:
            if column in _NUMBERS or column == "attitude":
                return -1 if value is None else int(value)
            if column in ("involvement_now", "involvement_wanted"):
                return INVOLVEMENT.index(value) if value else -1
            if column == "next_step_date":
                return value.isoformat() if value else ""
            return self._label(column, value).casefold()
        if role == CHOICES_ROLE and column in _CHOICE:
            return self._choices(column)
        if role == RANGE_ROLE and column in _NUMBERS:
            return _NUMBERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _set_cell(self, actor: Actor, column: str, value: Any) -> bool:
        old = getattr(actor, column)
        new: Any
        if column == "next_step_date":
            new = value.toPython() if isinstance(value, QDate) else value
        elif column in _NUMBERS or column == "attitude":
            new = typed_whole(value, *_NUMBERS.get(column, ATTITUDE_RANGE))
            if new is None:
                return False
        else:
            new = "" if value is None else str(value)
            if column == "category" and not new:
                return False
        if new == old:
            return False
        commands.set_actor_field(self._session, actor.uuid, column, self._labels[column], old, new)
        return True


class RecordFilter(record_model.RecordFilter):
    """Sorts by ``SORT_ROLE`` as the data changes; subclasses keep the rows they accept."""

    def __init__(self) -> None:
        super().__init__(sort_role=SORT_ROLE)

    def _source(self, source_parent: AnyIndex) -> Any:
        """The source model of a top-level row, else None."""
        return None if source_parent.isValid() else self.sourceModel()


class ActorsFilter(RecordFilter):
    """Keeps rows whose name, category or next step hold the text, in the chosen category (or
    any). Sorting is the model's (:meth:`ActorsModel.sort`): the filter keeps its order."""

    _text = ""
    _category = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ActorsModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:  # two thousand rows filtered again for nothing else
            self._refilter(_text=text)

    def set_category(self, key: str) -> None:
        if key != self._category:  # e.g. the category list filled again, the same one chosen
            self._refilter(_category=key)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._text and not self._category:
            return True  # no filter: asked for each of thousands of rows as the map loads
        model = self._source(source_parent)
        if not isinstance(model, ActorsModel):
            return True
        actor = model.actor(source_row)
        if self._category and actor.category != self._category:
            return False
        haystack = (actor.name, model.category_label(actor.category), actor.next_step)
        return not self._text or any(self._text in text.casefold() for text in haystack)
