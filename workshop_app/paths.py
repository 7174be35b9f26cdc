"""Where things live: user data, settings, backups, logs, and bundled resources.

Every lookup of ``sys._MEIPASS`` (PyInstaller) happens here and nowhere else.
Environment overrides (used by tests and by portable installs):

- ``WORKSHOP_APP_DATA_DIR``: the user data folder (demo project, backups, logs).
- ``WORKSHOP_APP_CONFIG_DIR``: the settings folder (``settings.ini``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from workshop_app import APP_ID


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform.startswith("win"):
        root = os.environ.get("LOCALAPPDATA" if kind == "data" else "APPDATA")
        return Path(root) if root else home / "AppData" / "Local"
    if sys.platform == "darwin":
        return home / "Library" / ("Application Support" if kind == "data" else "Preferences")
    env = "XDG_DATA_HOME" if kind == "data" else "XDG_CONFIG_HOME"
    default = home / (".local/share" if kind == "data" else ".config")
    value = os.environ.get(env)
    return Path(value) if value else default


def _app_dir(kind: str, override: str) -> Path:
    """The app's ``kind`` ("data", "config") folder, unless the environment names another."""
    named = os.environ.get(override)
    return Path(named) if named else _platform_base(kind) / APP_ID


def data_dir() -> Path:
    return _app_dir("data", "WORKSHOP_APP_DATA_DIR")


def config_dir() -> Path:
    return _app_dir("config", "WORKSHOP_APP_CONFIG_DIR")


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def previews_dir() -> Path:
    """PDF previews shown in the app (temporary; deleting personal data empties it)."""
    return data_dir() / "previews"


def set_aside_dir() -> Path:
    """Copies of files (and their side files) taken before a repair touched them."""
    return data_dir() / "set-aside"


def read_only_copies_dir() -> Path:
    """Copies of files another program holds open, opened read-only."""
    return data_dir() / "read-only-copies"


def settings_file() -> Path:
    return config_dir() / "settings.ini"


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen.
    Found once per process (resolving the path asks the file system for every folder in it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
