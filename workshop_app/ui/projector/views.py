"""What the room screen can show: one small frozen value per kind of view.

The facilitator's console (and the actor page's F11) pass one of these to
:meth:`~workshop_app.ui.projector.projector.Projector.show`; the projector builds the panel for it
and keeps it up to date from the session. A view holds only what it needs to find its data again
(a meeting's uuid, a question's text), so showing the same view twice shows the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TimerView:
    """The current agenda item large, its countdown, the meeting clock and ahead/behind."""

    meeting_uuid: str


@dataclass(frozen=True)
class QuestionView:
    """A question (or any short text) put to the room."""

    text: str


@dataclass(frozen=True)
class RankingView:
    """The dot-vote ranking of the ideas voted on at a meeting, most votes first."""

    meeting_uuid: str


@dataclass(frozen=True)
class ActorGridView:
    """The power/interest grid without controls, legend or tooltips: numbers instead of names
    unless the facilitator chose to show names. The relations and the comparison of two
    assessments are drawn when the page that asked for the view draws them."""

    names_shown: bool = False
    relations: bool = False
    compare_from: str = ""
    #: "" (now) or an assessment's uuid: where the comparison's arrows end.
    compare_to: str = ""


@dataclass(frozen=True)
class TrialChartView:
    """A test's summary: its verdict and its charts (counts, feedback by sentiment)."""

    trial_uuid: str


@dataclass(frozen=True)
class PauseView:
    """A blank "pause" screen."""


ProjectorView = TimerView | QuestionView | RankingView | ActorGridView | TrialChartView | PauseView
