"""The project report on the "Print and export" page: one entry, with language and names, whose
job writes the report in the language installed when it is made."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from workshop_app.services.demo import demo_snapshot
from workshop_app.ui import print_catalog
from workshop_app.ui.i18n import install_translators
from workshop_app.ui.print_catalog import LANGUAGE, NAMES, PrintOptions


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def test_the_report_entry_builds_the_report_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    entry = next(e for e in print_catalog.entries() if e.key == "report")
    assert entry.group == "document" and entry.options == frozenset({LANGUAGE, NAMES})
    snapshot = demo_snapshot(dt.date(2026, 6, 1))
    assert entry.unavailable(snapshot) == ""
    try:
        install_translators("en")
        assert entry.title() == "Project report"
        job = entry.job(PrintOptions(language="en", with_names=False))
        name = entry.file_name(snapshot, PrintOptions(language="en"))
        install_translators("da")
        danish = entry.job(PrintOptions(language="da", with_names=True))
    finally:
        install_translators("da")
    assert name == "Project report - Egeby bymidte"
    steps: list[int] = []
    out = io.BytesIO()
    job(snapshot, out, steps.append, lambda: False)
    assert steps[-1] == 100
    text = _text(out.getvalue())
    assert "Where the collaboration stands" in text and "Mette Holm" not in text
    out = io.BytesIO()
    danish(snapshot, out, steps.append, lambda: False)
    text = _text(out.getvalue())
    assert "Hvor samarbejdet står" in text and "Indeholder personoplysninger" in text
