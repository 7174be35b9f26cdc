"""A hostile project for export tests: every text field of every entity at the longest length the
app accepts, with a distinctive marker word at the start and end of each field.

Reusable by any test that needs "the worst text a user can type, everywhere" (see
:func:`hostile_snapshot`). Markers are ``qz<tag>a`` (start) and ``qz<tag>z`` (end), where
``<tag>`` is a short unique id of the field (``f12``); :func:`markers_found` finds them in the text
read back from a PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field

from export_helpers import page_texts

from workshop_app.domain.actors import (
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
    PlanEntry,
    Rating,
    Relation,
)
from workshop_app.domain.limits import MAX_SHORT_TEXT, MAX_TEXT
from workshop_app.domain.meetings import ActionItem, CitizenCount, MeetingDecision
from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import FIELDS, LISTS, Kind, Scope, ScopeRow
from workshop_app.domain.trials import (
    MAX_TAG_TEXT,
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
)
from workshop_app.export.actor_map import ActorMapLabels, write_actor_map
from workshop_app.export.charter import CharterLabels, write_charter
from workshop_app.export.handout import HandoutLabels, write_handout
from workshop_app.export.runsheet import write_runsheet
from workshop_app.export.trial_card import TrialCardLabels, write_trial_cards
from workshop_app.export.trial_report import TrialReportLabels, write_trial_report

_WORDS = (
    "bymidten", "torvet", "og", "en", "sommer", "med", "bænke", "blomsterkasser", "på",
    "handelsstandsforeningen", "kommunen", "at", "vi", "afprøver", "ideer", "sammen",
    "borgerne", "i", "weekenden", "Åstien", "lokalplan", "frivillige", "café",
)  # fmt: skip

#: Ordinary prose (words and spaces), or one long word without spaces.
PROSE = "prose"
ONE_WORD = "word"
#: Nothing but line breaks (and spaces) between the markers.
BLANK_LINES = "blank"
#: Length of the single word of the :data:`ONE_WORD` variant.
WORD_LENGTH = 5_000

_MARKER = re.compile(r"qz(f\d+)([az])")


def filler(length: int, style: str = PROSE) -> str:
    """``length`` characters of ordinary Danish-looking prose, one word without spaces, or
    blank lines."""
    if style == BLANK_LINES:
        return ("\n \n" * length)[:length]
    if style == ONE_WORD:
        word = "".join(itertools.islice(itertools.cycle("abcdefghijklmnopqrstuvwxyzæøå"), length))
        return word
    out: list[str] = []
    size = 0
    for index, word in enumerate(itertools.cycle(_WORDS)):
        if size >= length:
            break
        piece = word + (". " if index % 11 == 10 else " ")
        out.append(piece)
        size += len(piece)
    return "".join(out)[:length].rstrip().ljust(length, "x")


@dataclass
class Hostile:
    """Hands out field texts and remembers which field each marker belongs to."""

    #: Length of long (free-text) fields and of short (one-line) fields.
    long: int = MAX_TEXT
    short: int = MAX_SHORT_TEXT
    style: str = PROSE
    #: Marker tag → "entity.field", for messages.
    fields: dict[str, str] = field(default_factory=dict)

    def text(self, name: str, *, long: bool = True) -> str:
        tag = f"f{len(self.fields)}"
        self.fields[tag] = name
        start, end = f"qz{tag}a", f"qz{tag}z"
        length = self.long if long else self.short
        room = max(length - len(start) - len(end) - 2, 1)
        body = filler(min(room, WORD_LENGTH) if self.style == ONE_WORD else room, self.style)
        return f"{start} {body} {end}"

    def short_text(self, name: str) -> str:
        return self.text(name, long=False)

    def tag(self, name: str) -> str:
        """A tag at its own limit (tags are short by rule)."""
        tag = f"f{len(self.fields)}"
        self.fields[tag] = name
        start, end = f"qz{tag}a", f"qz{tag}z"
        return f"{start} {filler(MAX_TAG_TEXT - len(start) - len(end) - 2)} {end}"


def markers_found(text: str) -> dict[str, set[str]]:
    """Tag → the set of ``"a"`` (start) / ``"z"`` (end) markers seen in ``text``."""
    found: dict[str, set[str]] = {}
    for match in _MARKER.finditer(text):
        found.setdefault(match[1], set()).add(match[2])
    return found


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


IDEA, TRIAL, CATEGORY, SPAWNED, RETEST = (_uuid(n) for n in range(1, 6))


def actor_uuid(index: int) -> str:
    return _uuid(100 + index)


DAY = dt.date(2026, 5, 4)


def _scope(h: Hostile, count: int) -> Scope:
    values: dict[str, object] = {}
    for key, spec in FIELDS.items():
        if spec.kind is Kind.LONG:
            values[key] = h.text(f"scope.{key}")
        elif spec.kind is Kind.TEXT:
            values[key] = h.short_text(f"scope.{key}")
        elif spec.kind is Kind.MULTI:
            values[key] = tuple(spec.choices[:2])
        elif spec.kind is Kind.CHOICE:
            values[key] = spec.choices[0]
    values["political_model"] = "a"  # else "not decided" hides the choice
    rows: list[ScopeRow] = []
    for key in LISTS:
        # Knowledge rows go to the table or to the lines under it by status: one of each.
        for position in range(max(count, len(_KNOWLEDGE_STATUS)) if key == "knowledge" else count):
            rows.append(_scope_row(h, key, position))
    return Scope(values=values, rows=tuple(rows))


_KNOWLEDGE_STATUS = ("", "known", "not_relevant", "needs_analysis")


def _scope_row(h: Hostile, key: str, position: int) -> ScopeRow:
    row: dict[str, object] = {}
    for column in LISTS[key].columns:
        if column.kind is Kind.TEXT:
            row[column.key] = h.short_text(f"{key}.{column.key}")
        elif column.kind is Kind.LONG:
            row[column.key] = h.text(f"{key}.{column.key}")
        elif column.kind is Kind.CHOICE:
            row[column.key] = column.choices[0]
            if (key, column.key) == ("knowledge", "status"):
                row[column.key] = _KNOWLEDGE_STATUS[position % len(_KNOWLEDGE_STATUS)]
        elif column.kind is Kind.INT:
            row[column.key] = 1_000 if column.key == "amount" else 2020
        elif column.kind is Kind.FLAG:
            row[column.key] = False
        elif column.kind is Kind.DATE:
            row[column.key] = DAY
    return ScopeRow(uuid=f"{key}-{position}", list_key=key, position=position, values=row)


def _actor(h: Hostile, index: int) -> Actor:
    return Actor(
        uuid=actor_uuid(index),
        position=index,
        name=h.short_text("actor.name"),
        person_name=h.short_text("actor.person_name"),
        category=CATEGORY if index % 2 else "other",
        motivation=h.text("actor.motivation"),
        next_step=h.short_text("actor.next_step"),
        next_step_date=DAY,
        notes=h.text("actor.notes"),
        contact=h.short_text("actor.contact"),
        influence=1 + index % 5,
        interest=1 + (index // 5) % 5,
        attitude=index % 5 - 2,
    )


def _actors(h: Hostile, count: int) -> ActorMap:
    actors = tuple(_actor(h, i) for i in range(max(count, 2)))
    return ActorMap(
        actors=actors,
        categories=(CustomCategory(uuid=CATEGORY, name=h.short_text("category.name")),),
        relations=tuple(
            Relation(
                uuid=_uuid(10_000 + i),
                source=actor_uuid(i),
                target=actor_uuid((i + 1) % len(actors)),
                note=h.text("relation.note"),
            )
            for i in range(count)
        ),
        assessments=(
            Assessment(
                uuid=_uuid(9_999),
                date=DAY,
                label=h.short_text("assessment.label"),
                ratings=tuple(Rating(a.uuid, 2, 2, 0) for a in actors),
            ),
        ),
        plan=tuple(
            PlanEntry(
                uuid=_uuid(20_000 + i),
                actor_uuid=actor_uuid(i % len(actors)),
                when=h.short_text("plan.when"),
                responsible=h.short_text("plan.responsible"),
                note=h.text("plan.note"),
            )
            for i in range(count)
        ),
    )


def _trial(h: Hostile, count: int) -> Trial:
    return Trial(
        uuid=TRIAL,
        position=0,
        title=h.short_text("trial.title"),
        idea_uuid=IDEA,
        we_believe=h.text("trial.we_believe"),
        will=h.text("trial.will"),
        we_will_see=h.text("trial.we_will_see"),
        strategic_aim=h.text("trial.strategic_aim"),
        place=h.short_text("trial.place"),
        start_date=DAY,
        end_date=DAY + dt.timedelta(days=14),
        materials=h.text("trial.materials"),
        responsible=(actor_uuid(0),),
        success_criteria=h.text("trial.success_criteria"),
        measurement_plan=h.text("trial.measurement_plan"),
        budget=tuple(
            BudgetLine(
                uuid=_uuid(30_000 + i),
                trial_uuid=TRIAL,
                text=h.short_text("budget.text"),
                amount=1_000,
            )
            for i in range(count)
        ),
        permits=tuple(
            Permit(
                uuid=_uuid(40_000 + i),
                trial_uuid=TRIAL,
                needed=True,
                by_whom=h.short_text("permit.by_whom"),
                date=DAY,
                note=h.text("permit.note"),
            )
            for i in range(count)
        ),
        history=(StatusChange(uuid=_uuid(9_998), trial_uuid=TRIAL, status="running", date=DAY),),
    )


def _count(h: Hostile, index: int) -> CountSession:
    return CountSession(
        uuid=_uuid(50_000 + index),
        trial_uuid=TRIAL,
        date=DAY + dt.timedelta(days=index % 20),
        start_time=dt.time(10),
        end_time=dt.time(11),
        weather="rain",
        place=h.short_text("count.place"),
        phase=("before", "during")[index % 2],
        note=h.text("count.note"),
        passing=((3, 1, 0),) * 6,
        staying=((0, 2, 1, 0),) * 4,
    )


def _feedback(h: Hostile, index: int) -> Feedback:
    return Feedback(
        uuid=_uuid(60_000 + index),
        trial_uuid=TRIAL,
        date=DAY,
        channel="card",
        card_number=index + 1,
        sentiment=("positive", "neutral", "negative")[index % 3],
        what_works=h.text("feedback.what_works"),
        could_be_better=h.text("feedback.could_be_better"),
        quote=h.text("feedback.quote"),
        respondent_group="resident",
        age_band="age_30_64",
        tags=(h.tag("feedback.tag"),),
    )


def _trials(h: Hostile, count: int) -> TrialBook:
    idea = Idea(
        uuid=IDEA,
        position=0,
        title=h.short_text("idea.title"),
        description=h.text("idea.description"),
        origin_note=h.short_text("idea.origin_note"),
        tags=(h.tag("idea.tag"),),
        created=DAY,
    )
    counts = tuple(_count(h, i) for i in range(count))
    feedback = tuple(_feedback(h, i) for i in range(count))
    decisions = tuple(
        Decision(
            uuid=_uuid(70_000 + i),
            trial_uuid=TRIAL,
            date=DAY + dt.timedelta(days=i % 20),
            kind="adjust_and_retest",
            reasoning=h.text("decision.reasoning"),
            evidence=(counts[i].uuid, feedback[i].uuid),
        )
        for i in range(count)
    )
    spawned = Idea(
        uuid=SPAWNED,
        position=1,
        title=h.short_text("spawned_idea.title"),
        description=h.text("spawned_idea.description"),
        origin_trial=TRIAL,
    )
    retest = Trial(  # a second version: the report gets its overview and lineage lines
        uuid=RETEST,
        position=1,
        title=h.short_text("retest.title"),
        idea_uuid=IDEA,
        version_of=TRIAL,
        place=h.short_text("retest.place"),
        start_date=DAY + dt.timedelta(days=30),
    )
    return TrialBook(
        ideas=(idea, spawned),
        trials=(_trial(h, count), retest),
        counts=counts,
        feedback=feedback,
        decisions=decisions,
    )


def _meeting(h: Hostile, count: int) -> MeetingWithAgenda:
    """The meeting as planned and held: every agenda item with materials, notes and minutes
    added live, every actor present, citizens counted, ``count`` decisions and action items."""
    meeting = Meeting(
        uuid="m1",
        position=0,
        title=h.short_text("meeting.title"),
        date=DAY,
        start_time=dt.time(17),
        place=h.short_text("meeting.place"),
        purpose=h.text("meeting.purpose"),
        kind="citizen_meeting",
        facilitators=h.short_text("meeting.facilitators"),
    )
    items = tuple(
        AgendaItem(
            uuid=f"m1-a{i}",
            meeting_uuid="m1",
            position=i,
            title=h.short_text("agenda.title"),
            duration_min=1 + i % 30,
            method=h.short_text("agenda.method"),
            responsible=h.short_text("agenda.responsible"),
            materials=h.text("agenda.materials"),
            notes=h.text("agenda.notes"),
            extra_min=i % 6,
        )
        for i in range(count)
    )
    actions = tuple(
        ActionItem(
            uuid=_uuid(20_000 + i),
            meeting_uuid="m1",
            position=i,
            what=h.text("action.what"),
            who=h.short_text("action.who"),
            due=DAY + dt.timedelta(days=i),
            done=i % 2 == 1,
        )
        for i in range(count)
    )
    decisions = tuple(
        MeetingDecision(
            uuid=_uuid(30_000 + i), meeting_uuid="m1", position=i, text=h.text("decision.text")
        )
        for i in range(count)
    )
    return MeetingWithAgenda(
        meeting,
        items,
        citizen_counts=(CitizenCount("m1", "age_30_64", "resident", 40 + count),),
        actors_present=tuple(actor_uuid(i) for i in range(count)),
        actions=actions,
        decisions=decisions,
    )


def hostile_snapshot(h: Hostile | None = None, rows: int = 1) -> tuple[ProjectSnapshot, Hostile]:
    """A project with every text field filled by ``h`` (default: longest accepted prose) and
    ``rows`` rows in every list (agenda, scope tables, actors, plan, budget, permits, counts,
    feedback, decisions)."""
    h = h or Hostile()
    project = Project(
        uuid="p1",
        name=h.short_text("project.name"),
        town=h.short_text("project.town"),
        municipality=h.short_text("project.municipality"),
        description=h.text("project.description"),
        facilitators=h.short_text("project.facilitators"),
        start_date=DAY,
        end_date=DAY + dt.timedelta(days=200),
    )
    snapshot = ProjectSnapshot(
        project=project,
        meetings=(_meeting(h, rows),),
        scope=_scope(h, rows),
        actors=_actors(h, rows),
        trials=_trials(h, rows),
    )
    return snapshot, h


# -- every document ------------------------------------------------------------------------------

TODAY = dt.date(2026, 6, 1)


def _pdf(write: Callable[[io.BytesIO], None]) -> bytes:
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()


#: Every PDF the app writes, by the CLI's name (``export --what``): snapshot → PDF bytes.
DOCUMENTS: dict[str, Callable[[ProjectSnapshot], bytes]] = {
    "charter": lambda s: _pdf(lambda o: write_charter(s, CharterLabels(), o, today=TODAY)),
    "actors": lambda s: _pdf(lambda o: write_actor_map(s, ActorMapLabels(), o, today=TODAY)),
    "actors-with-names": lambda s: _pdf(
        lambda o: write_actor_map(s, ActorMapLabels(), o, with_names=True, today=TODAY)
    ),
    "handout": lambda s: _pdf(lambda o: write_handout(s, "m1", HandoutLabels(), o, today=TODAY)),
    "handout-with-names": lambda s: _pdf(
        lambda o: write_handout(s, "m1", HandoutLabels(), o, with_names=True, today=TODAY)
    ),
    "runsheet": lambda s: _pdf(lambda o: write_runsheet(s, "m1", HandoutLabels(), o, today=TODAY)),
    "test-card": lambda s: _pdf(lambda o: write_trial_cards(s, TrialCardLabels(), o, today=TODAY)),
    "test-report": lambda s: _pdf(
        lambda o: write_trial_report(s, TrialReportLabels(), o, today=TODAY)
    ),
}


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as a reader copies it (pdftotext where installed, else pypdf)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return "\n".join(page_texts(pdf))
    done = subprocess.run(
        [tool, "-q", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")
