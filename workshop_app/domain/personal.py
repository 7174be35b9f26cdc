"""Where a project holds personal data: every field whose purpose is to name or reach a person.

"Delete all personal data" blanks exactly these (see ``shared/guide/privacy.md``):

- ``contact_persons``: an actor's contact person and contact details (``actors.PERSONAL_FIELDS``);
- ``plan_responsible``: who carries out a line of the engagement plan;
- ``agenda_responsible``: who leads an item of a meeting's agenda;
- ``facilitators``: the project's facilitators;
- ``knowledge_owners``: who answers a question in the charter's knowledge list;
- ``group_members``: who sits in the charter's steering, working and reference groups;
- ``meeting_facilitators``: who leads a meeting;
- ``participants``: the named participants of a meeting (only when the project names them);
- ``action_who``: who carries out an action item of a meeting;
- ``privacy_notice``: who is responsible for the data and whom to contact, from the project's
  privacy notice (``privacy_controller``, ``privacy_contact``: they may name a person).

Citizens at a meeting are counted by age band and group, never named.

Feedback, quotes and counts carry no names by design. Names a user types into other texts (a
description, a note) are not found by this list; the app says so before it deletes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

#: Charter fields (phase 1) that list the members of a group.
SCOPE_PERSONAL_FIELDS = ("steering_group", "working_groups", "reference_group")
#: Charter list columns that name a person: (list key, column key).
SCOPE_PERSONAL_COLUMNS = (("knowledge", "owner"),)

#: Singular and plural English words for each kind, for the command line's one-line count.
_WORDS = {
    "contact_persons": ("contact person", "contact persons"),
    "plan_responsible": ("engagement plan responsible", "engagement plan responsibles"),
    "agenda_responsible": ("agenda item responsible", "agenda item responsibles"),
    "facilitators": ("facilitators field", "facilitators fields"),
    "knowledge_owners": ("knowledge question owner", "knowledge question owners"),
    "group_members": ("group member list", "group member lists"),
    "meeting_facilitators": ("meeting facilitators field", "meeting facilitators fields"),
    "participants": ("named participant", "named participants"),
    "action_who": ("action item responsible", "action item responsibles"),
    "privacy_notice": ("privacy notice contact", "privacy notice contacts"),
}
#: The project's privacy-notice fields that may name a person.
PROJECT_PERSONAL_FIELDS = ("privacy_controller", "privacy_contact")


@dataclass(frozen=True, slots=True)
class PersonalData:
    """The personal texts found in a project, one tuple per record (an actor, a plan line…)."""

    contact_persons: tuple[tuple[str, ...], ...] = ()
    plan_responsible: tuple[tuple[str, ...], ...] = ()
    agenda_responsible: tuple[tuple[str, ...], ...] = ()
    facilitators: tuple[tuple[str, ...], ...] = ()
    knowledge_owners: tuple[tuple[str, ...], ...] = ()
    group_members: tuple[tuple[str, ...], ...] = ()
    meeting_facilitators: tuple[tuple[str, ...], ...] = ()
    participants: tuple[tuple[str, ...], ...] = ()
    action_who: tuple[tuple[str, ...], ...] = ()
    privacy_notice: tuple[tuple[str, ...], ...] = ()

    def counts(self) -> dict[str, int]:
        """Records holding personal data, by kind (every kind, zero included)."""
        return {f.name: len(getattr(self, f.name)) for f in fields(self)}

    @property
    def total(self) -> int:
        return sum(self.counts().values())

    def texts(self) -> set[str]:
        """Every non-empty personal text (to find it again in a log)."""
        return {t for f in fields(self) for record in getattr(self, f.name) for t in record if t}

    def describe(self) -> str:
        """In English, e.g. "3 contact persons, 1 facilitators field" ("no personal data")."""
        parts = [
            f"{n} {_WORDS[kind][0 if n == 1 else 1]}" for kind, n in self.counts().items() if n
        ]
        return ", ".join(parts) if parts else "no personal data"
