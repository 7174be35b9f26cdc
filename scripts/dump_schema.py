#!/usr/bin/env python3
"""Write db/schema.sql: the schema of a freshly migrated project file (a test keeps it honest)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app.storage.inspect import schema_sql  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        text = schema_sql(Path(folder) / "fresh.bymidte")
    (ROOT / "db" / "schema.sql").write_text(text, encoding="utf-8")
    print("db/schema.sql")
    return 0


if __name__ == "__main__":
    sys.exit(main())
