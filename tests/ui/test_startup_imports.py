"""Start-up imports what the first painted window needs, and no more (issue 15).

A fresh interpreter imports ``workshop_app.app``, builds the window, opens the demo and paints
it, as ``python -m workshop_app`` does on a first start; then we look at what it imported and
read. Complexity, not time: the figures are ``bench/startup.py``'s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from workshop_app import DEMO_FILE_NAME

ROOT = Path(__file__).resolve().parents[2]

#: Imported only when what needs them is used, never for the first window with the demo.
NOT_AT_START = (
    "reportlab",
    "PIL",
    "qtawesome",
    "PySide6.QtPdf",
    "workshop_app.export",
    "workshop_app.exchange",
    "workshop_app.services.demo",  # the demo's generator: the demo file exists
    "workshop_app.ui.start_screen",  # a project opens before the window is shown
    "workshop_app.ui.settings_dialog",
    "workshop_app.ui.trials.feedback",  # the overview's verdict line does not need the tab
    # The overview's checks card reads the warnings' sentences (ui/actors/warnings.py), not the
    # actors page's panel, table model and the record model under it.
    "workshop_app.ui.actors.checks",
    "workshop_app.ui.actors.model",
    "workshop_app.ui.record_model",
    "dateutil.parser._parser",  # sqlite-utils' date recipes: a lazy module until used
    "subprocess",  # only to compile a missing translation
    "_strptime",  # the backups' name stamps are read by their digits' places
    "urllib.parse",  # the project file's URI is quoted by storage/database.file_uri
    # sqlite-utils (with click, pluggy…) only applies migrations: an up-to-date file is read
    # and written through storage/connection.py.
    "sqlite_utils",
    "click",
    "pluggy",
    "secrets",  # a savepoint's name is os.urandom's, as secrets.token_hex makes it
    "hmac",
    "socket",  # the lock file's host name is os.uname()'s (storage/lock.py)
)

#: The layers below the UI, all imported by the window after the source scan was skipped.
LAYERS = ("workshop_app/domain/", "workshop_app/storage/", "workshop_app/services/")

_CHILD = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from workshop_app.app import create_window
window = create_window(app)
window.open_demo()
assert window.session is not None
window.show()
app.processEvents()
modules = sorted(sys.modules)
sources = sorted(name for name in linecache.cache if "workshop_app" in name)
from workshop_app.storage import sqlite_import
sqlite_import.import_sqlite_utils()  # as a migration does (storage/schema.py)
from sqlite_utils.recipes import parsedate  # the lazy parser still parses when asked
import re, sqlite_utils
pattern = sqlite_utils.db._virtual_table_using_re  # compiled on first use (sqlite_import.py)
lazy = type(pattern).__name__ == "PatternOnFirstUse" and pattern._compiled is None
db = sqlite_utils.Database(memory=True)
db["t"].insert({"x": "a"})
db["t"].enable_fts(["x"])
print(json.dumps({"modules": modules, "sources": sources, "date": parsedate("3 March 2024"),
                  "lazy": lazy, "restored": re.compile.__module__ == "re",
                  "fts": db["t_fts"].virtual_table_using}))
window.close()
"""


def test_the_first_window_with_the_demo_imports_only_what_it_shows(
    demo_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_file, data / DEMO_FILE_NAME)  # as on a second start: no generator
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        WORKSHOP_APP_DATA_DIR=str(data),
        WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    early = [m for m in seen["modules"] if m.startswith(NOT_AT_START)]
    assert early == []
    assert "workshop_app.ui.overview" in seen["modules"]  # the page shown first
    # PySide6 did not read the source of the modules the window imported (app.py,
    # skip_pyside_source_scan): only app.py's own few imports are held in linecache.
    read = {Path(name).relative_to(ROOT).as_posix() for name in seen["sources"]}
    assert "workshop_app/ui/main_window.py" not in read
    assert "workshop_app/ui/overview.py" not in read
    assert not [name for name in read if name.startswith(LAYERS)]
    assert seen["date"] == "2024-03-03"
    # sqlite-utils' costly regular expression waits for its first use, then works; re.compile
    # is re's own again.
    assert seen["lazy"] and seen["restored"]
    assert seen["fts"] == "FTS5"
