"""The translated words of the blank forms (``export/forms/``): the forms' own texts here, the
words they share with the screen (age bands, groups, ways of moving…) from the same tables as
the screen, and the dates and page numbers in the handout's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.export.blocks import frozen
from workshop_app.export.forms.labels import FormLabels
from workshop_app.ui.labels import meeting_labels
from workshop_app.ui.privacy_notice_texts import notice_defaults
from workshop_app.ui.trials import texts


def _card_texts() -> dict[str, str]:
    return {
        "feedback_cards": QCoreApplication.translate("FormLabels", "Feedback cards"),
        "card_number": QCoreApplication.translate("FormLabels", "Card no. {number}"),
        "invitation": QCoreApplication.translate(
            "FormLabels", "What do you think of this test? Tick and write; no name needed."
        ),
        "overall": QCoreApplication.translate("FormLabels", "All in all"),
        "what_works": QCoreApplication.translate("FormLabels", "What works?"),
        "could_be_better": QCoreApplication.translate("FormLabels", "What could be better?"),
        "age": QCoreApplication.translate("FormLabels", "Age"),
        "i_am": QCoreApplication.translate("FormLabels", "I am a"),
        "thanks": QCoreApplication.translate(
            "FormLabels", "Thank you! Put the card in the box or hand it to us."
        ),
        "cards_run": QCoreApplication.translate("FormLabels", "Cards {first}–{last}"),
    }


def _counting_texts() -> dict[str, str]:
    return {
        "counting_sheet": QCoreApplication.translate("FormLabels", "Counting sheet"),
        "date": QCoreApplication.translate("FormLabels", "Date"),
        "time": QCoreApplication.translate("FormLabels", "Time"),
        "from_to": QCoreApplication.translate("FormLabels", "from ______ to ______"),
        "weather": QCoreApplication.translate("FormLabels", "Weather"),
        "place": QCoreApplication.translate("FormLabels", "Place or counting line"),
        "phase": QCoreApplication.translate("FormLabels", "Phase"),
        "counting_hint": QCoreApplication.translate(
            "FormLabels",
            "One tally mark per person. Passing: one row per 10 minutes from the start time. "
            "Staying: count once in the session, by what people do and their age.",
        ),
        "passing": QCoreApplication.translate("FormLabels", "People passing, per 10 minutes"),
        "staying": QCoreApplication.translate("FormLabels", "People staying, by activity and age"),
        "minutes": QCoreApplication.translate("FormLabels", "Minutes"),
        "block": QCoreApplication.translate("FormLabels", "{start}–{end} min"),
        "activity": QCoreApplication.translate("FormLabels", "Activity"),
    }


def _meeting_form_texts() -> dict[str, str]:
    notice = notice_defaults()  # shared with the overview's privacy notice
    return {
        "vote_sheet": QCoreApplication.translate("FormLabels", "Dot-voting sheet"),
        "vote_hint": QCoreApplication.translate(
            "FormLabels", "Put your dots beside the ideas you like best."
        ),
        "idea": QCoreApplication.translate("FormLabels", "Idea"),
        "dots": QCoreApplication.translate("FormLabels", "Dots"),
        "own_idea": QCoreApplication.translate("FormLabels", "Your own idea:"),
        "no_ideas": QCoreApplication.translate(
            "FormLabels", "There are no ideas in the idea bank yet: write them in below."
        ),
        "meeting": QCoreApplication.translate("FormLabels", "Meeting"),
        "sign_in": QCoreApplication.translate("FormLabels", "Sign-in sheet"),
        "privacy": QCoreApplication.translate("FormLabels", "How we use your information"),
        "controller": QCoreApplication.translate("FormLabels", "Responsible"),
        "purpose": QCoreApplication.translate("FormLabels", "Why"),
        "keep_until": QCoreApplication.translate("FormLabels", "Kept until"),
        "contact": QCoreApplication.translate("FormLabels", "Questions"),
        "default_controller": notice.controller,
        "default_purpose": notice.purpose,
        "default_keep": notice.keep,
        "default_contact": notice.contact,
        "consent_note": QCoreApplication.translate(
            "FormLabels",
            "Tick “I agree” to let us keep your name on this list for the purpose above. "
            "Contact details are optional; you may ask us to delete them at any time.",
        ),
        "name": QCoreApplication.translate("FormLabels", "Name"),
        "organisation": QCoreApplication.translate("FormLabels", "Organisation or group"),
        "contact_details": QCoreApplication.translate("FormLabels", "E-mail or phone (optional)"),
        "agree": QCoreApplication.translate("FormLabels", "I agree"),
        "news": QCoreApplication.translate("FormLabels", "Send me news"),
        "large_print": QCoreApplication.translate("FormLabels", "Handout in large print"),
    }


def form_labels() -> FormLabels:
    """The forms' words in the language installed now."""
    meeting = meeting_labels()
    return FormLabels(
        untitled=QCoreApplication.translate("FormLabels", "Untitled project"),
        page_of=meeting.page_of,
        printed=meeting.printed,
        months=meeting.months,
        date_format=meeting.date_format,
        test=QCoreApplication.translate("FormLabels", "Test"),
        no_test=QCoreApplication.translate("FormLabels", "(no test chosen)"),
        # A test's name as the print page's list of tests gives it (one translation for both).
        untitled_test=QCoreApplication.translate("OptionsPanel", "(untitled test)"),
        test_version=QCoreApplication.translate("OptionsPanel", "{0} (version {1})"),
        total=meeting.total,
        number=QCoreApplication.translate("FormLabels", "No."),
        **_card_texts(),
        **_counting_texts(),
        **_meeting_form_texts(),
        age_bands=frozen(**texts.age_band_labels()),
        groups=frozen(**texts.respondent_group_labels()),
        sentiments=frozen(**texts.sentiment_labels()),
        modes=frozen(**texts.mode_labels()),
        activities=frozen(**texts.activity_labels()),
        weathers=frozen(**texts.weather_labels()),
        phases=frozen(**texts.phase_labels()),
        meeting_labels=meeting,
    )
