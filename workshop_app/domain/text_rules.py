"""The one set of rules for every text the app stores, whoever hands it over: the UI through the
services, the services' own callers, and the JSON import.

A text is a ``str`` of at most its field's limit, without C0 control characters other than tab,
line feed and carriage return (they break printing and are invisible in a form), and without
unpaired surrogates (Python can hold them, UTF-8 and so SQLite and JSON files cannot). Nothing is
stripped silently: a text that breaks a rule is refused, and the refusal says which rule.

Each layer words the refusal itself (the services say "must …", the JSON import names the
character), from the one :class:`TextFault` found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

#: Characters no stored text may hold.
BAD_CHARACTER: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


@dataclass(frozen=True)
class TextFault:
    """Why a value is not an acceptable text."""

    kind: Literal["type", "length", "control", "surrogate"]
    length: int = 0
    limit: int = 0
    code: int = 0

    def __str__(self) -> str:
        """The services' wording: "must …"."""
        if self.kind == "type":
            return "must be text"
        if self.kind == "length":
            return f"must be at most {self.limit} characters"
        if self.kind == "control":
            return f"must not contain control characters (U+{self.code:04X})"
        return f"must not contain unpaired surrogates (U+{self.code:04X})"


def text_fault(value: object, limit: int) -> TextFault | None:
    """``None`` if ``value`` is an acceptable text of at most ``limit`` characters."""
    if not isinstance(value, str):
        return TextFault("type")
    if len(value) > limit:
        return TextFault("length", len(value), limit)
    bad = BAD_CHARACTER.search(value)
    if bad is not None:
        code = ord(bad[0])
        return TextFault("control" if code < 0x20 else "surrogate", code=code)
    return None


def shown(value: object, limit: int = 40) -> str:
    """``value`` quoted for a one-line message: control characters and unpaired surrogates as
    ``�``, cut to ``limit`` characters with ``…``."""
    text = BAD_CHARACTER.sub("\ufffd", str(value)).replace("\n", " ").replace("\r", " ")
    text = text.replace("\t", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"
