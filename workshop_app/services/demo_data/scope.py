"""Phase 1 of the demo: start-up and scope, partly done as it would be a few weeks in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.scope import FIELDS, LISTS, Scope, ScopeRow
from workshop_app.domain.scope_values import canonical as canonical_scope
from workshop_app.domain.scope_values import checked, full_row_values
from workshop_app.services.demo_data.ids import _id

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
