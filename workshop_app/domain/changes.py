"""What a service call changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
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
    #: Phase 2 rows (actors, categories, relations, assessments, plan entries) that changed, by
    #: uuid; ``actors`` is set too. A view showing one actor refreshes only when it is here.
    actor_items: frozenset[str] = field(default_factory=frozenset)
    #: Phase 3 rows (ideas, tests, their history, budget lines and permits, count sessions,
    #: feedback, decisions) that changed, by uuid; ``trials`` is set too.
    trial_items: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def in_actors(cls, *uuids: str | None) -> Changes:
        """Phase 2 changed, in the rows ``uuids`` (``None`` is skipped)."""
        return cls(actors=True, actor_items=frozenset(u for u in uuids if u is not None))

    @classmethod
    def in_trials(cls, *uuids: str | None) -> Changes:
        """Phase 3 changed, in the rows ``uuids`` (``None`` is skipped)."""
        return cls(trials=True, trial_items=frozenset(u for u in uuids if u is not None))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            project=self.project or other.project,
            meeting_list=self.meeting_list or other.meeting_list,
            meetings=self.meetings | other.meetings,
            scope=self.scope | other.scope,
            actors=self.actors or other.actors,
            trials=self.trials or other.trials,
            actor_items=self.actor_items | other.actor_items,
            trial_items=self.trial_items | other.trial_items,
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
