"""What phase 3's evidence adds up to (counts per phase, sentiments, themes, vote tallies, one
trial's summary) and the lineage of ideas and tests (versions, spawned ideas, link loops)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workshop_app.domain.trial_model import (
    Cell,
    CountSession,
    Decision,
    Feedback,
    Idea,
    Trial,
    TrialBook,
    Vote,
    cell_sum,
)
from workshop_app.domain.vocabulary import (
    AGE_BANDS,
    COUNT_PHASES,
    SENTIMENTS,
    STAY_ACTIVITIES,
    TRAVEL_MODES,
)

# -- summaries ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhaseSummary:
    """Counts of one phase (before / during / after) of a test, over all its sessions."""

    phase: str
    sessions: int = 0
    #: Minutes of the sessions, counted or not.
    minutes: int = 0
    #: Minutes of the 10-minute blocks with a count, and of the sessions with a staying count:
    #: the per-hour averages divide by these, so blank blocks do not pull them down.
    passing_minutes: int = 0
    staying_minutes: int = 0
    passing_total: int = 0
    staying_total: int = 0
    #: Totals per ``TRAVEL_MODES`` and per ``STAY_ACTIVITIES``.
    passing_by_mode: tuple[int, ...] = ()
    staying_by_activity: tuple[int, ...] = ()
    staying_by_age: tuple[int, ...] = ()

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def counted(self) -> bool:
        """Something was counted in this phase (passing or staying)."""
        return bool(self.passing_minutes or self.staying_minutes)

    @property
    def passing_per_hour(self) -> float | None:
        """People passing per hour counted (``None`` without counted blocks)."""
        return _per_hour(self.passing_total, self.passing_minutes)

    @property
    def staying_per_hour(self) -> float | None:
        return _per_hour(self.staying_total, self.staying_minutes)

    def passing_per_hour_by_mode(self) -> tuple[float, ...] | None:
        if not self.passing_minutes:
            return None
        return tuple(n * 60 / self.passing_minutes for n in self.passing_by_mode)

    def staying_per_hour_by_activity(self) -> tuple[float, ...] | None:
        if not self.staying_minutes:
            return None
        return tuple(n * 60 / self.staying_minutes for n in self.staying_by_activity)


def _per_hour(people: int, minutes: int) -> float | None:
    return people * 60 / minutes if minutes else None


def _column_sums(rows: Iterable[Sequence[Cell]], width: int) -> tuple[int, ...]:
    sums = [0] * width
    for row in rows:
        for index, value in enumerate(row):
            sums[index] += value or 0
    return tuple(sums)


def count_summary(sessions: Iterable[CountSession]) -> dict[str, PhaseSummary]:
    """Per phase (every ``COUNT_PHASES`` key, in order): sessions, minutes counted, totals and
    per-hour averages of people passing and staying."""
    by_phase: dict[str, list[CountSession]] = {phase: [] for phase in COUNT_PHASES}
    for session in sessions:
        by_phase.setdefault(session.phase, []).append(session)
    out: dict[str, PhaseSummary] = {}
    for phase, found in by_phase.items():
        passing_rows = [row for s in found for row in s.passing]
        staying_rows = [row for s in found for row in s.staying]
        out[phase] = PhaseSummary(
            phase=phase,
            sessions=len(found),
            minutes=sum(s.minutes for s in found),
            passing_minutes=sum(s.passing_minutes for s in found),
            staying_minutes=sum(s.staying_minutes for s in found),
            passing_total=sum(s.passing_total for s in found),
            staying_total=sum(s.staying_total for s in found),
            passing_by_mode=_column_sums(passing_rows, len(TRAVEL_MODES)),
            staying_by_activity=tuple(
                sum(cell_sum(s.staying[index]) for s in found)
                for index in range(len(STAY_ACTIVITIES))
            ),
            staying_by_age=_column_sums(staying_rows, len(AGE_BANDS)),
        )
    return out


def feedback_by_sentiment(feedback: Iterable[Feedback]) -> dict[str, int]:
    """How many pieces of feedback per sentiment: every ``SENTIMENTS`` key, then ``""`` (none
    given)."""
    counts = Counter(f.sentiment for f in feedback)
    return {key: counts.get(key, 0) for key in (*SENTIMENTS, "")}


def top_themes(feedback: Iterable[Feedback], limit: int | None = None) -> list[tuple[str, int]]:
    """Tags by how often they are used, most used first (ties alphabetically, any case). Tags that
    differ only in case count together, under their first spelling."""
    return ranked_themes(((tag, 1) for item in feedback for tag in item.tags), limit)


def ranked_themes(
    counted: Iterable[tuple[str, int]], limit: int | None = None
) -> list[tuple[str, int]]:
    """:func:`top_themes` of tags counted beforehand: ``(tag, how many uses)`` pairs, a tag's
    spellings in the order of their first use."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for tag, uses in counted:
        key = tag.casefold()
        spelling.setdefault(key, tag)
        counts[key] += uses
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    result = [(spelling[key], n) for key, n in ranked]
    return result if limit is None else result[:limit]


