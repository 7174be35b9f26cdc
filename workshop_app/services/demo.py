"""The demo project: a fictional town, Egeby, built by code so it always matches the schema.

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

Phase 1 (start-up and scope) is partly done, as it would be a few weeks in: most sections of the
charter are complete; the organisation, the knowledge checklist and the success criteria are
still open. There is no map image (the demo is built by code only).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from workshop_app.domain.actors import (
    Actor,
    ActorMap,
    Assessment,
    CustomCategory,
    PlanEntry,
    Rating,
    Relation,
    canonical,
    check_actor,
    check_assessment,
    check_plan_entry,
    check_relation,
)
from workshop_app.domain.model import (
    AgendaItem,
    Meeting,
    MeetingWithAgenda,
    Project,
    ProjectSnapshot,
)
from workshop_app.domain.scope import FIELDS, LISTS, Scope, ScopeRow
from workshop_app.domain.scope_values import canonical as canonical_scope
from workshop_app.domain.scope_values import checked, full_row_values
from workshop_app.domain.trials import (
    BudgetLine,
    CountSession,
    Decision,
    Feedback,
    Idea,
    Permit,
    StatusChange,
    Trial,
    TrialBook,
    Vote,
    block_count,
    check_budget_line,
    check_count_session,
    check_decision,
    check_feedback,
    check_idea,
    check_permit,
    check_trial,
    check_vote,
)
from workshop_app.domain.trials import canonical as canonical_trials
from workshop_app.services.project_service import ProjectService, create_project

DEMO_FILE_NAME = "Egeby bymidte (demo).bymidte"

# Stable identifiers: the demo is the same project wherever it is made.
_NS = uuid.UUID("6f1d4a52-3c1e-4f0a-9c39-5a7c2b1e9d10")


def _id(name: str) -> str:
    return str(uuid.uuid5(_NS, name))


_DESCRIPTION = (
    "Egeby har omkring 9.000 indbyggere, og bymidten omkring Torvegade og Åstien har mistet "
    "syv butikker på fem år. Kommunen og Egeby Handelsstandsforening vil sammen med borgere, "
    "ejendomsejere og foreninger finde ud af, hvad bymidten skal kunne i fremtiden, og afprøve "
    "idéerne i praksis, før der bruges penge på faste anlæg.\n\n"
    "Udkast til opgaven: Hvordan bliver strækningen fra Torvet til Åstien et sted, hvor folk "
    "har lyst til at opholde sig — også efter kl. 17 og i weekenden?"
)


def _agenda(meeting: str, rows: list[tuple[str, int, str, str]]) -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(
            uuid=_id(f"{meeting}/{index}"),
            meeting_uuid=_id(meeting),
            position=index,
            title=title,
            duration_min=minutes,
            method=method,
            responsible=responsible,
        )
        for index, (title, minutes, method, responsible) in enumerate(rows)
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
    kickoff = MeetingWithAgenda(
        Meeting(
            uuid=_id("kickoff"),
            position=0,
            title="Opstartsmøde i styregruppen",
            date=today - dt.timedelta(days=14),
            start_time=dt.time(16, 0),
            place="Egeby Rådhus, mødelokale 2",
            purpose=(
                "Styregruppen aftaler formål, afgrænsning og tidsplan for samarbejdet og "
                "beslutter, hvem der skal inviteres til borgermødet."
            ),
        ),
        _agenda(
            "kickoff",
            [
                ("Velkomst og præsentation", 10, "Runde", "Mette Holm"),
                ("Hvorfor nu? Tal og erfaringer fra bymidten", 20, "Oplæg", "Jonas Brandt"),
                ("Hvad er opgaven — og hvad er den ikke?", 30, "Drøftelse i par", "Mette Holm"),
                ("Afgrænsning af området på kortet", 20, "Kort og post-its", "Jonas Brandt"),
                (
                    "Næste skridt og invitation til borgermødet",
                    10,
                    "Fælles opsamling",
                    "Mette Holm",
                ),
            ],
        ),
    )
    citizens = MeetingWithAgenda(
        Meeting(
            uuid=_id("citizens"),
            position=1,
            title="Borgermøde: Hvad skal bymidten kunne?",
            date=today + dt.timedelta(days=9),
            start_time=dt.time(19, 0),
            place="Egeby Bibliotek, salen",
            purpose=(
                "Alle med interesse for bymidten er velkomne. Vi samler idéer til, hvad der kan "
                "gøre Torvet og Åstien mere levende, og udvælger nogle få, vi kan prøve af i "
                "løbet af sommeren."
            ),
        ),
        _agenda(
            "citizens",
            [
                ("Velkomst og aftenens program", 10, "Plenum", "Mette Holm"),
                ("Bymidten i dag: tal, billeder og citater", 15, "Oplæg", "Jonas Brandt"),
                ("Idéer ved bordene: hvad savner du?", 40, "Café-borde med værter", "Bordværter"),
                ("Pause med kaffe og kage", 15, "", "Egeby Handelsstandsforening"),
                ("Idéerne præsenteres", 20, "Plenum", "Bordværter"),
                ("Prikafstemning", 10, "Dot-voting", "Mette Holm"),
                ("Sådan går vi videre", 10, "Plenum", "Mette Holm"),
            ],
        ),
    )
    walk = MeetingWithAgenda(
        Meeting(
            uuid=_id("walk"),
            position=2,
            title="Byvandring med ejendomsejere",
            date=today + dt.timedelta(days=30),
            start_time=dt.time(10, 0),
            place="Mødested: springvandet på Torvet",
            purpose=(
                "Sammen med ejendomsejerne ser vi på de tomme butikker langs Torvegade og taler "
                "om, hvad der skal til for at tage dem i brug midlertidigt."
            ),
        ),
        _agenda(
            "walk",
            [
                ("Velkomst ved springvandet", 10, "", "Mette Holm"),
                ("Vandring: Torvegade 4–28", 45, "Byvandring med stop", "Jonas Brandt"),
                ("Stop ved den tidligere boghandel", 15, "Samtale på stedet", "Mette Holm"),
                ("Opsamling på Café Åstien", 30, "Samtale ved bordet", "Mette Holm"),
            ],
        ),
    )
    return ProjectSnapshot(
        project=project,
        meetings=(kickoff, citizens, walk),
        scope=demo_scope(today),
        actors=demo_actors(today),
        trials=demo_trials(today),
    )


# -- phase 1: start-up and scope -------------------------------------------------------------------

_TASK = (
    "Hvordan bliver strækningen fra Torvet til Åstien et sted, hvor folk har lyst til at "
    "opholde sig — også efter kl. 17 og i weekenden? Og hvad kan vi prøve af i år, før der "
    "bruges penge på faste anlæg?"
)

_VALUES: dict[str, Any] = {
    "triggers": ("falling_turnover", "empty_premises", "dull_spaces"),
    "triggers_other": "Biblioteket overvejer at flytte ud af bymidten",
    "background": (
        "Syv butikker langs Torvegade er lukket på fem år, og de handlende melder om færre "
        "kunder, især på hverdage. Torvet bruges mest som parkeringsplads, og Åstien er mørk "
        "og øde om aftenen. Samtidig er der flyttet flere børnefamilier til Egeby, og "
        "foreningerne efterlyser steder at mødes i byen. Kommunen og handelsstandsforeningen "
        "vil derfor tage fat nu, mens der stadig er en handelsgade at bygge videre på."
    ),
    "purpose": (
        "Et forpligtende samarbejde mellem kommunen, de handlende, ejendomsejerne, "
        "foreningerne og borgerne om bymidtens fremtid, så beslutninger om bymidten tages "
        "på et fælles vidensgrundlag og med lokalt ejerskab."
    ),
    "task": _TASK,
    "concrete_goal": (
        "Inden sommerferien er mindst tre tomme butikker på Torvegade taget i brug "
        "midlertidigt, og Torvet har haft et forsøg med ophold og aktiviteter i seks uger, som "
        "vi har talt og spurgt folk om."
    ),
    "early_wins": (
        "Bænke og plantekasser fra kommunens materielgård på Torvet allerede i foråret; "
        "fælles åbent til kl. 20 hver torsdag."
    ),
    "area_description": (
        "Bymidten fra Torvet ned ad Torvegade til broen over åen og stien langs åen. "
        "Afgrænsningen kan blive snævrere, når vi ved mere om, hvor folk færdes."
    ),
    "fundraising": (
        "Efter borgermødet søger vi en privat fond om støtte til de fysiske forsøg. "
        "Handelsstandsforeningen spørger de lokale pengeinstitutter om sponsorater."
    ),
    "political_model": "a",
    "committee": "Plan- og Teknikudvalget",
    "mandate": (
        "Udvalget har afgrænset opgaven til bymidten og afsat en ramme til samarbejdet. "
        "Inden for rammen beslutter styregruppen selv, hvilke midlertidige forsøg der sættes "
        "i gang. Udvalget får en status hvert kvartal, og forslag til varige anlæg forelægges "
        "udvalget til beslutning."
    ),
    "municipal_roles": ("initiator", "facilitator", "secretariat"),
    "role_notes": (
        "Kommunen tog initiativet og leder de første møder, men handelsstandsforeningen "
        "overtager gradvist mødeledelsen. Tilladelser til opstillinger på vejarealet behandles "
        "som altid af Trafik og Vej, adskilt fra sekretariatet."
    ),
    "formality": "informal_network",
    "steering_group": (
        "Mette Holm (citychef), Jonas Brandt (Skovlund Kommune), formanden for Egeby "
        "Handelsstandsforening og en repræsentant for ejendomsejerne på Torvegade"
    ),
    "reference_group": "Foreningernes Samråd, Egeby Ungdomsskole og Egeby Bibliotek",
}


def _scope_row(list_key: str, slug: str, /, **values: Any) -> ScopeRow:
    """One demo row (id from ``slug``), position set later from its place in the list."""
    spec = LISTS[list_key]
    full = full_row_values(list_key, values)
    return ScopeRow(
        uuid=_id(f"scope/{list_key}/{slug}"),
        list_key=list_key,
        position=0,
        values={c.key: checked(c, full[c.key]) for c in spec.columns},
    )


def _knowledge() -> list[ScopeRow]:
    def row(preset: str, **values: Any) -> ScopeRow:
        return _scope_row("knowledge", preset, preset=preset, **values)

    return [
        row(
            "retail_future",
            status="needs_analysis",
            owner="Jonas Brandt",
            notes="Indgår i detailhandelsanalysen",
        ),
        row(
            "regional_role",
            status="known",
            source="Kommuneplanens afsnit om bymønster",
            notes="Egeby er lokalcenter; de større indkøb sker i Skovlund by",
        ),
        row("future_potential"),
        row("unused_assets"),
        row(
            "important_places",
            status="known",
            source="Byvandring i styregruppen og kortet fra opstartsmødet",
            notes="Torvet, broen over åen og legepladsen ved biblioteket",
        ),
        row("movement"),
        row("coming_investments"),
        row(
            "key_companies",
            status="known",
            owner="Egeby Handelsstandsforening",
            source="Foreningens medlemsliste",
        ),
        row(
            "property_owners",
            status="needs_analysis",
            owner="Mette Holm",
            notes="Tages op på byvandringen med ejendomsejerne",
        ),
        row(
            "analysis_retail",
            status="needs_analysis",
            owner="Jonas Brandt",
            notes="Tilbud fra en ekstern rådgiver indhentes",
        ),
        row(
            "analysis_demography",
            status="known",
            source="Danmarks Statistik og kommunens befolkningsprognose",
        ),
        row(
            "analysis_facilities",
            status="known",
            source="Kommunens oversigt over foreninger og lokaler",
        ),
        row("analysis_buildings"),
        row(
            "analysis_tourism",
            status="not_relevant",
            notes="Få overnattende gæster; tages op igen, hvis stien langs åen udvikles",
        ),
        row(
            "analysis_movement_parking",
            notes="Parkering er et følsomt emne: brug tællinger frem for fornemmelser",
        ),
        _scope_row(
            "knowledge",
            "young_people",
            question="Hvordan bruger de unge bymidten efter skoletid?",
            owner="Egeby Ungdomsskole",
        ),
    ]


def demo_scope(today: dt.date) -> Scope:
    """Egeby's charter a few weeks in, with milestones dated relative to ``today``."""
    rows = [
        _scope_row("streets_in", "torvet", name="Torvet", note="Markedsdag om lørdagen"),
        _scope_row("streets_in", "torvegade", name="Torvegade", note="Nr. 1–40"),
        _scope_row("streets_in", "kirkestraede", name="Kirkestræde"),
        _scope_row("streets_in", "aastien", name="Åstien", note="Fra broen til biblioteket"),
        _scope_row(
            "streets_out",
            "stationsvej",
            name="Stationsvej",
            note="Kan komme med senere, hvis der er kræfter til det",
        ),
        _scope_row(
            "streets_out",
            "centret",
            name="Egeby Centret ved ringvejen",
            note="Privat ejet indkøbscenter med sin egen udvikling",
        ),
        _scope_row(
            "milestones",
            "citizens",
            date=today + dt.timedelta(days=9),
            title="Borgermøde: hvad skal bymidten kunne?",
        ),
        _scope_row(
            "milestones",
            "trials",
            date=today + dt.timedelta(days=100),
            title="Seks ugers forsøg på Torvet begynder",
        ),
        _scope_row(
            "milestones",
            "evaluation",
            date=today + dt.timedelta(days=330),
            title="Status og anbefalinger til Plan- og Teknikudvalget",
        ),
        _scope_row(
            "constraints",
            "ceiling",
            kind="budget_ceiling",
            text="Kommunens ramme er 250.000 kr. i år og kan ikke overføres til næste år",
        ),
        _scope_row(
            "constraints",
            "road",
            kind="legal",
            text="Opstillinger på Torvet kræver tilladelse efter vejloven; søg fire uger før",
        ),
        _scope_row(
            "budget",
            "management",
            kind="operating",
            purpose="Projektledelse og sekretariat",
            source="Skovlund Kommune, driftsbudget",
            amount=120_000,
            currency="DKK",
        ),
        _scope_row(
            "budget",
            "meetings",
            kind="operating",
            purpose="Borgermøder og netværksmøder",
            source="Egeby Handelsstandsforening",
            amount=25_000,
            currency="DKK",
        ),
        _scope_row(
            "budget",
            "trials",
            kind="project",
            purpose="Midlertidige forsøg på Torvet og langs Åstien",
            source="Skovlund Kommune, puljen til bymidter",
            amount=130_000,
            currency="DKK",
        ),
        _scope_row(
            "budget",
            "popup",
            kind="project",
            purpose="Pop-up-butik i den tidligere boghandel, seks måneder uden husleje",
            source="Ejeren af Torvegade 12",
            amount=60_000,
            currency="DKK",
            in_kind=True,
        ),
        _scope_row(
            "earlier_plans",
            "masterplan",
            name="Helhedsplan for Egeby bymidte",
            year=2014,
            how_far="partly_done",
            why_not_further="Pengene gik til den nye parkeringsplads; resten blev ikke prioriteret",
            reuse="Registreringen af byrummene og idéen om en grøn forbindelse langs åen",
        ),
        _scope_row(
            "earlier_plans",
            "christmas",
            name="Julegaden på Torvegade",
            year=2019,
            how_far="stopped",
            why_not_further="Båret af få ildsjæle, som stoppede efter to år",
            reuse="Kontakten til de handlende og erfaringen med at søge tilladelser",
        ),
        *_knowledge(),
        _scope_row(
            "success_criteria",
            "premises",
            criterion="Færre tomme butikker på Torvegade",
            measure="Optælling af tomme lokaler langs Torvegade",
        ),
        _scope_row(
            "success_criteria",
            "stay",
            criterion="Flere mennesker opholder sig på Torvet",
            measure="Tællinger en torsdag og en lørdag før og under forsøget",
        ),
    ]
    positioned = []
    seen: dict[str, int] = {}
    for row in rows:
        position = seen.get(row.list_key, 0)
        seen[row.list_key] = position + 1
        positioned.append(ScopeRow(row.uuid, row.list_key, position, row.values))
    values = {key: checked(FIELDS[key], value) for key, value in _VALUES.items()}
    return canonical_scope(Scope(values=values, rows=tuple(positioned)))


