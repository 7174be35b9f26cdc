"""Every UI string has a Danish translation, and the .ts file is up to date with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "workshop_app_da.ts"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent)
    )
    assert found, "pyside6-lupdate is part of PySide6-Essentials"
    return found


def test_every_source_string_has_a_danish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_da.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "workshop_app" / "ui").rglob("*.py"))
    subprocess.run(
        [_lupdate(), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished")
                or not (translation.text or "").strip()
            ):
                if translation is not None and translation.get("type") == "vanished":
                    continue
                missing.append(f"{name}: {message.findtext('source')!r}")
    assert not missing, (
        "untranslated UI strings (run scripts/build_translations.py --update):\n"
        + ("\n".join(missing))
    )


def test_placeholders_survive_translation() -> None:
    import re

    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(
            re.findall(r"\{\w*\}", translation)
        ), source


def test_danish_ui_has_no_english_navigation(make_window, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    win = make_window("da")
    assert win.open_path(demo_file)
    nav = win.workspace.navigation
    labels = [nav.item(i).text() for i in range(nav.count())]
    labels = [label.split("\n")[0] for label in labels]  # without progress lines
    assert labels == [
        "Overblik",
        "1 Opstart og afgrænsning",
        "2 Aktører",
        "3 Afprøvninger",
        "Møder",
        "Udskrifter og eksport",
    ]
    win.close()


def test_translated_texts_are_literals_the_extractor_can_see() -> None:
    """``translate("Ctx", text)`` with a variable (or a helper like ``_tr(text)``) is invisible
    to lupdate: the string would stay English in the Danish UI without any test noticing."""
    import re

    hidden = re.compile(r"""(?:\btranslate\(\s*"[^"]*",|\bself\.tr\()\s*+(?!["')])""")
    helper = re.compile(r"^def _tr\(", re.MULTILINE)
    found = []
    for path in sorted((ROOT / "workshop_app" / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m.group(0)!r}" for m in hidden.finditer(text)]
        found += [f"{path.name}: a _tr() helper" for _ in helper.finditer(text)]
    assert not found


def _committed(path: str) -> bytes | None:
    """The bytes of ``path`` as committed at HEAD (what a clean clone and a wheel contain)."""
    result = subprocess.run(
        ["git", "show", f"HEAD:{path}"], cwd=ROOT, capture_output=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def test_committed_danish_qm_matches_the_committed_ts(tmp_path: Path) -> None:
    """``pip install .`` ships the committed .qm (no build step compiles it): it must be current.

    Run ``python scripts/build_translations.py`` and commit ``workshop_app_da.qm`` with the .ts.
    """
    import pytest
    from PySide6.QtCore import QTranslator

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    ts, qm = (
        _committed("resources/i18n/workshop_app_da.ts"),
        _committed("resources/i18n/workshop_app_da.qm"),
    )
    assert ts is not None
    assert qm is not None, "resources/i18n/workshop_app_da.qm is not committed"
    (tmp_path / "da.qm").write_bytes(qm)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "da.qm"))
    stale = []
    for context in ET.fromstring(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            source = message.findtext("source") or ""
            got = translator.translate(name, source, message.findtext("comment"))
            if got != (translation.text or ""):
                stale.append(f"{name}: {source!r}")
    assert not stale, "the committed .qm is older than the .ts:\n" + "\n".join(stale[:20])


#: Qt strings that read the same in Danish (or are never shown, like a form's window title).
_SAME_IN_DANISH = {"Computer", "Printer", "Type", "Type:", "Form", "OK", "PDF"}


def test_qt_file_and_print_dialogs_speak_danish(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's dialogs: qtbase_da leaves "Look in:", "Files of type:"… in English; ours fills in."""
    import re

    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    from workshop_app.ui.i18n import install_translators

    asked: set[tuple[str, str]] = set()

    class Spy(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            asked.add((context, source))
            return ""

        def isEmpty(self) -> bool:
            return False

    app = QCoreApplication.instance()
    install_translators("da")
    spy = Spy()
    app.installTranslator(spy)
    try:
        for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            dialog = QFileDialog()
            qtbot.addWidget(dialog)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            dialog.show()
        printing = QPrintDialog()
        qtbot.addWidget(printing)
        printing.show()
    finally:
        app.removeTranslator(spy)
    try:
        english = sorted(
            f"{context}: {source!r}"
            for context, source in asked
            if context.startswith("Q")
            and re.search("[A-Za-z]{2}", source)
            and QCoreApplication.translate(context, source) == source
            and source not in _SAME_IN_DANISH
        )
    finally:
        install_translators("en")
    assert not english, "Qt strings left in English (add them to QT_GAPS in ui/i18n.py):\n" + (
        "\n".join(english)
    )
