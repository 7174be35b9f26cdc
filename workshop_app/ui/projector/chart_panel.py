"""A test's evidence on the room screen: its title, the verdict in words, and the two charts a
room reads from afar (people passing per hour, feedback by sentiment).

The charts and the verdict are the tests page's own (``ui/trials/summary.SummaryPanel``), given
the room screen's type sizes and colours; the quotes and the themes typed by people stay on
the laptop.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop_app.domain.changes import Changes
from workshop_app.ui.projector.look import MUTED, TEXT, FitLabel, Look, set_px
from workshop_app.ui.projector.panels import Panel
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials.summary import SummaryPanel


class ChartPanel(Panel):
    """One test's summary, large."""

    def __init__(self, session: ProjectSession, look: Look, trial_uuid: str) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_chart")
        self._trial = trial_uuid
        self.title = FitLabel(bold=True)
        self.title.setObjectName("projector_chart_title")
        self.summary = SummaryPanel(session)
        self.summary.set_trial(trial_uuid)
        self.summary.basis.hide()
        for chart in (self.summary.staying_chart, self.summary.themes_chart):
            card = chart.parentWidget()
            if card is not None:
                card.hide()
        self._dark(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.summary, 13)
        self.refresh()
        self.set_look(look)

    def wants(self, changes: Changes) -> bool:
        return changes.trials

    def refresh(self) -> None:
        trial = self._session.service.trial_book().trial(self._trial)
        title = " ".join(trial.title.split()) if trial is not None else ""
        self.title.set_full_text(title or self.tr("Test"))

    def apply_look(self) -> None:
        look = self.look
        self.title.set_sizes(look.title_px, look.min_px)
        px = look.body_px
        set_px(self.summary, px)
        for label in self.summary.findChildren(QLabel):
            set_px(label, px, bold=label is self.summary.verdict)
        for chart in (self.summary.passing_chart, self.summary.sentiment_chart):
            set_px(chart, px)
            self._dark(chart)
        self.summary.verdict.setMaximumHeight(px * 4)
        # The page's style sheet sizes section titles in points: here they follow the screen.
        self.summary.setStyleSheet(
            f"QWidget {{ color: {TEXT}; }}"
            f'QLabel[role="sectionTitle"] {{ font-size: {px}px; font-weight: 600; }}'
            f'QLabel[role="hint"] {{ font-size: {round(px * 0.8)}px; color: {MUTED}; }}'
            f"QFrame {{ border: none; }}"
        )

    @staticmethod
    def _dark(widget: QWidget) -> None:
        palette = widget.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(TEXT))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        widget.setPalette(palette)

    def texts(self) -> list[str]:
        shown = [self.title.full_text()]
        shown += [label.text() for label in self.summary.findChildren(QLabel) if label.isVisible()]
        return shown
