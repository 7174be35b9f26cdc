"""Writing the JSON exchange format: :func:`to_data` and :func:`dumps` (see ``json_format.py``)."""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

from workshop_app import __version__
from workshop_app.domain.actors import (
    ActorMap,
)
from workshop_app.domain.actors import canonical as canonical_actor_map
from workshop_app.domain.model import (
    ProjectSnapshot,
)
from workshop_app.domain.scope import (
    FIELDS,
    LISTS,
    Scope,
)
from workshop_app.domain.scope_values import to_plain
from workshop_app.domain.trials import (
    BUDGET_FIELDS,
    COUNT_FIELDS,
    FEEDBACK_FIELDS,
    PERMIT_FIELDS,
    TRIAL_FIELDS,
    TrialBook,
)
from workshop_app.domain.trials import canonical as canonical_trial_book
from workshop_app.exchange.json_keys import (
    FORMAT,
    IDEA_KEYS,
    VERSION,
)
from workshop_app.exchange.json_meetings import _date_text, _time_text, meeting_data
from workshop_app.exchange.json_print import card_runs_data, print_project_data

# --------------------------------------------------------------------------------------- export


def to_data(snapshot: ProjectSnapshot) -> dict[str, Any]:
    """The snapshot as plain JSON-ready data, keys in the documented order.

    Meetings and agenda items are written in the snapshot's order; ``position`` and
    ``meeting_uuid`` are not written (they follow from order and nesting). Times are written to
    the minute.
    """
    p = snapshot.project
    project: dict[str, Any] = {
        "uuid": p.uuid,
        "name": p.name,
        "town": p.town,
        "municipality": p.municipality,
        "description": p.description,
        "facilitators": p.facilitators,
        "start_date": _date_text(p.start_date),
        "end_date": _date_text(p.end_date),
        "named_participants": p.named_participants,
        **print_project_data(p),
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "project": project,
        "meetings": [meeting_data(entry) for entry in snapshot.meetings],
        "scope": _scope_data(snapshot.scope),
        "actors": _actors_data(snapshot.actors),
        "trials": _trials_data(snapshot.trials),
    }


def _trials_data(book: TrialBook) -> dict[str, Any]:
    """Phase 3 in canonical order (see ``domain/trials.py``)."""
    book = canonical_trial_book(book)

    def plain(value: Any) -> Any:
        if isinstance(value, dt.time):
            return _time_text(value)
        if isinstance(value, dt.date):
            return _date_text(value)
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    def fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
        return {name: plain(getattr(obj, name)) for name in names}

    return {
        "ideas": [{"uuid": i.uuid} | fields(i, IDEA_KEYS[1:]) for i in book.ideas],
        "votes": [
            {"uuid": v.uuid, "idea": v.idea_uuid, "meeting": v.meeting_uuid, "count": v.count}
            for v in book.votes
        ],
        "trials": [
            {"uuid": t.uuid, "version_of": t.version_of}
            | fields(t, TRIAL_FIELDS)
            | {
                "budget": [{"uuid": b.uuid} | fields(b, BUDGET_FIELDS) for b in t.budget],
                "permits": [{"uuid": p.uuid} | fields(p, PERMIT_FIELDS) for p in t.permits],
                "history": [
                    {"uuid": c.uuid, "status": c.status, "date": _date_text(c.date)}
                    for c in t.history
                ],
            }
            for t in book.trials
        ],
        "counts": [
            {"uuid": c.uuid, "trial": c.trial_uuid}
            | fields(c, COUNT_FIELDS)
            | {"passing": plain(c.passing), "staying": plain(c.staying)}
            for c in book.counts
        ],
        "feedback": [
            {"uuid": f.uuid, "trial": f.trial_uuid} | fields(f, FEEDBACK_FIELDS)
            for f in book.feedback
        ],
        "decisions": [
            {
                "uuid": d.uuid,
                "trial": d.trial_uuid,
                "date": _date_text(d.date),
                "kind": d.kind,
                "reasoning": d.reasoning,
                "evidence": list(d.evidence),
            }
            for d in book.decisions
        ],
        "card_runs": card_runs_data(book.card_runs),
    }


def _when_text(value: str | dt.date) -> str:
    return value if isinstance(value, str) else _date_text(value) or ""


def _actors_data(actor_map: ActorMap) -> dict[str, Any]:
    """Phase 2 in canonical order (actors by position; see ``domain/actors.py``)."""
    actor_map = canonical_actor_map(actor_map)
    actors = [
        {
            "uuid": a.uuid,
            "name": a.name,
            "person_name": a.person_name,
            "category": a.category,
            "owner_residence": a.owner_residence,
            "owner_kind": a.owner_kind,
            "influence": a.influence,
            "interest": a.interest,
            "attitude": a.attitude,
            "involvement_now": a.involvement_now,
            "involvement_wanted": a.involvement_wanted,
            "motivation": a.motivation,
            "can_bring": list(a.can_bring),
            "org_role": a.org_role,
            "next_step": a.next_step,
            "next_step_date": _date_text(a.next_step_date),
            "notes": a.notes,
            "contact": a.contact,
        }
        for a in actor_map.actors
    ]
    return {
        "actors": actors,
        "categories": [{"uuid": c.uuid, "name": c.name} for c in actor_map.categories],
        "relations": [
            {"uuid": r.uuid, "source": r.source, "target": r.target, "kind": r.kind, "note": r.note}
            for r in actor_map.relations
        ],
        "assessments": [
            {
                "uuid": a.uuid,
                "date": _date_text(a.date),
                "label": a.label,
                "ratings": [
                    {
                        "actor": r.actor_uuid,
                        "influence": r.influence,
                        "interest": r.interest,
                        "attitude": r.attitude,
                    }
                    for r in a.ratings
                ],
            }
            for a in actor_map.assessments
        ],
        "plan": [
            {
                "uuid": p.uuid,
                "actor": p.actor_uuid,
                "method": p.method,
                "when": _when_text(p.when),
                "responsible": p.responsible,
                "note": p.note,
            }
            for p in actor_map.plan
        ],
    }


def _scope_data(scope: Scope) -> dict[str, Any]:
    """Every field and every list, in declaration order, whether filled or not."""
    values = {key: to_plain(spec, scope.get(key)) for key, spec in FIELDS.items()}
    lists = {
        key: [
            {"uuid": row.uuid} | {c.key: to_plain(c, row.get(c.key)) for c in spec.columns}
            for row in scope.rows_of(key)
        ]
        for key, spec in LISTS.items()
    }
    image = scope.map_image
    map_data = (
        None
        if image is None
        else {
            "uuid": image.uuid,
            "file_name": image.file_name,
            "mime": image.mime,
            "width": image.width,
            "height": image.height,
            "data_base64": base64.b64encode(image.data).decode("ascii"),
        }
    )
    return {"values": values, "lists": lists, "map": map_data}


def dumps(snapshot: ProjectSnapshot) -> str:
    """The snapshot as JSON text: deterministic, 2-space indented, UTF-8 friendly, final newline."""
    return json.dumps(to_data(snapshot), indent=2, ensure_ascii=False) + "\n"
