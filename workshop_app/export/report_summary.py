"""The project report's executive first page, as plain sentences computed from the snapshot:
where the collaboration stands, what was tried, what it showed, what is decided, what comes next.

Pure text (no ReportLab): :func:`executive_summary` returns the five questions with their
sentences, so the page is tested without a PDF. Lists are kept short (:data:`MOST` items, then
"… and N more") and user text is shortened to :data:`TITLE_LIMIT` characters, so the answers fit
the first page of a project of any size; everything in full follows in the chapters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain.dashboard import next_meeting, phase_progress_of
from workshop_app.domain.model import Meeting, MeetingWithAgenda, ProjectSnapshot
from workshop_app.domain.scope import filled
from workshop_app.domain.trials import Trial, TrialBook, trial_summary, version_chain
from workshop_app.domain.vocabulary import TRIAL_STATUSES
from workshop_app.export.blocks import fill_template, pick
from workshop_app.export.meeting_blocks import is_held
from workshop_app.export.report_labels import ReportLabels
from workshop_app.export.trial_card import clip, date_text, period_text, trial_title
from workshop_app.export.trial_report import sentiment_count, unbroken, verdict

#: At most this many tests (or decisions) are named on the first page.
MOST = 3
#: User text quoted on the first page is cut to this many characters (with "…").
TITLE_LIMIT = 90
#: Charter fields that record a decision of the council, in the charter's order.
CHARTER_DECISIONS = ("political_model", "committee", "mandate", "municipal_roles", "formality")
#: Statuses of a test that has been tried (it ran, or runs now).
TRIED = ("running", "evaluated", "decided")


@dataclass(frozen=True)
class Answer:
    """One question of the first page and the sentences that answer it."""

    question: str
    sentences: tuple[str, ...]


def held_meetings(snapshot: ProjectSnapshot, today: dt.date) -> list[MeetingWithAgenda]:
    """Meetings held by ``today``: dated before it, or ended in the live console; by date."""

    found = [m for m in snapshot.meetings if is_held(m, today)]
    return sorted(found, key=lambda m: (m.meeting.date or today, m.meeting.position))


class _Text:
    """Fills the report's templates (the English one when a translation is broken)."""

    def __init__(self, labels: ReportLabels, book: TrialBook) -> None:
        self.labels = labels
        self.book = book
        self._english = ReportLabels()

    def __call__(self, name: str, count: int | None = None, **values: str) -> str:
        if count is not None:
            values["count"] = str(count)
            if count == 1:
                name += "_one"
        english = fill_template(getattr(self._english, name), name, **values)
        return fill_template(getattr(self.labels, name), english, **values)

    def day(self, day: dt.date) -> str:
        return unbroken(date_text(day, self.labels.test_labels))

    def title(self, trial: Trial) -> str:
        """The test's title, shortened, with its version when it re-tests another."""
        labels = self.labels.test_labels
        title = clip(" ".join(trial_title(trial, labels).split()), TITLE_LIMIT)
        number = len(version_chain(self.book, trial.uuid))
        if number < 2:
            return title
        version = fill_template(labels.version, f"v{number}", number=str(number))
        return f"{title} ({version.lower()})"

    def status(self, status: str) -> str:
        return pick(self.labels.test_labels, "statuses", status).lower()

    def more(self, items: Sequence[object], chapter: str) -> list[str]:
        left = len(items) - MOST
        return [self("more", left, chapter=chapter)] if left > 0 else []


