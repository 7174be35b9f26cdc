"""The meeting held live, mixed into ``ProjectService``: the console's clock and the notes
captured during the meeting, and what a note becomes.

Live transitions (start, next, pause…) are stored as they happen, one small transaction each, and
are not undoable: the clock is what happened. Minutes added to an item are an agenda field
(``extra_min``), so they are undoable. Every captured note is committed when it is made, so a
crash loses nothing typed; after a restart :meth:`live_meeting` names the meeting the console
resumes, at the same item with the right elapsed time (the times are stored, not counted).

Times are local and whole seconds; ``now`` is always passed in (microseconds are dropped).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from workshop_app.domain import live
from workshop_app.domain.actors import Actor, check_actor
from workshop_app.domain.changes import Changes
from workshop_app.domain.limits import MAX_SHORT_TEXT
from workshop_app.domain.meetings import (
    NOTE_FIELDS,
    NOTE_KINDS,
    ActionItem,
    LiveState,
    MeetingDecision,
    Note,
    check_action,
    check_choice,
    check_live_state,
    check_meeting_decision,
    check_moment,
    check_note,
)
from workshop_app.domain.model import MeetingWithAgenda, new_uuid
from workshop_app.domain.scope import ScopeRow
from workshop_app.domain.trial_model import Idea
from workshop_app.domain.trials import check_idea
from workshop_app.services.meeting_service import checked_field, meeting_valid
from workshop_app.services.refusals import bad_input, require_new
from workshop_app.services.refusals import found as _found
from workshop_app.services.scope_service import _checked_row_values
from workshop_app.services.trial_rules import trial_valid
from workshop_app.storage import repository
from workshop_app.storage.database import ProjectStore

#: Longest title a note gives the idea or actor it becomes (the whole text goes to the idea's
#: description when it is longer or has several lines).
TITLE_FROM_NOTE = 120


def seconds(now: dt.datetime) -> dt.datetime:
    """``now`` in whole seconds, checked to be a local time."""
    moment = now.replace(microsecond=0) if isinstance(now, dt.datetime) else now
    checked: dt.datetime = meeting_valid(lambda m: check_moment(m, empty=False), moment)
    return checked


def title_of(text: str, limit: int = TITLE_FROM_NOTE) -> str:
    """A one-line title from a note: its first non-empty line, cut to ``limit`` with "…"."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class LiveServiceMixin:
    """Live mode and captured notes, as methods of ``ProjectService`` (which provides
    ``store`` and, from ``MeetingServiceMixin``, the record helpers)."""

    store: ProjectStore
    _restore_record: Callable[..., Changes]
    _delete_record: Callable[..., Changes]
    _new_record: Callable[..., Any]
    _set_record_field: Callable[..., Changes]

    # -- the clock -------------------------------------------------------------------------------

    def live_meeting(self) -> str | None:
        """The meeting whose live console was started and not ended (the most recently started
        one if several), so the console can resume it after a crash."""
        running = repository.running_live_meetings(self.store.db)
        return running[0] if running else None

    def live_state(self, meeting_uuid: str) -> LiveState | None:
        return repository.load_live_state(self.store.db, meeting_uuid)

    def live_figures(self, meeting_uuid: str, now: dt.datetime) -> live.LiveFigures:
        meeting = _found(lambda: repository.load_meeting(self.store.db, meeting_uuid))
        return live.live_figures(meeting, now)

    def _live_step(
        self, meeting_uuid: str, step: Callable[[MeetingWithAgenda], LiveState]
    ) -> Changes:
        with self.store.transaction() as db:
            meeting = _found(lambda: repository.load_meeting(db, meeting_uuid))
            try:
                state = step(meeting)
            except live.LiveError as exc:
                raise bad_input(str(exc)) from None
            if state != meeting.live:
                repository.save_live_state(db, meeting_valid(check_live_state, state))
        return Changes(meetings=frozenset({meeting_uuid}))

    def live_start(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        """Start the meeting at its first item (a running meeting goes on unchanged; an ended
        one starts again)."""
        at = seconds(now)
        return self._live_step(
            meeting_uuid, lambda m: live.start(m.live, m.agenda, at, meeting_uuid)
        )

    def live_go_to(self, meeting_uuid: str, item_uuid: str | None, now: dt.datetime) -> Changes:
        at = seconds(now)

        def step(m: MeetingWithAgenda) -> LiveState:
            if item_uuid is not None and m.item(item_uuid) is None:
                raise live.LiveError(f"no agenda item {item_uuid} in this meeting")
            return live.go_to(m.live, item_uuid, at)

        return self._live_step(meeting_uuid, step)

    def live_next(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        at = seconds(now)
        return self._live_step(meeting_uuid, lambda m: live.next_item(m.live, m.agenda, at))

    def live_previous(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        at = seconds(now)
        return self._live_step(meeting_uuid, lambda m: live.previous_item(m.live, m.agenda, at))

    def live_pause(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        at = seconds(now)
        return self._live_step(meeting_uuid, lambda m: live.pause(m.live, at))

    def live_resume(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        at = seconds(now)
        return self._live_step(meeting_uuid, lambda m: live.resume(m.live, at))

    def live_end(self, meeting_uuid: str, now: dt.datetime) -> Changes:
        at = seconds(now)
        return self._live_step(meeting_uuid, lambda m: live.end(m.live, at))

    def live_add_minutes(
        self, meeting_uuid: str, minutes: int, item_uuid: str | None = None
    ) -> Changes:
        """Add ``minutes`` (negative takes them back) to the current item's time, or to
        ``item_uuid``'s. Undoable: it is the item's ``extra_min``; the undo is the same call
        with ``-minutes`` and the item named."""
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise bad_input("minutes: must be a whole number")
        with self.store.transaction() as db:
            meeting = _found(lambda: repository.load_meeting(db, meeting_uuid))
            target = item_uuid or (meeting.live.item_uuid if meeting.live else None)
            item = meeting.item(target)
            if item is None:
                raise bad_input("no current agenda item to add minutes to")
            extra = item.extra_min + minutes
            repository.update_agenda_field(
                db, item.uuid, "extra_min", checked_field("extra_min", extra)
            )
        return Changes(meetings=frozenset({meeting_uuid}))

    # -- captured notes --------------------------------------------------------------------------

    def new_note(
        self, meeting_uuid: str, text: str, at: dt.datetime, item_uuid: str | None = None
    ) -> Note:
        """A note not yet stored, placed last, tagged with the agenda item and time (whole
        seconds); pass it to :meth:`restore_note`."""
        values = {"text": text, "at": seconds(at), "item_uuid": item_uuid}
        return self._new_record("meeting_note", Note, check_note, meeting_uuid, values)

    def restore_note(self, note: Note) -> Changes:
        """Store a note at its position (capture, and undo of delete); committed at once."""
        if note.item_uuid is not None:
            meeting = _found(lambda: repository.load_meeting(self.store.db, note.meeting_uuid))
            if meeting.item(note.item_uuid) is None:
                raise bad_input(f"item_uuid: no agenda item {note.item_uuid} in this meeting")
        return self._restore_record("meeting_note", check_note, note)

    def delete_note(self, uuid: str) -> Changes:
        return self._delete_record("meeting_note", uuid)

    def set_note_field(self, uuid: str, field: str, value: Any) -> Changes:
        """The text, agenda item or time of a note (what it became changes only by
        :meth:`convert_note` and :meth:`unconvert_note`)."""
        if field == "at" and isinstance(value, dt.datetime):
            value = value.replace(microsecond=0)
        if field == "item_uuid" and value is not None:
            note = _found(lambda: repository.load_note(self.store.db, uuid))
            meeting = repository.load_meeting(self.store.db, note.meeting_uuid)
            if meeting.item(value) is None:
                raise bad_input(f"item_uuid: no agenda item {value} in this meeting")
        return self._set_record_field(
            "meeting_note", uuid, field, value, NOTE_FIELDS, repository.load_note, check_note
        )

    # -- what a note becomes ---------------------------------------------------------------------

    def convert_note(self, note_uuid: str, kind: str, **values: Any) -> Changes:
        """Turn a note into an idea (phase 3, from this meeting), an actor (phase 2), a
        knowledge need (phase 1's knowledge list), a decision or an action item of the meeting,
        and link the note to it, in one transaction. ``values`` fill the new record (the note's
        text is the default title / name / question / text / what); ``uuid`` may be given so a
        redo makes the same record. Undo: :meth:`unconvert_note`."""
        meeting_valid(check_choice, kind, NOTE_KINDS)
        made_uuid = values.pop("uuid", None) or new_uuid()
        with self.store.transaction() as db:
            note = _found(lambda: repository.load_note(db, note_uuid))
            if note.became_kind:
                raise bad_input(f"note {note_uuid}: already became a {note.became_kind}")
            changes = _MAKERS[kind](db, note, made_uuid, values)
            repository.update_record_field(db, "meeting_note", note_uuid, "became_kind", kind)
            repository.update_record_field(db, "meeting_note", note_uuid, "became_uuid", made_uuid)
        return changes | Changes(meetings=frozenset({note.meeting_uuid}))

    def unconvert_note(self, note_uuid: str) -> Changes:
        """Undo :meth:`convert_note`: delete what the note became (if it is still there) and
        clear the link, in one transaction."""
        with self.store.transaction() as db:
            note = _found(lambda: repository.load_note(db, note_uuid))
            if not note.became_kind:
                raise bad_input(f"note {note_uuid}: has not become anything")
            changes = _UNMAKERS[note.became_kind](db, note.became_uuid)
            repository.update_record_field(db, "meeting_note", note_uuid, "became_kind", "")
            repository.update_record_field(db, "meeting_note", note_uuid, "became_uuid", "")
        return changes | Changes(meetings=frozenset({note.meeting_uuid}))


# -- makers: one per kind, inside the caller's transaction ----------------------------------------


def _unknown(values: dict[str, Any], known: tuple[str, ...], what: str) -> None:
    for name in values:
        if name not in known:
            raise bad_input(f"{name}: not a field of the {what} a note becomes")


def _make_idea(db: Any, note: Note, uuid: str, values: dict[str, Any]) -> Changes:
    _unknown(values, ("title", "description", "tags"), "idea")
    title = values.get("title", title_of(note.text))
    long_text = title != note.text.strip()
    idea = trial_valid(
        check_idea,
        Idea(
            uuid=uuid,
            position=0,
            title=title,
            description=values.get("description", note.text if long_text else ""),
            origin_meeting=note.meeting_uuid,
            tags=tuple(values.get("tags", ())),
            created=note.at.date(),
        ),
    )
    _append_last(
        db, "idea", idea, repository.idea_uuids, repository.insert_idea, repository.set_idea_order
    )
    return Changes.in_trials(uuid)


def _make_actor(db: Any, note: Note, uuid: str, values: dict[str, Any]) -> Changes:
    _unknown(values, ("name", "category", "notes"), "actor")
    actor = Actor(
        uuid=uuid,
        position=0,
        name=values.get("name", title_of(note.text, MAX_SHORT_TEXT)),
        category=values.get("category", "other"),
        notes=values.get("notes", ""),
    )
    try:
        actor = check_actor(actor)
    except ValueError as exc:
        raise bad_input(str(exc)) from None
    _append_last(
        db,
        "actor",
        actor,
        repository.actor_uuids,
        repository.insert_actor,
        repository.set_actor_order,
    )
    return Changes.in_actors(uuid)


def _make_knowledge(db: Any, note: Note, uuid: str, values: dict[str, Any]) -> Changes:
    row_values = _checked_row_values(
        "knowledge", {"question": title_of(note.text, MAX_SHORT_TEXT), **values}
    )
    _append_last(
        db,
        "scope_row",
        ScopeRow(uuid, "knowledge", 0, row_values),
        lambda db: repository.scope_row_uuids(db, "knowledge"),
        repository.insert_scope_row,
        repository.set_scope_row_order,
    )
    return Changes(scope=frozenset({"knowledge"}))


def _make_decision(db: Any, note: Note, uuid: str, values: dict[str, Any]) -> Changes:
    _unknown(values, ("text",), "decision")
    decision = MeetingDecision(
        uuid, note.meeting_uuid, 0, values.get("text", note.text), note_uuid=note.uuid
    )
    _append_record(db, "meeting_decision", meeting_valid(check_meeting_decision, decision))
    return Changes()


def _make_action(db: Any, note: Note, uuid: str, values: dict[str, Any]) -> Changes:
    _unknown(values, ("what", "who", "due", "done"), "action item")
    action = ActionItem(
        uuid,
        note.meeting_uuid,
        0,
        what=values.get("what", note.text),
        who=values.get("who", ""),
        due=values.get("due"),
        done=values.get("done", False),
        note_uuid=note.uuid,
    )
    _append_record(db, "action_item", meeting_valid(check_action, action))
    return Changes()


def _append_last(
    db: Any,
    table: str,
    record: Any,
    uuids: Callable[[Any], list[str]],
    insert: Callable[[Any, Any], object],
    set_order: Callable[[Any, list[str]], object],
) -> None:
    """Store ``record`` (a new uuid) last in its project-wide list."""
    require_new(db, table, record.uuid)
    order = uuids(db)
    insert(db, dataclasses.replace(record, position=len(order)))
    set_order(db, [*order, record.uuid])


def _append_record(db: Any, table: str, record: Any) -> None:
    require_new(db, table, record.uuid)
    order = repository.record_uuids(db, table, record.meeting_uuid)
    insert = (
        repository.insert_action if table == "action_item" else repository.insert_meeting_decision
    )
    insert(db, dataclasses.replace(record, position=len(order)))


_MAKERS: dict[str, Callable[[Any, Note, str, dict[str, Any]], Changes]] = {
    "idea": _make_idea,
    "actor": _make_actor,
    "knowledge": _make_knowledge,
    "decision": _make_decision,
    "action": _make_action,
}


def _unmake_idea(db: Any, uuid: str) -> Changes:
    repository.delete_idea(db, uuid)
    repository.set_idea_order(db, repository.idea_uuids(db))
    return Changes.in_trials(uuid)


def _unmake_actor(db: Any, uuid: str) -> Changes:
    repository.delete_actor(db, uuid)
    repository.set_actor_order(db, repository.actor_uuids(db))
    repository.set_plan_order(db, repository.plan_uuids(db))
    return Changes.in_actors(uuid)


def _unmake_knowledge(db: Any, uuid: str) -> Changes:
    repository.delete_scope_row(db, uuid)
    repository.set_scope_row_order(db, repository.scope_row_uuids(db, "knowledge"))
    return Changes(scope=frozenset({"knowledge"}))


def _unmake_record(table: str) -> Callable[[Any, str], Changes]:
    def unmake(db: Any, uuid: str) -> Changes:
        try:
            meeting_uuid = repository.record_meeting(db, table, uuid)
        except LookupError:  # gone already: nothing to take back
            return Changes()
        repository.delete_record(db, table, uuid)
        repository.set_record_order(db, table, repository.record_uuids(db, table, meeting_uuid))
        return Changes()

    return unmake


_UNMAKERS: dict[str, Callable[[Any, str], Changes]] = {
    "idea": _unmake_idea,
    "actor": _unmake_actor,
    "knowledge": _unmake_knowledge,
    "decision": _unmake_record("meeting_decision"),
    "action": _unmake_record("action_item"),
}
