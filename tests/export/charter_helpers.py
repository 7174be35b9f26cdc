"""Helpers for the charter tests: a realistic Danish scope, Danish labels, a map image."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from typing import Any

from export_helpers import DANISH

from workshop_app.domain.model import Project, ProjectSnapshot
from workshop_app.domain.scope import MapImage, Scope, ScopeRow
from workshop_app.export.charter import CharterLabels, write_charter

TODAY = dt.date(2025, 11, 20)

DANISH_CHARTER = CharterLabels(
    document_title="Samarbejdsgrundlag",
    version="Udkast, version af {date}",
    page_of="Side {page} af {pages}",
    untitled="Projekt uden navn",
    town="By",
    municipality="Kommune",
    period="Periode",
    facilitators="Facilitatorer",
    empty_scope=(
        "Samarbejdets afgrænsning er ikke skrevet endnu. Den udfyldes på siden "
        "“Opstart og afgrænsning”."
    ),
    not_decided="Ikke besluttet endnu",
    not_assessed="Ikke vurderet endnu",
    no_earlier_plans="Der er ingen tidligere planer eller samarbejder at bygge videre på.",
    in_kind="naturalier",
    of_which_in_kind="heraf {amount} som naturalier",
    total="I alt",
    sections={
        "background": "Baggrund — hvorfor nu?",
        "purpose": "Formål og opgave",
        "concrete": "Konkret projekt eller mål",
        "area": "Geografisk afgrænsning",
        "timeframe": "Tidsramme og faste rammer",
        "economy": "Økonomi",
        "politics": "Politisk forankring",
        "roles": "Kommunens roller",
        "organisation": "Organisering",
        "history": "Historik",
        "knowledge": "Vidensgrundlag",
        "success": "Succeskriterier og evaluering",
    },
    fields={
        "triggers": "Anledning",
        "background": "Situationen i dag",
        "purpose": "Formål",
        "task": "Opgaven",
        "concrete_goal": "Projekt eller mål",
        "early_wins": "Tidlige små sejre",
        "area_description": "Området",
        "streets_in": "Med i området",
        "streets_out": "Ikke med",
        "map": "Kort eller skitse over området",
        "milestones": "Milepæle",
        "milestones.date": "Dato",
        "milestones.title": "Milepæl",
        "constraints": "Faste rammer",
        "constraints.kind": "Art",
        "constraints.text": "Ramme",
        "budget": "Budget",
        "budget.kind": "Type",
        "budget.purpose": "Formål",
        "budget.source": "Kilde",
        "budget.amount": "Beløb",
        "fundraising": "Fundraising",
        "political_model": "Model",
        "committee": "Udvalg",
        "mandate": "Mandat",
        "municipal_roles": "Roller",
        "role_notes": "Noter om rollerne",
        "formality": "Form",
        "lead": "Ledelse",
        "steering_group": "Styregruppe",
        "working_groups": "Arbejdsgrupper",
        "reference_group": "Referencegruppe",
        "ad_hoc": "Løbende inddragelse",
        "earlier_plans.name": "Plan eller samarbejde",
        "earlier_plans.year": "År",
        "earlier_plans.how_far": "Hvor langt",
        "earlier_plans.why_not_further": "Hvorfor ikke videre",
        "earlier_plans.reuse": "Det kan genbruges",
        "knowledge.question": "Spørgsmål eller analyse",
        "knowledge.status": "Status",
        "knowledge.owner": "Ansvarlig",
        "knowledge.source": "Kilde",
        "not_relevant": "Vurderet ikke relevant",
        "evaluation": "Evaluering",
        "success_criteria.criterion": "Kriterium",
        "success_criteria.measure": "Sådan måles det",
        "success_criteria.when": "Hvornår",
    },
    triggers={
        "falling_turnover": "faldende omsætning",
        "fewer_customers": "færre kunder",
        "empty_premises": "tomme butikslokaler",
        "poor_access": "dårlig tilgængelighed",
        "dull_spaces": "kedelige byrum",
        "unsafe_spaces": "utrygge byrum",
        "population_change": "ændret befolkning",
    },
    knowledge_questions={
        "retail_future": "Hvordan udvikler detailhandlen sig, og hvilken rolle får den?",
        "regional_role": "Hvilken plads har byen i regionen, og hvordan ser nabobyerne den?",
        "future_potential": "Hvor ligger byens potentiale?",
        "unused_assets": "Er der uudnyttede kultur- eller turismeaktiver?",
        "important_places": "Hvilke steder i byen betyder mest?",
        "movement": "Hvordan bevæger folk sig gennem bymidten?",
        "coming_investments": "Hvilke investeringer er på vej?",
        "key_companies": "Hvilke virksomheder og iværksættere er centrale?",
        "property_owners": "Hvad forventer ejendomsejerne, og hvad holder dem tilbage?",
        "analysis_retail": "Detailhandelsanalyse",
        "analysis_demography": "Demografi: befolkning, prognoser, pendling",
        "analysis_facilities": "Faciliteter: skoler, foreninger, idræt, grønne områder",
        "analysis_buildings": "Bygninger og kulturarv",
        "analysis_tourism": "Turismetal",
        "analysis_movement_parking": "Bevægelse og parkering",
    },
    knowledge_status={
        "known": "Kendt",
        "needs_analysis": "Skal analyseres",
        "not_relevant": "Ikke relevant",
    },
    political_models={
        "a": "Model A: byrådet eller et udvalg sætter ramme og budget og orienteres løbende",
        "b": "Model B: politikere deltager i styre- eller arbejdsgrupper",
    },
    roles={
        "initiator": "Igangsætter",
        "facilitator": "Neutral facilitator",
        "secretariat": "Sekretariat",
        "authority": "Myndighed (tilladelser)",
        "funder": "Medfinansierer",
    },
    formality={
        "informal_network": "Uformelt netværk",
        "project_organisation": "Projektorganisation",
        "association": "Forening",
    },
    lead={"public": "Offentligt ledet", "private": "Privat ledet", "shared": "Fælles ledelse"},
    constraint_kinds={
        "deadline": "Tidsfrist",
        "budget_ceiling": "Budgetloft",
        "legal": "Lovgivning",
        "other": "Andet",
    },
    money_kinds={"operating": "Driftsmidler", "project": "Projektmidler"},
    money_totals={
        "operating": "Driftsmidler i alt",
        "project": "Projektmidler i alt",
        "": "I alt, type ikke besluttet",
    },
    how_far={
        "idea": "Idé",
        "plan": "Plan",
        "partly_done": "Delvist gennemført",
        "done": "Gennemført",
        "stopped": "Stoppet",
    },
    months=DANISH.months,
    date_format="{day}. {month} {year}",
    thousands_sep=".",
)


def map_png(width: int = 900, height: int = 600) -> bytes:
    """A small sketch of streets as PNG (drawn, so no file is needed)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, width - 20, height - 20), outline=(60, 60, 60, 255), width=6)
    draw.line((40, height // 2, width - 40, height // 2), fill=(0, 0, 0, 255), width=18)
    draw.line((width // 3, 40, width // 3, height - 40), fill=(80, 80, 80, 255), width=12)
    draw.ellipse((width // 2, height // 4, width // 2 + 120, height // 4 + 120), fill="grey")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def row(list_key: str, position: int, **values: Any) -> ScopeRow:
    return ScopeRow(
        uuid=f"{list_key}-{position}", list_key=list_key, position=position, values=values
    )


FULL_VALUES: Mapping[str, Any] = {
    "triggers": ("falling_turnover", "empty_premises", "dull_spaces"),
    "triggers_other": "Banken på Torvet lukker i foråret",
    "background": (
        "Syv butikker er lukket på fem år, og strækningen fra Torvet til Åstien står halvt tom "
        "efter kl. 17. Handelsstandsforeningen og kommunen har hver for sig forsøgt med "
        "arrangementer, men uden fælles retning.\n\n"
        "Samtidig flytter flere børnefamilier til byen, og biblioteket har flere besøgende end "
        "nogensinde. Der er altså folk — de bruger bare ikke bymidten."
    ),
    "purpose": (
        "At gøre bymidten til et sted, hvor folk har lyst til at opholde sig, og hvor "
        "handel, kultur og foreningsliv trækker på hinanden."
    ),
    "task": (
        "Hvordan bliver strækningen fra Torvet til Åstien et sted, hvor folk har lyst til at "
        "opholde sig — også efter kl. 17 og i weekenden? Markup-test: <b>fed</b> & R&D </para>"
    ),
    "concrete_goal": "En sommer med tre midlertidige afprøvninger på Torvet og i Torvegade.",
    "early_wins": "Bænke og blomsterkasser på Torvet inden Sankt Hans.",
    "area_description": "Torvet, Torvegade og Åstien op til broen, i alt ca. 600 meter.",
    "fundraising": "Ansøgning til Realdania og den lokale sparekassefond i januar.",
    "political_model": "a",
    "committee": "Udvalget for Plan og Erhverv",
    "mandate": "",
    "municipal_roles": ("initiator", "secretariat", "authority"),
    "role_notes": "Kommunen trækker sig gradvist fra ledelsen, når foreningen er stiftet.",
    "formality": "project_organisation",
    "lead": "",
    "steering_group": "Handelsstandsforeningen, borgerforeningen, to ejendomsejere, kommunen",
    "working_groups": "Byrum; Events og kultur",
    "evaluation": "Styregruppen evaluerer efter sommerens afprøvninger og igen efter et år.",
}


def full_rows() -> tuple[ScopeRow, ...]:
    rows = [
        row("streets_in", 0, name="Torvet", note=""),
        row("streets_in", 1, name="Torvegade", note="nr. 1–40"),
        row("streets_in", 2, name="Åstien", note="til broen"),
        row("streets_out", 0, name="Ringvejen", note="aflastningsvej"),
        row("milestones", 0, date=dt.date(2026, 2, 1), title="Styregruppen er nedsat"),
        row("milestones", 1, date=dt.date(2026, 6, 23), title="Første afprøvning på Torvet"),
        row("milestones", 2, date=None, title="Evaluering i byrådet"),
        row("constraints", 0, kind="budget_ceiling", text="Højst 500.000 kr. fra kommunen"),
        row("constraints", 1, kind="legal", text="Torvegade er busrute: kun lukning i weekender"),
        row(
            "budget", 0, kind="operating", purpose="Projektleder (citychef), halv tid",
            source="Skovlund Kommune", amount=350_000, currency="DKK", in_kind=False,
        ),
        row(
            "budget", 1, kind="operating", purpose="Lokaler til møder",
            source="Egeby Bibliotek", amount=40_000, currency="DKK", in_kind=True,
        ),
        row(
            "budget", 2, kind="project", purpose="Midlertidige afprøvninger",
            source="Skovlund Kommune", amount=150_000, currency="DKK", in_kind=False,
        ),
        row(
            "budget", 3, kind="project", purpose="Frivillige timer til byggeworkshop",
            source="Borgerforeningen", amount=None, currency="DKK", in_kind=True,
        ),
        row(
            "earlier_plans", 0, name="Helhedsplan for Torvet", year=2016, how_far="plan",
            why_not_further="Ingen anlægsmidler", reuse="Trafiktællinger og skitser",
        ),
        row(
            "earlier_plans", 1, name="Julebelysning i fællesskab", year=2021, how_far="done",
            why_not_further="", reuse="Samarbejdet med handelsstandsforeningen",
        ),
        row(
            "knowledge", 0, preset="retail_future", question="", status="needs_analysis",
            owner="Kommunen", source="Detailhandelsanalyse 2026", notes="",
        ),
        row(
            "knowledge", 1, preset="movement", question="", status="known",
            owner="Jonas", source="Tællinger fra 2024", notes="Tælles igen i sommeren",
        ),
        row(
            "knowledge", 2, preset="analysis_tourism", question="", status="not_relevant",
            owner="", source="", notes="",
        ),
        row(
            "knowledge", 3, preset="property_owners", question="", status="",
            owner="", source="", notes="",
        ),
        row(
            "knowledge", 4, preset="", question="Hvor parkerer kunderne om lørdagen?",
            status="needs_analysis", owner="Handelsstandsforeningen", source="", notes="",
        ),
        row(
            "success_criteria", 0, criterion="Flere mennesker opholder sig på Torvet",
            measure="Tællinger før og under afprøvningerne", when="Juni og august 2026",
        ),
        row("success_criteria", 1, criterion="Færre tomme butikker", measure="", when=""),
    ]  # fmt: skip
    return tuple(rows)


def full_scope(with_map: bool = True, **overrides: Any) -> Scope:
    values = dict(FULL_VALUES)
    values.update(overrides)
    image = None
    if with_map:
        data = map_png()
        image = MapImage(
            uuid="map", file_name="skitse.png", mime="image/png", width=900, height=600, data=data
        )
    return Scope(values=values, rows=full_rows(), map_image=image)


def make_project(**overrides: Any) -> Project:
    values: dict[str, Any] = {
        "uuid": "p1",
        "name": "Egeby bymidte",
        "town": "Egeby",
        "municipality": "Skovlund Kommune",
        "facilitators": "Mette Holm, Jonas Brandt",
        "start_date": dt.date(2025, 11, 1),
        "end_date": dt.date(2026, 12, 31),
    }
    values.update(overrides)
    return Project(**values)


def charter_snapshot(scope: Scope | None = None, **project: Any) -> ProjectSnapshot:
    return ProjectSnapshot(project=make_project(**project), scope=scope or full_scope())


def render_charter(snapshot: ProjectSnapshot, labels: CharterLabels | None = None) -> bytes:
    buffer = io.BytesIO()
    write_charter(snapshot, labels or CharterLabels(), buffer, today=TODAY)
    return buffer.getvalue()