_ENTHUSIASTS = _id("category/enthusiasts")

#: slug, name, category, influence, interest, attitude, involvement now / wanted, motivation,
#: can bring, role, next step, days until it (or None), and any other fields.
_ACTORS: list[tuple[Any, ...]] = [
    (
        "admin",
        "Skovlund Kommune, Plan og Udvikling",
        "municipal_administration",
        5,
        5,
        2,
        "involve",
        "collaborate",
        "Vil have en bymidte, der kan bære byens vækst, og et godt "
        "grundlag for den kommende planstrategi",
        ("money", "knowledge", "time"),
        "steering_group",
        "Afklare budget til forsøgene i sommer",
        10,
        {},
    ),
    (
        "committee",
        "Teknik- og Miljøudvalget",
        "politicians",
        5,
        3,
        1,
        "inform",
        "consult",
        "Synlige resultater før næste valg; bekymret for udgifter til drift",
        ("money",),
        "none",
        "Orientering på udvalgsmødet",
        35,
        {},
    ),
    (
        "councillors",
        "Byrådsmedlemmer fra Egeby",
        "politicians",
        4,
        4,
        1,
        "inform",
        "involve",
        "Vil vise handling i deres egen by",
        ("network",),
        "reference_group",
        "",
        None,
        {},
    ),
    (
        "merchants",
        "Egeby Handelsstandsforening",
        "merchants_association",
        4,
        5,
        1,
        "collaborate",
        "co_decide",
        "Flere kunder i butikkerne, især på hverdage",
        ("money", "time", "network"),
        "steering_group",
        "Fælles møde om parkering og varelevering",
        7,
        {"notes": "Uenige med Borgerforeningen om parkeringen på Torvet"},
    ),
    (
        "citizens_assoc",
        "Egeby Borgerforening",
        "citizens_association",
        3,
        5,
        2,
        "consult",
        "collaborate",
        "Et grønnere Torv med plads til ophold og børn",
        ("time", "network"),
        "working_group",
        "Invitere bestyrelsen med i arbejdsgruppen",
        14,
        {"notes": "Ønsker biler væk fra Torvet"},
    ),
    (
        "business_council",
        "Egeby Erhvervsråd",
        "business_council",
        3,
        3,
        1,
        "inform",
        "consult",
        "Gode vilkår for virksomheder og tilflyttere",
        ("network", "knowledge"),
        "reference_group",
        "Oplæg på erhvervsrådets morgenmøde",
        21,
        {},
    ),
    (
        "shops",
        "Butikkerne på Torvegade",
        "shops",
        3,
        4,
        0,
        "inform",
        "involve",
        "Overleve de næste fem år; mange er bekymrede for vejarbejde",
        ("premises", "time"),
        "ad_hoc",
        "Butiksbesøg med kaffe",
        5,
        {},
    ),
    (
        "cafe",
        "Café Åstien",
        "food_and_hotels",
        2,
        5,
        2,
        "consult",
        "involve",
        "Udeservering langs åen og liv om aftenen",
        ("premises", "time"),
        "working_group",
        "Aftale værtskab for opsamlingen efter byvandringen",
        25,
        {},
    ),
    (
        "hotel",
        "Hotel Egeby Kro",
        "food_and_hotels",
        2,
        3,
        1,
        "inform",
        "consult",
        "Flere overnattende gæster og arrangementer",
        ("premises",),
        "none",
        "",
        None,
        {},
    ),
    (
        "bank",
        "Sparekassen Egeby",
        "services",
        3,
        2,
        1,
        "inform",
        "consult",
        "Lokal forankring; fonden støtter gode formål",
        ("money",),
        "none",
        "Spørge til fondens ansøgningsfrister",
        30,
        {},
    ),
    (
        "estate_agent",
        "Ejendomsmæglerne på Torvet",
        "services",
        2,
        2,
        0,
        "inform",
        "inform",
        "Boligpriser og salgstider",
        ("knowledge",),
        "none",
        "",
        None,
        {},
    ),
    (
        "fund",
        "Nordisk Ejendomsfond",
        "property_owners",
        4,
        1,
        -1,
        "inform",
        "consult",
        "Afkast på deres butikslejemål; ser kommunen mest som myndighed",
        (),
        "none",
        "Enkeltsamtale om de tomme lejemål i Torvegade 8–12",
        20,
        {"owner_residence": "lives_elsewhere", "owner_kind": "fund"},
    ),
    (
        "family_owner",
        "Familien Sørensen, Torvegade 12",
        "property_owners",
        3,
        3,
        1,
        "consult",
        "involve",
        "Vil gerne have lejere i den tidligere boghandel",
        ("premises",),
        "ad_hoc",
        "Aftale om pop-up-butik i seks måneder",
        12,
        {"owner_residence": "local", "owner_kind": "family", "person_name": "Kirsten Sørensen"},
    ),
    (
        "company_owner",
        "Åbyen Ejendomme ApS",
        "property_owners",
        3,
        2,
        0,
        "inform",
        "consult",
        "Udvikling af boliger over butikkerne",
        ("premises", "money"),
        "none",
        "",
        None,
        {"owner_residence": "lives_elsewhere", "owner_kind": "company"},
    ),
    (
        "sports",
        "Egeby Idrætsforening",
        "culture_leisure",
        2,
        3,
        1,
        "inform",
        "involve",
        "Flere medlemmer og synlighed i byen",
        ("time", "network"),
        "none",
        "Spørge om en aktivitet på Torvet i sommerferien",
        40,
        {},
    ),
    (
        "library",
        "Egeby Bibliotek og Kulturhus",
        "culture_leisure",
        3,
        4,
        2,
        "involve",
        "collaborate",
        "Kulturhuset som byens dagligstue",
        ("premises", "knowledge"),
        "working_group",
        "Lægge borgermødet i salen",
        3,
        {},
    ),
    (
        "music",
        "Spillestedet Remisen",
        "culture_leisure",
        1,
        4,
        2,
        "inform",
        "involve",
        "Koncerter udendørs og et yngre publikum",
        ("time", "network"),
        "none",
        "",
        None,
        {},
    ),
    (
        "school",
        "Egeby Gymnasium og HF",
        "education",
        2,
        3,
        1,
        "inform",
        "collaborate",
        "Relevante projekter til undervisningen",
        ("time", "knowledge"),
        "none",
        "Idédag med 2.g-klasserne",
        45,
        {},
    ),
    (
        "youth",
        "Unge i Egeby (15–25 år)",
        "young_people",
        1,
        3,
        1,
        "inform",
        "involve",
        "Steder at være uden at skulle købe noget",
        (),
        "none",
        "Møde de unge ved skaterbanen",
        18,
        {},
    ),
    (
        "youth_council",
        "Egeby Ungeråd",
        "young_people",
        2,
        4,
        2,
        "consult",
        "involve",
        "At de unges idéer bliver til noget",
        ("time",),
        "reference_group",
        "",
        None,
        {},
    ),
    (
        "seniors",
        "Ældresagen Egeby",
        "seniors",
        2,
        3,
        0,
        "inform",
        "consult",
        "Bænke, toiletter og gode gangforhold",
        ("time",),
        "none",
        "Kaffebesøg i seniorklubben",
        16,
        {},
    ),
    (
        "residents",
        "Beboere i bymidten",
        "unorganised_citizens",
        1,
        2,
        0,
        "inform",
        "consult",
        "Ro om aftenen og parkering tæt på hjemmet",
        (),
        "none",
        "",
        None,
        {},
    ),
    (
        "city_manager",
        "Citychef for Egeby",
        "city_manager",
        4,
        5,
        2,
        "collaborate",
        "co_decide",
        "At samle de handlende og kommunen om en fælles retning",
        ("time", "knowledge", "network"),
        "steering_group",
        "Forberede borgermødet",
        4,
        {"person_name": "Mette Holm", "contact": "citychef@egeby.example"},
    ),
    (
        "tourism",
        "Destination Skovlund",
        "tourism",
        2,
        2,
        1,
        "inform",
        "consult",
        "Flere dagsturister langs åen",
        ("knowledge", "network"),
        "none",
        "",
        None,
        {},
    ),
    (
        "media",
        "Egeby Avis",
        "local_media",
        2,
        1,
        0,
        "inform",
        "inform",
        "Gode historier fra lokalsamfundet",
        (),
        "none",
        "Pressemeddelelse om borgermødet",
        2,
        {},
    ),
    (
        "housing",
        "Boligselskabet Åparken",
        "housing_associations",
        2,
        2,
        1,
        "inform",
        "consult",
        "Trygge og attraktive omgivelser for beboerne",
        ("premises",),
        "none",
        "",
        None,
        {},
    ),
    (
        "enthusiasts",
        "Julegadens ildsjæle",
        _ENTHUSIASTS,
        1,
        5,
        2,
        "consult",
        "involve",
        "Liv i byen i december, igen",
        ("time",),
        "ad_hoc",
        "",
        None,
        {},
    ),
]


