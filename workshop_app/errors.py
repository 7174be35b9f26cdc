"""Known problems of the user's environment or input, as opposed to bugs.

A :class:`KnownError` carries a :class:`ErrorKind` and details; the message a person reads comes
from :func:`describe`, in Danish or English. Everything that is not a ``KnownError`` is a bug:
the command line exits 1, the GUI shows the crash dialog with the log path.

The texts live here (not in Qt's ``.ts`` files) because the command line, which has no Qt,
prints them too.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class ErrorKind(enum.Enum):
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"
    NOT_A_PROJECT = "not_a_project"
    FOREIGN_SQLITE = "foreign_sqlite"
    INCOMPLETE = "incomplete"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    IO_FAILURE = "io_failure"
    ALREADY_EXISTS = "already_exists"
    BAD_JSON = "bad_json"
    BAD_INPUT = "bad_input"
    UNCLEAN = "unclean"
    UNCLEAN_READ_ONLY = "unclean_read_only"
    NO_PERMISSION = "no_permission"
    OUTPUT_IS_PROJECT = "output_is_project"
    IS_FOLDER = "is_folder"
    FOLDER_READ_ONLY = "folder_read_only"
    FOLDER_NOT_FOUND = "folder_not_found"


_MESSAGES: Mapping[ErrorKind, Mapping[str, str]] = {
    ErrorKind.NOT_FOUND: {
        "en": "The file {path} does not exist.",
        "da": "Filen {path} findes ikke.",
    },
    ErrorKind.NOT_A_FILE: {
        "en": "{path} is not a file (it is a folder or a device).",
        "da": "{path} er ikke en fil (det er en mappe eller en enhed).",
    },
    ErrorKind.EMPTY: {
        "en": "The file {path} is empty (0 bytes), so it is not a project.",
        "da": "Filen {path} er tom (0 byte) og er derfor ikke et projekt.",
    },
    ErrorKind.NOT_A_PROJECT: {
        "en": "The file {path} is not a project file; it looks like {looks_like}.",
        "da": "Filen {path} er ikke en projektfil; den ligner {looks_like}.",
    },
    ErrorKind.FOREIGN_SQLITE: {
        "en": "The file {path} is a database from another program ({looks_like}), not a project.",
        "da": "Filen {path} er en database fra et andet program ({looks_like}), ikke et projekt.",
    },
    ErrorKind.INCOMPLETE: {
        "en": "The file {path} is incomplete (cut off while copying?). Use a backup.",
        "da": "Filen {path} er ufuldstændig (afbrudt under kopiering?). Brug en sikkerhedskopi.",
    },
    ErrorKind.DAMAGED: {
        "en": "The file {path} is damaged. Use a backup.",
        "da": "Filen {path} er beskadiget. Brug en sikkerhedskopi.",
    },
    ErrorKind.NEWER_VERSION: {
        "en": "The file {path} was made by a newer version ({needed}) of the app. Update the app.",
        "da": (
            "Filen {path} er lavet af en nyere version ({needed}) af programmet. "
            "Opdater programmet."
        ),
    },
    ErrorKind.LOCKED: {
        "en": "The file {path} is open elsewhere (by {holder} since {since}). "
        "Close it there and try again.",
        "da": "Filen {path} er åben et andet sted (hos {holder} siden {since}). "
        "Luk den dér, og prøv igen.",
    },
    ErrorKind.READ_ONLY: {
        "en": "The file {path} cannot be written (read-only). Save a copy elsewhere.",
        "da": "Filen {path} kan ikke skrives (skrivebeskyttet). Gem en kopi et andet sted.",
    },
    ErrorKind.DISK_FULL: {
        "en": "The disk holding {path} is full. Your edit is kept; free space and retry.",
        "da": "Disken med {path} er fuld. Din ændring er bevaret; frigør plads og prøv igen.",
    },
    ErrorKind.IO_FAILURE: {
        "en": "The file {path} could not be read or written (was the stick removed?).",
        "da": "Filen {path} kunne ikke læses eller skrives (blev USB-nøglen fjernet?).",
    },
    ErrorKind.ALREADY_EXISTS: {
        "en": "{path} already exists; choose a new file name.",
        "da": "{path} findes allerede; vælg et nyt filnavn.",
    },
    ErrorKind.BAD_JSON: {
        "en": "The JSON file {path} cannot be imported: {problem}",
        "da": "JSON-filen {path} kan ikke importeres: {problem}",
    },
    ErrorKind.UNCLEAN: {
        "en": (
            "The file {path} was not closed properly (a {side} file lies beside it). "
            "Open it in the app to recover it; a copy is set aside first."
        ),
        "da": (
            "Filen {path} blev ikke lukket korrekt (der ligger en {side}-fil ved siden af). "
            "Åbn den i programmet for at gendanne den; en kopi lægges til side først."
        ),
    },
    ErrorKind.UNCLEAN_READ_ONLY: {
        "en": (
            "The file {path} was not closed properly (a {side} file lies beside it) and cannot "
            "be recovered where it is (read-only). Recover it into a copy elsewhere (in the app: "
            '"Recover into a copy"), or use a backup.'
        ),
        "da": (
            "Filen {path} blev ikke lukket korrekt (der ligger en {side}-fil ved siden af) og "
            "kan ikke gendannes, hvor den ligger (skrivebeskyttet). Gendan den i en kopi et andet "
            'sted (i programmet: "Gendan i en kopi"), eller brug en sikkerhedskopi.'
        ),
    },
    ErrorKind.NO_PERMISSION: {
        "en": "The file {path} cannot be read (no permission).",
        "da": "Filen {path} kan ikke læses (ingen adgang).",
    },
    ErrorKind.OUTPUT_IS_PROJECT: {
        "en": (
            "{path} is a project file (or belongs to one); it is never overwritten. "
            "Choose another name."
        ),
        "da": (
            "{path} er en projektfil (eller hører til en) og overskrives aldrig. "
            "Vælg et andet navn."
        ),
    },
    ErrorKind.IS_FOLDER: {
        "en": "{path} is a folder; choose a file name.",
        "da": "{path} er en mappe; vælg et filnavn.",
    },
    ErrorKind.FOLDER_READ_ONLY: {
        "en": "The folder {path} cannot be written to (read-only); choose another folder.",
        "da": "Der kan ikke skrives i mappen {path} (skrivebeskyttet); vælg en anden mappe.",
    },
    ErrorKind.FOLDER_NOT_FOUND: {
        "en": "The folder {path} does not exist; choose another folder.",
        "da": "Mappen {path} findes ikke; vælg en anden mappe.",
    },
    ErrorKind.BAD_INPUT: {
        "en": "{problem}",
        "da": "{problem}",
    },
}

#: LOCKED when SQLite says the file is held but no lock file says by whom (another program,
#: or one whose lock file is gone).
_LOCKED_BY_UNKNOWN = {
    "en": "The file {path} is open elsewhere, in a program that does not say who is using it. "
    "Close it there and try again.",
    "da": "Filen {path} er åben et andet sted, i et program, der ikke oplyser, hvem der bruger "
    "den. Luk den dér, og prøv igen.",
}

_LOOKS_LIKE: Mapping[str, Mapping[str, str]] = {
    "pdf": {"en": "a PDF document", "da": "et PDF-dokument"},
    "zip": {"en": "a ZIP archive or Office document", "da": "et ZIP-arkiv eller Office-dokument"},
    "text": {"en": "a text file", "da": "en tekstfil"},
    "image": {"en": "an image", "da": "et billede"},
    "binary": {"en": "unknown binary data", "da": "ukendte binære data"},
    "sqlite": {"en": "a plain SQLite database", "da": "en almindelig SQLite-database"},
    "geopackage": {"en": "a GeoPackage map", "da": "et GeoPackage-kort"},
    "fossil": {"en": "a Fossil repository", "da": "et Fossil-arkiv"},
    "json": {"en": "a JSON file", "da": "en JSON-fil"},
}


_BACKUP_HINT = {
    "en": "Newest good backup: {backup} ({when}).",
    "da": "Nyeste gode sikkerhedskopi: {backup} ({when}).",
}
_NO_BACKUP_HINT = {
    "en": "No backup of this file was found on this computer.",
    "da": "Der findes ingen sikkerhedskopi af filen på denne computer.",
}


def backup_hint(backup: object | None, when: str, lang: str = "en") -> str:
    """One sentence naming the newest good backup (or that there is none)."""
    lang = lang if lang in ("en", "da") else "en"
    if backup is None:
        return _NO_BACKUP_HINT[lang]
    return _BACKUP_HINT[lang].format(backup=backup, when=when)


class KnownError(Exception):
    """A problem with the user's file, input or environment; never a bug."""

    def __init__(self, kind: ErrorKind, path: object = "", **details: str) -> None:
        self.kind = kind
        self.path = str(path)
        self.details = dict(details)
        super().__init__(describe(self, "en"))

    def message(self, lang: str = "en") -> str:
        return describe(self, lang)


