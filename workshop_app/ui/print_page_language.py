"""Labels in the language chosen for a document, without changing the language of the screen.

The label functions (``ui/labels.py``, the forms' and the report's) ask Qt's installed
translators, as the screen does. :func:`in_language` installs the chosen language's translators
for the few lines that make a document's labels and puts the screen's back before it returns:
no event is handled in between, so nothing on the screen is ever drawn in the other language (the
language-change events Qt posts arrive after the screen's translators are back).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from workshop_app.ui.i18n import current_language, install_translators


@contextmanager
def in_language(lang: str) -> Iterator[str]:
    """Inside, ``QCoreApplication.translate`` and the default locale speak ``lang``; after, the
    screen's language again. Yields the language used."""
    screen = current_language()
    if lang == screen:
        yield lang
        return
    used = install_translators(lang)
    try:
        yield used
    finally:
        install_translators(screen)