def _actor(position: int, row: tuple[Any, ...], today: dt.date) -> Actor:
    (slug, name, category, influence, interest, attitude, now, wanted, motivation, can_bring,
     role, next_step, days, extra) = row  # fmt: skip
    return check_actor(
        Actor(
            uuid=_id(f"actor/{slug}"),
            position=position,
            name=name,
            category=category,
            influence=influence,
            interest=interest,
            attitude=attitude,
            involvement_now=now,
            involvement_wanted=wanted,
            motivation=motivation,
            can_bring=can_bring,
            org_role=role,
            next_step=next_step,
            next_step_date=None if days is None else today + dt.timedelta(days=days),
            **extra,
        )
    )


#: How some ratings stood at the earlier assessments: slug -> (influence, interest, attitude).
_EIGHT_WEEKS_AGO = {
    "merchants": (4, 4, -1),
    "citizens_assoc": (3, 4, 1),
    "family_owner": (3, 1, 0),
    "youth": (1, 1, 0),
    "library": (2, 3, 1),
    "city_manager": (3, 4, 2),
    "committee": (5, 2, 0),
}
_TWO_WEEKS_AGO = {
    "merchants": (4, 5, 0),
    "family_owner": (3, 2, 1),
    "youth": (1, 2, 1),
}


def _assessment(
    slug: str, label: str, date: dt.date, actors: tuple[Actor, ...], earlier: dict[str, Any]
) -> Assessment:
    ratings = []
    for actor in actors:
        key = next((k for k in earlier if _id(f"actor/{k}") == actor.uuid), None)
        values = earlier[key] if key else (actor.influence, actor.interest, actor.attitude)
        ratings.append(Rating(actor.uuid, *values))
    return check_assessment(Assessment(_id(f"assessment/{slug}"), date, label, tuple(ratings)))