def describe(error: KnownError, lang: str = "en") -> str:
    lang = lang if lang in ("en", "da") else "en"
    values = dict(error.details)
    looks = values.get("looks_like", "")
    if looks in _LOOKS_LIKE:
        values["looks_like"] = _LOOKS_LIKE[looks][lang]
    values.setdefault("looks_like", _LOOKS_LIKE["binary"][lang])
    values.setdefault("holder", "?")
    values.setdefault("since", "?")
    values.setdefault("needed", "?")
    values.setdefault("problem", "")
    values.setdefault("side", "-journal")
    template = _MESSAGES[error.kind][lang]
    if error.kind is ErrorKind.LOCKED and values.get("holder", "?") == "?":
        template = _LOCKED_BY_UNKNOWN[lang]
    reason = _DAMAGE_REASONS.get(values.get("reason", ""))
    if error.kind is ErrorKind.DAMAGED and reason is not None:
        values["reason"] = reason[lang].format(**values)
        template = _DAMAGED_BECAUSE[lang]
    return template.format(path=error.path, **values)


# -- damage we can name (KnownError(DAMAGED, path, reason=<key>, where=<data>)) ----------------

_DAMAGED_BECAUSE = {
    "en": "The file {path} is damaged: {reason}. Use a backup.",
    "da": "Filen {path} er beskadiget: {reason}. Brug en sikkerhedskopi.",
}
_DAMAGE_REASONS: Mapping[str, Mapping[str, str]] = {
    "merge_loop": {
        "en": "ideas are merged into each other in a loop ({where})",
        "da": "idéer er slået sammen med hinanden, så de går i ring ({where})",
    },
    "version_loop": {
        "en": "tests are versions of each other in a loop ({where})",
        "da": "afprøvninger er versioner af hinanden, så de går i ring ({where})",
    },
    "lineage_loop": {
        "en": "ideas and tests come from each other in a loop ({where})",
        "da": "idéer og afprøvninger udspringer af hinanden, så de går i ring ({where})",
    },
    "bad_value": {
        "en": "a stored value breaks the app's rules ({where})",
        "da": "en gemt værdi bryder programmets regler ({where})",
    },
    "bad_version": {
        "en": "the app version it requires, {where}, is not a version number",
        "da": "den programversion, den kræver, {where}, er ikke et versionsnummer",
    },
}
