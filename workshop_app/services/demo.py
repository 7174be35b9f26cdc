"""The demo project: a fictional town, Egeby, built from data files by code that checks every
record with the domain's rules, so it always matches the schema.

Everything here is invented: the town, the municipality, every organisation and every person.

Phase 2 (actor mapping) holds about 25 actors across the preset groups (organisations and groups by
name; a person's name only where one is the natural way to say who it is, and no contact details
but one clearly fictional example), a few relations, two dated assessments (eight and two weeks
before today) and an engagement plan.

Phase 3 (prototype tests) holds an idea bank of fifteen ideas with dot votes from the kick-off
meeting (one idea merged into another), and three tests: "Byens stue på Torvet", decided "adjust
and re-test" with its second version running now; "Bilfri Torvegade om lørdagen", discarded with
its reasons and two new ideas spawned from it; and a pop-up shop in the former bookshop, planned.
The first two have before/during counts and, together, forty pieces of feedback (our own wording,
no names).

Meetings (issue 13): the steering group's kick-off two weeks ago; the first citizen meeting a
week ago, as held: sixty citizens counted by age and group, five actors present, thirty notes
captured live across its agenda (three became ideas, four action items, two decisions), its dot
votes and its ended live state; the next citizen meeting in nine days, planned from the template
agenda; and a town walk with the property owners.

Phase 1 (start-up and scope) is partly done, as it would be a few weeks in: most sections of the
charter are complete; the organisation, the knowledge checklist and the success criteria are
still open. There is no map image.

The content of each phase is a data file in ``services/demo_data/`` (``scope.json``,
``actors.json``, ``trials.json``, ``meetings.json``), read by the module of the same name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from workshop_app import DEMO_FILE_NAME
from workshop_app.domain.meetings import citizen_order
from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.trials import canonical as canonical_trials
from workshop_app.services.demo_data.actors import demo_actors
from workshop_app.services.demo_data.ids import _id
from workshop_app.services.demo_data.meetings import demo_meetings
from workshop_app.services.demo_data.scope import demo_scope
from workshop_app.services.demo_data.trials import demo_trials
from workshop_app.services.project_service import ProjectService, create_project

__all__ = ["DEMO_FILE_NAME", "_id", "demo_snapshot", "write_demo"]


_DESCRIPTION = (
    "Egeby har omkring 9.000 indbyggere, og bymidten omkring Torvegade og Åstien har mistet "
    "syv butikker på fem år. Kommunen og Egeby Handelsstandsforening vil sammen med borgere, "
    "ejendomsejere og foreninger finde ud af, hvad bymidten skal kunne i fremtiden, og afprøve "
    "idéerne i praksis, før der bruges penge på faste anlæg.\n\n"
    "Udkast til opgaven: Hvordan bliver strækningen fra Torvet til Åstien et sted, hvor folk "
    "har lyst til at opholde sig — også efter kl. 17 og i weekenden?"
)


def demo_snapshot(today: dt.date | None = None) -> ProjectSnapshot:
    """The demo project, with meetings dated relative to ``today`` so one is always ahead."""
    today = today or dt.date.today()
    project = Project(
        uuid=_id("project"),
        name="Egeby bymidte",
        town="Egeby",
        municipality="Skovlund Kommune",
        description=_DESCRIPTION,
        facilitators="Mette Holm (citychef), Jonas Brandt (byplanlægger, Skovlund Kommune)",
        start_date=today - dt.timedelta(days=21),
        end_date=today + dt.timedelta(days=365),
    )
    meetings, held_ideas, held_votes = demo_meetings(today)
    actors = demo_actors(today)
    register = {a.uuid: a.position for a in actors.actors}
    meetings = tuple(
        dataclasses.replace(
            m,
            actors_present=tuple(sorted(m.actors_present, key=register.__getitem__)),
            citizen_counts=tuple(sorted(m.citizen_counts, key=citizen_order)),
        )
        for m in meetings
    )
    trials = demo_trials(today)
    ideas = trials.ideas + tuple(
        dataclasses.replace(idea, position=len(trials.ideas) + n)
        for n, idea in enumerate(held_ideas)
    )
    trials = dataclasses.replace(trials, ideas=ideas, votes=trials.votes + held_votes)
    return ProjectSnapshot(
        project=project,
        meetings=meetings,
        scope=demo_scope(today),
        actors=actors,
        trials=canonical_trials(trials),
    )


def write_demo(path: Path | str, today: dt.date | None = None) -> ProjectService:
    """Write the demo project to a new file (refuses to overwrite) and return it opened."""
    return create_project(path, demo_snapshot(today))