def demo_actors(today: dt.date) -> ActorMap:
    """Egeby's actors, relations, two assessments and an engagement plan."""
    actors = tuple(_actor(index, row, today) for index, row in enumerate(_ACTORS))

    def a(slug: str) -> str:
        return _id(f"actor/{slug}")

    relations = tuple(
        check_relation(Relation(_id(f"relation/{index}"), a(source), a(target), kind, note))
        for index, (source, target, kind, note) in enumerate(
            [
                ("merchants", "citizens_assoc", "conflict",
                 "Uenige om parkeringen på Torvet: de handlende vil bevare pladserne"),
                ("merchants", "city_manager", "cooperation", "Citychefen er ansat af foreningen"),
                ("city_manager", "admin", "cooperation", "Fast møde hver anden uge"),
                ("shops", "fund", "dependency", "Flere butikker lejer sig ind hos fonden"),
                ("library", "music", "cooperation", "Fælles koncerter i kulturhusets gård"),
                ("youth_council", "school", "cooperation", "Ungerådet mødes på gymnasiet"),
                ("admin", "committee", "dependency", "Forvaltningen skal have mandat fra udvalget"),
            ]
        )
    )  # fmt: skip
    assessments = (
        _assessment(
            "start", "Første vurdering i styregruppen", today - dt.timedelta(weeks=8),
            actors, _EIGHT_WEEKS_AGO,
        ),
        _assessment(
            "kickoff", "Efter opstartsmødet", today - dt.timedelta(weeks=2),
            actors, _TWO_WEEKS_AGO,
        ),
    )  # fmt: skip
    plan_rows: list[tuple[str, str, str | dt.date, str, str]] = [
        ("fund", "one_to_one", today + dt.timedelta(days=20), "Citychefen",
         "Tag udgangspunkt i fondens forretning: hvad koster tomme lejemål?"),
        ("family_owner", "one_to_one", today + dt.timedelta(days=12), "Citychefen", ""),
        ("youth", "youth_idea_day", "Efter efterårsferien", "Kommunens byplanlægger",
         "Sammen med gymnasiet; lille budget til at bygge vinderidéen"),
        ("school", "youth_idea_day", "Efter efterårsferien", "Kommunens byplanlægger", ""),
        ("seniors", "coffee_visit", today + dt.timedelta(days=16), "Citychefen",
         "Husk en papirudgave af spørgeskemaet"),
        ("merchants", "workshop", today + dt.timedelta(days=7), "Citychefen",
         "Parkering og varelevering, sammen med Borgerforeningen"),
        ("citizens_assoc", "town_walk", today + dt.timedelta(days=30),
         "Kommunens byplanlægger", ""),
        ("residents", "popup_stand", "Lørdag i uge 24", "Arbejdsgruppen",
         "Stand på Torvet på markedsdagen"),
    ]  # fmt: skip
    plan = tuple(
        check_plan_entry(PlanEntry(_id(f"plan/{index}"), a(slug), method, when, responsible, note))
        for index, (slug, method, when, responsible, note) in enumerate(plan_rows)
    )
    categories = (CustomCategory(_ENTHUSIASTS, "Lokale ildsjæle"),)
    return canonical(ActorMap(actors, categories, relations, assessments, plan))


