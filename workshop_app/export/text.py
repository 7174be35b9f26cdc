"""Turning user text into safe ReportLab markup.

Every piece of user text goes through :func:`para` (or :func:`markup` when it is combined with
our own tags): it is cleaned of characters the font cannot draw and then XML-escaped, so ``<b>``,
``R&D`` or ``</para>`` print literally and never inject formatting or read files.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from workshop_app.export.fonts import covered_code_points

#: Shown instead of a character the bundled font has no glyph for.
REPLACEMENT = "□"
_FALLBACK_REPLACEMENT = "?"

#: Two or more blank (or all-space) lines in a row.
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n){2,}")
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}


_ZWJ = 0x200D


def _flag(code: int) -> bool:
    """A regional indicator letter: two of them make a flag."""
    return 0x1F1E6 <= code <= 0x1F1FF


def _invisible(code: int) -> bool:
    """Modifiers that only make sense next to an emoji we cannot draw anyway."""
    return (
        0xFE00 <= code <= 0xFE0F  # variation selectors (emoji / text presentation)
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin tone modifiers
    )


def clean(text: str) -> str:
    """Text the font can draw: controls dropped, unknown characters replaced visibly.

    Keeps ``\\n`` (line breaks) and turns tabs into spaces. Format characters (direction marks,
    zero-width joiners, BOMs) are dropped because they have no glyph and no visible meaning in a
    left-to-right PDF; lone surrogates and anything else without a glyph become ``□``, one for a
    whole flag (🇩🇰) or emoji joined by zero-width joiners (🧑‍🌾). Characters the font has,
    emoji among them (😀), are kept: they draw and read back as themselves (see ``fonts``).
    """
    covered = covered_code_points()
    replacement = REPLACEMENT if ord(REPLACEMENT) in covered else _FALLBACK_REPLACEMENT
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    out: list[str] = []
    joined = half_flag = False  # after a zero-width joiner; after the first letter of a flag
    for ch in text:
        code, category = ord(ch), unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t" or category == "Zs":
            out.append(" " if code not in covered else ch)
        elif category in ("Cc", "Cf") or _invisible(code):
            joined = joined or code == _ZWJ
            continue
        elif code in covered:
            out.append(ch)
        elif not (out and out[-1] == replacement and (joined or (half_flag and _flag(code)))):
            # One mark per character we cannot draw (Cs lone surrogates, Co private use, Cn
            # unassigned included), and one for a whole flag or joined emoji sequence.
            out.append(replacement)
            half_flag = _flag(code) and not half_flag
            joined = False
            continue
        half_flag = joined = False
    return "".join(out)


class _Paragraph(Paragraph):
    """A Paragraph that keeps the lines of its last wrap.

    A table that splits over many pages wraps every remaining cell again on each page, which
    made long tables take minutes; the lines at the same width are the same, so they are kept.
    """

    _wrapped: tuple[float, tuple[Any, ...]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self._wrapWidths, self.blPara, self.height = self._wrapped[1]
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= 1 and hasattr(self, "blPara"):
            self._wrapped = (availWidth, (self.width, self._wrapWidths, self.blPara, self.height))
        return size


def markup(text: str) -> str:
    """User text as a Paragraph markup fragment: cleaned, escaped, newlines as ``<br/>``.

    Several blank lines in a row count as one, as in :func:`blocks` (else 20,000 newlines typed
    into a field would print hundreds of empty pages).
    """
    return escape(_BLANK_LINES.sub("\n\n", clean(text))).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text; never interprets the text as markup."""
    return _Paragraph(markup(text), style)


def blocks(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as one Paragraph per line, for body text and table cells.

    One Paragraph per line (not ``<br/>``) because ReportLab carries a ``<br/>`` over to the top
    of the next page when it splits there, leaving a blank line. Lines of one block sit tight; a
    blank line separates blocks by ``style.spaceAfter`` (or half a line where that is 0).
    Long texts also split faster this way.
    """
    tight = ParagraphStyle(f"{style.name}-line", parent=style, spaceAfter=0)
    lines = clean(text).split("\n")
    out: list[Flowable] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        block_ends = index + 1 == len(lines) or not lines[index + 1].strip()
        if out and style.spaceAfter == 0 and not lines[index - 1].strip():
            out.append(Spacer(0, style.leading / 2))
        out.append(_Paragraph(escape(line), style if block_ends else tight))
    return out


def plain(text: str) -> str:
    """Cleaned single-line text for PDF metadata and canvas strings (no markup)."""
    return " ".join(clean(text).split())
