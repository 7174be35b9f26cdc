"""Every fixed text of phase 3 (temporary prototype tests) a person reads, translated.

The domain declares keys only (workshop_app/domain/vocabulary.py, trials.py); this module gives
them words, for the pages and for the PDFs' labels alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def trial_type_labels() -> dict[str, str]:
    return {
        "street_furniture": QCoreApplication.translate("TrialTexts", "Street furniture"),
        "closed_street": QCoreApplication.translate("TrialTexts", "Street closed to cars"),
        "popup_shop": QCoreApplication.translate("TrialTexts", "Pop-up shop"),
        "market": QCoreApplication.translate("TrialTexts", "Market"),
        "event": QCoreApplication.translate("TrialTexts", "Event"),
        "greenery": QCoreApplication.translate("TrialTexts", "Greenery"),
        "play": QCoreApplication.translate("TrialTexts", "Play"),
        "art": QCoreApplication.translate("TrialTexts", "Art"),
        "lighting": QCoreApplication.translate("TrialTexts", "Lighting"),
        "parking_change": QCoreApplication.translate("TrialTexts", "Parking change"),
        "cooperation": QCoreApplication.translate("TrialTexts", "New cooperation"),
        "other": QCoreApplication.translate("TrialTexts", "Other"),
    }


def status_labels() -> dict[str, str]:
    return {
        "idea": QCoreApplication.translate("TrialTexts", "Idea"),
        "planned": QCoreApplication.translate("TrialTexts", "Planned"),
        "running": QCoreApplication.translate("TrialTexts", "Running"),
        "evaluated": QCoreApplication.translate("TrialTexts", "Evaluated"),
        "decided": QCoreApplication.translate("TrialTexts", "Decided"),
    }


def permit_kind_labels() -> dict[str, str]:
    return {
        "event_permit": QCoreApplication.translate("TrialTexts", "Event permit"),
        "road_or_square_use": QCoreApplication.translate("TrialTexts", "Use of road or square"),
        "temporary_structures": QCoreApplication.translate("TrialTexts", "Temporary structures"),
        "food": QCoreApplication.translate("TrialTexts", "Food sales"),
        "music_noise": QCoreApplication.translate("TrialTexts", "Music and noise"),
        "police": QCoreApplication.translate("TrialTexts", "Police"),
        "landlord_consent": QCoreApplication.translate("TrialTexts", "Landlord's consent"),
        "insurance": QCoreApplication.translate("TrialTexts", "Insurance"),
        "other": QCoreApplication.translate("TrialTexts", "Other"),
    }


def yes_no_labels() -> dict[bool | None, str]:
    """The three states of a permit's needed / applied / granted."""
    return {
        True: QCoreApplication.translate("TrialTexts", "Yes"),
        False: QCoreApplication.translate("TrialTexts", "No"),
        None: QCoreApplication.translate("TrialTexts", "Not known"),
    }


def weather_labels() -> dict[str, str]:
    return {
        "sunny": QCoreApplication.translate("TrialTexts", "Sunny"),
        "partly_cloudy": QCoreApplication.translate("TrialTexts", "Partly cloudy"),
        "overcast": QCoreApplication.translate("TrialTexts", "Overcast"),
        "rain": QCoreApplication.translate("TrialTexts", "Rain"),
        "snow": QCoreApplication.translate("TrialTexts", "Snow"),
        "windy": QCoreApplication.translate("TrialTexts", "Windy"),
    }


def phase_labels() -> dict[str, str]:
    return {
        "before": QCoreApplication.translate("TrialTexts", "Before"),
        "during": QCoreApplication.translate("TrialTexts", "During"),
        "after": QCoreApplication.translate("TrialTexts", "After"),
    }


def mode_labels() -> dict[str, str]:
    return {
        "walking": QCoreApplication.translate("TrialTexts", "Walking"),
        "cycling": QCoreApplication.translate("TrialTexts", "Cycling"),
        "other": QCoreApplication.translate("TrialTexts", "Other"),
    }


def activity_labels() -> dict[str, str]:
    return {
        "standing": QCoreApplication.translate("TrialTexts", "Standing"),
        "sitting": QCoreApplication.translate("TrialTexts", "Sitting"),
        "playing": QCoreApplication.translate("TrialTexts", "Playing"),
        "other": QCoreApplication.translate("TrialTexts", "Other"),
    }


