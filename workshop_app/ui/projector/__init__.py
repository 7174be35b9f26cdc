"""The room screen: ONE full-screen projector window for the whole app (see ``projector``)."""

from workshop_app.ui.projector.projector import Projector, choose_screen, projector_for
from workshop_app.ui.projector.views import (
    ActorGridView,
    PauseView,
    ProjectorView,
    QuestionView,
    RankingView,
    TimerView,
    TrialChartView,
)

__all__ = [
    "ActorGridView",
    "PauseView",
    "Projector",
    "ProjectorView",
    "QuestionView",
    "RankingView",
    "TimerView",
    "TrialChartView",
    "choose_screen",
    "projector_for",
]
