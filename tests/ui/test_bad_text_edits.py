"""A bad text typed or pasted in the app is refused with one message and changes nothing
(issue 10, item 9): a lone surrogate in a meeting title raised a raw UnicodeEncodeError (the
crash dialog) while the same in an actor was refused cleanly."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app.services.project_service import ProjectService, ServiceCall

BAD = ["a\ud800b", "a\x00b", "x" * 1_000_000]


def _edits(service: Any) -> dict[str, ServiceCall]:
    snap = service.snapshot()
    meeting = snap.meetings[0]
    return {
        "project name": ServiceCall(ProjectService.set_project_field, ("name",)),
        "meeting title": ServiceCall(
            ProjectService.set_meeting_field, (meeting.meeting.uuid, "title")
        ),
        "agenda title": ServiceCall(
            ProjectService.set_agenda_field, (meeting.agenda[0].uuid, "title")
        ),
        "scope task": ServiceCall(ProjectService.set_scope_value, ("task",)),
        "actor name": ServiceCall(
            ProjectService.set_actor_value, (snap.actors.actors[0].uuid, "name")
        ),
        "idea title": ServiceCall(
            ProjectService.set_idea_value, (snap.trials.ideas[0].uuid, "title")
        ),
        "test title": ServiceCall(
            ProjectService.set_trial_value, (snap.trials.trials[0].uuid, "title")
        ),
    }


@pytest.mark.parametrize("bad", BAD, ids=["surrogate", "nul", "huge"])
def test_a_bad_text_in_any_field_is_refused_with_a_message(window, errors, bad: str) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    before = session.service.snapshot()
    for name, call in _edits(session.service).items():
        errors.clear()
        assert session.apply(ServiceCall(call.fn, (*call.args, bad))) is False, name
        assert len(errors) == 1, name
        assert errors[0][1].strip(), name
    assert session.service.snapshot() == before
