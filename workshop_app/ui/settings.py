"""User settings in an INI file (never the Windows registry): language, recent files, geometry,
the projector's screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workshop_app import paths
from workshop_app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

MAX_RECENT = 10


class Settings:
    def __init__(self, file: Path | None = None) -> None:
        target = file or paths.settings_file()
        self._q = QSettings(str(target), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def first_run(self) -> bool:
        return str(self._q.value("app/started_before", "false")) != "true"

    def mark_started(self) -> None:
        self._q.setValue("app/started_before", "true")

    def recent_files(self) -> list[Path]:
        value = self._q.value("files/recent", [])
        if isinstance(value, str):
            items = [value]
        elif isinstance(value, (list, tuple)):
            items = list(value)
        else:
            items = []
        return [Path(str(v)) for v in items if str(v)]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_files() if p != path]
        self._q.setValue("files/recent", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        items = [p for p in self.recent_files() if p != Path(path).resolve()]
        self._q.setValue("files/recent", [str(p) for p in items])

    def geometry(self, key: str) -> QByteArray | None:
        value = self._q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"window/{key}", value)

    @property
    def projector_screen(self) -> str:
        """The screen the room screen was last put on ("" when none was chosen): its name,
        size and place (``ui/projector/projector.screen_key``)."""
        return str(self._q.value("projector/screen", "") or "")

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self._q.setValue("projector/screen", name)
