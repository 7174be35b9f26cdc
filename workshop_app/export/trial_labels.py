"""The words of the test documents: what the test card and the test report share
(:class:`TrialLabelsBase`), the card's own (:class:`TrialCardLabels`), the report's own
(:class:`TrialReportLabels`) and the one plural rule of counts of reactions by sentiment
(:func:`sentiment_count`). ``export/trial_card.py`` and ``export/trial_report.py`` re-export
them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from workshop_app.export import english as en
from workshop_app.export.blocks import DocumentWords, fill_template, frozen, pick

# -- English defaults: the same words as ui/trials/texts.py ------------------------------------


@dataclass(frozen=True)
class TrialLabelsBase(DocumentWords):
    """Texts the test card and the test report share, translated by the caller. English
    defaults; the mappings are keyed by ``domain.vocabulary``'s keys (a missing key falls back
    to the English default, then to the key). Templates carry the named fields in braces."""

    document_title: str = "Tests"
    untitled: str = "Untitled project"
    untitled_test: str = "(untitled test)"
    untitled_idea: str = "(untitled idea)"
    no_tests: str = "The project has no tests yet. Tests are planned on the page “3 Tests”."
    hypothesis: str = "Hypothesis"
    hypothesis_sentence: str = (
        "We believe that {we_believe} will {will}. We will see it when {we_will_see}."
    )
    #: Shown for a part of the hypothesis not written yet.
    blank: str = "…"
    period: str = "{start} – {end}"
    version: str = "Version {number}"
    from_date: str = "from {date}"
    until_date: str = "until {date}"
    amount: str = "{amount} DKK"
    in_kind: str = "in kind"
    of_which_in_kind: str = "plus {amount} in kind"
    not_set: str = "Not set"
    thousands_sep: str = ","
    decimal_sep: str = "."
    fields: Mapping[str, str] = field(default_factory=lambda: en.TRIAL_FIELDS)
    trial_types: Mapping[str, str] = field(default_factory=lambda: en.TRIAL_TYPES)
    statuses: Mapping[str, str] = field(default_factory=lambda: en.TRIAL_STATUSES)
    permit_kinds: Mapping[str, str] = field(default_factory=lambda: en.PERMITS)
    weather: Mapping[str, str] = field(default_factory=lambda: en.WEATHER)
    phases: Mapping[str, str] = field(default_factory=lambda: en.COUNT_PHASES)
    modes: Mapping[str, str] = field(default_factory=lambda: en.MODES)
    activities: Mapping[str, str] = field(default_factory=lambda: en.ACTIVITIES)
    age_bands: Mapping[str, str] = field(default_factory=lambda: en.AGE_BANDS)
    sentiments: Mapping[str, str] = field(default_factory=lambda: en.SENTIMENTS)
    respondent_groups: Mapping[str, str] = field(default_factory=lambda: en.FEEDBACK_GROUPS)
    decision_kinds: Mapping[str, str] = field(default_factory=lambda: en.DECISION_KINDS)


@dataclass(frozen=True)
class TrialCardLabels(TrialLabelsBase):
    """The test card's own texts (see :class:`TrialLabelsBase`)."""

    document_title: str = "Test card"
    idea: str = "The idea"
    no_idea: str = "No idea linked."
    permit: str = "Permit"
    needed: str = "Needed"
    applied: str = "Applied"
    granted: str = "Granted"
    by_whom: str = "By whom, when"
    no_permits: str = "No permits registered."
    marks: str = "✓ yes   ✗ no   ? not known"
    no_budget: str = "No budget lines."
    more_lines: str = "… and {count} more"


@dataclass(frozen=True)
class TrialReportLabels(TrialLabelsBase):
    """The test report's own texts (see :class:`TrialLabelsBase`)."""

    document_title: str = "Test report"
    status_of: str = "Status as of {date}"
    overview: str = "Tests in this report"
    test: str = "Test"
    at_a_glance: str = "At a glance"
    plan: str = "Plan"
    status_history: str = "Status history"
    evidence: str = "Evidence"
    passing_chart: str = "People passing per hour, by how they move"
    staying_chart: str = "People staying per hour, by what they do"
    sentiment_chart: str = "Feedback by sentiment"
    themes_chart: str = "Top themes"
    quotes: str = "Quotes"
    sessions: str = "Count sessions"
    date: str = "Date"
    time: str = "Time"
    phase: str = "Phase"
    weather_column: str = "Weather"
    place: str = "Place"
    passing: str = "Passing"
    per_hour: str = "Per hour"
    staying: str = "Staying"
    not_counted: str = "not counted"
    no_sentiment: str = "Not given"
    no_counts: str = "No counts yet."
    no_feedback: str = "No feedback yet."
    no_themes: str = "No themes tagged yet."
    share: str = "{count} · {percent} %"
    decisions: str = "Decisions"
    no_decisions: str = "No decision yet."
    rests_on: str = "Rests on: {evidence}"
    no_evidence: str = "No evidence cited."
    evidence_count: str = "count {date} ({phase})"
    evidence_feedback_one: str = "1 piece of feedback ({sentiments})"
    evidence_feedback: str = "{count} pieces of feedback ({sentiments})"
    lineage: str = "Lineage"
    version_of: str = "Version {number} of “{title}”."
    first_version: str = "First version."
    retested_in: str = "Tested again as version {number} ({status})."
    spawned_ideas: str = "Spawned ideas: {ideas}."
    from_idea: str = "Tests the idea “{idea}”."
    verdict_passing_more: str = (
        "During the test {percent} % more people passed per hour than before "
        "({during} against {before})."
    )
    verdict_passing_fewer: str = (
        "During the test {percent} % fewer people passed per hour than before "
        "({during} against {before})."
    )
    verdict_passing_same: str = (
        "During the test as many people passed per hour as before ({during})."
    )
    verdict_staying_more: str = (
        "{percent} % more people stayed per hour ({during} against {before})."
    )
    verdict_staying_fewer: str = (
        "{percent} % fewer people stayed per hour ({during} against {before})."
    )
    verdict_staying_same: str = "As many people stayed per hour as before ({during})."
    verdict_no_compare: str = "There are no counts both before and during the test yet."
    verdict_one_phase: str = (
        "Counted only in the phase “{phase}” so far: {passing} people passed and {staying} "
        "stayed per hour."
    )
    verdict_feedback: str = "{positive} of {total} reactions positive, {negative} negative."
    #: A quoted text (a comment, an idea's title): Danish „…“, as on the sign-in sheet.
    quoted: str = "“{text}”"
    #: The same with one negative reaction (Danish: "1 negativ", not "1 negative").
    verdict_feedback_one: str = "{positive} of {total} reactions positive, 1 negative."
    verdict_decision: str = "Decision {date}: {kind}."
    #: "{count} negative" and "1 negative" per sentiment: Danish says "2 negative", "1 negativ".
    sentiment_counts: Mapping[str, str] = field(
        default_factory=lambda: frozen(
            positive="{count} positive",
            positive_one="1 positive",
            neutral="{count} neutral",
            neutral_one="1 neutral",
            negative="{count} negative",
            negative_one="1 negative",
        )
    )


def sentiment_count(labels: TrialReportLabels, sentiment: str, count: int) -> str:
    """ "3 negative" or "1 negative" (Danish "3 negative", "1 negativ"): the one plural rule of
    every count of reactions by sentiment."""
    name = f"{sentiment}_one" if count == 1 else sentiment
    return fill_template(
        pick(labels, "sentiment_counts", name), f"{count} {sentiment}", count=str(count)
    )