# -- phase 3: prototype tests -------------------------------------------------------------------

#: slug, title, description, origin (meeting slug / actor slug / test slug / None), note, tags,
#: votes at the kick-off meeting, merged into (slug) or None.
_IDEAS: list[tuple[Any, ...]] = [
    ("benches", "Flere bænke og grønt på Torvet",
     "Flytbare bænke, plantekasser og lidt skygge, så man har lyst til at blive på Torvet.",
     ("meeting", "kickoff"), "", ("ophold", "grønt"), 9, None),
    ("carfree", "Bilfri Torvegade om lørdagen",
     "Luk Torvegade for biler lørdag formiddag og giv plads til boder og leg.",
     ("actor", "citizens_assoc"), "", ("trafik", "handel"), 6, None),
    ("popup", "Pop-up-butik i tomme lokaler",
     "Lokale iværksættere og foreninger låner en tom butik i en måned ad gangen.",
     ("actor", "family_owner"), "", ("tomme butikker", "handel"), 7, None),
    ("lights", "Lys i træerne langs Åstien",
     "Lyskæder og belysning, så stien føles tryg efter mørkets frembrud.",
     ("meeting", "kickoff"), "", ("tryghed", "lys"), 5, None),
    ("playground", "Legeredskaber ved springvandet",
     "Små, robuste legeting, der kan stå ude hele sommeren.",
     ("actor", "youth"), "", ("børn", "leg"), 4, None),
    ("seats_river", "Siddepladser ved Åstien",
     "Trapper eller bænke ned mod åen.",
     ("meeting", "kickoff"), "", ("ophold",), 3, "benches"),
    ("market", "Torvedag med lokale råvarer",
     "Et marked hver anden torsdag eftermiddag med gårdbutikker fra oplandet.",
     ("actor", "merchants"), "", ("handel", "mad"), 5, None),
    ("art", "Kunst i tomme vinduer",
     "Skoleklasser og kunstforeningen udstiller i tomme butiksvinduer.",
     ("actor", "library"), "", ("tomme butikker", "kunst"), 4, None),
    ("music", "Fredagsmusik på Torvet",
     "Korte koncerter med lokale bands fredag kl. 17.",
     ("actor", "music"), "", ("kultur", "aftenliv"), 3, None),
    ("wifi", "Gratis trådløst net i bymidten", "",
     None, "Fra postkassen på biblioteket", ("service",), 1, None),
    ("bikes", "Cykelparkering tæt på butikkerne",
     "Overdækkede stativer ved Torvets hjørner.",
     ("meeting", "kickoff"), "", ("trafik", "cykler"), 2, None),
    ("youth_space", "Et sted for unge om aftenen",
     "Et overdækket hængested med strøm til musik.",
     ("actor", "youth_council"), "", ("unge", "aftenliv"), 4, None),
    ("map", "Skilte og kort over bymidten", "",
     ("actor", "tourism"), "", ("service", "turisme"), 1, None),
    ("play_street", "Legegade søndag formiddag",
     "En kortere lukning af en sidegade, kun for leg, med forældre som værter.",
     ("trial", "carfree"), "Opstod af evalueringen af den bilfri lørdag", ("børn", "leg"), 0, None),
    ("delivery", "Faste tider for varelevering",
     "Varelevering før kl. 10, så gaden kan bruges resten af dagen.",
     ("trial", "carfree"), "Forslag fra de handlende", ("trafik", "handel"), 0, None),
]  # fmt: skip

