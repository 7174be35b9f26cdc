"""Phase 1, the scope: section values, list rows and the map, mixed into ``ProjectService``.
Each edit is one transaction returning the keys of the sections that changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from workshop_app.domain.changes import Changes
from workshop_app.domain.map_image import InvalidMapImage, inspect_map_image
from workshop_app.domain.model import (
    new_uuid,
)
from workshop_app.domain.scope import (
    FIELDS,
    KNOWLEDGE_PRESETS,
    LISTS,
    Field,
    Kind,
    MapImage,
    Scope,
    ScopeRow,
    section_of,
)
from workshop_app.domain.scope_values import checked, full_row_values
from workshop_app.services.refusals import bad_input as _bad_input
from workshop_app.services.refusals import clamp, insert_at, moved, valid
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore

_FILE_NAME = Field("file_name", Kind.TEXT)


def _scope_field(key: str) -> Field:
    spec = FIELDS.get(key)
    if spec is None:
        raise _bad_input(f"{key}: unknown field")
    return spec


def _checked_scope(key: str, spec: Field, value: Any) -> Any:
    return valid(checked, spec, value, field=key)


def _checked_row_values(list_key: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """All columns of the list, each checked (missing ones empty); unknown columns refused."""
    spec = LISTS.get(list_key)
    if spec is None:
        raise _bad_input(f"{list_key}: unknown list")
    known = {c.key for c in spec.columns}
    for column in values:
        if column not in known:
            raise _bad_input(f"{list_key}.{column}: unknown column")
    full = full_row_values(list_key, values)
    return {c.key: _checked_scope(f"{list_key}.{c.key}", c, full[c.key]) for c in spec.columns}


def preset_knowledge_rows() -> tuple[ScopeRow, ...]:
    """The knowledge checklist every new project starts with (the UI shows each preset's
    translated question while ``question`` is empty)."""
    return tuple(
        ScopeRow(
            uuid=new_uuid(),
            list_key="knowledge",
            position=position,
            values=full_row_values("knowledge", {"preset": key}),
        )
        for position, key in enumerate(KNOWLEDGE_PRESETS)
    )


class ScopeServiceMixin:
    """Phase 1 methods of ``ProjectService`` (which provides ``store``)."""

    store: ProjectStore

    # -- phase 1: scope --------------------------------------------------------------------------

    def scope(self) -> Scope:
        return self.store.scope()

    def set_scope_value(self, key: str, value: Any) -> Changes:
        value = _checked_scope(key, _scope_field(key), value)
        with self.store.transaction() as db:
            repository.set_scope_value(db, key, value)
        return Changes(scope=frozenset({section_of(key)}))

    def new_scope_row(
        self,
        list_key: str,
        position: int | None = None,
        values: Mapping[str, Any] | None = None,
    ) -> ScopeRow:
        """A row not yet stored (empty columns; budget lines in DKK); pass it to
        :meth:`restore_scope_row`. Placed last unless ``position`` is given."""
        defaults: dict[str, Any] = {"currency": "DKK"} if list_key == "budget" else {}
        checked_values = _checked_row_values(list_key, {**defaults, **(values or {})})
        count = len(repository.scope_row_uuids(self.store.db, list_key))
        where = clamp(position, count)
        return ScopeRow(uuid=new_uuid(), list_key=list_key, position=where, values=checked_values)

    def restore_scope_row(self, row: ScopeRow) -> Changes:
        """Insert a row at its position (clamped), shifting the rows after it (add, undo of
        delete)."""
        values = _checked_row_values(row.list_key, row.values)
        with self.store.transaction() as db:
            order = repository.scope_row_uuids(db, row.list_key)
            insert_at(order, row.position, row.uuid)
            repository.insert_scope_row(db, ScopeRow(row.uuid, row.list_key, len(order), values))
            repository.set_scope_row_order(db, order)
        return Changes(scope=frozenset({section_of(row.list_key)}))

    def delete_scope_row(self, uuid: str) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)
            repository.delete_scope_row(db, uuid)
            repository.set_scope_row_order(db, repository.scope_row_uuids(db, list_key))
        return Changes(scope=frozenset({section_of(list_key)}))

    def set_scope_row_value(self, uuid: str, column: str, value: Any) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)
            spec = next((c for c in LISTS[list_key].columns if c.key == column), None)
            if spec is None:
                raise _bad_input(f"{list_key}.{column}: unknown column")
            value = _checked_scope(f"{list_key}.{column}", spec, value)
            repository.update_scope_row_value(db, uuid, column, value)
        return Changes(scope=frozenset({section_of(list_key)}))

    def move_scope_row(self, uuid: str, position: int) -> Changes:
        with self.store.transaction() as db:
            list_key = repository.scope_row_list(db, uuid)  # LookupError, as for its siblings
            order = moved(repository.scope_row_uuids(db, list_key), uuid, position, "row")
            repository.set_scope_row_order(db, order)
        return Changes(scope=frozenset({section_of(list_key)}))

    def set_map_image(self, file_name: str, data: bytes) -> Changes:
        """Store a PNG or JPEG as the area's map, replacing any earlier one.

        Refused with ``KnownError(BAD_INPUT)`` naming the problem (not an image and what it
        looks like, too large, too many pixels, damaged); the details carry ``reason`` and the
        numbers so the UI may word it itself.
        """
        image = map_image_from_file(file_name, data)
        with self.store.transaction() as db:
            repository.set_map_image(db, image)
        return Changes(scope=frozenset({section_of("map")}))

    def restore_map_image(self, image: MapImage | None) -> Changes:
        """Put back exactly this image, or remove the map (``None``); for undo."""
        if image is not None:
            checked_image = map_image_from_file(image.file_name, image.data)
            if (checked_image.mime, checked_image.width, checked_image.height) != (
                image.mime,
                image.width,
                image.height,
            ):
                raise _bad_input(f"{image.file_name}: the image does not match its description")
        with self.store.transaction() as db:
            repository.set_map_image(db, image)
        return Changes(scope=frozenset({section_of("map")}))


def map_image_from_file(file_name: str, data: bytes) -> MapImage:
    """A checked map image (new uuid) from a file's name and bytes; BAD_INPUT if refused."""
    # Only the file's own name is kept (the UI may hand over a whole path, Windows or not).
    name = _checked_scope("file_name", _FILE_NAME, re.split(r"[\\/]", str(file_name))[-1])
    if not isinstance(data, bytes | bytearray | memoryview):
        raise _bad_input(f"{name}: not a file's content")
    data = bytes(data)
    try:
        info = inspect_map_image(data)
    except InvalidMapImage as exc:
        raise _bad_input(f"{name}: {exc}", **exc.details) from None
    return MapImage(new_uuid(), name, info.mime, info.width, info.height, data)
