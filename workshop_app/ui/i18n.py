"""Translations: our own ``.qm`` files plus Qt's ``qtbase_<lang>`` for Qt's own strings.

Source strings are English; Danish is the default language. ``.ts`` sources live in
``resources/i18n/``; ``scripts/build_translations.py`` compiles them to ``.qm``, which is committed
so that every install (wheel, sdist, editable, PyInstaller) ships it. Should a ``.qm`` still be
missing, it is compiled once into the user's data folder with ``pyside6-lrelease``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app import paths

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []

# Strings of Qt's own dialogs (file dialog, print dialog) that Qt's ``qtbase_da`` leaves in
#: English. Our translator is installed after Qt's and is asked first, so translating them in our
#: ``.ts`` fills the gaps; tests/ui/test_translations.py finds any that are left.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)
log = logging.getLogger(__name__)


def ts_file(lang: str) -> Path:
    return paths.resource("i18n", f"workshop_app_{lang}.ts")


def qm_file(lang: str) -> Path | None:
    bundled = paths.resource("i18n", f"workshop_app_{lang}.qm")
    if bundled.is_file():
        return bundled
    source = ts_file(lang)
    if not source.is_file():
        return None
    cached = paths.data_dir() / "i18n" / f"workshop_app_{lang}.qm"
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    import shutil
    import subprocess  # only here, where a .qm is missing: not on every start

    tool = shutil.which("pyside6-lrelease")
    if tool is None:
        return None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, str(source), "-qm", str(cached)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        log.warning("could not compile translations for %s", lang)
        return None
    return cached


def install_translators(lang: str) -> str:
    """Replace the installed translators with those for ``lang``; return the language used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
            QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = qm_file(lang)
    translator = QTranslator(app)
    if ours is not None and translator.load(str(ours)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation file for %s", lang)
    return lang


def lower_first(text: str) -> str:
    """``text`` continuing a sentence: "Ret Indflydelse" → "ret Indflydelse"; acronyms stay."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def current_language() -> str:
    """The language installed last ("da" or "en"), for texts from ``errors.py``."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"
