"""The evidence of one test at a glance: a one-line verdict and four small charts.

People passing and people staying per hour (before / during / after, all together and by mode or
activity), feedback by sentiment, and the themes used most. Everything comes from
``service.trial_summary(uuid)``; the numbers behind the charts are pure functions in
``charts.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from workshop_app.domain.numbers import whole_percents
from workshop_app.domain.trials import PhaseSummary, TrialSummary
from workshop_app.errors import KnownError
from workshop_app.ui.session import ProjectSession
from workshop_app.ui.trials import texts
from workshop_app.ui.trials.charts import (
    ALL,
    NO_SENTIMENT,
    PHASE_COLORS,
    SENTIMENT_COLORS,
    THEME_COLOR,
    GroupedBarChart,
    HorizontalBarChart,
    Row,
    change_percent,
    counted_phases,
    format_value,
    passing_per_hour_bars,
    sentiment_bars,
    staying_per_hour_bars,
    theme_bars,
)
from workshop_app.ui.trials.common import TrialView, hint, section_title


def _counted(summary: TrialSummary, phase: str) -> PhaseSummary | None:
    counts = summary.counts.get(phase)
    return counts if counts is not None and counts.counted else None


def _change_sentence(percent: int, times: str, more: str, fewer: str, same: str) -> str:
    """One of four sentences for a change of ``percent``: "{0} times as many" from +100 %,
    "{0} % more", "{0} % fewer", or about the same."""
    if percent >= 100:
        return times.format(format_value((100 + percent) / 100))
    if percent > 0:
        return more.format(percent)
    if percent < 0:
        return fewer.format(-percent)
    return same


def _passing_sentence(phase: str, percent: int) -> str:
    if phase == "during":
        return _change_sentence(
            percent,
            QCoreApplication.translate(
                "TrialSummary",
                "During the test {0} times as many people passed per hour as before.",
            ),
            QCoreApplication.translate(
                "TrialSummary", "During the test {0} % more people passed per hour than before."
            ),
            QCoreApplication.translate(
                "TrialSummary", "During the test {0} % fewer people passed per hour than before."
            ),
            QCoreApplication.translate(
                "TrialSummary", "During the test about as many people passed per hour as before."
            ),
        )
    return _change_sentence(
        percent,
        QCoreApplication.translate(
            "TrialSummary", "After the test {0} times as many people passed per hour as before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "After the test {0} % more people passed per hour than before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "After the test {0} % fewer people passed per hour than before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "After the test about as many people passed per hour as before."
        ),
    )


def _staying_sentence(percent: int) -> str:
    return _change_sentence(
        percent,
        QCoreApplication.translate(
            "TrialSummary", "{0} times as many people stayed per hour as before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "{0} % more people stayed per hour than before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "{0} % fewer people stayed per hour than before."
        ),
        QCoreApplication.translate(
            "TrialSummary", "About as many people stayed per hour as before."
        ),
    )


def _one_phase_sentence(
    during: PhaseSummary | None, before: PhaseSummary | None, after: PhaseSummary | None
) -> str:
    """The per-hour counts of the one phase counted so far (during, else before, else after),
    when there is nothing to compare."""
    for counts, sentence in (
        (
            during,
            QCoreApplication.translate(
                "TrialSummary",
                "During the test {0} people passed and {1} stayed per hour; there are no counts "
                "from before the test to compare with.",
            ),
        ),
        (
            before,
            QCoreApplication.translate(
                "TrialSummary",
                "Before the test {0} people passed and {1} stayed per hour; count during the "
                "test to compare.",
            ),
        ),
        (
            after,
            QCoreApplication.translate(
                "TrialSummary", "After the test {0} people passed and {1} stayed per hour."
            ),
        ),
    ):
        if counts is not None:
            return sentence.format(
                format_value(counts.passing_per_hour or 0),
                format_value(counts.staying_per_hour or 0),
            )
    return QCoreApplication.translate("TrialSummary", "No counts yet.")


def verdict_text(summary: TrialSummary) -> str:
    """What the evidence says, in one or two lines a council member reads at a glance, e.g.
    "During the test 38 % more people passed per hour than before. 24 of 40 reactions were
    positive and 8 negative." Per-hour averages are compared with the counts before the test."""
    sentences: list[str] = []
    before = _counted(summary, "before")
    during = _counted(summary, "during")
    after = _counted(summary, "after")
    if before is not None and (during is not None or after is not None):
        for phase, counts in (("during", during), ("after", after)):
            if counts is None:
                continue
            passing = change_percent(before.passing_per_hour, counts.passing_per_hour)
            if passing is not None:
                sentences.append(_passing_sentence(phase, passing))
        compared = during if during is not None else after
        assert compared is not None
        staying = change_percent(before.staying_per_hour, compared.staying_per_hour)
        if staying is not None:
            sentences.append(_staying_sentence(staying))
        elif compared.staying_total:
            sentences.append(
                QCoreApplication.translate(
                    "TrialSummary", "Nobody was counted staying before; {0} per hour stayed since."
                ).format(format_value(compared.staying_per_hour or 0))
            )
    else:
        sentences.append(_one_phase_sentence(during, before, after))
    total = summary.feedback_total
    if total:
        negative = summary.sentiment.get("negative", 0)
        sentence = (
            QCoreApplication.translate(
                "TrialSummary", "{0} of {1} reactions were positive and 1 negative."
            )
            if negative == 1  # Danish: "1 negativ", not "1 negative"
            else QCoreApplication.translate(
                "TrialSummary", "{0} of {1} reactions were positive and {2} negative."
            )
        )
        sentences.append(sentence.format(summary.sentiment.get("positive", 0), total, negative))
    else:
        sentences.append(QCoreApplication.translate("TrialSummary", "No feedback yet."))
    return " ".join(sentences)