def merge_root(ideas: Iterable[Idea], uuid: str) -> str:
    """The idea ``uuid`` counts for: itself, or the idea it was (in turn) merged into."""
    return _root({i.uuid: i.merged_into for i in ideas}, uuid)


def _root(parent: dict[str, str | None], uuid: str) -> str:
    """:func:`merge_root` with the ideas' merges made once (``parent``: uuid -> merged into)."""
    seen = {uuid}
    while parent.get(uuid):
        nxt = parent[uuid]
        assert nxt is not None
        if nxt in seen:  # a loop (only a damaged file has one): stop where it closes
            break
        seen.add(nxt)
        uuid = nxt
    return uuid


def vote_tallies(
    ideas: Sequence[Idea], votes: Iterable[Vote], meeting_uuid: str | None = None
) -> dict[str, int]:
    """Votes per idea that is not merged (in idea order), each including the votes of the ideas
    merged into it; only the votes at one meeting when ``meeting_uuid`` is given."""
    tallies = {i.uuid: 0 for i in ideas if i.merged_into is None}
    parent = {i.uuid: i.merged_into for i in ideas}  # once, not per vote (ideas × votes)
    for vote in votes:
        if meeting_uuid is not None and vote.meeting_uuid != meeting_uuid:
            continue
        root = _root(parent, vote.idea_uuid)
        if root in tallies:
            tallies[root] += vote.count
    return tallies


def next_card_number(feedback: Iterable[Feedback], trial_uuid: str) -> int:
    """The number to offer for the next paper card of a test: the highest so far plus one."""
    numbers = [
        f.card_number for f in feedback if f.trial_uuid == trial_uuid and f.card_number is not None
    ]
    return max(numbers, default=0) + 1


@dataclass(frozen=True, slots=True)
class TrialSummary:
    """What a test report shows: counts per phase, feedback by sentiment, top themes,
    decisions."""

    trial: Trial
    counts: dict[str, PhaseSummary]
    sentiment: dict[str, int]
    themes: list[tuple[str, int]]
    feedback_total: int
    decisions: tuple[Decision, ...]


def trial_summary(book: TrialBook, trial_uuid: str, themes: int = 10) -> TrialSummary:
    trial = book.trial(trial_uuid)
    if trial is None:
        raise LookupError(f"no test {trial_uuid}")
    feedback = book.feedback_of(trial_uuid)
    return TrialSummary(
        trial=trial,
        counts=count_summary(book.counts_of(trial_uuid)),
        sentiment=feedback_by_sentiment(feedback),
        themes=top_themes(feedback, themes),
        feedback_total=len(feedback),
        decisions=book.decisions_of(trial_uuid),
    )


# -- lineage -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineageNode:
    """One idea or test in the family tree. ``kind``: ``"idea"`` or ``"trial"``. Children of an
    idea: the ideas merged into it and the tests of it (first versions); children of a test: its
    next versions and the ideas it spawned."""

    kind: str
    uuid: str
    children: tuple[LineageNode, ...] = ()


def lineage(book: TrialBook) -> tuple[LineageNode, ...]:
    """The family tree of ideas and tests, as a forest in idea order, then trial order.

    Roots are ideas that came from no test and were merged into nothing, and tests of no idea and
    of no earlier version; whatever is left (only possible in a loop of links) becomes a root too.
    Every idea and test appears exactly once.
    """
    # Each idea or test hangs under the first of its parents the book holds: an idea under the
    # idea it was merged into, else the test it came from; a test under the test it is a version
    # of, else the idea it tests.
    nodes = [
        ("idea", i.uuid, (("idea", i.merged_into), ("trial", i.origin_trial))) for i in book.ideas
    ]
    nodes += [
        ("trial", t.uuid, (("trial", t.version_of), ("idea", t.idea_uuid))) for t in book.trials
    ]
    known = {(kind, uuid) for kind, uuid, _ in nodes}
    children: dict[tuple[str, str | None], list[tuple[str, str]]] = {}
    roots: list[tuple[str, str]] = []
    for kind, uuid, parents in nodes:
        parent = next((p for p in parents if p in known), None)
        if parent is None:
            roots.append((kind, uuid))
        else:
            children.setdefault(parent, []).append((kind, uuid))
    placed: set[tuple[str, str]] = set()

    def build(node: tuple[str, str]) -> LineageNode:
        placed.add(node)
        below = tuple(build(child) for child in children.get(node, []) if child not in placed)
        return LineageNode(node[0], node[1], below)

    forest = [build(root) for root in roots]
    # Whatever is left stands in a loop of links.
    forest += [build((kind, uuid)) for kind, uuid, _ in nodes if (kind, uuid) not in placed]
    return tuple(forest)


