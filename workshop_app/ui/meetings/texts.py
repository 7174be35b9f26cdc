"""The words of the meetings page: meeting kinds, phases, attendance groups, what a note became.

One source for every view of a meeting (the page, the live console, the labels of a PDF), as
``ui/trials/texts.py`` is for the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.ui.trials.texts import age_band_labels as age_band_labels


def kind_labels() -> dict[str, str]:
    """The kinds of ``domain.meetings.MEETING_KINDS``, in that order."""
    return {
        "kickoff": QCoreApplication.translate("MeetingTexts", "Kick-off"),
        "citizen_meeting": QCoreApplication.translate("MeetingTexts", "Citizen meeting"),
        "workshop": QCoreApplication.translate("MeetingTexts", "Workshop"),
        "town_walk": QCoreApplication.translate("MeetingTexts", "Town walk"),
        "steering_group": QCoreApplication.translate("MeetingTexts", "Steering group"),
        "other": QCoreApplication.translate("MeetingTexts", "Other"),
    }


def phase_labels() -> dict[str, str]:
    """The phases a meeting serves (``domain.meetings.MEETING_PHASES``); "" is none."""
    return {
        "": QCoreApplication.translate("MeetingTexts", "No particular phase"),
        "scope": QCoreApplication.translate("MeetingTexts", "1 Start-up and scope"),
        "actors": QCoreApplication.translate("MeetingTexts", "2 Actors"),
        "trials": QCoreApplication.translate("MeetingTexts", "3 Prototype tests"),
    }


def group_labels() -> dict[str, str]:
    """The citizen groups counted at a meeting (``domain.meetings.ATTENDANCE_GROUPS``)."""
    return {
        "resident": QCoreApplication.translate("MeetingTexts", "Residents"),
        "visitor": QCoreApplication.translate("MeetingTexts", "Visitors"),
        "trader": QCoreApplication.translate("MeetingTexts", "Traders"),
    }


def became_labels() -> dict[str, str]:
    """What a captured note was turned into ("" is: still a note)."""
    return {
        "": "",
        "idea": QCoreApplication.translate("MeetingTexts", "Idea"),
        "actor": QCoreApplication.translate("MeetingTexts", "Actor"),
        "knowledge": QCoreApplication.translate("MeetingTexts", "Knowledge need"),
        "decision": QCoreApplication.translate("MeetingTexts", "Decision"),
        "action": QCoreApplication.translate("MeetingTexts", "Action item"),
    }
