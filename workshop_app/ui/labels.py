"""Translated labels for PDFs: exports get their words from here, never translate themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.export.handout import HandoutLabels


def handout_labels() -> HandoutLabels:
    locale = QLocale()
    months = tuple(locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13))
    return HandoutLabels(
        document_title=QCoreApplication.translate("HandoutLabels", "Handout"),
        purpose=QCoreApplication.translate("HandoutLabels", "Purpose"),
        date=QCoreApplication.translate("HandoutLabels", "Date"),
        time=QCoreApplication.translate("HandoutLabels", "Time"),
        place=QCoreApplication.translate("HandoutLabels", "Place"),
        agenda=QCoreApplication.translate("HandoutLabels", "Agenda"),
        clock=QCoreApplication.translate("HandoutLabels", "Time"),
        item=QCoreApplication.translate("HandoutLabels", "Item"),
        minutes=QCoreApplication.translate("HandoutLabels", "Min."),
        method=QCoreApplication.translate("HandoutLabels", "Method"),
        responsible=QCoreApplication.translate("HandoutLabels", "Responsible"),
        no_agenda=QCoreApplication.translate("HandoutLabels", "No agenda items yet."),
        not_set=QCoreApplication.translate("HandoutLabels", "Not set"),
        total=QCoreApplication.translate("HandoutLabels", "Total"),
        page_of=QCoreApplication.translate("HandoutLabels", "Page {page} of {pages}"),
        printed=QCoreApplication.translate("HandoutLabels", "Printed {date}"),
        months=months,
        date_format=QCoreApplication.translate("HandoutLabels", "{day} {month} {year}"),
        minutes_unit=QCoreApplication.translate("HandoutLabels", "min"),
    )