_FEEDBACK_ROWS: dict[str, list[tuple[Any, ...]]] = {
    # channel, sentiment, what works, could be better, quote, age band, group, tags
    "living_room": [
        ("card", "positive", "Rart at kunne sætte sig i solen", "Flere bænke med ryglæn", "",
         "age_65_plus", "resident", ("siddepladser", "hygge")),
        ("card", "positive", "Plantekasserne gør Torvet grønnere", "", "Endelig sker der noget",
         "age_30_64", "resident", ("grønt",)),
        ("card", "neutral", "Fint initiativ", "Der mangler skygge midt på dagen", "",
         "age_30_64", "visitor", ("skygge",)),
        ("card", "positive", "Børnene leger mellem kasserne", "Et sted at stille barnevognen",
         "", "age_30_64", "resident", ("børn", "grønt")),
        ("card", "negative", "", "Bænkene står i vejen for varelevering", "",
         "age_30_64", "trader", ("varelevering",)),
        ("card", "positive", "Flere bliver hængende efter at have handlet", "", "",
         "age_30_64", "trader", ("handel", "hygge")),
        ("card", "positive", "Godt sted at spise sin frokost", "Skraldespande tættere på", "",
         "age_15_29", "visitor", ("siddepladser", "renhold")),
        ("card", "neutral", "", "Bænkene er for lave for ældre", "", "age_65_plus",
         "resident", ("siddepladser", "tilgængelighed")),
        ("card", "positive", "Mere liv end før", "Gerne også om aftenen", "",
         "age_15_29", "resident", ("aftenliv", "hygge")),
        ("card", "negative", "", "Måger og affald om morgenen", "", "age_65_plus",
         "resident", ("renhold",)),
        ("card", "positive", "Smukt med blomsterne", "", "Det ligner en rigtig byplads nu",
         "age_65_plus", "visitor", ("grønt",)),
        ("card", "positive", "Gode pladser i solen", "Flyt nogle bænke i skygge", "",
         "age_30_64", "resident", ("siddepladser", "skygge")),
        ("conversation", "positive", "Kunderne sidder og venter på hinanden", "",
         "", "age_30_64", "trader", ("handel",)),
        ("conversation", "neutral", "Fint om sommeren", "Hvad sker der om vinteren?", "",
         "age_65_plus", "resident", ("drift",)),
        ("observation", "positive", "Familier spiser is på kanten af plantekasserne", "", "",
         "", "", ("børn", "hygge")),
        ("observation", "negative", "", "Ingen bruger bænkene i blæsevejr", "", "", "",
         ("læ",)),
        ("card", "positive", "Vi mødes her efter skole", "Et bord at sidde ved", "",
         "age_15_29", "resident", ("unge", "siddepladser")),
        ("card", "neutral", "", "Plantekasserne skal vandes oftere", "", "age_65_plus",
         "resident", ("grønt", "drift")),
        ("card", "positive", "Torvet føles mere trygt", "", "", "age_30_64", "visitor",
         ("tryghed",)),
        ("conversation", "negative", "", "Bænkene optager pladsen til vores udstilling", "",
         "age_30_64", "trader", ("handel",)),
    ],
    "living_room_2": [
        ("card", "positive", "Bænke med ryglæn er meget bedre", "", "", "age_65_plus",
         "resident", ("siddepladser", "tilgængelighed")),
        ("card", "positive", "Parasollerne giver skygge", "", "", "age_30_64", "visitor",
         ("skygge",)),
        ("card", "positive", "Varerne kan komme frem nu", "", "", "age_30_64", "trader",
         ("varelevering",)),
        ("card", "neutral", "", "Stadig lidt koldt i vinden", "", "age_30_64", "resident",
         ("læ",)),
        ("card", "positive", "Mine børn elsker kridt-tavlen", "", "", "age_30_64",
         "resident", ("børn",)),
        ("conversation", "positive", "Vi holder møder herude nu", "", "",
         "age_30_64", "trader", ("handel", "hygge")),
        ("observation", "positive", "Ældre sidder længere end før", "", "", "", "",
         ("siddepladser",)),
        ("card", "negative", "", "Musik fra højttaler er for høj", "", "age_15_29", "resident",
         ("larm",)),
    ],
    "carfree": [
        ("card", "negative", "", "Mine kunder kunne ikke parkere", "Vi mistede omsætning",
         "age_30_64", "trader", ("parkering", "handel")),
        ("card", "positive", "Dejligt roligt at gå på gaden", "", "", "age_65_plus",
         "resident", ("tryghed",)),
        ("card", "negative", "", "Tom gade i regnvejr", "", "age_30_64", "visitor",
         ("vejr",)),
        ("card", "neutral", "Godt med boder", "For få boder til at fylde gaden", "",
         "age_30_64", "resident", ("handel",)),
        ("card", "negative", "", "Svært at komme frem med rollator fra P-pladsen", "",
         "age_65_plus", "resident", ("parkering", "tilgængelighed")),
        ("card", "positive", "Børnene kunne cykle på gaden", "Noget at lave for dem",
         "", "age_30_64", "resident", ("børn", "leg")),
        ("conversation", "negative", "", "Skiltningen kom for sent op", "",
         "age_30_64", "trader", ("information",)),
        ("conversation", "negative", "", "Varebilerne holdt og ventede", "",
         "age_30_64", "trader", ("varelevering",)),
        ("card", "neutral", "", "Prøv det en søndag i stedet", "", "age_15_29", "resident",
         ("leg",)),
        ("observation", "negative", "", "Meget få stoppede op i løbet af formiddagen", "",
         "", "", ("ophold",)),
        ("card", "positive", "Hyggeligt med gadekridt", "", "", "age_0_14", "resident",
         ("børn", "leg")),
        ("card", "negative", "", "Lukningen var ikke varslet godt nok", "", "age_65_plus",
         "resident", ("information",)),
    ],
}  # fmt: skip


def _passing(blocks: int, walking: int, cycling: int, other: int, seed: int) -> tuple[Any, ...]:
    """A made-up but plausible tally: a steady flow with a gentle, repeatable wobble."""
    wobble = (0, 2, -1, 3, 1, -2, 2, 0, -1, 1, 3, -2)
    return tuple(
        (
            walking + wobble[(seed + b) % len(wobble)] * 2,
            cycling + wobble[(seed + 3 * b) % len(wobble)] // 2 + 1,
            other + (b + seed) % 2,
        )
        for b in range(blocks)
    )


def _count(
    slug: str,
    trial: str,
    day: dt.date,
    start: tuple[int, int],
    end: tuple[int, int],
    phase: str,
    weather: str,
    flow: tuple[int, int, int],
    staying: tuple[tuple[int, ...], ...],
    note: str = "",
) -> CountSession:
    begin, finish = dt.time(*start), dt.time(*end)
    return check_count_session(
        CountSession(
            uuid=_id(f"count/{slug}"),
            trial_uuid=_id(f"trial/{trial}"),
            date=day,
            start_time=begin,
            end_time=finish,
            weather=weather,
            place="Torvet, linjen fra apoteket til springvandet"
            if trial != "carfree"
            else "Torvegade ud for nr. 12",
            phase=phase,
            note=note,
            passing=_passing(block_count(begin, finish), *flow, seed=len(slug)),
            staying=staying,
        )
    )


def _history(trial: str, rows: list[tuple[str, dt.date]]) -> tuple[StatusChange, ...]:
    return tuple(
        StatusChange(_id(f"trial/{trial}/status/{n}"), _id(f"trial/{trial}"), status, date)
        for n, (status, date) in enumerate(rows)
    )


def _trial_rows(trial: str, rows: list[tuple[Any, ...]], kind: str) -> tuple[Any, ...]:
    t_uuid = _id(f"trial/{trial}")
    if kind == "budget":
        return tuple(
            check_budget_line(BudgetLine(_id(f"trial/{trial}/budget/{n}"), t_uuid, *row))
            for n, row in enumerate(rows)
        )
    return tuple(
        check_permit(Permit(_id(f"trial/{trial}/permit/{n}"), t_uuid, *row))
        for n, row in enumerate(rows)
    )


