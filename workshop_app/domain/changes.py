"""What a service call changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    project: bool = False
    #: The set or order of meetings changed (added, removed, moved).
    meeting_list: bool = False
    #: Meetings whose own fields or agenda changed.
    meetings: frozenset[str] = field(default_factory=frozenset)
    #: Keys of scope sections (phase 1) whose values, rows or map changed.
    scope: frozenset[str] = field(default_factory=frozenset)
    #: Phase 2: actors, custom categories, relations, assessments or the engagement plan.
    actors: bool = False
    #: Phase 3: ideas, votes, tests, counts, feedback or decisions.
    trials: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            project=self.project or other.project,
            meeting_list=self.meeting_list or other.meeting_list,
            meetings=self.meetings | other.meetings,
            scope=self.scope | other.scope,
            actors=self.actors or other.actors,
            trials=self.trials or other.trials,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.project
            or self.meeting_list
            or self.meetings
            or self.scope
            or self.actors
            or self.trials
        )

    @classmethod
    def everything(cls, meeting_uuids: frozenset[str] = frozenset()) -> Changes:
        from workshop_app.domain.scope import SECTION_KEYS

        return cls(
            project=True,
            meeting_list=True,
            meetings=meeting_uuids,
            scope=frozenset(SECTION_KEYS),
            actors=True,
            trials=True,
        )
