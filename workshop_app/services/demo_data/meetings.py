"""The demo's meetings in the room (issue 13): the citizen meeting held a week ago, with its
attendance, the notes captured live across its agenda (some turned into ideas, action items and
decisions), its dot votes and its ended live state; and the next citizen meeting, planned from
the template agenda. Invented like the rest of the demo: no real people; who does an action item
is a role or one of the project's fictional facilitators.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.meetings import (
    ActionItem,
    CitizenCount,
    LiveState,
    MeetingDecision,
    Note,
    agenda_template,
)
from workshop_app.domain.model import AgendaItem, Meeting, MeetingWithAgenda
from workshop_app.domain.trial_model import Idea, Vote
from workshop_app.services.demo_data.ids import _id

HELD = "held"
NEXT = "citizens"

#: The agenda as held: title, planned minutes, method, responsible, materials, notes, minutes
#: added live.
_HELD_AGENDA: list[tuple[str, int, str, str, str, str, int]] = [
    ("Velkomst og aftenens program", 10, "Plenum", "Mette Holm",
     "Navneskilte, program på væggen", "Tak Egeby Skole for lokalet", 0),
    ("Bymidten i dag: tal og billeder", 15, "Oplæg", "Jonas Brandt",
     "Projektor, 12 billeder fra Torvegade", "Hold det under et kvarter", 0),
    ("Hvad savner du i bymidten?", 40, "Café-borde med værter", "Bordværter",
     "Duge med kort over bymidten, tusser, post-its", "Fem borde, en vært ved hvert", 5),
    ("Pause med kaffe", 10, "", "Egeby Handelsstandsforening", "Kaffe, te, kage", "", 0),
    ("Idéerne præsenteres", 20, "Plenum", "Bordværter", "", "To minutter pr. bord", 0),
    ("Prikafstemning", 15, "Dot-voting", "Mette Holm", "Fem prikker pr. deltager", "", 0),
    ("Sådan går vi videre", 10, "Plenum", "Mette Holm", "", "Nævn næste borgermøde", 0),
]  # fmt: skip

#: Notes captured live: agenda item index, minutes after the start, text, and what it became
#: (kind, record slug) or None.
_NOTES: list[tuple[int, int, str, Any]] = [
    (0, 3, "Ca. 60 fremmødte, flere end ventet", None),
    (0, 7, "Spørgsmål: bliver der talt om parkering? Ja, under bordene", None),
    (1, 12, "Overraskelse i salen over, at syv butikker er lukket på fem år", None),
    (1, 18, "Flere spurgte til, hvem der ejer de tomme butikker", None),
    (1, 22, "Ønske om at få tallene for gennemgang af Torvet", None),
    (2, 27, "Bord 1: en overdækket scene på Torvet til musik og foreninger", ("idea", "stage")),
    (2, 29, "Bord 1: børnefamilier savner et sted at sidde i skygge", None),
    (2, 32, "Bord 2: lys langs Åstien igen — mange føler sig utrygge om aftenen", None),
    (2, 35, "Bord 2: en fast dag med åbent til kl. 20 i butikkerne", ("idea", "late_opening")),
    (2, 38, "Bord 3: de unge vil have et sted at være, der ikke er en café", None),
    (2, 41, "Bord 3: vandpost og drikkevand på Torvet", None),
    (2, 44, "Bord 4: torvedag med lokale råvarer, gerne om torsdagen", None),
    (2, 47, "Bord 4: cykelklubben vil gerne være med til en cykeldag", None),
    (2, 50, "Bord 5: byttehylde for bøger og legetøj ved biblioteket", ("idea", "swap_shelf")),
    (2, 53, "Bord 5: bedre skiltning fra parkeringspladsen til Torvet", None),
    (2, 58, "Borde bad om fem minutter mere: givet", None),
    (3, 66, "Handelsstandsforeningen tilbyder at betale kaffen næste gang", None),
    (4, 76, "Scenen får klapsalver; flere vil hjælpe med at bygge den", None),
    (4, 80, "Åbent til kl. 20: to butikker vil prøve det i maj", ("decision", "late_may")),
    (4, 84, "Lyset langs Åstien er nævnt ved tre af fem borde", None),
    (4, 88, "Byttehylden: biblioteket vil gerne være vært", None),
    (5, 96, "Afstemning: scenen og lyset fører tydeligt", None),
    (5, 101, "Nogle stemte på ting, der ikke er på væggen: tilføj dem næste gang", None),
    (5, 104, "Lys langs Åstien bliver den første afprøvning efter sommer",
     ("decision", "lights_first")),
    (6, 107, "Send referat og resultat af afstemningen til alle fremmødte", ("action", "minutes")),
    (6, 109, "Spørg ejerne af Torvegade 12 og 14 om lån af lokaler", ("action", "owners")),
    (6, 111, "Undersøg pris på lyskæder og tilladelse hos kommunen", ("action", "lights")),
    (6, 113, "Find en dato for torvedag med gårdbutikkerne", ("action", "market")),
    (6, 116, "Næste borgermøde om halvanden uge på biblioteket", None),
    (6, 119, "Tak for i aften — god stemning", None),
]  # fmt: skip

#: New ideas (slug: title, description, tags) and who does which action (slug: who, days due).
_NEW_IDEAS = {
    "stage": ("Overdækket scene på Torvet", "Til musik, foreninger og skolens forestillinger.",
              ("kultur", "ophold")),
    "late_opening": ("Åbent til kl. 20 én dag om ugen", "", ("handel", "aftenliv")),
    "swap_shelf": ("Byttehylde ved biblioteket", "Bøger og legetøj, der kan byttes frit.",
                   ("børn", "fællesskab")),
}  # fmt: skip
_ACTIONS = {
    "minutes": ("Mette Holm", 2, True),
    "owners": ("Jonas Brandt", 14, False),
    "lights": ("Jonas Brandt", 21, False),
    "market": ("Egeby Handelsstandsforening", 30, False),
}
#: Dots at the held meeting (idea slug: dots); the benches, with the kick-off's dots, stay first.
_VOTES = {
    "stage": 11,
    "late_opening": 8,
    "lights": 6,
    "swap_shelf": 5,
    "market": 4,
    "youth_space": 3,
}
#: Citizens counted by age band and group.
_COUNTS = {
    ("age_0_14", "resident"): 4,
    ("age_15_29", "resident"): 6,
    ("age_15_29", "visitor"): 2,
    ("age_30_64", "resident"): 24,
    ("age_30_64", "trader"): 7,
    ("age_30_64", "visitor"): 3,
    ("age_65_plus", "resident"): 13,
    ("age_65_plus", "visitor"): 1,
}
_PRESENT = ("merchants", "citizens_assoc", "library", "cafe", "youth")


def agenda_items(meeting: str, rows: list[tuple[Any, ...]]) -> tuple[AgendaItem, ...]:
    """The agenda of the demo meeting ``meeting`` (its slug): each row holds an item's fields
    from its title on (title, minutes, method, responsible[, materials, notes, extra minutes])."""
    return tuple(
        AgendaItem(_id(f"{meeting}/{n}"), _id(meeting), n, *row) for n, row in enumerate(rows)
    )


def held_meeting(today: dt.date) -> tuple[MeetingWithAgenda, tuple[Idea, ...], tuple[Vote, ...]]:
    """The citizen meeting held a week ago, the ideas its notes became and its dot votes."""
    day = today - dt.timedelta(days=7)
    start = dt.datetime.combine(day, dt.time(19, 0))
    uuid = _id(HELD)
    meeting = Meeting(
        uuid=uuid,
        position=1,
        title="Første stormøde: Hvad savner du i bymidten?",
        date=day,
        start_time=dt.time(19, 0),
        place="Egeby Skole, aulaen",
        purpose=(
            "Et åbent møde for alle, der bor, arbejder eller handler i Egeby. Vi hører, hvad "
            "folk savner i bymidten, og samler idéer til de første afprøvninger."
        ),
        kind="citizen_meeting",
        facilitators="Mette Holm, Jonas Brandt",
        phase="trials",
    )
    agenda = agenda_items(HELD, _HELD_AGENDA)
    notes: list[Note] = []
    actions: list[ActionItem] = []
    decisions: list[MeetingDecision] = []
    for n, (item, minutes, text, became) in enumerate(_NOTES):
        note_uuid = _id(f"{HELD}/note/{n}")
        kind, slug = became or ("", "")
        prefix = "idea" if kind == "idea" else f"{HELD}/{kind}"
        target = _id(f"{prefix}/{slug}") if kind else ""
        notes.append(
            Note(
                note_uuid,
                uuid,
                n,
                agenda[item].uuid,
                start + dt.timedelta(minutes=minutes, seconds=n * 7 % 50),
                text,
                kind,
                target,
            )
        )
        if kind == "action":
            who, due, done = _ACTIONS[slug]
            actions.append(
                ActionItem(
                    target,
                    uuid,
                    len(actions),
                    text,
                    who,
                    day + dt.timedelta(days=due),
                    done,
                    note_uuid,
                )
            )
        elif kind == "decision":
            decisions.append(MeetingDecision(target, uuid, len(decisions), text, note_uuid))
    ideas = tuple(
        Idea(
            uuid=_id(f"idea/{slug}"),
            position=0,
            title=title,
            description=description,
            origin_meeting=uuid,
            tags=tags,
            created=day,
        )
        for slug, (title, description, tags) in _NEW_IDEAS.items()
    )
    votes = tuple(
        Vote(_id(f"vote/{slug}/{HELD}"), _id(f"idea/{slug}"), uuid, dots)
        for slug, dots in _VOTES.items()
    )
    ended = start + dt.timedelta(minutes=125, seconds=40)
    held = MeetingWithAgenda(
        meeting,
        agenda,
        citizen_counts=tuple(
            CitizenCount(uuid, band, group, n) for (band, group), n in _COUNTS.items()
        ),
        actors_present=tuple(_id(f"actor/{slug}") for slug in _PRESENT),
        notes=tuple(notes),
        actions=tuple(actions),
        decisions=tuple(decisions),
        live=LiveState(
            uuid,
            started_at=start,
            item_uuid=agenda[-1].uuid,
            item_started_at=start + dt.timedelta(minutes=106),
            paused_at=None,
            paused_s=0,
            ended_at=ended,
        ),
    )
    return held, ideas, votes


def next_citizen_meeting(today: dt.date) -> MeetingWithAgenda:
    """The next citizen meeting, in nine days, planned from the citizen meeting template."""
    uuid = _id(NEXT)
    responsible = ["Mette Holm", "Jonas Brandt", "Bordværter", "Egeby Handelsstandsforening",
                   "Mette Holm", "Mette Holm", "Mette Holm"]  # fmt: skip
    agenda = tuple(
        AgendaItem(
            _id(f"{NEXT}/{n}"),
            uuid,
            n,
            draft.title,
            draft.duration_min,
            draft.method,
            responsible[n % len(responsible)],
        )
        for n, draft in enumerate(agenda_template("citizen_meeting", "da"))
    )
    meeting = Meeting(
        uuid=uuid,
        position=2,
        title="Borgermøde: Hvad skal bymidten kunne?",
        date=today + dt.timedelta(days=9),
        start_time=dt.time(19, 0),
        place="Egeby Bibliotek, salen",
        purpose=(
            "Alle med interesse for bymidten er velkomne. Vi samler idéer til, hvad der kan "
            "gøre Torvet og Åstien mere levende, og udvælger nogle få, vi kan prøve af i "
            "løbet af sommeren."
        ),
        kind="citizen_meeting",
        facilitators="Mette Holm",
        phase="trials",
    )
    return MeetingWithAgenda(meeting, agenda)
