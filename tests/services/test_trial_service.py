"""Phase 3 (prototype tests) below the UI: services, refusals, undo paths, decisions, demo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app.domain.changes import Changes
from workshop_app.domain.trials import TrialBook, canonical
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot, write_demo
from workshop_app.services.project_service import ProjectService, new_project, open_project
from workshop_app.services.trial_service import DecisionRecord

TODAY = dt.date(2027, 3, 1)
GHOST = "99999999-9999-4999-8999-999999999999"


def refused(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    with pytest.raises(KnownError) as info:
        call(*args, **kwargs)
    assert info.value.kind is ErrorKind.BAD_INPUT
    problem = str(info.value.details["problem"])
    assert problem
    return problem


def stored(service: ProjectService) -> TrialBook:
    """What the file holds, read afresh; the service is closed."""
    path = service.path
    service.close()
    fresh = open_project(path, read_only=True)
    try:
        book = fresh.trial_book()
        assert fresh.snapshot().trials == book
        return book
    finally:
        fresh.close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ProjectService]:
    s = new_project(tmp_path / "p.bymidte", "Test")
    yield s
    if not s.store.read_only:
        s.close()


def meeting(service: ProjectService) -> str:
    m = service.new_meeting(title="Borgermøde")
    service.restore_meeting(m)
    return m.meeting.uuid


def actor(service: ProjectService, name: str = "Handelsstandsforeningen") -> str:
    a = service.new_actor(name=name)
    service.restore_actor(a)
    return a.uuid


def idea(service: ProjectService, **values: object) -> str:
    i = service.new_idea(**values)
    assert service.restore_idea(i) == Changes.in_trials(i.uuid)
    return i.uuid


def trial(service: ProjectService, **values: object) -> str:
    t = service.new_trial(**values)
    assert service.restore_trial(t) == Changes.in_trials(t.uuid)
    return t.uuid


def count(service: ProjectService, trial_uuid: str, phase: str = "before") -> str:
    c = service.new_count_session(
        trial_uuid, dt.date(2027, 5, 1), dt.time(10, 0), dt.time(11, 0), phase=phase
    )
    assert service.restore_count_session(c) == Changes.in_trials(c.uuid)
    return c.uuid


# -- ideas and votes ---------------------------------------------------------------------------


def test_a_new_project_has_an_empty_book(service: ProjectService) -> None:
    assert service.trial_book() == TrialBook()
    assert service.snapshot().trials == TrialBook()


def test_ideas_are_placed_and_every_field_is_stored(service: ProjectService) -> None:
    m, a = meeting(service), actor(service)
    first = service.new_idea(title="Bænke på Torvet")
    assert first.position == 0 and first.created == dt.date.today()
    service.restore_idea(first)
    second = idea(service, title="Lys langs åen")
    third = service.new_idea(title="Marked")
    service.restore_idea(dataclasses.replace(third, position=0))
    assert [i.uuid for i in service.trial_book().ideas] == [third.uuid, first.uuid, second]
    t = trial(service)
    values: dict[str, object] = {
        "title": "Bænke og blomster",
        "description": "Flytbare bænke\nog plantekasser",
        "origin_meeting": m,
        "origin_actor": a,
        "origin_trial": t,
        "origin_note": "Fra postkassen",
        "tags": [" grønt ", "Grønt", "ophold"],
        "created": dt.date(2027, 2, 1),
    }
    for field, value in values.items():
        assert service.set_idea_value(first.uuid, field, value) == Changes.in_trials(first.uuid)
    assert service.move_idea(second, 0) == Changes.in_trials(second)
    book = stored(service)
    assert [i.uuid for i in book.ideas] == [second, third.uuid, first.uuid]
    stored_idea = book.ideas[2]
    assert stored_idea.tags == ("grønt", "ophold")
    assert stored_idea.origin_meeting == m and stored_idea.origin_trial == t


def test_idea_refusals_name_the_problem(service: ProjectService) -> None:
    uuid = idea(service, title="A")
    assert refused(service.set_idea_value, uuid, "colour", "red") == "colour: unknown idea field"
    assert refused(service.set_idea_value, uuid, "origin_meeting", GHOST) == (
        f"origin_meeting: there is no meeting {GHOST}"
    )
    assert refused(service.set_idea_value, GHOST, "title", "x") == f"no idea {GHOST}"
    assert refused(service.set_idea_value, uuid, "title", "x" * 501).startswith("title: must be")
    assert refused(service.move_idea, GHOST, 0) == f"no idea {GHOST}"
    assert "already exists" in refused(service.restore_idea, service.trial_book().ideas[0])


def test_votes_per_meeting_and_tallies(service: ProjectService) -> None:
    m1, m2 = meeting(service), meeting(service)
    a, b = idea(service, title="A"), idea(service, title="B")
    service.set_votes(a, m1, 5)
    service.set_votes(a, m2, 2)
    service.set_votes(b, m1, 4)
    assert service.vote_tallies() == {a: 7, b: 4}
    assert service.vote_tallies(m2) == {a: 2, b: 0}
    assert service.votes(a, m1) == 5
    assert refused(service.set_votes, a, m1, -1) == "count: cannot be negative (-1)"
    assert refused(service.set_votes, a, GHOST, 1) == f"meeting_uuid: there is no meeting {GHOST}"
    # Zero removes the entry; setting it again gives back the same row.
    before = service.trial_book().votes
    service.set_votes(a, m2, 0)
    assert len(service.trial_book().votes) == 2
    service.set_votes(a, m2, 2)
    assert service.trial_book().votes == before
    # Deleting a meeting deletes its votes; links_to / restore_links puts them back.
    links = service.links_to(m1)
    dependents = service.meeting(m1)
    service.delete_meeting(m1)
    assert service.vote_tallies() == {a: 2, b: 0}
    service.restore_meeting(dependents)
    service.restore_links(links)
    assert service.vote_tallies() == {a: 7, b: 4}


def test_merge_keeps_votes_where_they_were_cast_and_unmerge_is_exact(
    service: ProjectService,
) -> None:
    m = meeting(service)
    a, b, c = idea(service, title="A"), idea(service, title="B"), idea(service, title="C")
    service.set_votes(a, m, 3)
    service.set_votes(b, m, 2)
    service.set_votes(c, m, 1)
    before = service.trial_book()
    assert service.merge_ideas(b, a) == Changes.in_trials(b, a)
    assert service.vote_tallies() == {a: 5, c: 1}
    assert "already merged" in refused(service.merge_ideas, b, c)
    assert "merge into that idea instead" in refused(service.merge_ideas, c, b)
    assert "vote for that idea" in refused(service.set_votes, b, m, 9)
    assert "test that idea" in refused(service.promote_idea, b)
    assert refused(service.merge_ideas, a, a) == "merged_into: an idea cannot be merged into itself"
    # A chain: a (holding b) merged into c.
    service.merge_ideas(a, c)
    assert service.vote_tallies() == {c: 6}
    service.unmerge_idea(a)
    service.unmerge_idea(b)
    assert service.trial_book() == before


def test_deleting_an_idea_and_restoring_it_is_exact(service: ProjectService) -> None:
    m = meeting(service)
    a, b = idea(service, title="A"), idea(service, title="B")
    service.set_votes(a, m, 4)
    service.merge_ideas(b, a)
    t = trial(service, idea_uuid=a)
    before = service.trial_book()
    dependents = service.idea_dependents(a)
    assert dependents.merged_from == (b,) and dependents.trials == (t,)
    service.delete_idea(a)
    book = service.trial_book()
    assert book.idea(b).merged_into is None and book.trial(t).idea_uuid is None  # type: ignore[union-attr]
    service.restore_idea(
        dependents.idea, dependents.votes, dependents.merged_from, dependents.trials
    )
    assert service.trial_book() == before


# -- trials ------------------------------------------------------------------------------------


def test_promote_an_idea_to_a_test_and_every_field_is_stored(service: ProjectService) -> None:
    a1, a2 = actor(service, "A"), actor(service, "B")
    i = idea(service, title="Bilfri lørdag")
    t = service.promote_idea(i)
    assert (t.title, t.idea_uuid, t.status) == ("Bilfri lørdag", i, "idea")
    service.restore_trial(t)
    values: dict[str, object] = {
        "we_believe": "en bilfri gade",
        "will": "give plads til leg",
        "we_will_see": "flere stopper op",
        "strategic_aim": "Mere liv",
        "trial_type": "closed_street",
        "place": "Torvegade",
        "start_date": dt.date(2027, 5, 1),
        "end_date": dt.date(2027, 5, 8),
        "materials": "Afspærring",
        "responsible": [a2, a1],
        "success_criteria": "Flere fodgængere",
        "measurement_plan": "Tælling før og under",
    }
    for field, value in values.items():
        assert service.set_trial_value(t.uuid, field, value) == Changes.in_trials(t.uuid)
    other = trial(service, title="Andet")
    service.move_trial(other, 0)
    book = stored(service)
    saved = book.trials[1]
    assert saved.responsible == (a2, a1) and saved.end_date == dt.date(2027, 5, 8)
    assert [x.uuid for x in book.trials] == [other, t.uuid]


def test_trial_refusals(service: ProjectService) -> None:
    t = trial(service, start_date=dt.date(2027, 5, 10))
    assert refused(service.set_trial_value, t, "end_date", dt.date(2027, 5, 3)) == (
        "end_date: a test cannot end before it starts (2027-05-03 is before 2027-05-10)"
    )
    assert refused(service.new_trial, start_date=dt.date(2027, 5, 2), end_date=dt.date(2027, 5, 1))
    assert refused(service.set_trial_value, t, "responsible", [GHOST]) == (
        f"responsible: there is no actor {GHOST}"
    )
    assert refused(service.set_trial_value, t, "idea_uuid", GHOST) == (
        f"idea_uuid: there is no idea {GHOST}"
    )
    assert refused(service.set_trial_value, t, "trial_type", "rocket").startswith(
        "trial_type: must be one of"
    )
    assert refused(service.set_trial_value, t, "version_of", GHOST) == (
        "version_of: unknown test field"
    )
    assert refused(service.set_trial_value, GHOST, "title", "x") == f"no test {GHOST}"


def test_deleting_an_actor_removes_its_responsibility_and_links_put_it_back(
    service: ProjectService,
) -> None:
    a1, a2 = actor(service, "A"), actor(service, "B")
    t = trial(service, responsible=(a1, a2))
    i = idea(service, origin_actor=a1)
    links = service.links_to(a1)
    dependents = service.actor_dependents(a1)
    service.delete_actor(a1)
    book = service.trial_book()
    assert book.trial(t).responsible == (a2,)  # type: ignore[union-attr]
    assert book.idea(i).origin_actor is None  # type: ignore[union-attr]
    service.restore_actor(dependents.actor)
    service.restore_links(links)
    book = service.trial_book()
    assert book.trial(t).responsible == (a1, a2)  # type: ignore[union-attr]
    assert book.idea(i).origin_actor == a1  # type: ignore[union-attr]


def test_status_changes_with_dates(service: ProjectService) -> None:
    t = trial(service)
    service.set_trial_status(t, "planned", dt.date(2027, 4, 1))
    change = service.new_status_change(t, "running", dt.date(2027, 5, 1))
    service.restore_status_change(change)
    history = service.trial_book().trial(t).history  # type: ignore[union-attr]
    assert [(c.status, c.date) for c in history] == [
        ("planned", dt.date(2027, 4, 1)),
        ("running", dt.date(2027, 5, 1)),
    ]
    assert service.trial_book().trial(t).status == "running"  # type: ignore[union-attr]
    assert refused(service.set_trial_status, t, "running", dt.date(2027, 5, 2)) == (
        "status: the test is already running"
    )
    assert refused(service.set_trial_status, t, "evaluated", dt.date(2027, 4, 2)) == (
        "date: a status change cannot be dated before the previous one "
        "(2027-04-02 is before 2027-05-01)"
    )
    assert refused(service.set_trial_status, t, "finished", dt.date(2027, 6, 1)).startswith(
        "status: must be one of idea, planned"
    )
    # undo of the last change
    service.delete_status_change(change.uuid)
    assert service.trial_book().trial(t).status == "planned"  # type: ignore[union-attr]
    service.restore_status_change(change, 1)
    assert stored(service).trial(t).status == "running"  # type: ignore[union-attr]


def test_budget_lines_and_permits(service: ProjectService) -> None:
    t = trial(service)
    paid = service.new_budget_line(t, text="Bænke", amount=18_000)
    kind = service.new_budget_line(t, text="Opstilling", amount=8_000, in_kind=True)
    service.restore_budget_line(paid)
    service.restore_budget_line(kind, 0)
    assert refused(service.set_budget_value, paid.uuid, "amount", -5) == (
        "amount: cannot be negative (-5)"
    )
    assert refused(service.new_budget_line, t, amount=1.5).startswith("amount: must be")
    service.set_budget_value(paid.uuid, "amount", 20_000)
    service.move_budget_line(paid.uuid, 0)
    permit = service.new_permit(t, kind="police", needed=True)
    service.restore_permit(permit)
    service.set_permit_value(permit.uuid, "granted", False)
    service.set_permit_value(permit.uuid, "date", dt.date(2027, 4, 2))
    assert refused(service.set_permit_value, permit.uuid, "needed", "maybe") == (
        "needed: must be yes, no or not known"
    )
    saved = service.trial_book().trial(t)
    assert saved is not None
    assert [b.uuid for b in saved.budget] == [paid.uuid, kind.uuid]
    assert (saved.budget_total, saved.in_kind_total) == (20_000, 8_000)
    assert saved.permits[0].granted is False and saved.permits[0].applied is None
    service.delete_budget_line(kind.uuid)
    service.delete_permit(permit.uuid)
    saved = stored(service).trial(t)
    assert saved is not None and len(saved.budget) == 1 and saved.permits == ()


def test_deleting_a_trial_and_restoring_it_is_exact(service: ProjectService) -> None:
    a = actor(service)
    t = trial(service, responsible=(a,))
    other = trial(service)
    service.restore_budget_line(service.new_budget_line(t, text="x", amount=1))
    service.set_trial_status(t, "running", dt.date(2027, 5, 1))
    c = count(service, t)
    f = service.new_feedback(t, sentiment="positive")
    service.restore_feedback(f)
    record, _ = service.record_decision(t, "keep", dt.date(2027, 5, 9), "ok", [c, f.uuid])
    cite, _ = service.record_decision(other, "discard", dt.date(2027, 5, 9), "", [f.uuid])
    spawned, _ = service.record_decision(t, "spawn_ideas", dt.date(2027, 5, 10), "", [], ["Ny idé"])
    version, _ = service.record_decision(t, "adjust_and_retest", dt.date(2027, 5, 11))
    before = service.trial_book()
    dependents = service.trial_dependents(t)
    assert dependents.citations == ((cite.decision.uuid, f.uuid, 0),)
    assert dependents.spawned == (spawned.new_ideas[0].uuid,)
    assert dependents.versions == (version.new_version.uuid,)  # type: ignore[union-attr]
    service.delete_trial(t)
    book = service.trial_book()
    assert book.trial(t) is None and book.counts == () and book.feedback == ()
    assert book.decisions_of(other)[0].evidence == ()
    service.restore_trial(
        dependents.trial,
        dependents.counts,
        dependents.feedback,
        dependents.decisions,
        dependents.versions,
        dependents.spawned,
        dependents.citations,
    )
    assert service.trial_book() == before
    assert record.status_change is not None  # running -> decided
    assert stored(service) == before


# -- evidence ----------------------------------------------------------------------------------


def test_count_sessions_and_tallies(service: ProjectService) -> None:
    t = trial(service)
    c = service.new_count_session(
        t, dt.date(2027, 5, 1), dt.time(10, 0), dt.time(10, 25), weather="sunny", phase="during"
    )
    assert len(c.passing) == 3 and c.passing[0] == (None, None, None)  # blank: not counted
    service.restore_count_session(c)
    service.set_passing(c.uuid, 0, "walking", 12)
    service.set_passing(c.uuid, 2, "cycling", 4)
    service.set_staying(c.uuid, "sitting", "age_65_plus", 3)
    assert refused(service.set_passing, c.uuid, 1, "walking", -3) == (
        "passing[1][0]: cannot be negative (-3)"
    )
    assert refused(service.set_passing, c.uuid, 3, "walking", 1) == (
        "block: the session has 3 blocks of 10 minutes (0–2)"
    )
    assert refused(service.set_passing, c.uuid, 0, "skating", 1).startswith("mode: must be one")
    assert refused(service.set_staying, c.uuid, "sitting", "age_99", 1).startswith("age_band:")
    assert refused(service.set_count_value, c.uuid, "end_time", dt.time(9, 0)) == (
        "end_time: counting must end after it starts (09:00 is not after 10:00)"
    )
    assert refused(service.set_count_value, c.uuid, "end_time", dt.time(10, 15)) == (
        "end_time: the shorter session would drop the counts in block 3; clear them first"
    )
    assert refused(service.set_count_value, c.uuid, "phase", "later").startswith("phase:")
    assert refused(
        service.new_count_session, t, dt.date(2027, 5, 1), dt.time(11, 0), dt.time(10, 0)
    ).startswith("end_time: counting must end after it starts")
    ghost = service.new_count_session(GHOST, dt.date(2027, 5, 1), dt.time(9, 0), dt.time(10, 0))
    assert refused(service.restore_count_session, ghost) == f"trial_uuid: there is no test {GHOST}"
    service.set_count_value(c.uuid, "end_time", dt.time(10, 40))
    saved = service.trial_book().counts[0]
    n = None
    assert saved.passing == ((12, n, n), (n, n, n), (n, 4, n), (n, n, n))
    assert saved.staying[1] == (n, n, n, 3)
    service.set_tallies(c.uuid, passing=[[1, 1, 1]] * 4)
    assert refused(service.set_tallies, c.uuid, [[1, 1]] * 4) == (
        "passing[0]: must be a 10-minute block of 3 counts"
    )
    summary = service.trial_summary(t)
    assert summary.counts["during"].passing_total == 12
    assert summary.counts["during"].passing_per_hour == pytest.approx(18.0)
    assert refused(service.trial_summary, GHOST) == f"no test {GHOST}"
    # delete and restore, including the decision citing it
    _record, _ = service.record_decision(t, "keep", dt.date(2027, 5, 9), "", [c.uuid])
    before = service.trial_book()
    cited_by = service.citations(c.uuid)
    session = service.trial_book().counts[0]
    service.delete_count_session(c.uuid)
    assert service.trial_book().decisions[0].evidence == ()
    service.restore_count_session(session, cited_by)
    assert stored(service) == before


def test_feedback_quick_entry_card_numbers(service: ProjectService) -> None:
    t = trial(service)
    assert service.next_card_number(t) == 1
    first = service.new_feedback(t, sentiment="positive", what_works="Bænkene")
    assert first.card_number == 1
    service.restore_feedback(first)
    second = service.new_feedback(t, sentiment="negative", tags=["larm"])
    assert second.card_number == 2
    service.restore_feedback(second)
    talk = service.new_feedback(t, channel="conversation", quote="Rart")
    assert talk.card_number is None
    service.restore_feedback(talk)
    assert service.next_card_number(t) == 3
    duplicate = service.new_feedback(t, card_number=2)
    assert refused(service.restore_feedback, duplicate) == (
        "card_number: card 2 is already entered for this test"
    )
    assert refused(service.set_feedback_value, first.uuid, "card_number", 2) == (
        "card_number: card 2 is already entered for this test"
    )
    assert refused(service.set_feedback_value, talk.uuid, "card_number", 9) == (
        "card_number: only a paper card has a number"
    )
    assert refused(service.set_feedback_value, first.uuid, "sentiment", "angry").startswith(
        "sentiment: must be one of positive, neutral, negative"
    )
    assert refused(service.set_feedback_value, first.uuid, "name", "Ida") == (
        "name: unknown feedback field"
    )
    service.set_feedback_value(first.uuid, "tags", ["bænke", "Bænke", "ophold"])
    position = service.feedback_position(second.uuid)
    entry = service.trial_book().feedback[1]
    service.delete_feedback(second.uuid)
    assert service.next_card_number(t) == 2
    service.restore_feedback(entry, position)
    book = stored(service)
    assert [f.uuid for f in book.feedback] == [first.uuid, second.uuid, talk.uuid]
    assert book.feedback[0].tags == ("bænke", "ophold")


# -- decisions ---------------------------------------------------------------------------------


def test_adjust_and_retest_creates_the_next_version_and_undo_is_exact(
    service: ProjectService,
) -> None:
    a = actor(service)
    i = idea(service, title="Bænke")
    t = trial(
        service,
        idea_uuid=i,
        title="Byens stue",
        we_believe="bænke",
        responsible=(a,),
        start_date=dt.date(2027, 5, 1),
        end_date=dt.date(2027, 5, 8),
    )
    after = trial(service, title="Næste")
    service.restore_budget_line(service.new_budget_line(t, text="Bænke", amount=100))
    service.restore_permit(service.new_permit(t, kind="police", needed=True, granted=True))
    service.set_trial_status(t, "evaluated", dt.date(2027, 5, 9))
    c = count(service, t, "during")
    before = service.trial_book()
    record, changes = service.record_decision(
        t, "adjust_and_retest", dt.date(2027, 5, 10), "Flere ryglæn", [c]
    )
    assert changes == Changes.in_trials(*record.uuids)
    version = record.new_version
    assert version is not None and record.status_change is not None
    book = service.trial_book()
    assert [x.uuid for x in book.trials] == [t, version.uuid, after]
    stored_version = book.trial(version.uuid)
    assert stored_version is not None
    assert stored_version.version_of == t and stored_version.idea_uuid == i
    assert stored_version.we_believe == "bænke" and stored_version.responsible == (a,)
    assert stored_version.start_date is None and stored_version.status == "planned"
    assert stored_version.budget[0].text == "Bænke"
    assert stored_version.budget[0].uuid != before.trial(t).budget[0].uuid  # type: ignore[union-attr]
    assert stored_version.permits[0].granted is None
    assert book.trial(t).status == "decided"  # type: ignore[union-attr]
    assert book.decisions[0].evidence == (c,)
    assert [n.uuid for n in service.lineage()[0].children[0].children] == [version.uuid]
    # undo, redo, undo
    assert service.remove_decision(record) == Changes.in_trials(*record.uuids)
    assert service.trial_book() == before
    service.restore_decision(record)
    assert service.trial_book() == book
    # once the new version has evidence, removing the decision is refused
    count(service, version.uuid)
    assert "already has evidence" in refused(service.remove_decision, record)


def test_spawn_ideas_and_discard(service: ProjectService) -> None:
    t = trial(service, title="Bilfri lørdag")
    service.set_trial_status(t, "decided", dt.date(2027, 5, 1))
    before = service.trial_book()
    assert refused(service.new_decision, t, "spawn_ideas", dt.date(2027, 5, 2)) == (
        "new_ideas: name at least one new idea"
    )
    assert refused(service.new_decision, t, "keep", dt.date(2027, 5, 2), "", [], ["x"]).startswith(
        "new_ideas: only"
    )
    assert refused(service.new_decision, t, "postpone", dt.date(2027, 5, 2)).startswith(
        "kind: must be one of keep"
    )
    assert refused(service.record_decision, t, "keep", dt.date(2027, 5, 2), "", [GHOST]) == (
        f"no count session or feedback {GHOST}"
    )
    assert service.trial_book() == before
    record, _ = service.record_decision(
        t, "spawn_ideas", dt.date(2027, 5, 2), "Leg virkede", [], ["Legegade", "Varelevering"]
    )
    assert record.status_change is None  # already decided
    book = service.trial_book()
    assert [i.title for i in book.ideas] == ["Legegade", "Varelevering"]
    assert all(i.origin_trial == t and i.created == dt.date(2027, 5, 2) for i in book.ideas)
    assert [(n.kind, len(n.children)) for n in service.lineage()] == [("trial", 2)]
    discard, _ = service.record_decision(t, "discard", dt.date(2027, 5, 3), "For få stoppede op")
    service.set_decision_value(discard.decision.uuid, "reasoning", "Regn og for få stoppede op")
    assert refused(service.set_decision_value, discard.decision.uuid, "kind", "keep") == (
        "kind: unknown decision field"
    )
    service.delete_decision(discard.decision.uuid)
    service.restore_decision(DecisionRecord(discard.decision))
    service.remove_decision(record)
    book = stored(service)
    assert book.ideas == () and len(book.decisions) == 1
    assert book.decisions[0].reasoning == "For få stoppede op"


def test_read_only_projects_refuse_edits(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.bymidte", TODAY).close()
    service = open_project(tmp_path / "demo.bymidte", read_only=True)
    try:
        uuid = service.trial_book().ideas[0].uuid
        with pytest.raises(KnownError) as info:
            service.set_idea_value(uuid, "title", "x")
        assert info.value.kind is ErrorKind.READ_ONLY
    finally:
        service.close()


def test_a_damaged_trial_value_is_refused_on_reading(service: ProjectService) -> None:
    t = trial(service)
    c = count(service, t)
    with service.store.transaction() as db:
        db.execute("UPDATE count_session SET passing = '[[-1, 0, 0]]' WHERE uuid = ?", [c])
    with pytest.raises(KnownError) as info:
        service.trial_book()
    assert info.value.kind is ErrorKind.DAMAGED


def test_the_schema_enforces_rules(service: ProjectService) -> None:
    t = trial(service)
    c = count(service, t)
    for sql, args in [
        ("UPDATE trial SET start_date = '2027-05-09', end_date = '2027-05-01' WHERE uuid = ?", [t]),
        ("UPDATE count_session SET end_time = '09:00' WHERE uuid = ?", [c]),
    ]:
        with pytest.raises(KnownError), service.store.transaction() as db:
            db.execute(sql, args)


# -- demo --------------------------------------------------------------------------------------


def test_the_demo_book(tmp_path: Path) -> None:
    demo = demo_snapshot(TODAY).trials
    assert demo == canonical(demo)
    assert 12 <= len(demo.ideas) <= 18 and 35 <= len(demo.feedback) <= 45
    assert sum(v.count for v in demo.votes) > 30
    assert any(i.merged_into for i in demo.ideas)
    by_title = {t.title: t for t in demo.trials}
    assert len(demo.trials) == 4 and len(by_title) == 3
    first, second = (t for t in demo.trials if t.title == "Byens stue på Torvet")
    assert second.version_of == first.uuid and second.status == "running"
    kinds = {d.kind for d in demo.decisions_of(first.uuid)}
    assert kinds == {"adjust_and_retest"}
    carfree = by_title["Bilfri Torvegade om lørdagen"]
    assert {d.kind for d in demo.decisions_of(carfree.uuid)} == {"discard", "spawn_ideas"}
    assert all(d.reasoning and d.evidence for d in demo.decisions)
    assert by_title["Pop-up-butik i den tidligere boghandel"].status == "planned"
    phases = {c.phase for c in demo.counts_of(first.uuid)}
    assert phases == {"before", "during"}
    assert {f.sentiment for f in demo.feedback} == {"positive", "neutral", "negative"}
    assert demo_snapshot(TODAY) == demo_snapshot(TODAY)
    write_demo(tmp_path / "demo.bymidte", TODAY).close()
    service = open_project(tmp_path / "demo.bymidte", read_only=True)
    try:
        assert service.trial_book() == demo
    finally:
        service.close()


def test_the_feedback_themes_rank_as_the_whole_books_themes_without_reading_an_entry(
    service: ProjectService,
) -> None:
    """The completer's words: every test's themes counted by SQLite, most used first, spellings
    that differ in case alone under the first one used (in the order of the tests)."""
    from workshop_app.domain.trials import top_themes

    first, second = trial(service, title="Bænke"), trial(service, title="Lys")
    for t, tags in (
        (second, ["Skygge", "larm"]),
        (first, ["skygge"]),
        (second, ["SKYGGE", "æbler"]),
        (first, ["Æbler", "larm"]),
        (first, []),
    ):
        service.restore_feedback(service.new_feedback(t, tags=tags))
    expected = [tag for tag, _n in top_themes(service.trial_book().feedback)]
    assert expected == ["skygge", "larm", "Æbler"]  # the first test's spellings come first
    seen: list[str] = []
    service.store._conn.set_trace_callback(seen.append)
    try:
        assert service.feedback_themes() == expected
    finally:
        service.store._conn.set_trace_callback(None)
    assert seen and not [s for s in seen if "what_works" in s]  # no entry read
