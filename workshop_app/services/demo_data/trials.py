"""Phase 3 of the demo: the idea bank, votes, three tests with counts and feedback."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop_app.domain.print_runs import CardRun
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
from workshop_app.services.demo_data.ids import _id

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
            # The running test's paper cards: 48 printed the morning it started (issue 14).
            card_runs=(
                CardRun(
                    _id("card_run/living_room_2"),
                    _id("trial/living_room_2"),
                    1,
                    48,
                    dt.datetime.combine(d(-3), dt.time(9, 0)),
                ),
            ),
        )
    )