def _stands(snapshot: ProjectSnapshot, text: _Text, today: dt.date) -> list[str]:
    project, progress = snapshot.project, phase_progress_of(snapshot)
    out: list[str] = []
    if project.start_date and project.end_date:
        start, end = text.day(project.start_date), text.day(project.end_date)
        out.append(text("stands_period", start=start, end=end))
    elif project.start_date:
        out.append(text("stands_started", start=text.day(project.start_date)))
    if progress.scope_done or any(filled(v) for v in snapshot.scope.values.values()):
        done, total = str(progress.scope_done), str(progress.scope_total)
        out.append(text("stands_charter", done=done, total=total))
    else:
        out.append(text("stands_no_charter"))
    if progress.actors:
        out.append(text("stands_actors", progress.actors, rated=str(progress.actors_rated)))
    else:
        out.append(text("stands_no_actors"))
    if snapshot.meetings:
        held = held_meetings(snapshot, today)
        citizens = str(sum(m.citizens_total for m in held))
        total = str(len(snapshot.meetings))
        out.append(text("stands_meetings", held=str(len(held)), total=total, citizens=citizens))
    else:
        out.append(text("stands_no_meetings"))
    return out


def _by_start(trials: Sequence[Trial], newest_first: bool) -> list[Trial]:
    far = dt.date.min if newest_first else dt.date.max
    ordered = sorted(trials, key=lambda t: (t.start_date or far, t.position))
    return ordered[::-1] if newest_first else ordered


def _tried(snapshot: ProjectSnapshot, text: _Text) -> list[str]:
    trials = snapshot.trials.trials
    if not trials:
        return [text("tried_none")]
    counts = phase_progress_of(snapshot).trials_by_status
    statuses = ", ".join(f"{n} {text.status(s)}" for s in TRIAL_STATUSES if (n := counts[s]))
    out = [text("tried_tests", len(trials), statuses=statuses)]
    tried = _by_start([t for t in trials if t.status in TRIED], newest_first=True)
    labels = text.labels.test_labels
    for trial in tried[:MOST]:
        period = unbroken(period_text(trial.start_date, trial.end_date, labels)) or labels.not_set
        status = text.status(trial.status)
        out.append(text("tried_test", title=text.title(trial), status=status, period=period))
    return out + text.more(tried, text.labels.tests)


def _showed(snapshot: ProjectSnapshot, text: _Text) -> list[str]:
    book = snapshot.trials
    shown: list[str] = []
    for trial in _by_start(book.trials, newest_first=True):
        summary = trial_summary(book, trial.uuid)
        if not summary.feedback_total and not any(p.counted for p in summary.counts.values()):
            continue
        lines = verdict(dataclasses.replace(summary, decisions=()), text.labels.test_labels)
        shown.append(text("showed_test", title=text.title(trial), verdict=" ".join(lines)))
    if not shown:
        return [text("showed_none")]
    out = shown[:MOST] + text.more(shown, text.labels.tests)
    feedback = book.feedback
    labels = text.labels.test_labels
    tally = ", ".join(
        sentiment_count(labels, s, sum(1 for f in feedback if f.sentiment == s))
        for s in _SENTIMENTS
    )
    if feedback:
        out.append(
            text("showed_feedback", len(feedback), total=str(len(feedback)), sentiments=tally)
        )
    return out


_SENTIMENTS = ("positive", "neutral", "negative")


def _charter_decisions(snapshot: ProjectSnapshot, text: _Text) -> list[str]:
    scope = snapshot.scope
    if not any(filled(v) for v in scope.values.values()):
        return []
    names = {key: pick(text.labels, "charter_decisions", key) for key in CHARTER_DECISIONS}
    model = scope.get("political_model")
    values = {
        "political_model": pick(text.labels.charter_labels, "political_models", model)
        if model in ("a", "b")
        else "",
        "committee": clip(" ".join(str(scope.get("committee")).split()), TITLE_LIMIT),
    }
    done = [
        f"{names[k]} ({values[k]})" if values.get(k) else names[k]
        for k in CHARTER_DECISIONS
        if filled(scope.get(k))
    ]
    open_ = [names[k] for k in CHARTER_DECISIONS if not filled(scope.get(k))]
    out = [text("decided_charter", items=", ".join(done))] if done else []
    return out + ([text("undecided_charter", items=", ".join(open_))] if open_ else [])


