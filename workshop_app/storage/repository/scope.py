"""Phase 1: the scope's values, rows and map image."""

from __future__ import annotations

import json
import uuid as _uuid
from collections.abc import Iterable
from typing import Any

from workshop_app.domain.scope import (
    FIELDS,
    LISTS,
    MAP_MAX_BYTES,
    MAP_MAX_SIDE,
    MapImage,
    Scope,
    ScopeRow,
)
from workshop_app.domain.scope_values import (
    canonical_rows,
    from_plain,
    full_row_values,
    is_empty,
    to_plain,
)
from workshop_app.storage.connection import Database
from workshop_app.storage.repository.common import ordered_uuids, row_by_uuid, set_order

# -- scope (phase 1) ---------------------------------------------------------------------------
#
# Values and row data are JSON (``domain/scope_values.py``). Reading is tolerant of what a newer
# version may have added (unknown keys, lists and columns are skipped and kept as they are) but
# not of values that break their field's rules: those raise ValueError (the file is damaged).


def _json_out(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_in(text: Any) -> Any:
    if not isinstance(text, str):
        raise ValueError("scope JSON is not text")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("scope JSON nested too deeply") from None


def _json_list_in(text: Any) -> Any:
    """A list stored as JSON (tags, what an actor can bring), as a tuple: as its check gives it
    back, so a row already as checked is not copied. Anything else comes back as it is, for
    the check to refuse (an object's keys, or a string's letters, were taken for its items)."""
    value = _json_in(text) if isinstance(text, str) else text
    return tuple(value) if isinstance(value, list) else value


def _row_values(list_key: str, data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"scope row data of {list_key} is not an object")
    spec = LISTS[list_key]
    return full_row_values(
        list_key, {c.key: from_plain(c, data[c.key]) for c in spec.columns if c.key in data}
    )


def load_scope_values(db: Database) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, text in db.execute("SELECT key, value FROM scope_value"):
        spec = FIELDS.get(key)
        if spec is None:
            continue  # written by a newer version
        value = from_plain(spec, _json_in(text))
        if not is_empty(spec, value):
            values[key] = value
    return values


def load_scope_rows(db: Database, list_key: str | None = None) -> tuple[ScopeRow, ...]:
    """Rows of one list (or of all lists), in canonical order with positions 0, 1, 2…"""
    sql = "SELECT uuid, list, position, data FROM scope_row"
    args: list[Any] = []
    if list_key is not None:
        sql += " WHERE list = ?"
        args.append(list_key)
    rows = []
    for uuid, key, position, text in db.execute(sql + " ORDER BY list, position, uuid", args):
        if key not in LISTS:
            continue  # written by a newer version
        if not isinstance(uuid, str) or not isinstance(position, int):
            raise ValueError("scope row with a broken uuid or position")
        rows.append(ScopeRow(uuid, key, position, _row_values(key, _json_in(text))))
    return canonical_rows(rows)


def load_map_image(db: Database) -> MapImage | None:
    found = db.execute(
        "SELECT uuid, file_name, mime, width, height, data FROM scope_map"
    ).fetchall()
    if not found:
        return None
    if len(found) > 1:
        raise ValueError("more than one map image")
    uuid, file_name, mime, width, height, data = found[0]
    if (
        mime not in ("image/png", "image/jpeg")
        or not isinstance(data, bytes)
        or not 0 < len(data) <= MAP_MAX_BYTES
        or not isinstance(width, int)
        or not isinstance(height, int)
        or not (0 < width <= MAP_MAX_SIDE and 0 < height <= MAP_MAX_SIDE)
        or not isinstance(file_name, str)
    ):
        raise ValueError("the map image breaks its rules")
    return MapImage(uuid, file_name, mime, width, height, data)


def load_scope(db: Database) -> Scope:
    return Scope(
        values=load_scope_values(db), rows=load_scope_rows(db), map_image=load_map_image(db)
    )


def set_scope_value(db: Database, key: str, value: Any) -> None:
    """Store a checked value; an empty value removes the stored one."""
    spec = FIELDS[key]
    if is_empty(spec, value):
        db.execute("DELETE FROM scope_value WHERE key = ?", [key])
        return
    db.execute(
        "INSERT INTO scope_value(uuid, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(_uuid.uuid4()), key, _json_out(to_plain(spec, value))],
    )


def scope_row_list(db: Database, uuid: str) -> str:
    row = row_by_uuid(db, "scope_row", "list", uuid, "scope row")
    return str(row[0])


def scope_row_uuids(db: Database, list_key: str) -> list[str]:
    return ordered_uuids(db, "scope_row", "list = ?", [list_key])


def insert_scope_row(db: Database, row: ScopeRow) -> None:
    """Insert a row with checked values; columns not given are stored empty."""
    spec = LISTS[row.list_key]
    values = full_row_values(row.list_key, row.values)
    data = {c.key: to_plain(c, values[c.key]) for c in spec.columns}
    db.execute(
        "INSERT INTO scope_row(uuid, list, position, data) VALUES (?, ?, ?, ?)",
        [row.uuid, row.list_key, row.position, _json_out(data)],
    )


def update_scope_row_value(db: Database, uuid: str, column: str, value: Any) -> None:
    """Set one checked column value; other keys in the row's data (even unknown ones) stay."""
    found = db.execute("SELECT list, data FROM scope_row WHERE uuid = ?", [uuid]).fetchone()
    if found is None:
        raise LookupError(f"no scope row {uuid}")
    list_key, text = found
    data = _json_in(text)
    if not isinstance(data, dict):
        raise ValueError(f"scope row data of {list_key} is not an object")
    data[column] = to_plain(LISTS[list_key].column(column), value)
    db.execute("UPDATE scope_row SET data = ? WHERE uuid = ?", [_json_out(data), uuid])


def delete_scope_row(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM scope_row WHERE uuid = ?", [uuid])


def set_scope_row_order(db: Database, uuids: Iterable[str]) -> None:
    set_order(db, "scope_row", uuids)


def set_map_image(db: Database, image: MapImage | None) -> None:
    """Replace the map image (``None``: remove it)."""
    db.execute("DELETE FROM scope_map")
    if image is not None:
        db.execute(
            "INSERT INTO scope_map(uuid, file_name, mime, width, height, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [image.uuid, image.file_name, image.mime, image.width, image.height, image.data],
        )


def insert_scope(db: Database, scope: Scope) -> None:
    """Write a whole scope into a file that has none (create, import, demo)."""
    for key, value in scope.values.items():
        set_scope_value(db, key, value)
    for row in canonical_rows(scope.rows):
        insert_scope_row(db, row)
    set_map_image(db, scope.map_image)