def demo_trials(today: dt.date) -> TrialBook:
    """Egeby's idea bank, three tests (one in two versions), counts, feedback and decisions."""

    def d(days: int) -> dt.date:
        return today + dt.timedelta(days=days)

    def a(slug: str) -> str:
        return _id(f"actor/{slug}")

    ideas = []
    votes = []
    for position, row in enumerate(_IDEAS):
        slug, title, description, origin, note, tags, dots, merged = row
        kind, ref = origin or ("", "")
        ideas.append(
            check_idea(
                Idea(
                    uuid=_id(f"idea/{slug}"),
                    position=position,
                    title=title,
                    description=description,
                    origin_meeting=_id(ref) if kind == "meeting" else None,
                    origin_actor=a(ref) if kind == "actor" else None,
                    origin_trial=_id(f"trial/{ref}") if kind == "trial" else None,
                    origin_note=note,
                    tags=tags,
                    created=d(-14) if kind != "trial" else d(-16),
                    merged_into=_id(f"idea/{merged}") if merged else None,
                )
            )
        )
        if dots:
            votes.append(
                check_vote(
                    Vote(_id(f"vote/{slug}/kickoff"), _id(f"idea/{slug}"), _id("kickoff"), dots)
                )
            )

    hypothesis = {
        "living_room": (
            "flere siddepladser, grønt og skygge på Torvet",
            "få flere til at blive og opholde sig, også efter de har handlet",
            "flere mennesker opholder sig på Torvet, og de handlende mærker flere kunder",
        ),
        "carfree": (
            "en bilfri Torvegade lørdag formiddag",
            "give plads til boder, leg og ophold",
            "flere går i gaden og stopper op, uden at butikkerne mister kunder",
        ),
        "popup": (
            "en midlertidig butik i den tidligere boghandel",
            "vise, at de tomme lokaler kan bruges, og trække folk til Torvegade",
            "iværksættere melder sig, og ejendomsejere spørger til ordningen",
        ),
    }
    common_plan = (
        "Optælling før og under forsøget (samme ugedag og tidspunkt), feedback-kort ved "
        "bænkene og samtaler med de handlende."
    )
    trials = [
        Trial(
            uuid=_id("trial/living_room"),
            position=0,
            title="Byens stue på Torvet",
            idea_uuid=_id("idea/benches"),
            we_believe=hypothesis["living_room"][0],
            will=hypothesis["living_room"][1],
            we_will_see=hypothesis["living_room"][2],
            strategic_aim="Et levende Torv, hvor folk har lyst til at opholde sig",
            trial_type="street_furniture",
            place="Torvet, den nordlige halvdel",
            start_date=d(-20),
            end_date=d(-13),
            materials="12 flytbare bænke, 8 plantekasser, 2 parasoller (lånt af cafeen)",
            responsible=(a("city_manager"), a("admin"), a("merchants")),
            success_criteria="Mindst 50 % flere mennesker, der opholder sig, under forsøget "
            "end før; overvejende positiv feedback.",
            measurement_plan=common_plan,
            budget=_trial_rows(
                "living_room",
                [
                    ("Leje af bænke og plantekasser", 18_000, False),
                    ("Planter", 6_500, False),
                    ("Opstilling (kommunens driftsafdeling)", 8_000, True),
                ],
                "budget",
            ),
            permits=_trial_rows(
                "living_room",
                [
                    (
                        "road_or_square_use",
                        True,
                        True,
                        True,
                        "Skovlund Kommune, Vej og Park",
                        d(-35),
                        "",
                    ),
                    (
                        "temporary_structures",
                        False,
                        None,
                        None,
                        "",
                        None,
                        "Ikke nødvendigt for løst inventar",
                    ),
                ],
                "permit",
            ),
            history=_history(
                "living_room",
                [
                    ("planned", d(-30)),
                    ("running", d(-20)),
                    ("evaluated", d(-12)),
                    ("decided", d(-10)),
                ],
            ),
        ),
        Trial(
            uuid=_id("trial/living_room_2"),
            position=1,
            title="Byens stue på Torvet",
            idea_uuid=_id("idea/benches"),
            version_of=_id("trial/living_room"),
            we_believe="bænke med ryglæn, parasoller og læ på Torvet",
            will="få også ældre og folk i blæsevejr til at blive",
            we_will_see=hypothesis["living_room"][2],
            strategic_aim="Et levende Torv, hvor folk har lyst til at opholde sig",
            trial_type="street_furniture",
            place="Torvet, den nordlige halvdel; varelevering fri langs apoteket",
            start_date=d(-3),
            end_date=d(11),
            materials="12 bænke med ryglæn, 8 plantekasser, 4 parasoller, 3 læskærme, kridttavle",
            responsible=(a("city_manager"), a("admin"), a("merchants")),
            success_criteria="Som første version, og flere over 65 år blandt dem, der sidder.",
            measurement_plan=common_plan,
            budget=_trial_rows(
                "living_room_2",
                [
                    ("Leje af bænke og plantekasser", 18_000, False),
                    ("Parasoller og læskærme", 9_500, False),
                    ("Opstilling (kommunens driftsafdeling)", 8_000, True),
                ],
                "budget",
            ),
            permits=_trial_rows(
                "living_room_2",
                [
                    (
                        "road_or_square_use",
                        True,
                        True,
                        True,
                        "Skovlund Kommune, Vej og Park",
                        d(-6),
                        "Forlængelse af første tilladelse",
                    )
                ],
                "permit",
            ),
            history=_history("living_room_2", [("planned", d(-10)), ("running", d(-3))]),
        ),
        Trial(
            uuid=_id("trial/carfree"),
            position=2,
            title="Bilfri Torvegade om lørdagen",
            idea_uuid=_id("idea/carfree"),
            we_believe=hypothesis["carfree"][0],
            will=hypothesis["carfree"][1],
            we_will_see=hypothesis["carfree"][2],
            strategic_aim="Mere plads til fodgængere i handelsgaden",
            trial_type="closed_street",
            place="Torvegade mellem Torvet og Åstien",
            start_date=d(-27),
            end_date=d(-20),
            materials="Afspærring, skilte, 6 boder, gadekridt",
            responsible=(a("citizens_assoc"), a("admin")),
            success_criteria="Flere forbipasserende og flere, der stopper op; ingen nedgang i "
            "omsætning hos butikkerne.",
            measurement_plan="Optælling før og under; kort ved boderne; samtaler med butikkerne.",
            budget=_trial_rows(
                "carfree",
                [
                    ("Afspærring og skilte", 7_000, False),
                    ("Boder", 4_000, False),
                    ("Frivillige værter", 6_000, True),
                ],
                "budget",
            ),
            permits=_trial_rows(
                "carfree",
                [
                    (
                        "road_or_square_use",
                        True,
                        True,
                        True,
                        "Skovlund Kommune, Vej og Park",
                        d(-40),
                        "",
                    ),
                    ("police", True, True, True, "Politiet", d(-38), "Tilladelse til afspærring"),
                    ("event_permit", True, True, True, "Skovlund Kommune", d(-38), ""),
                ],
                "permit",
            ),
            history=_history(
                "carfree",
                [
                    ("planned", d(-45)),
                    ("running", d(-27)),
                    ("evaluated", d(-19)),
                    ("decided", d(-16)),
                ],
            ),
        ),
        Trial(
            uuid=_id("trial/popup"),
            position=3,
            title="Pop-up-butik i den tidligere boghandel",
            idea_uuid=_id("idea/popup"),
            we_believe=hypothesis["popup"][0],
            will=hypothesis["popup"][1],
            we_will_see=hypothesis["popup"][2],
            strategic_aim="Færre tomme butikker i Torvegade",
            trial_type="popup_shop",
            place="Torvegade 14 (den tidligere boghandel)",
            start_date=d(20),
            end_date=d(34),
            materials="Reoler og disk lånt af biblioteket; skilt i vinduet",
            responsible=(a("family_owner"), a("city_manager"), a("library")),
            success_criteria="Fire lejere på skift; mindst to henvendelser fra ejendomsejere.",
            measurement_plan="Optælling af besøgende ved døren; kort ved kassen.",
            budget=_trial_rows(
                "popup",
                [
                    ("Husleje (ejeren giver lokalet gratis)", 12_000, True),
                    ("Rengøring og el", 3_000, False),
                    ("Skilte og plakater", 2_500, False),
                ],
                "budget",
            ),
            permits=_trial_rows(
                "popup",
                [
                    ("landlord_consent", True, True, True, "Ejeren", d(-4), ""),
                    ("insurance", True, True, None, "Kommunens forsikring", d(-2), ""),
                    (
                        "food",
                        None,
                        None,
                        None,
                        "Fødevarestyrelsen",
                        None,
                        "Kun hvis en lejer sælger mad",
                    ),
                ],
                "permit",
            ),
            history=_history("popup", [("planned", d(-5))]),
        ),
    ]
    trials = [check_trial(t) for t in trials]

    few = ((3, 1, 0, 0), (2, 1, 1, 2), (1, 0, 0, 0), (0, 1, 0, 0))
    many = ((6, 4, 8, 5), (3, 6, 11, 9), (5, 1, 0, 0), (1, 1, 0, 0))
    more = ((5, 4, 9, 6), (3, 7, 12, 15), (6, 1, 0, 0), (1, 0, 1, 0))
    counts = [
        _count("lr_before_sat", "living_room", d(-24), (10, 0), (12, 0), "before", "overcast",
               (24, 5, 1), few),
        _count("lr_before_thu", "living_room", d(-22), (16, 0), (17, 0), "before", "sunny",
               (30, 8, 1), few),
        _count("lr_during_sat", "living_room", d(-17), (10, 0), (12, 0), "during", "sunny",
               (27, 5, 1), many, "Mange familier omkring middag"),
        _count("lr_during_thu", "living_room", d(-15), (16, 0), (17, 0), "during", "windy",
               (31, 7, 1), few, "Kold vind, bænkene stod tomme"),
        _count("lr2_during_sat", "living_room_2", d(-1), (10, 0), (12, 0), "during",
               "partly_cloudy", (29, 6, 1), more),
        _count("cf_before_sat", "carfree", d(-34), (10, 0), (12, 0), "before", "sunny",
               (35, 9, 6), few),
        _count("cf_during_sat", "carfree", d(-27), (10, 0), (12, 0), "during", "rain",
               (22, 4, 0), ((1, 1, 2, 0), (0, 0, 1, 1), (3, 0, 0, 0), (0, 0, 0, 0)),
               "Regn fra kl. 10.30"),
    ]  # fmt: skip

    feedback = []
    dates = {"living_room": (d(-19), d(-14)), "living_room_2": (d(-2), d(-1)),
             "carfree": (d(-27), d(-27))}  # fmt: skip
    for trial, rows in _FEEDBACK_ROWS.items():
        card = 0
        for n, row in enumerate(rows):
            channel, sentiment, works, better, quote, age, group, tags = row
            card += channel == "card"
            first, last = dates[trial]
            feedback.append(
                check_feedback(
                    Feedback(
                        uuid=_id(f"feedback/{trial}/{n}"),
                        trial_uuid=_id(f"trial/{trial}"),
                        date=first if n % 2 == 0 else last,
                        channel=channel,
                        card_number=card if channel == "card" else None,
                        sentiment=sentiment,
                        what_works=works,
                        could_be_better=better,
                        quote=quote,
                        age_band=age,
                        respondent_group=group,
                        tags=tags,
                    )
                )
            )

    def evidence(*slugs: str) -> tuple[str, ...]:
        return tuple(_id(slug) for slug in slugs)

    decisions = [
        Decision(
            _id("decision/living_room"),
            _id("trial/living_room"),
            d(-10),
            "adjust_and_retest",
            "Flere opholdt sig på Torvet under forsøget, især lørdag, og feedbacken var "
            "overvejende positiv. Men de ældre manglede bænke med ryglæn, der var for lidt "
            "skygge og læ, og bænkene spærrede for varelevering. Vi prøver igen med bænke med "
            "ryglæn, parasoller og læskærme og holder vejen fri langs apoteket.",
            evidence(
                "count/lr_before_sat",
                "count/lr_during_sat",
                "count/lr_during_thu",
                "feedback/living_room/4",
                "feedback/living_room/7",
                "feedback/living_room/15",
            ),
        ),
        Decision(
            _id("decision/carfree"),
            _id("trial/carfree"),
            d(-16),
            "discard",
            "Færre gik i gaden end på en almindelig lørdag (regnen spillede ind), få stoppede "
            "op, og de handlende mistede kunder, der kom i bil. Lukningen var dårligt varslet. "
            "Vi stopper forsøget i denne form.",
            evidence(
                "count/cf_before_sat",
                "count/cf_during_sat",
                "feedback/carfree/0",
                "feedback/carfree/4",
                "feedback/carfree/9",
            ),
        ),
        Decision(
            _id("decision/carfree/ideas"),
            _id("trial/carfree"),
            d(-16),
            "spawn_ideas",
            "Børnene og legen var det, der virkede; de handlende vil have faste tider for "
            "varelevering. To nye idéer går i idébanken.",
            evidence("feedback/carfree/5", "feedback/carfree/8", "feedback/carfree/7"),
        ),
    ]
    return canonical_trials(
        TrialBook(
            ideas=tuple(ideas),
            votes=tuple(votes),
            trials=tuple(trials),
            counts=tuple(counts),
            feedback=tuple(feedback),
            decisions=tuple(check_decision(x) for x in decisions),
        )
    )


def write_demo(path: Path | str, today: dt.date | None = None) -> ProjectService:
    """Write the demo project to a new file (refuses to overwrite) and return it opened."""
    return create_project(path, demo_snapshot(today))
