"""Phase 3 domain rules: value checks, summaries for known inputs, vote tallies, lineage."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop_app.domain.trials import (
    CountSession,
    Feedback,
    Idea,
    InvalidTrialValue,
    StatusChange,
    Trial,
    TrialBook,
    Vote,
    block_count,
    check_count_session,
    check_feedback,
    check_idea,
    check_tags,
    check_trial,
    count_summary,
    empty_staying,
    feedback_by_sentiment,
    lineage,
    next_card_number,
    resized_passing,
    top_themes,
    version_chain,
    vote_tallies,
)
from workshop_app.domain.values import InvalidValue

T = "00000000-0000-4000-8000-0000000000a1"
M1 = "00000000-0000-4000-8000-0000000000b1"
M2 = "00000000-0000-4000-8000-0000000000b2"


def uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def session(
    phase: str,
    start: tuple[int, int],
    end: tuple[int, int],
    passing: tuple[tuple[int | None, ...], ...],
    staying: tuple[tuple[int | None, ...], ...] | None = None,
    n: int = 1,
) -> CountSession:
    return check_count_session(
        CountSession(
            uid(n),
            T,
            dt.date(2027, 5, 1),
            dt.time(*start),
            dt.time(*end),
            phase=phase,
            passing=passing,
            staying=staying if staying is not None else empty_staying(),
        )
    )


def test_blocks_of_ten_minutes() -> None:
    assert block_count(dt.time(10, 0), dt.time(11, 0)) == 6
    assert block_count(dt.time(10, 0), dt.time(10, 25)) == 3
    assert block_count(dt.time(10, 0), dt.time(10, 1)) == 1


def test_count_rules_have_clear_messages() -> None:
    with pytest.raises(InvalidTrialValue, match=r"^passing\[1\]\[0\]: cannot be negative \(-3\)"):
        session("before", (10, 0), (10, 20), ((1, 0, 0), (-3, 0, 0)))
    with pytest.raises(InvalidTrialValue, match=r"^end_time: counting must end after it starts"):
        session("before", (10, 0), (9, 0), ())
    with pytest.raises(InvalidTrialValue, match=r"^passing: must be 2 10-minute blocks of 3"):
        session("before", (10, 0), (10, 20), ((1, 0, 0),))
    with pytest.raises(InvalidTrialValue, match=r"^passing\[0\]\[1\]: must be a whole number"):
        session("before", (10, 0), (10, 10), ((1, 1.5, 0),))  # type: ignore[arg-type]  # the bad value
    with pytest.raises(InvalidTrialValue, match=r"^passing\[0\]\[1\]: must be a whole number"):
        session("before", (10, 0), (10, 10), ((1, True, 0),))


def test_end_before_start_is_refused() -> None:
    trial = Trial(T, 0, start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 3))
    with pytest.raises(InvalidTrialValue) as info:
        check_trial(trial)
    assert str(info.value) == (
        "end_date: a test cannot end before it starts (2027-05-03 is before 2027-05-10)"
    )
    same_day = Trial(T, 0, start_date=dt.date(2027, 5, 3), end_date=dt.date(2027, 5, 3))
    assert check_trial(same_day) == same_day


def test_status_is_the_last_history_entry_and_history_is_in_date_order() -> None:
    assert Trial(T, 0).status == "idea"
    history = (
        StatusChange(uid(1), T, "planned", dt.date(2027, 4, 1)),
        StatusChange(uid(2), T, "running", dt.date(2027, 5, 1)),
    )
    assert check_trial(Trial(T, 0, history=history)).status == "running"
    with pytest.raises(InvalidTrialValue, match="history: date: a status change cannot be dated"):
        check_trial(Trial(T, 0, history=history[::-1]))


def test_tags_are_trimmed_and_deduplicated() -> None:
    assert check_tags([" Grønt ", "grønt", "", "Skygge"]) == ("Grønt", "Skygge")
    with pytest.raises(InvalidTrialValue):
        check_tags("grønt")
    with pytest.raises(InvalidTrialValue, match="one line"):
        check_tags(["a\nb"])


def test_card_numbers_only_on_cards() -> None:
    with pytest.raises(InvalidTrialValue, match="card_number: only a paper card has a number"):
        check_feedback(Feedback(uid(1), T, channel="conversation", card_number=3))
    with pytest.raises(InvalidTrialValue, match="card_number: cannot be negative"):
        check_feedback(Feedback(uid(1), T, card_number=-1))
    assert check_feedback(Feedback(uid(1), T, card_number=3)).card_number == 3


def test_an_idea_cannot_be_merged_into_itself() -> None:
    with pytest.raises(InvalidTrialValue, match="merged_into"):
        check_idea(Idea(uid(1), 0, merged_into=uid(1)))


def test_resizing_the_passing_tally_never_drops_counts() -> None:
    rows = ((1, 0, 0), (0, 0, 0), (0, 2, 0))
    start = dt.time(10, 0)
    blank = (None, None, None)  # added blocks are blank (not counted), not zeros
    assert resized_passing(rows, start, dt.time(10, 50)) == (*rows, blank, blank)
    assert resized_passing(rows[:2], start, dt.time(10, 10)) == ((1, 0, 0),)
    with pytest.raises(InvalidTrialValue, match="drop the counts in block 3; clear them first"):
        resized_passing(rows, start, dt.time(10, 20))


def test_count_summary_for_known_inputs() -> None:
    staying = ((1, 0, 0, 0), (0, 2, 0, 1), (0, 0, 0, 0), (0, 0, 0, 0))
    sessions = [
        # before: 60 + 30 minutes, 90 + 30 people passing, 4 + 0 staying
        session("before", (10, 0), (11, 0), ((10, 5, 0),) * 6, staying, 1),
        session("before", (16, 0), (16, 30), ((10, 0, 0),) * 3, None, 2),
        # during: 60 minutes, 120 passing, 8 staying
        session("during", (10, 0), (11, 0), ((15, 4, 1),) * 6, ((2, 2, 2, 2), *staying[1:]), 3),
    ]
    summary = count_summary(sessions)
    assert list(summary) == ["before", "during", "after"]
    before, during, after = summary["before"], summary["during"], summary["after"]
    assert (before.sessions, before.minutes, before.passing_total) == (2, 90, 120)
    assert before.passing_per_hour == pytest.approx(80.0)
    # Staying was counted in the first session only (the second's grid is blank): 4 in 1 hour.
    assert before.staying_total == 4 and before.staying_per_hour == pytest.approx(4.0)
    assert before.passing_by_mode == (90, 30, 0)
    assert before.passing_per_hour_by_mode() == pytest.approx((60.0, 20.0, 0.0))
    assert during.passing_per_hour == pytest.approx(120.0)
    assert during.staying_total == 11
    assert during.staying_by_activity == (8, 3, 0, 0)
    assert during.staying_by_age == (2, 4, 2, 3)
    assert after.sessions == 0 and after.passing_per_hour is None


def test_feedback_summaries_for_known_inputs() -> None:
    feedback = [
        Feedback(uid(1), T, sentiment="positive", tags=("Skygge", "grønt")),
        Feedback(uid(2), T, sentiment="positive", tags=("grønt",)),
        Feedback(uid(3), T, sentiment="negative", tags=("skygge", "larm")),
        Feedback(uid(4), T, sentiment="", tags=("grønt",)),
    ]
    assert feedback_by_sentiment(feedback) == {
        "positive": 2,
        "neutral": 0,
        "negative": 1,
        "": 1,
    }
    assert top_themes(feedback) == [("grønt", 3), ("Skygge", 2), ("larm", 1)]
    assert top_themes(feedback, 1) == [("grønt", 3)]
    assert next_card_number([], T) == 1
    cards = [Feedback(uid(5), T, card_number=7), Feedback(uid(6), uid(99), card_number=40)]
    assert next_card_number(cards, T) == 8


def test_vote_tallies_follow_merges() -> None:
    a, b, c = uid(1), uid(2), uid(3)
    ideas = [Idea(a, 0), Idea(b, 1, merged_into=a), Idea(c, 2, merged_into=b)]
    votes = [
        Vote(uid(10), a, M1, 3),
        Vote(uid(11), b, M1, 2),
        Vote(uid(12), c, M2, 5),
    ]
    assert vote_tallies(ideas, votes) == {a: 10}
    assert vote_tallies(ideas, votes, M1) == {a: 5}
    assert vote_tallies([*ideas[:1], Idea(b, 1)], votes[:2]) == {a: 3, b: 2}


def test_lineage_is_a_family_tree_with_every_node_once() -> None:
    idea, merged, spawned, lone = uid(1), uid(2), uid(3), uid(4)
    t1, t2, t3 = uid(11), uid(12), uid(13)
    book = TrialBook(
        ideas=(
            Idea(idea, 0),
            Idea(merged, 1, merged_into=idea),
            Idea(spawned, 2, origin_trial=t2),
            Idea(lone, 3),
        ),
        trials=(Trial(t1, 0, idea_uuid=idea), Trial(t2, 1, version_of=t1), Trial(t3, 2)),
    )
    forest = lineage(book)
    assert [(n.kind, n.uuid) for n in forest] == [("idea", idea), ("idea", lone), ("trial", t3)]
    first = forest[0]
    assert [(c.kind, c.uuid) for c in first.children] == [("idea", merged), ("trial", t1)]
    version = first.children[1].children[0]
    assert (version.kind, version.uuid) == ("trial", t2)
    assert [(c.kind, c.uuid) for c in version.children] == [("idea", spawned)]
    assert [t.uuid for t in version_chain(book, t2)] == [t1, t2]


def test_lineage_survives_a_loop() -> None:
    a, t = uid(1), uid(2)
    book = TrialBook(ideas=(Idea(a, 0, origin_trial=t),), trials=(Trial(t, 0, idea_uuid=a),))
    forest = lineage(book)
    kinds = []

    def walk(nodes: tuple) -> None:  # type: ignore[type-arg]
        for node in nodes:
            kinds.append((node.kind, node.uuid))
            walk(node.children)

    walk(forest)
    assert sorted(kinds) == sorted([("idea", a), ("trial", t)])


def test_blank_blocks_are_left_out_of_the_averages() -> None:
    """A half-typed session does not pull the per-hour average down: only the blocks with a
    count are counting time. A 0 is a count (nobody came)."""
    n = None
    full = session("during", (10, 0), (12, 0), ((30, 7, 0), (31, 6, 1)) * 6, n, 1)  # 450 in 2 h
    half = session(
        "during",
        (14, 0),
        (15, 0),
        ((30, 6, 1), (31, 6, 1), (30, 7, 0), (n, n, n), (n, n, n), (n, n, n)),
        ((n, 2, 0, n), (n, n, n, n), (n, n, n, n), (n, n, n, n)),
        2,
    )
    assert full.passing_total == 450 and half.passing_minutes == 30
    during = count_summary([full, half])["during"]
    assert during.minutes == 180 and during.passing_minutes == 150
    assert during.passing_per_hour == pytest.approx(562 / 150 * 60)  # not 562 / 3 = 187
    assert during.passing_per_hour_by_mode() == pytest.approx((457 * 0.4, 97 * 0.4, 8 * 0.4))
    assert during.staying_minutes == 60 and during.staying_per_hour == pytest.approx(2.0)
    # A block of zeros is counted time: nobody passed.
    zeros = session("before", (10, 0), (10, 20), ((0, 0, 0), (n, n, n)), n, 3)
    before = count_summary([zeros])["before"]
    assert before.passing_minutes == 10 and before.passing_per_hour == 0.0
    assert count_summary([])["after"].passing_per_hour is None


class _Text(str):
    """A str subclass: equal to its letters, yet not what a check gives back."""


def test_a_checked_feedback_is_given_back_itself_and_a_changed_one_anew() -> None:
    """A row read from the file is already as checked: the check keeps it (no copy of twenty
    thousand rows); anything the check changes (tags trimmed, a list, a str subclass) is a new,
    normalised object, and a broken value names its field as before."""
    kept = Feedback(uid(1), T, channel="card", sentiment="positive", tags=("bænke", "lys"))
    assert check_feedback(kept) is kept
    for given in (
        Feedback(uid(1), T, tags=[" bænke", "lys"]),  # type: ignore[arg-type]
        Feedback(uid(1), T, tags=(_Text("bænke"),)),
        Feedback(uid(1), T, what_works=_Text("Bænkene")),
    ):
        checked = check_feedback(given)
        assert checked is not given
        assert type(checked.tags) is tuple and all(type(t) is str for t in checked.tags)
        assert type(checked.what_works) is str
    with pytest.raises(InvalidTrialValue, match=r"^sentiment: must be one of "):
        check_feedback(Feedback(uid(1), T, sentiment="glad"))
    with pytest.raises(InvalidTrialValue, match=r"^tags: must be a list of tags$"):
        check_feedback(Feedback(uid(1), T, tags="bænke"))  # type: ignore[arg-type]
    # Every field as checked but the test's uuid a str subclass: a copy, its uuid a str.
    moved = check_feedback(Feedback(uid(1), _Text(T), tags=("lys",)))
    assert type(moved.trial_uuid) is str and moved.tags == ("lys",)
    with pytest.raises(InvalidTrialValue, match=r"^card_number: only a paper card"):
        check_feedback(Feedback(uid(1), T, channel="conversation", card_number=3, tags=("a",)))


def test_tags_are_checked_alike_however_often_the_same_set_comes() -> None:
    """A test's entries share a few themes: a set of tags is checked once and remembered; the
    same set again is the same answer, a refusal again a refusal."""
    for _ in range(3):
        assert check_tags((" bænke ", "Bænke", "lys")) == ("bænke", "lys")
        assert check_tags([" bænke ", "lys"]) == ("bænke", "lys")
        with pytest.raises(InvalidTrialValue, match="one line"):
            check_tags(("bænke\tlys",))
        with pytest.raises(InvalidValue):
            check_tags(("x" * 10_000,))


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        (True, "must be a whole number of people"),
        (-1, "cannot be negative (-1)"),
        (10**9, "must be from 0 to"),
        ("3", "must be a whole number of people"),
        (2.0, "must be a whole number of people"),
    ],
)
def test_a_tally_cell_is_refused_by_name_however_the_rest_was_checked(
    cell: object, problem: str
) -> None:
    start, end = dt.time(10), dt.time(10, 20)
    passing: list[list[object]] = [list(row) for row in resized_passing((), start, end)]
    passing[1][2] = cell
    session = CountSession(
        uid(2),
        T,
        dt.date(2027, 3, 1),
        start,
        end,
        passing=passing,  # type: ignore[arg-type]
        staying=empty_staying(),
    )
    with pytest.raises(InvalidTrialValue) as refused:
        check_count_session(session)
    assert str(refused.value).startswith(f"passing[1][2]: {problem}")


def test_a_tally_keeps_whole_numbers_of_any_kind_as_the_cell_check_does() -> None:
    class Number(int):
        pass

    start, end = dt.time(10), dt.time(10, 10)
    (blank,) = resized_passing((), start, end)
    passing = [[Number(4), None, 0, *blank[3:]]]
    session = CountSession(
        uid(2),
        T,
        dt.date(2027, 3, 1),
        start,
        end,
        passing=passing,  # type: ignore[arg-type]
        staying=empty_staying(),
    )
    checked = check_count_session(session)
    assert checked.passing == (tuple(passing[0]),)
    assert type(checked.passing[0][0]) is Number
