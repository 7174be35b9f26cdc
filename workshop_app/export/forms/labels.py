"""The fixed texts of the blank forms, translated by the caller (``ui/form_labels.py``); English
defaults. The words shared with the screen (age bands, groups, sentiments, ways of moving,
activities, weather, phases) come from the same tables as the screen's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_app.domain.privacy_notice import NoticeDefaults
from workshop_app.export import english
from workshop_app.export.blocks import DocumentWords
from workshop_app.export.meeting_labels import MeetingLabels

#: The privacy notice's sentences for empty fields: one source with the screen's hints.
_NOTICE = NoticeDefaults()


@dataclass(frozen=True)
class FormLabels(DocumentWords):
    """Every fixed text of the blank forms. ``{…}`` fields are filled in by the forms."""

    # -- every form
    untitled: str = "Untitled project"
    test: str = "Test"
    no_test: str = "(no test chosen)"
    untitled_test: str = "(untitled test)"
    #: A re-test's name: its title and version number, as the app lists it.
    test_version: str = "{0} (version {1})"
    number: str = "No."
    # -- feedback cards
    feedback_cards: str = "Feedback cards"
    card_number: str = "Card no. {number}"
    invitation: str = "What do you think of this test? Tick and write; no name needed."
    overall: str = "All in all"
    what_works: str = "What works?"
    could_be_better: str = "What could be better?"
    age: str = "Age"
    i_am: str = "I am a"
    thanks: str = "Thank you! Put the card in the box or hand it to us."
    cards_run: str = "Cards {first}–{last}"
    # -- counting sheet
    counting_sheet: str = "Counting sheet"
    date: str = "Date"
    time: str = "Time"
    from_to: str = "from ______ to ______"
    weather: str = "Weather"
    place: str = "Place or counting line"
    phase: str = "Phase"
    counting_hint: str = (
        "One tally mark per person. Passing: one row per 10 minutes from the start time. "
        "Staying: count once in the session, by what people do and their age."
    )
    passing: str = "People passing, per 10 minutes"
    staying: str = "People staying, by activity and age"
    minutes: str = "Minutes"
    block: str = "{start}–{end} min"
    activity: str = "Activity"
    # -- dot-voting sheet
    vote_sheet: str = "Dot-voting sheet"
    vote_hint: str = "Put your dots beside the ideas you like best."
    idea: str = "Idea"
    dots: str = "Dots"
    own_idea: str = "Your own idea:"
    no_ideas: str = "There are no ideas in the idea bank yet: write them in below."
    meeting: str = "Meeting"
    # -- sign-in sheet
    sign_in: str = "Sign-in sheet"
    privacy: str = "How we use your information"
    controller: str = "Responsible"
    purpose: str = "Why"
    keep_until: str = "Kept until"
    contact: str = "Questions"
    default_controller: str = _NOTICE.controller
    default_purpose: str = _NOTICE.purpose
    default_keep: str = _NOTICE.keep
    default_contact: str = _NOTICE.contact
    consent_note: str = (
        "Tick “I agree” to let us keep your name on this list for the purpose above. Contact "
        "details are optional; you may ask us to delete them at any time."
    )
    name: str = "Name"
    organisation: str = "Organisation or group"
    contact_details: str = "E-mail or phone (optional)"
    agree: str = "I agree"
    news: str = "Send me news"
    # -- large-print handout
    large_print: str = "Handout in large print"
    # -- the words of the screen
    age_bands: Mapping[str, str] = english.AGE_BANDS
    groups: Mapping[str, str] = english.FEEDBACK_GROUPS
    sentiments: Mapping[str, str] = english.SENTIMENTS
    modes: Mapping[str, str] = english.MODES
    activities: Mapping[str, str] = english.ACTIVITIES
    weathers: Mapping[str, str] = english.WEATHER
    phases: Mapping[str, str] = english.COUNT_PHASES
    #: The handout's words, for the large-print handout.
    meeting_labels: MeetingLabels = field(default_factory=MeetingLabels)

    def title_of(self, kind: str) -> str:
        """The form's name ("Feedback cards") for its kind ("feedback-cards")."""
        names = {
            "feedback-cards": self.feedback_cards,
            "counting-sheet": self.counting_sheet,
            "vote-sheet": self.vote_sheet,
            "sign-in": self.sign_in,
            "large-print": self.large_print,
        }
        return names.get(kind, kind)
