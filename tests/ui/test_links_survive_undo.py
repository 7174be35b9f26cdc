"""Deleting a meeting or an actor, then undoing, brings back what phase 3 linked to it: the
dot-votes cast at the meeting, the ideas that came from it, the actor's place among a test's
responsible actors."""

from __future__ import annotations

from workshop_app.ui import commands


def test_undo_of_a_meeting_delete_brings_its_votes_back(session) -> None:  # type: ignore[no-untyped-def]
    service = session.service
    book = service.trial_book()
    meeting = next(v.meeting_uuid for v in book.votes if v.count)
    votes = sorted((v.uuid, v.count) for v in book.votes if v.meeting_uuid == meeting)
    ideas = sorted(i.uuid for i in book.ideas if i.origin_meeting == meeting)
    commands.delete_meeting(session, meeting)
    assert not [v for v in service.trial_book().votes if v.meeting_uuid == meeting]
    session.undo_stack.undo()
    after = service.trial_book()
    assert sorted((v.uuid, v.count) for v in after.votes if v.meeting_uuid == meeting) == votes
    assert sorted(i.uuid for i in after.ideas if i.origin_meeting == meeting) == ideas
    assert book == after


def test_undo_of_an_actor_delete_makes_it_responsible_again(session) -> None:  # type: ignore[no-untyped-def]
    service = session.service
    book = service.trial_book()
    trial = next(t for t in book.trials if t.responsible)
    actor = trial.responsible[-1]
    commands.delete_actor(session, actor)
    changed = next(t for t in service.trial_book().trials if t.uuid == trial.uuid)
    assert actor not in changed.responsible
    session.undo_stack.undo()
    assert service.trial_book() == book
    session.undo_stack.redo()
    session.undo_stack.undo()
    assert service.trial_book() == book
