"""The privacy notice's sentences for empty fields (``domain/privacy_notice.py``) in the
language installed now: the one translation both the printed forms (``ui/form_labels.py``) and
the overview's hints use. Light: no ReportLab, so the overview may ask at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.privacy_notice import NoticeDefaults


def notice_defaults() -> NoticeDefaults:
    """The sentences printed for empty privacy fields, translated."""
    return NoticeDefaults(
        controller=QCoreApplication.translate(
            "FormLabels", "The municipality running this project."
        ),
        purpose=QCoreApplication.translate(
            "FormLabels",
            "To know who took part in the project's meetings and, if you tick it, to send you "
            "news about the project.",
        ),
        keep=QCoreApplication.translate("FormLabels", "Deleted when the project ends."),
        contact=QCoreApplication.translate("FormLabels", "Ask the facilitators at the meeting."),
    )