def age_band_labels() -> dict[str, str]:
    return {
        "age_0_14": QCoreApplication.translate("TrialTexts", "0–14"),
        "age_15_29": QCoreApplication.translate("TrialTexts", "15–29"),
        "age_30_64": QCoreApplication.translate("TrialTexts", "30–64"),
        "age_65_plus": QCoreApplication.translate("TrialTexts", "65+"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "card": QCoreApplication.translate("TrialTexts", "Paper card"),
        "conversation": QCoreApplication.translate("TrialTexts", "Conversation"),
        "observation": QCoreApplication.translate("TrialTexts", "Observation"),
        "other": QCoreApplication.translate("TrialTexts", "Other"),
    }


def sentiment_labels() -> dict[str, str]:
    return {
        "positive": QCoreApplication.translate("TrialTexts", "Positive"),
        "neutral": QCoreApplication.translate("TrialTexts", "Neutral"),
        "negative": QCoreApplication.translate("TrialTexts", "Negative"),
    }


def respondent_group_labels() -> dict[str, str]:
    return {
        "resident": QCoreApplication.translate("TrialTexts", "Resident"),
        "visitor": QCoreApplication.translate("TrialTexts", "Visitor"),
        "trader": QCoreApplication.translate("TrialTexts", "Trader"),
    }


def decision_kind_labels() -> dict[str, str]:
    return {
        "keep": QCoreApplication.translate("TrialTexts", "Keep"),
        "adjust_and_retest": QCoreApplication.translate("TrialTexts", "Adjust and test again"),
        "make_permanent": QCoreApplication.translate("TrialTexts", "Make permanent"),
        "discard": QCoreApplication.translate("TrialTexts", "Discard"),
        "spawn_ideas": QCoreApplication.translate("TrialTexts", "Spawn new ideas"),
    }


def trial_field_labels() -> dict[str, str]:
    """The name of every field of a test record (form labels, undo texts, PDFs)."""
    return {
        "title": QCoreApplication.translate("TrialTexts", "Title"),
        "idea_uuid": QCoreApplication.translate("TrialTexts", "Idea tested"),
        "version_of": QCoreApplication.translate("TrialTexts", "New version of"),
        "we_believe": QCoreApplication.translate("TrialTexts", "We believe that"),
        "will": QCoreApplication.translate("TrialTexts", "will"),
        "we_will_see": QCoreApplication.translate("TrialTexts", "We will see it when"),
        "strategic_aim": QCoreApplication.translate("TrialTexts", "Strategic aim"),
        "trial_type": QCoreApplication.translate("TrialTexts", "Type"),
        "place": QCoreApplication.translate("TrialTexts", "Place"),
        "start_date": QCoreApplication.translate("TrialTexts", "Start"),
        "end_date": QCoreApplication.translate("TrialTexts", "End"),
        "materials": QCoreApplication.translate("TrialTexts", "Materials"),
        "responsible": QCoreApplication.translate("TrialTexts", "Responsible actors"),
        "success_criteria": QCoreApplication.translate("TrialTexts", "Success criteria"),
        "measurement_plan": QCoreApplication.translate("TrialTexts", "Measurement plan"),
        "budget": QCoreApplication.translate("TrialTexts", "Budget"),
        "permits": QCoreApplication.translate("TrialTexts", "Permits"),
        "status": QCoreApplication.translate("TrialTexts", "Status"),
    }


def idea_field_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("TrialTexts", "Idea"),
        "description": QCoreApplication.translate("TrialTexts", "Description"),
        "origin": QCoreApplication.translate("TrialTexts", "Came from"),
        "origin_note": QCoreApplication.translate("TrialTexts", "Where it came from (note)"),
        "tags": QCoreApplication.translate("TrialTexts", "Tags"),
        "created": QCoreApplication.translate("TrialTexts", "Noted on"),
        "votes": QCoreApplication.translate("TrialTexts", "Votes"),
    }


def feedback_field_labels() -> dict[str, str]:
    return {
        "date": QCoreApplication.translate("TrialTexts", "Date"),
        "channel": QCoreApplication.translate("TrialTexts", "Channel"),
        "card_number": QCoreApplication.translate("TrialTexts", "Card no."),
        "sentiment": QCoreApplication.translate("TrialTexts", "Sentiment"),
        "what_works": QCoreApplication.translate("TrialTexts", "What works"),
        "could_be_better": QCoreApplication.translate("TrialTexts", "What could be better"),
        "quote": QCoreApplication.translate("TrialTexts", "Quote"),
        "age_band": QCoreApplication.translate("TrialTexts", "Age"),
        "respondent_group": QCoreApplication.translate("TrialTexts", "Respondent"),
        "tags": QCoreApplication.translate("TrialTexts", "Themes"),
    }


def count_field_labels() -> dict[str, str]:
    return {
        "date": QCoreApplication.translate("TrialTexts", "Date"),
        "start_time": QCoreApplication.translate("TrialTexts", "From"),
        "end_time": QCoreApplication.translate("TrialTexts", "To"),
        "weather": QCoreApplication.translate("TrialTexts", "Weather"),
        "place": QCoreApplication.translate("TrialTexts", "Place or counting line"),
        "phase": QCoreApplication.translate("TrialTexts", "Phase"),
        "note": QCoreApplication.translate("TrialTexts", "Note"),
        "passing": QCoreApplication.translate("TrialTexts", "People passing"),
        "staying": QCoreApplication.translate("TrialTexts", "People staying"),
    }
