"""UI fixtures: a main window with isolated settings; dialogs never block."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.ui.dialogs import Dialogs


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every modal question gets a safe default answer; tests override what they need."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda cls, p, title, text, a: False))
    monkeypatch.setattr(
        Dialogs,
        "information",
        classmethod(lambda cls, p, title, text: shown.append((title, text))),
    )
    monkeypatch.setattr(Dialogs, "unsaved_on_close", classmethod(lambda cls, p, text: "discard"))
    monkeypatch.setattr(Dialogs, "crash", classmethod(lambda cls, p, log: shown.append(("", log))))
    for name in ("open_project_path", "new_project_path", "save_path"):
        monkeypatch.setattr(Dialogs, name, classmethod(lambda cls, *args: None))
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Dialogs, "error", classmethod(lambda cls, parent, title, text: shown.append((title, text)))
    )
    return shown


@pytest.fixture
def make_window(qtbot, errors, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from workshop_app.app import create_window

    def make(language: str = "en"):  # type: ignore[no-untyped-def]
        from workshop_app.ui.settings import Settings

        settings = Settings()
        settings.language = language
        settings.sync()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = create_window(app)
        qtbot.addWidget(window)
        return window

    yield make
    from workshop_app.ui.i18n import install_translators

    install_translators("en")


@pytest.fixture
def window(make_window, demo_file: Path):  # type: ignore[no-untyped-def]
    win = make_window("en")
    assert win.open_path(demo_file)
    win.show()
    yield win
    win.close()


@pytest.fixture
def session(demo_file: Path, qtbot):  # type: ignore[no-untyped-def]
    """The demo opened as the main window opens it, but without the window: for tests of one
    page, panel or dialog (building the whole window costs several times more)."""
    from workshop_app.services.project_service import open_project
    from workshop_app.ui.i18n import install_translators
    from workshop_app.ui.session import ProjectSession

    # The language the window would set (English in tests): numbers and dates read the same
    # whichever tests ran before (the system locale "C" writes 12500 where English has 12,500).
    install_translators("en")
    session = ProjectSession(open_project(demo_file))
    yield session
    session.close()


@pytest.fixture
def open_page(session, qtbot):  # type: ignore[no-untyped-def]
    """Build one page alone on :func:`session`, shown at the size it has in the main window:
    ``open_page(ActorsPage)``; extra arguments go to the page after the session."""
    built = []

    def build(page_class, *args):  # type: ignore[no-untyped-def]
        page = page_class(session, *args)
        qtbot.addWidget(page)
        page.resize(*PAGE_SIZE)
        page.show()
        built.append(page)
        return page

    yield build
    for page in built:  # before the session closes, as the window closes its pages first
        page.close()


#: A page's size in the main window at its first size (1200×780, less the navigation and bars).
PAGE_SIZE = (950, 720)
