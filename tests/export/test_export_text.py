"""User text on its way into ReportLab: cleaned, escaped, never interpreted."""

from __future__ import annotations

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.platypus import Paragraph

from workshop_app.export import fonts
from workshop_app.export.styles import make_styles
from workshop_app.export.text import REPLACEMENT, blocks, clean, markup, para, plain


def test_fonts_register_once_and_map_bold_and_italic() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC
    assert ord("ø") in fonts.covered_code_points()


def test_styles_body_is_at_least_ten_points() -> None:
    styles = make_styles()
    assert styles.body.fontSize >= 10
    assert styles.cell.fontSize >= 10
    assert styles.body.fontName.startswith("DejaVuSans")


def test_clean_keeps_danish_letters_and_line_breaks() -> None:
    assert clean("æøå ÆØÅ\nlinje 2\r\nlinje 3\rlinje 4") == "æøå ÆØÅ\nlinje 2\nlinje 3\nlinje 4"


def test_clean_drops_controls_and_direction_marks() -> None:
    assert clean("a\x00b\x07c\x1bd\u200fe\u202ef\u200dg\ufeffh") == "abcdefgh"
    assert clean("a\tb") == "a b"


def test_clean_replaces_what_the_font_cannot_draw_visibly() -> None:
    assert clean("ok 👍🏽") == f"ok {REPLACEMENT}"
    assert clean("lone \ud800 surrogate") == f"lone {REPLACEMENT} surrogate"
    assert clean("private \ue000 use") == f"private {REPLACEMENT} use"
    assert clean("€ – ✓") == "€ – ✓"


@pytest.mark.parametrize(
    "hostile",
    ["<b>", "a<b", "R&D", "</para>", '<img src="/etc/passwd">', "<font size=40>big"],
)
def test_markup_escapes_everything(hostile: str) -> None:
    text = markup(hostile)
    assert "<" not in text.replace("<br/>", "")
    paragraph = para(hostile, make_styles().body)
    assert paragraph.wrap(300, 800)[1] > 0


def test_newlines_become_breaks() -> None:
    assert markup("a\nb") == "a<br/>b"


def test_several_blank_lines_count_as_one() -> None:
    assert markup("a\n\n\n \n\t\nb\n\nc") == "a<br/><br/>b<br/><br/>c"
    assert markup("a" + "\n" * 20_000 + "b") == "a<br/><br/>b"


def test_blocks_make_one_paragraph_per_line_and_gaps_between_blocks() -> None:
    styles = make_styles()
    body = blocks("one\n\ntwo\nlines\n\n\n\nthree", styles.body)
    assert len(body) == 4 and all(isinstance(f, Paragraph) for f in body)
    gap = styles.body.spaceAfter
    assert [f.style.spaceAfter for f in body] == [gap, 0, gap, gap]
    cell = blocks("one\n\ntwo", styles.cell)
    assert [isinstance(f, Paragraph) for f in cell] == [True, False, True]
    assert blocks("  \n\n ", styles.body) == []
    assert blocks("<b>", styles.body)[0].text == "&lt;b&gt;"


def test_plain_is_one_clean_line() -> None:
    assert plain("  a\nb\x00c  <d> ") == "a bc <d>"


def test_clean_marks_a_flag_or_a_joined_emoji_once() -> None:
    assert clean("dk🇩🇰 se🇸🇪🇩🇰") == f"dk{REPLACEMENT} se{REPLACEMENT}{REPLACEMENT}"
    assert clean("🧑\u200d🌾 🏳️\u200d🌈!") == f"{REPLACEMENT} {REPLACEMENT}!"
    assert clean("中文") == REPLACEMENT * 2  # two characters, two marks
    assert clean("😀\u200d😀") == "😀😀"  # drawn characters are never merged away


def test_characters_beyond_the_basic_plane_are_mapped_back_as_themselves() -> None:
    # ReportLab wrote U+1F600 as <1F600>, which readers take as U+1F60 ("ὠ").
    fonts.register_fonts()
    cmap = fonts.to_unicode_cmap("F", [0x41, 0x1F600])
    assert "<00> <0041>" in cmap
    assert "<01> <D83DDE00>" in cmap
    assert "1F600" not in cmap


def test_a_paragraph_wraps_once_per_width() -> None:
    # A table split over many pages wraps every remaining cell again on each page; the lines
    # are kept, so a 300-row table no longer takes minutes.
    paragraph = para("one two three " * 200, make_styles().body)
    first = paragraph.wrap(200, 800)
    lines = paragraph.blPara
    assert paragraph.wrap(200, 10) == first and paragraph.blPara is lines
    wider = paragraph.wrap(400, 800)
    assert wider[1] < first[1] and paragraph.blPara is not lines
    assert paragraph.wrap(200, 800) == first