def version_chain(book: TrialBook, trial_uuid: str) -> tuple[Trial, ...]:
    """The versions of a test from the first to ``trial_uuid`` itself."""
    chain: list[Trial] = []
    seen: set[str] = set()
    current = book.trial(trial_uuid)
    while current is not None and current.uuid not in seen:
        seen.add(current.uuid)
        chain.append(current)
        current = book.trial(current.version_of) if current.version_of else None
    return tuple(reversed(chain))


@dataclass(frozen=True, slots=True)
class LinkLoop:
    """Ideas and tests whose links lead round in a circle (only a damaged file or a refused edit
    has one). ``kind``: ``"merge"`` (ideas merged into each other), ``"version"`` (tests that
    are versions of each other) or ``"lineage"`` (ideas and tests coming from each other);
    ``uuids`` in link order, the first repeated at the end."""

    kind: str
    uuids: tuple[str, ...]


def _parents(book: TrialBook) -> dict[str, list[tuple[str, str]]]:
    """Each idea's and test's outgoing links that must form a tree: (link column, target)."""
    links: dict[str, list[tuple[str, str]]] = {}
    for idea in book.ideas:
        pairs = [("merged_into", idea.merged_into), ("origin_trial", idea.origin_trial)]
        links[idea.uuid] = [(c, u) for c, u in pairs if u]
    for trial in book.trials:
        pairs = [("version_of", trial.version_of), ("idea_uuid", trial.idea_uuid)]
        links[trial.uuid] = [(c, u) for c, u in pairs if u]
    return links


def link_loops(book: TrialBook) -> tuple[LinkLoop, ...]:
    """Every loop in the links between ideas and tests (merged into, version of, from which
    test, of which idea), each reported once; none in a healthy project."""
    return loops_in(_parents(book))


def loops_in(links: dict[str, list[tuple[str, str]]]) -> tuple[LinkLoop, ...]:
    """:func:`link_loops` of the links alone: each idea's and test's outgoing links, (link
    column, target), ideas first, each in its list's order (a check before a commit reads
    these four columns, not the whole book)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    loops: list[LinkLoop] = []
    for start in links:
        if start in state:
            continue
        path: list[tuple[str, str]] = []  # (node, column of the link taken from it)
        stack = [(start, iter(links[start]))]
        state[start] = 1
        while stack:
            node, outgoing = stack[-1]
            step = next(outgoing, None)
            if step is None:
                state[node] = 2
                stack.pop()
                if path:
                    path.pop()
                continue
            column, target = step
            if state.get(target) == 1:
                nodes = [n for n, _ in stack]
                at = nodes.index(target)
                columns = {c for _, c in path[at:]} | {column}
                kind = (
                    "merge"
                    if columns == {"merged_into"}
                    else "version"
                    if columns == {"version_of"}
                    else "lineage"
                )
                loops.append(LinkLoop(kind, (*nodes[at:], target)))
            elif target in links and target not in state:
                state[target] = 1
                path.append((node, column))
                stack.append((target, iter(links[target])))
    return tuple(loops)


def version_number(book: TrialBook, trial_uuid: str) -> int:
    """1 for a first test, 2 for its re-test, 3 for the re-test of that…"""
    return len(version_chain(book, trial_uuid))


def title_with_version(book: TrialBook, trial: Trial, template: str, untitled: str = "") -> str:
    """A test's title as the app names it in lists and on paper: its title (``untitled`` when
    blank) and, from the second version on, ``template`` (translated by the caller, "{0}
    (version {1})") filled with the title and the version number, so a re-test is never taken
    for the test it repeats. A broken template gives "title (2)"."""
    title = trial.title.strip() or untitled
    number = version_number(book, trial.uuid)
    if number < 2:
        return title
    try:
        return template.format(title, number)
    except (IndexError, KeyError, ValueError):
        return f"{title} ({number})"
