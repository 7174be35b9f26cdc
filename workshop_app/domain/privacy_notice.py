"""What the privacy notice of a sign-in sheet says for each field the project leaves empty: the
municipality as the one responsible, else plain sentences. One source for the printed sheet
(``export/forms/sign_in.py``) and the screen that edits the notice (the overview's hints), so
the facilitator sees exactly what will be printed. The sentences are English here; the screen
translates them (``ui/privacy_notice_texts.py``) and hands them in."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.model import Project


@dataclass(frozen=True, slots=True)
class NoticeDefaults:
    """The sentences printed for an empty field, in one language."""

    controller: str = "The municipality running this project."
    purpose: str = (
        "To know who took part in the project's meetings and, if you tick it, to send you news "
        "about the project."
    )
    keep: str = "Deleted when the project ends."
    contact: str = "Ask the facilitators at the meeting."


def printed_when_empty(project: Project, defaults: NoticeDefaults) -> dict[str, str]:
    """For each privacy field of ``project`` (by its name), what the sheet prints while it is
    empty: who is responsible falls back to the project's municipality, then the sentence."""
    return {
        "privacy_controller": project.municipality.strip() or defaults.controller,
        "privacy_purpose": defaults.purpose,
        "privacy_keep_until": defaults.keep,
        "privacy_contact": defaults.contact,
    }