def _decided(snapshot: ProjectSnapshot, text: _Text, today: dt.date) -> list[str]:
    book = snapshot.trials
    latest = {}
    for decision in sorted(book.decisions, key=lambda d: d.date):
        latest[decision.trial_uuid] = decision
    ordered = sorted(latest.values(), key=lambda d: d.date, reverse=True)
    out: list[str] = []
    for decision in ordered[:MOST]:
        trial = book.trial(decision.trial_uuid)
        if trial is None:
            continue
        kind = pick(text.labels.test_labels, "decision_kinds", decision.kind).lower()
        day = text.day(decision.date)
        out.append(text("decided_test", title=text.title(trial), kind=kind, date=day))
    out += text.more(ordered, text.labels.tests)
    count = sum(len(m.decisions) for m in held_meetings(snapshot, today))
    if count:
        out.append(text("decided_meetings", count, chapter=text.labels.meetings))
    out += _charter_decisions(snapshot, text)
    return out or [text("decided_none")]


def _same_event(title: str, day: dt.date, meeting: Meeting | None) -> bool:
    """A milestone that is the next meeting (same day, same title but for case and spaces)."""
    if meeting is None or meeting.date != day:
        return False
    return " ".join(title.split()).casefold() == " ".join(meeting.title.split()).casefold()


def _milestone(
    snapshot: ProjectSnapshot, text: _Text, today: dt.date, meeting: Meeting | None
) -> list[str]:
    ahead = [
        row for row in snapshot.scope.rows_of("milestones")
        if isinstance(row.get("date"), dt.date) and row.get("date") >= today
    ]  # fmt: skip
    if not ahead:
        return []
    first = min(ahead, key=lambda row: (row.get("date"), row.position))
    if _same_event(str(first.get("title")), first.get("date"), meeting):
        return []  # said once, as the next meeting
    title = clip(" ".join(str(first.get("title")).split()), TITLE_LIMIT)
    return [text("next_milestone", title=title, date=text.day(first.get("date")))]


def _dated(text: _Text, name: str, trial: Trial, day: dt.date | None) -> str:
    """``name`` with the test's title and ``day``, or ``name_open`` when there is no date."""
    if day is None:
        return text(f"{name}_open", title=text.title(trial))
    return text(name, title=text.title(trial), date=text.day(day))


def _next(snapshot: ProjectSnapshot, text: _Text, today: dt.date) -> list[str]:
    out: list[str] = []
    meeting = next_meeting(tuple(m.meeting for m in snapshot.meetings), today)
    if meeting is not None and meeting.date is not None:
        title = clip(" ".join(meeting.title.split()), TITLE_LIMIT) or text.labels.untitled
        out.append(text("next_meeting", title=title, date=text.day(meeting.date)))
    trials = snapshot.trials.trials
    running = _by_start([t for t in trials if t.status == "running"], newest_first=False)
    for trial in running[:MOST]:
        out.append(_dated(text, "next_running", trial, trial.end_date))
    out += text.more(running, text.labels.tests)
    planned = _by_start([t for t in trials if t.status == "planned"], newest_first=False)
    for trial in planned[:MOST]:
        out.append(_dated(text, "next_planned", trial, trial.start_date))
    out += text.more(planned, text.labels.tests)
    out += _milestone(snapshot, text, today, meeting)
    held = held_meetings(snapshot, today)
    open_actions = sum(1 for m in held for a in m.actions if not a.done)
    if open_actions:
        out.append(text("next_actions", open_actions))
    return out or [text("next_none")]


def executive_summary(
    snapshot: ProjectSnapshot, labels: ReportLabels, today: dt.date
) -> list[Answer]:
    """The five questions of the first page, each with its sentences (never none)."""
    text = _Text(labels, snapshot.trials)
    return [
        Answer(labels.stands, tuple(_stands(snapshot, text, today))),
        Answer(labels.tried, tuple(_tried(snapshot, text))),
        Answer(labels.showed, tuple(_showed(snapshot, text))),
        Answer(labels.decided, tuple(_decided(snapshot, text, today))),
        Answer(labels.next, tuple(_next(snapshot, text, today))),
    ]
