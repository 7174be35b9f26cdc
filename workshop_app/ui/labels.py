"""Translated labels for PDFs: exports get their words from here, never translate themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.export.handout import HandoutLabels


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoutLabels", text)


def handout_labels() -> HandoutLabels:
    locale = QLocale()
    months = tuple(
        locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)
    )
    return HandoutLabels(
        document_title=_tr("Handout"),
        purpose=_tr("Purpose"),
        date=_tr("Date"),
        time=_tr("Time"),
        place=_tr("Place"),
        agenda=_tr("Agenda"),
        clock=_tr("Time"),
        item=_tr("Item"),
        minutes=_tr("Min."),
        method=_tr("Method"),
        responsible=_tr("Responsible"),
        no_agenda=_tr("No agenda items yet."),
        not_set=_tr("Not set"),
        total=_tr("Total"),
        page_of=_tr("Page {page} of {pages}"),
        printed=_tr("Printed {date}"),
        months=months,
        date_format=_tr("{day} {month} {year}"),
        minutes_unit=_tr("min"),
    )
