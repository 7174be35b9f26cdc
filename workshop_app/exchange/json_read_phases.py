"""Reading phases 2 and 3 of an import (actors, the trial book), checked with the domain's rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from workshop_app.domain import actors, trials
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.values import InvalidValue, is_uuid
from workshop_app.exchange import json_keys as keys
from workshop_app.exchange.json_checks import (
    _date,
    _fail,
    _items,
    _join,
    _list,
    _no_loops,
    _object,
    _optional_reference,
    _reference,
    _rule,
    _text,
    _time,
    _uuid,
    _what,
)
from workshop_app.exchange.json_print import read_card_runs

#: Each list of objects of phases 2 and 3, by its key: at most how many, what they are called
#: in a message, the keys each object has.
_LISTS: Final[dict[str, tuple[int, str, tuple[str, ...]]]] = {
    "categories": (keys.MAX_CATEGORIES, "categories", keys.CATEGORY_KEYS),
    "actors": (keys.MAX_ACTORS, "actors", keys.ACTOR_KEYS),
    "relations": (keys.MAX_RELATIONS, "relations", keys.RELATION_KEYS),
    "assessments": (keys.MAX_ASSESSMENTS, "assessments", keys.ASSESSMENT_KEYS),
    "plan": (keys.MAX_PLAN_ENTRIES, "plan entries", keys.PLAN_KEYS),
    "votes": (keys.MAX_VOTES, "votes", keys.VOTE_KEYS),
    "budget": (keys.MAX_TRIAL_ROWS, "budget", keys.BUDGET_KEYS),
    "permits": (keys.MAX_TRIAL_ROWS, "permits", keys.PERMIT_KEYS),
    "history": (keys.MAX_TRIAL_ROWS, "status changes", keys.HISTORY_KEYS),
    "counts": (keys.MAX_COUNT_SESSIONS, "count sessions", keys.COUNT_KEYS),
    "feedback": (keys.MAX_FEEDBACK, "pieces of feedback", keys.FEEDBACK_KEYS),
    "decisions": (keys.MAX_DECISIONS, "decisions", keys.DECISION_KEYS),
}


def _rows(
    parent: dict[str, Any], path: str, key: str, seen: dict[str, str]
) -> Iterator[tuple[int, str, dict[str, Any], str]]:
    """The objects of the list ``parent[key]`` (see :data:`_LISTS`), each with its index, path,
    content and new uuid."""
    limit, what, names = _LISTS[key]
    return _items(parent[key], _join(path, key), limit, what, names, seen)


def _actor_map(value: object, seen: dict[str, str], version: int = keys.VERSION) -> actors.ActorMap:
    raw = _object(value, "actors", keys.ACTOR_MAP_KEYS)

    categories: list[actors.CustomCategory] = []
    for _index, path, item, c_uuid in _rows(raw, "actors", "categories", seen):
        _text(item["name"], _join(path, "name"), MAX_SHORT_TEXT)
        categories.append(
            actors.CustomCategory(
                c_uuid, _rule(_join(path, "name"), actors.check_category_name, item["name"])
            )
        )
    category_uuids = {c.uuid: i for i, c in enumerate(categories)}

    register: list[actors.Actor] = []
    for index, path, item, a_uuid in _rows(raw, "actors", "actors", seen):
        values: dict[str, Any] = {}
        for key in actors.ACTOR_FIELDS:
            f_path = _join(path, key)
            raw_value = item[key]
            if key == "next_step_date":
                values[key] = _date(raw_value, f_path)
                continue
            if key == "can_bring":
                if not isinstance(raw_value, list) or len(set(map(str, raw_value))) != len(
                    raw_value
                ):
                    _fail(
                        f_path, "must be a list of " + ", ".join(actors.CAN_BRING) + ", each once"
                    )
                checked_multi = _rule(f_path, actors.check_multi, raw_value, actors.CAN_BRING)
                if list(checked_multi) != raw_value:
                    _fail(
                        f_path,
                        "must list the choices in this order: " + ", ".join(actors.CAN_BRING),
                    )
                values[key] = checked_multi
                continue
            if raw_value is None and key in ("influence", "interest") and version < 5:
                _fail(f_path, "must be a whole number from 1 to 5 (empty needs format version 5)")
            if isinstance(raw_value, str):
                _text(
                    raw_value,
                    f_path,
                    MAX_TEXT if key in ("motivation", "notes") else MAX_SHORT_TEXT,
                )
            values[key] = _rule(_join(path, key), actors.check_actor_value, key, raw_value)
            if key == "category" and is_uuid(values[key]):
                _reference(values[key], f_path, category_uuids, "custom category")
        register.append(actors.Actor(uuid=a_uuid, position=index, **values))
    actor_uuids = {a.uuid: a.position for a in register}

    relations: list[actors.Relation] = []
    for _index, path, item, r_uuid in _rows(raw, "actors", "relations", seen):
        source = _reference(item["source"], _join(path, "source"), actor_uuids, "actor")
        target = _reference(item["target"], _join(path, "target"), actor_uuids, "actor")
        kind = item["kind"]
        if kind not in actors.RELATION_KINDS:
            _fail(
                _join(path, "kind"),
                "must be one of " + ", ".join(actors.RELATION_KINDS) + f", not {_what(kind)}",
            )
        note = _text(item["note"], _join(path, "note"), MAX_TEXT)
        if source == target:
            _fail(_join(path, "target"), "an actor cannot have a relation to itself")
        relations.append(actors.Relation(r_uuid, source, target, kind, note))

    assessments: list[actors.Assessment] = []
    for _index, path, item, s_uuid in _rows(raw, "actors", "assessments", seen):
        date = _date(item["date"], _join(path, "date"))
        if date is None:
            _fail(_join(path, "date"), 'must be a date "YYYY-MM-DD"')
        label = _text(item["label"], _join(path, "label"), MAX_SHORT_TEXT)
        ratings: list[actors.Rating] = []
        rated: set[str] = set()
        g_list = _list(item["ratings"], _join(path, "ratings"), keys.MAX_ACTORS, "ratings")
        for r_index, raw_rating in enumerate(g_list):
            g_path = f"{path}.ratings[{r_index}]"
            rating = _object(raw_rating, g_path, keys.RATING_KEYS)
            actor = _reference(rating["actor"], _join(g_path, "actor"), actor_uuids, "actor")
            if actor in rated:
                _fail(_join(g_path, "actor"), "this actor is already rated in this assessment")
            rated.add(actor)
            scales = [
                _rule(_join(g_path, key), actors.check_scale, rating[key], *bounds)
                for key, bounds in (
                    ("influence", actors.INFLUENCE_RANGE),
                    ("interest", actors.INTEREST_RANGE),
                    ("attitude", actors.ATTITUDE_RANGE),
                )
            ]
            ratings.append(actors.Rating(actor, *scales))
        assessments.append(actors.Assessment(s_uuid, date, label, tuple(ratings)))

    plan: list[actors.PlanEntry] = []
    for _index, path, item, p_uuid in _rows(raw, "actors", "plan", seen):
        actor = _reference(item["actor"], _join(path, "actor"), actor_uuids, "actor")
        texts = {
            key: _text(item[key], _join(path, key), MAX_TEXT if key == "note" else MAX_SHORT_TEXT)
            for key in ("method", "when", "responsible", "note")
        }
        values = {
            key: _rule(_join(path, key), actors.check_plan_value, key, v)
            for key, v in texts.items()
        }
        plan.append(actors.PlanEntry(p_uuid, actor, **values))

    return actors.canonical(
        actors.ActorMap(
            tuple(register), tuple(categories), tuple(relations), tuple(assessments), tuple(plan)
        )
    )


def _trial_rule(path: str, check: Any, *args: Any) -> Any:
    """A domain rule of phase 3 applied at ``path``. A message that starts with a field name
    (``end_date: …``, ``passing[2][0]: …``) is placed under ``path``."""
    try:
        return check(*args)
    except InvalidValue as exc:
        message = str(exc)
        head, sep, rest = message.partition(": ")
        last = path.rsplit(".", 1)[-1]
        if sep and head == last:
            _fail(path, rest)
        if sep and re.fullmatch(r"[a-z_]+(\[[0-9]+\])*", head):
            _fail(_join(path, head), rest)
        _fail(path, message)


#: Fields read with the JSON's own date / time / long-text rules before the domain's.
_DATE_KEYS: Final = frozenset({"created", "start_date", "end_date", "date"})
_TIME_KEYS: Final = frozenset({"start_time", "end_time"})
_LONG_KEYS: Final = frozenset(
    {
        "description",
        "we_believe",
        "will",
        "we_will_see",
        "strategic_aim",
        "materials",
        "success_criteria",
        "measurement_plan",
        "note",
        "what_works",
        "could_be_better",
        "quote",
        "reasoning",
    }
)


def _trial_fields(
    item: dict[str, Any], path: str, names: tuple[str, ...], rule: Any
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in names:
        f_path = _join(path, key)
        raw = item[key]
        if key in _DATE_KEYS:
            raw = _date(raw, f_path)
        elif key in _TIME_KEYS:
            raw = _time(raw, f_path)
            if raw is None:
                _fail(f_path, 'must be a time "HH:MM" (24-hour clock)')
        elif isinstance(raw, str):
            _text(raw, f_path, MAX_TEXT if key in _LONG_KEYS else MAX_SHORT_TEXT)
        values[key] = _trial_rule(f_path, rule, key, raw)
    return values


def _trial_book(
    value: object,
    seen: dict[str, str],
    meetings: dict[str, int],
    actor_uuids: dict[str, int],
    version: int = keys.VERSION,
) -> trials.TrialBook:
    raw = _object(
        value, "trials", keys.TRIAL_BOOK_KEYS if version >= 7 else keys.TRIAL_BOOK_KEYS_V6
    )

    # First every uuid of ideas and tests, so links may point forwards.
    i_list = _list(raw["ideas"], "trials.ideas", keys.MAX_IDEAS, "ideas")
    t_list = _list(raw["trials"], "trials.trials", keys.MAX_TRIALS, "tests")
    raw_ideas = [_object(x, f"trials.ideas[{n}]", keys.IDEA_KEYS) for n, x in enumerate(i_list)]
    raw_trials = [_object(x, f"trials.trials[{n}]", keys.TRIAL_KEYS) for n, x in enumerate(t_list)]
    idea_uuids = {
        _uuid(item["uuid"], f"trials.ideas[{n}].uuid", seen): n for n, item in enumerate(raw_ideas)
    }
    trial_uuids = {
        _uuid(item["uuid"], f"trials.trials[{n}].uuid", seen): n
        for n, item in enumerate(raw_trials)
    }

    ideas: list[trials.Idea] = []
    for index, item in enumerate(raw_ideas):
        path = f"trials.ideas[{index}]"
        refs = {
            "origin_meeting": (meetings, "meeting"),
            "origin_actor": (actor_uuids, "actor"),
            "origin_trial": (trial_uuids, "test"),
        }
        for key, (known, what) in refs.items():
            _optional_reference(item[key], _join(path, key), known, what)
        values = _trial_fields(item, path, trials.IDEA_FIELDS, trials.check_idea_value)
        merged = _optional_reference(
            item["merged_into"], _join(path, "merged_into"), idea_uuids, "idea"
        )
        if merged == item["uuid"]:
            _fail(_join(path, "merged_into"), "an idea cannot be merged into itself")
        ideas.append(trials.Idea(item["uuid"], index, merged_into=merged, **values))
    _no_loops(
        {i.uuid: i.merged_into for i in ideas},
        {i.uuid: f"trials.ideas[{i.position}].merged_into" for i in ideas},
        "merged_into",
    )

    votes: list[trials.Vote] = []
    voted: set[tuple[str, str]] = set()
    for _index, path, item, v_uuid in _rows(raw, "trials", "votes", seen):
        idea = _reference(item["idea"], _join(path, "idea"), idea_uuids, "idea")
        meeting = _reference(item["meeting"], _join(path, "meeting"), meetings, "meeting")
        if (idea, meeting) in voted:
            _fail(path, "this idea already has votes at this meeting")
        voted.add((idea, meeting))
        votes.append(
            _trial_rule(path, trials.check_vote, trials.Vote(v_uuid, idea, meeting, item["count"]))
        )

    read_trials: list[trials.Trial] = []
    for index, item in enumerate(raw_trials):
        path = f"trials.trials[{index}]"
        _optional_reference(item["idea_uuid"], _join(path, "idea_uuid"), idea_uuids, "idea")
        version_of = _optional_reference(
            item["version_of"], _join(path, "version_of"), trial_uuids, "test"
        )
        if version_of == item["uuid"]:
            _fail(_join(path, "version_of"), "a test cannot be a version of itself")
        r_path = _join(path, "responsible")
        for n, actor in enumerate(_list(item["responsible"], r_path, keys.MAX_ACTORS, "actors")):
            _reference(actor, f"{r_path}[{n}]", actor_uuids, "actor")
        values = _trial_fields(item, path, trials.TRIAL_FIELDS, trials.check_trial_value)
        t_uuid = item["uuid"]
        parts: dict[str, list[Any]] = {"budget": [], "permits": [], "history": []}
        for key, names, rule, make in (
            ("budget", trials.BUDGET_FIELDS, trials.check_budget_value, trials.BudgetLine),
            ("permits", trials.PERMIT_FIELDS, trials.check_permit_value, trials.Permit),
        ):
            for _n, row_path, row, row_uuid in _rows(item, path, key, seen):
                row_values = _trial_fields(row, row_path, names, rule)
                parts[key].append(make(row_uuid, t_uuid, **row_values))
        for _n, row_path, row, row_uuid in _rows(item, path, "history", seen):
            day = _date(row["date"], _join(row_path, "date"))
            change = trials.StatusChange(row_uuid, t_uuid, row["status"], day)  # type: ignore[arg-type]
            parts["history"].append(_trial_rule(row_path, trials.check_status_change, change))
        trial = trials.Trial(
            t_uuid,
            index,
            version_of=version_of,
            budget=tuple(parts["budget"]),
            permits=tuple(parts["permits"]),
            history=tuple(parts["history"]),
            **values,
        )
        read_trials.append(_trial_rule(path, trials.check_trial, trial))
    _no_loops(
        {t.uuid: t.version_of for t in read_trials},
        {t.uuid: f"trials.trials[{t.position}].version_of" for t in read_trials},
        "version_of",
    )

    counts: list[trials.CountSession] = []
    for _index, path, item, c_uuid in _rows(raw, "trials", "counts", seen):
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        values = _trial_fields(item, path, trials.COUNT_FIELDS, trials.check_count_value)
        session = trials.CountSession(
            c_uuid, trial_uuid, passing=item["passing"], staying=item["staying"], **values
        )
        counts.append(_trial_rule(path, trials.check_count_session, session))
    count_uuids = {c.uuid: n for n, c in enumerate(counts)}

    feedback: list[trials.Feedback] = []
    cards: dict[tuple[str, int], int] = {}
    for index, path, item, f_uuid in _rows(raw, "trials", "feedback", seen):
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        values = _trial_fields(item, path, trials.FEEDBACK_FIELDS, trials.check_feedback_value)
        entry = _trial_rule(
            path, trials.check_feedback, trials.Feedback(f_uuid, trial_uuid, **values)
        )
        if entry.card_number is not None:
            card = (trial_uuid, entry.card_number)
            if card in cards:
                _fail(
                    _join(path, "card_number"),
                    f"card {entry.card_number} is already entered for this test at "
                    f"trials.feedback[{cards[card]}]",
                )
            cards[card] = index
        feedback.append(entry)
    feedback_uuids = {f.uuid: n for n, f in enumerate(feedback)}
    evidence_uuids = count_uuids | feedback_uuids

    decisions: list[trials.Decision] = []
    for _index, path, item, d_uuid in _rows(raw, "trials", "decisions", seen):
        trial_uuid = _reference(item["trial"], _join(path, "trial"), trial_uuids, "test")
        day = _date(item["date"], _join(path, "date"))
        reasoning = _text(item["reasoning"], _join(path, "reasoning"), MAX_TEXT)
        e_path = _join(path, "evidence")
        most = keys.MAX_COUNT_SESSIONS + keys.MAX_FEEDBACK
        evidence = _list(item["evidence"], e_path, most, "uuids")
        for n, uuid in enumerate(evidence):
            _reference(uuid, f"{e_path}[{n}]", evidence_uuids, "count session or feedback")
        kind, cited = item["kind"], tuple(evidence)
        decision = trials.Decision(d_uuid, trial_uuid, day, kind, reasoning, cited)  # type: ignore[arg-type]
        decisions.append(_trial_rule(path, trials.check_decision, decision))

    book = trials.TrialBook(
        tuple(ideas),
        tuple(votes),
        tuple(read_trials),
        tuple(counts),
        tuple(feedback),
        tuple(decisions),
        read_card_runs(raw, seen, trial_uuids, version),
    )
    _no_lineage_loops(book)
    return trials.canonical(book)


def _no_lineage_loops(book: trials.TrialBook) -> None:
    """The same loop rule as the project check (``domain.trials.link_loops``): ideas and tests
    that come from each other round in a circle (ideas merged into each other and tests that
    are versions of each other are refused earlier, naming the field)."""
    loops = trials.link_loops(book)
    if loops:
        where = {i.uuid: f"trials.ideas[{i.position}]" for i in book.ideas}
        where |= {t.uuid: f"trials.trials[{t.position}]" for t in book.trials}
        circle = " -> ".join(where.get(u, u) for u in loops[0].uuids)
        _fail("trials", f"ideas and tests come from each other in a loop ({circle})")
