"""A test's evidence on the room screen: its title, the verdict in words, and the two charts a
room reads from afar (people passing per hour, feedback by sentiment).

The verdict and the charts are the tests page's own (``ui/trials/summary.SummaryPanel`` keeps
them up to date, unseen); this panel lays them out in the room's sizes and colours. The quotes
and the themes people typed stay on the laptop.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from workshop_app.domain.changes import Changes
from workshop_app.ui.projector.look import MUTED, TEXT, FitLabel, Look, set_px
from workshop_app.ui.projector.panels import Panel
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials.summary import ChartCard, SummaryPanel


def _dark(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    widget.setPalette(palette)


class ChartPanel(Panel):
    """One test's summary, large."""

    def __init__(self, session: ProjectSession, look: Look, trial_uuid: str) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_chart")
        self._trial = trial_uuid
        self.summary = SummaryPanel(session, self)  # the source of the texts and charts
        self.summary.hide()
        self.summary.set_trial(trial_uuid)
        self.title = FitLabel(bold=True)
        self.title.setObjectName("projector_chart_title")
        self.verdict = FitLabel()
        self.verdict.setObjectName("projector_chart_verdict")
        charts = QGridLayout()
        self.chart_titles: list[FitLabel] = []
        self.charts: list[QWidget] = []
        for column, chart in enumerate((self.summary.passing_chart, self.summary.sentiment_chart)):
            card = chart.parentWidget()
            heading = FitLabel(card.title.text() if isinstance(card, ChartCard) else "", bold=True)
            _dark(chart)
            charts.addWidget(heading, 0, column)
            charts.addWidget(chart, 1, column)  # moved here; the summary still fills it
            self.chart_titles.append(heading)
            self.charts.append(chart)
        charts.setRowStretch(0, 1)
        charts.setRowStretch(1, 7)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.verdict, 3)
        layout.addLayout(charts, 10)
        self.refresh()
        self.set_look(look)

    def wants(self, changes: Changes) -> bool:
        return changes.trials

    def refresh(self) -> None:
        trial = self._session.service.trial_outline().trial(self._trial)  # its title
        title = " ".join(trial.title.split()) if trial is not None else ""
        self.title.set_full_text(title or self.tr("Test"))
        self.verdict.set_full_text(self.summary.verdict.text())

    def apply_look(self) -> None:
        look = self.look
        self.title.set_sizes(look.title_px, look.min_px)
        self.verdict.set_sizes(look.body_px, look.min_px)
        for heading in self.chart_titles:
            heading.set_sizes(look.body_px, look.min_px)
        for chart in self.charts:
            set_px(chart, look.body_px)
        grid = self.layout()
        if grid is not None:
            grid.setSpacing(look.spacing * 2)