def basis_text(summary: TrialSummary) -> str:
    """What the summary rests on: counting sessions, hours counted, pieces of feedback."""
    sessions = sum(c.sessions for c in summary.counts.values())
    minutes = sum(c.minutes for c in summary.counts.values())
    return QCoreApplication.translate(
        "TrialSummary", "Counting sessions: {0} ({1} hours counted) · Feedback entries: {2}"
    ).format(sessions, format_value(minutes / 60), summary.feedback_total)


class ChartCard(QFrame):
    """A chart with its title and a one-line explanation above it."""

    def __init__(self, title: str, subtitle: str, chart: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = section_title(title)
        self.subtitle = hint(subtitle)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(chart, 1)


class SummaryPanel(TrialView):
    """The summary of one test (:meth:`set_trial`); refreshes when phase 3 changes."""

    NAME = "trial_summary"

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._trial: str | None = None
        self.summary: TrialSummary | None = None

        self.verdict = QLabel()
        self.verdict.setObjectName("trial_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict.setFont(font)
        self.basis = hint("", "trial_summary_basis", wrap=False)
        #: The paper round trip: numbered cards printed against cards entered.
        self.paper = hint("", "trial_summary_paper")

        self.passing_chart = GroupedBarChart()
        self.passing_chart.setObjectName("passing_chart")
        self.staying_chart = GroupedBarChart()
        self.staying_chart.setObjectName("staying_chart")
        self.sentiment_chart = HorizontalBarChart()
        self.sentiment_chart.setObjectName("sentiment_chart")
        self.themes_chart = HorizontalBarChart()
        self.themes_chart.setObjectName("themes_chart")
        cards = QGridLayout()
        cards.setSpacing(10)
        cards.addWidget(
            ChartCard(
                self.tr("People passing per hour"),
                self.tr("Average per hour counted, before / during / after the test"),
                self.passing_chart,
            ),
            0,
            0,
        )
        cards.addWidget(
            ChartCard(
                self.tr("People staying per hour"),
                self.tr("Standing, sitting or playing; average per hour counted"),
                self.staying_chart,
            ),
            0,
            1,
        )
        cards.addWidget(
            ChartCard(
                self.tr("Feedback by sentiment"),
                self.tr("Number of reactions and their share"),
                self.sentiment_chart,
            ),
            1,
            0,
        )
        cards.addWidget(
            ChartCard(
                self.tr("Top themes"),
                self.tr("Themes the feedback was tagged with, most used first"),
                self.themes_chart,
            ),
            1,
            1,
        )
        cards.setRowStretch(0, 3)
        cards.setRowStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.basis)
        layout.addWidget(self.paper)
        layout.addLayout(cards, 1)

        self.follow_changes()
        self._refresh()

    def set_trial(self, uuid: str | None) -> None:
        self._trial = uuid or None
        self._refresh()

    def trial(self) -> str | None:
        return self._trial

    def _refresh(self, touched: frozenset[str] | None = None) -> None:
        summary: TrialSummary | None = None
        if self._trial is not None:
            try:
                summary = self._session.service.trial_summary(self._trial)
            except KnownError:  # the test is gone (deleted, undone)
                summary = None
        self.summary = summary
        paper = ""
        if summary is None:
            self.verdict.setText(self.tr("Choose a test to see its evidence."))
            self.basis.setText("")
        else:
            self.verdict.setText(verdict_text(summary))
            self.basis.setText(basis_text(summary))
            # Imported here: the overview's verdict line needs this module, not the feedback tab.
            from workshop_app.ui.trials.feedback.round_trip import round_trip_text

            paper = round_trip_text(self._session.service.round_trip(summary.trial.uuid))
        self.paper.setText(paper)
        self.paper.setVisible(bool(paper))
        self._fill_charts(summary)

    def _fill_charts(self, summary: TrialSummary | None) -> None:
        phases = texts.phase_labels()
        series = [(key, phases[key], PHASE_COLORS[key]) for key in PHASE_COLORS]
        no_counts = self.tr("No counts yet: add a counting session under Counts.")
        passing_groups = [(ALL, self.tr("All")), *texts.mode_labels().items()]
        staying_groups = [(ALL, self.tr("All")), *texts.activity_labels().items()]
        if summary is None:
            self.passing_chart.set_data([], passing_groups, series, no_counts)
            self.staying_chart.set_data([], staying_groups, series, no_counts)
            self.sentiment_chart.set_rows([], self.tr("No feedback yet."))
            self.themes_chart.set_rows([], self.tr("No feedback yet."))
            return
        self.passing_chart.set_data(
            passing_per_hour_bars(summary), passing_groups, series, no_counts
        )
        staying = staying_per_hour_bars(summary)
        if counted_phases(summary) and not any(bar.value for bar in staying):
            staying = []
            no_staying = self.tr("Nobody was counted staying.")
        else:
            no_staying = no_counts
        self.staying_chart.set_data(staying, staying_groups, series, no_staying)

        labels = {**texts.sentiment_labels(), NO_SENTIMENT: self.tr("Not given")}
        bars = sentiment_bars(summary)
        percents = whole_percents([bar.value for bar in bars])
        self.sentiment_chart.set_rows(
            [
                Row(
                    labels[bar.group],
                    bar.value,
                    self.tr("{0} ({1} %)").format(format_value(bar.value), percent),
                    SENTIMENT_COLORS[bar.group],
                )
                for bar, percent in zip(bars, percents, strict=True)
            ],
            self.tr("No feedback yet."),
        )
        themes = theme_bars(summary)
        self.themes_chart.set_rows(
            [Row(bar.group, bar.value, format_value(bar.value), THEME_COLOR) for bar in themes],
            self.tr("No themes yet: tag the feedback with themes to see them here.")
            if summary.feedback_total
            else self.tr("No feedback yet."),
        )
