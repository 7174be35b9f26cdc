"""Text from outside (file names, project texts, error strings) shown as itself, never as HTML.

Qt renders a label's or tooltip's text as rich text whenever it *looks* like HTML
(``Qt.mightBeRichText``): a file named ``<b><font size=7 color=red>HUGE <img src=pic.png>``
showed huge red text and loaded a local image. Labels that carry such text use
:func:`plain_label` (or ``setTextFormat(PlainText)``); tooltips and item tooltips go through
:func:`plain_tooltip`; message boxes through ``dialogs.message_box``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def escaped(text: str) -> str:
    """``text`` as HTML that shows exactly ``text`` (line breaks kept), for rich text we build."""
    return html.escape(text).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed. Text Qt would take for HTML is escaped and
    wrapped so line breaks stay; any other text is returned unchanged."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never renders its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
