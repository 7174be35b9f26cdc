"""Phase 3 evidence, summary: chart data for known inputs (per-hour averages before / during /
after, sentiment counts and shares, themes in order), the verdict a council member reads, and the
panel on the demo (charts filled, empty states, refresh after an edit)."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop_app.domain.trials import (
    CountSession,
    Feedback,
    Trial,
    TrialBook,
    trial_summary,
)
from workshop_app.ui.trials import evidence_commands
from workshop_app.ui.trials.charts import (
    ALL,
    Bar,
    GroupedBarChart,
    HorizontalBarChart,
    Row,
    change_percent,
    counted_phases,
    passing_per_hour_bars,
    sentiment_bars,
    staying_per_hour_bars,
    theme_bars,
    whole_percents,
)
from workshop_app.ui.trials.summary import SummaryPanel, basis_text, verdict_text

T = "trial"


def session(n: int, phase: str, start: tuple[int, int], end: tuple[int, int], row, staying):
    begin, finish = dt.time(*start), dt.time(*end)
    blocks = -(-((finish.hour * 60 + finish.minute) - (begin.hour * 60 + begin.minute)) // 10)
    return CountSession(
        f"count-{n}",
        T,
        dt.date(2027, 3, n),
        begin,
        finish,
        phase=phase,
        passing=(tuple(row),) * blocks,
        staying=tuple(tuple(r) for r in staying),
    )


def feedback(n: int, sentiment: str, tags: tuple[str, ...]) -> Feedback:
    return Feedback(f"fb-{n}", T, channel="card", card_number=n, sentiment=sentiment, tags=tags)


NO_STAYING = ((0, 0, 0, 0),) * 4


def known_book(after: bool = False) -> TrialBook:
    counts = [
        # Before: one hour, 6 blocks of 10 walking, 2 cycling, 1 other = 78 an hour.
        session(
            1,
            "before",
            (10, 0),
            (11, 0),
            (10, 2, 1),
            ((2, 0, 0, 0), (1, 1, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
        ),
        # During: two hours, 12 blocks of 15 walking, 3 cycling = 108 an hour.
        session(
            2,
            "during",
            (10, 0),
            (12, 0),
            (15, 3, 0),
            ((4, 0, 0, 0), (2, 2, 2, 2), (1, 0, 0, 0), (0, 0, 0, 1)),
        ),
    ]
    if after:
        # After: half an hour, 3 blocks of 10 walking = 60 an hour.
        counts.append(session(3, "after", (10, 0), (10, 30), (10, 0, 0), NO_STAYING))
    entries = [
        feedback(1, "positive", ("seating", "shade")),
        feedback(2, "positive", ("Seating",)),
        feedback(3, "positive", ("greenery",)),
        feedback(4, "neutral", ("shade", "seating")),
        feedback(5, "negative", ("deliveries",)),
    ]
    return TrialBook(
        trials=(Trial(T, 0, "Town living room"),), counts=tuple(counts), feedback=tuple(entries)
    )


def test_per_hour_bars_before_and_during() -> None:
    summary = trial_summary(known_book(), T)
    assert counted_phases(summary) == ("before", "during")
    bars = passing_per_hour_bars(summary)
    assert bars == [
        Bar(ALL, "before", 78.0),
        Bar(ALL, "during", 108.0),
        Bar("walking", "before", 60.0),
        Bar("walking", "during", 90.0),
        Bar("cycling", "before", 12.0),
        Bar("cycling", "during", 18.0),
        Bar("other", "before", 6.0),
        Bar("other", "during", 0.0),
    ]
    staying = {(b.group, b.series): b.value for b in staying_per_hour_bars(summary)}
    assert staying[(ALL, "before")] == 4.0  # 4 people in one hour
    assert staying[(ALL, "during")] == 7.0  # 14 people in two hours
    assert staying[("sitting", "during")] == 4.0
    assert staying[("playing", "before")] == 0.0
    assert change_percent(78, 108) == 38
    assert change_percent(100, 88) == -12
    assert change_percent(0, 5) is None
    assert change_percent(None, 5) is None


def test_after_phase_is_charted_and_compared() -> None:
    summary = trial_summary(known_book(after=True), T)
    bars = passing_per_hour_bars(summary)
    assert [b.series for b in bars if b.group == ALL] == ["before", "during", "after"]
    assert next(b.value for b in bars if b.group == ALL and b.series == "after") == 60.0
    text = verdict_text(summary)
    assert "After the test 23 % fewer people passed per hour than before." in text


def test_sentiment_and_theme_bars() -> None:
    summary = trial_summary(known_book(), T)
    assert sentiment_bars(summary) == [
        Bar("positive", "", 3, 0.6),
        Bar("neutral", "", 1, 0.2),
        Bar("negative", "", 1, 0.2),
    ]
    # Case does not split a theme; ties are alphabetical; first spelling kept.
    assert [(b.group, b.value) for b in theme_bars(summary)] == [
        ("seating", 3),
        ("shade", 2),
        ("deliveries", 1),
        ("greenery", 1),
    ]
    assert [b.group for b in theme_bars(summary, limit=2)] == ["seating", "shade"]
    assert whole_percents([3, 1, 1]) == [60, 20, 20]
    assert whole_percents([1, 1, 1]) == [34, 33, 33]
    assert whole_percents([6, 1, 1]) == [76, 12, 12]  # equal counts, equal per cents
    assert sum(whole_percents([7, 3, 3, 1])) == 100
    assert whole_percents([0, 0]) == [0, 0]


def test_feedback_without_sentiment_gets_its_own_bar() -> None:
    book = known_book()
    book = TrialBook(
        trials=book.trials,
        feedback=(*book.feedback, Feedback("fb-9", T, channel="observation")),
    )
    summary = trial_summary(book, T)
    bars = sentiment_bars(summary)
    assert bars[-1] == Bar("", "", 1, 1 / 6)
    assert passing_per_hour_bars(summary) == []  # no counts: nothing to chart


def test_verdict_text() -> None:
    summary = trial_summary(known_book(), T)
    assert verdict_text(summary) == (
        "During the test 38 % more people passed per hour than before. "
        "75 % more people stayed per hour than before. "
        "3 of 5 reactions were positive and 1 negative."
    )
    assert basis_text(summary) == "Counting sessions: 2 (3 hours counted) · Feedback entries: 5"


@pytest.mark.parametrize(
    ("phases", "expected"),
    [
        ((), "No counts yet. No feedback yet."),
        (
            ("during",),
            "During the test 108 people passed and 7 stayed per hour; there are no counts from "
            "before the test to compare with. No feedback yet.",
        ),
        (
            ("before",),
            "Before the test 78 people passed and 4 stayed per hour; count during the test to "
            "compare. No feedback yet.",
        ),
    ],
)
def test_verdict_with_part_of_the_evidence(phases, expected) -> None:
    book = known_book()
    book = TrialBook(trials=book.trials, counts=tuple(c for c in book.counts if c.phase in phases))
    assert verdict_text(trial_summary(book, T)) == expected


def test_verdict_when_about_as_many_passed() -> None:
    same = (
        session(1, "before", (10, 0), (11, 0), (10, 0, 0), NO_STAYING),
        session(2, "during", (10, 0), (11, 0), (10, 0, 0), NO_STAYING),
    )
    summary = trial_summary(TrialBook(trials=(Trial(T, 0),), counts=same), T)
    assert verdict_text(summary).startswith(
        "During the test about as many people passed per hour as before. No feedback yet."
    )


def test_charts_describe_their_bars(qtbot) -> None:
    chart = GroupedBarChart()
    qtbot.addWidget(chart)
    chart.set_data(
        [Bar(ALL, "before", 78.0), Bar(ALL, "during", 108.0), Bar("walking", "during", 4.5)],
        [(ALL, "All"), ("walking", "Walking"), ("cycling", "Cycling")],
        [("before", "Before", "#56B4E9"), ("during", "During", "#E69F00"), ("after", "A", "#000")],
        "No counts yet.",
    )
    assert chart.describe() == "All: Before 78, During 108; Walking: During 4.5"
    chart.resize(400, 220)
    chart.show()
    assert not chart.grab().isNull()  # paints without errors
    chart.set_data([], [], [], "No counts yet.")
    assert chart.describe() == "No counts yet."
    chart.grab()
    bars = HorizontalBarChart()
    qtbot.addWidget(bars)
    bars.set_rows([Row("Positive", 3, "3 (60 %)", "#009E73")], "No feedback yet.")
    assert bars.describe() == "Positive: 3 (60 %)"
    bars.resize(300, 120)
    bars.show()
    assert not bars.grab().isNull()


def test_summary_panel_on_the_demo(window, qtbot) -> None:
    service = window.session.service
    book = service.trial_book()
    first = book.trials[0]
    panel = SummaryPanel(window.session)
    qtbot.addWidget(panel)
    panel.resize(1024, 640)
    panel.show()
    assert panel.verdict.text() == "Choose a test to see its evidence."
    panel.set_trial(first.uuid)
    summary = service.trial_summary(first.uuid)
    assert panel.verdict.text() == verdict_text(summary)
    assert panel.verdict.text().startswith("During the test ")
    assert "of 20 reactions were positive" in panel.verdict.text()
    assert panel.passing_chart.bars == passing_per_hour_bars(summary)
    assert "All: Before " in panel.passing_chart.describe()
    assert [r.label for r in panel.sentiment_chart.rows] == ["Positive", "Neutral", "Negative"]
    assert panel.sentiment_chart.rows[0].text == "12 (60 %)"
    assert panel.themes_chart.rows[0].label == summary.themes[0][0]
    panel.grab()

    # A new piece of feedback shows at once.
    entry = service.new_feedback(first.uuid, sentiment="negative", tags=("noise",))
    assert evidence_commands.add_feedback(window.session, entry)
    assert "of 21 reactions were positive and 5 negative" in panel.verdict.text()

    # A planned test with no evidence yet: every chart says so.
    planned = next(t for t in book.trials if t.status == "planned")
    panel.set_trial(planned.uuid)
    assert panel.verdict.text() == "No counts yet. No feedback yet."
    assert panel.passing_chart.describe() == "No counts yet: add a counting session under Counts."
    assert panel.sentiment_chart.describe() == "No feedback yet."
    assert panel.themes_chart.describe() == "No feedback yet."
    panel.grab()


def test_verdict_says_times_as_many_from_double() -> None:
    before = session(1, "before", (10, 0), (11, 0), (10, 0, 0), ((1, 0, 0, 0), *NO_STAYING[1:]))
    during = session(2, "during", (10, 0), (11, 0), (25, 0, 0), ((3, 0, 0, 0), *NO_STAYING[1:]))
    summary = trial_summary(TrialBook(trials=(Trial(T, 0),), counts=(before, during)), T)
    assert verdict_text(summary) == (
        "During the test 2.5 times as many people passed per hour as before. "
        "3 times as many people stayed per hour as before. No feedback yet."
    )
