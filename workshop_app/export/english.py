"""The English words of the documents, in one place: the default of every labels dataclass's
mappings (the UI passes the words of the chosen language; a key missing there falls back to
these, then to the key itself)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from workshop_app.export.blocks import frozen

# -- Phase 1: the charter ----------------------------------------------------------------------

# The English words of ui/scope/texts.py (the one vocabulary); tests/cli/test_cli_charter.py
# keeps these defaults equal to what the app says in English.
SCOPE_SECTIONS = frozen(
    background="Background — why now?",
    purpose="Purpose and task",
    concrete="Concrete project or goal",
    area="Geographical scope",
    timeframe="Time frame and fixed limits",
    economy="Finances",
    politics="Political anchoring",
    roles="The municipality's roles",
    organisation="Organisation",
    history="History",
    knowledge="Knowledge base",
    success="Success criteria and evaluation",
)

#: Field labels and column headings, keyed by field key or ``"list.column"``.
SCOPE_FIELDS = MappingProxyType(
    {
        "triggers": "Triggers",
        "triggers_other": "Other trigger",
        "background": "Background",
        "purpose": "Purpose",
        "task": "Task",
        "task_open_confirmed": "The task is open: participants can still change it",
        "concrete_goal": "Concrete project, goal or task",
        "early_wins": "Early small wins",
        "area_description": "The area",
        "fundraising": "Fundraising",
        "political_model": "Model",
        "committee": "Committee",
        "mandate": "Mandate",
        "municipal_roles": "Roles",
        "role_notes": "Notes on the roles",
        "formality": "Form",
        "lead": "Lead",
        "steering_group": "Steering group",
        "working_groups": "Working groups",
        "reference_group": "Reference group",
        "ad_hoc": "Ad-hoc involvement",
        "no_earlier_plans": "There are no earlier plans to build on",
        "evaluation": "Evaluation",
        "map": "Map or sketch",
        "streets_in": "Streets and places in the area",
        "streets_out": "Streets and places outside the area",
        "milestones": "Milestones",
        "constraints": "Fixed limits",
        "budget": "Budget lines",
        "earlier_plans": "Earlier plans and collaborations",
        "knowledge": "Knowledge checklist",
        "success_criteria": "Success criteria",
        "streets_in.name": "Street or place",
        "streets_in.note": "Note",
        "streets_out.name": "Street or place",
        "streets_out.note": "Note",
        "milestones.date": "Date",
        "milestones.title": "Milestone",
        "constraints.kind": "Kind",
        "constraints.text": "Limit",
        "budget.kind": "Kind of money",
        "budget.purpose": "For",
        "budget.source": "Source",
        "budget.amount": "Amount",
        "budget.currency": "Currency",
        "budget.in_kind": "In kind",
        "earlier_plans.name": "Plan or collaboration",
        "earlier_plans.year": "Year",
        "earlier_plans.how_far": "How far it got",
        "earlier_plans.why_not_further": "Why not further",
        "earlier_plans.reuse": "What to reuse",
        "knowledge.preset": "Preset",
        "knowledge.question": "Question or analysis",
        "knowledge.status": "Status",
        "knowledge.owner": "Who",
        "knowledge.source": "Source",
        "knowledge.notes": "Notes",
        "success_criteria.criterion": "Criterion",
        "success_criteria.measure": "How it is measured",
        "success_criteria.when": "When",
        "not_relevant": "Judged not relevant",
    }
)

TRIGGERS = frozen(
    falling_turnover="falling turnover",
    fewer_customers="fewer customers",
    empty_premises="empty shops and premises",
    poor_access="poor access",
    dull_spaces="dull streets and squares",
    unsafe_spaces="places that feel unsafe",
    population_change="population change",
)

KNOWLEDGE_QUESTIONS = frozen(
    retail_future="How is retail developing, and what role will it play in the coming years?",
    regional_role="What is the town's place in its region, and how do neighbouring towns see it?",
    future_potential="Where does the town's future potential lie?",
    unused_assets="Are there cultural or tourism assets that are not used?",
    important_places="Which places in town matter most to people?",
    movement="How do people move through the centre?",
    coming_investments="Which investments are on the way?",
    key_companies="Which companies and entrepreneurs are central?",
    property_owners="What do the property owners expect, and what holds them back?",
    analysis_retail="Retail analysis",
    analysis_demography="Demography: population, forecasts, commuting",
    analysis_facilities="Facilities: schools, associations, sport, green areas, meeting places",
    analysis_buildings="Buildings and cultural heritage",
    analysis_tourism="Tourism figures",
    analysis_movement_parking="Movement and parking",
)

KNOWLEDGE_STATUS = frozen(
    known="Known",
    needs_analysis="Needs analysis",
    not_relevant="Not relevant",
)

POLITICAL_MODELS = frozen(
    a="Model A: the council sets the frame and is kept informed",
    b="Model B: politicians take part in the groups",
)

MUNICIPAL_ROLES = frozen(
    initiator="Initiator",
    facilitator="Neutral facilitator",
    secretariat="Secretariat",
    authority="Authority (permits)",
    funder="Funder",
)

FORMALITY = frozen(
    informal_network="Informal network",
    project_organisation="Project organisation",
    association="Formal association",
)

LEAD = frozen(
    public="Public lead",
    private="Private lead",
    shared="Shared lead",
)

CONSTRAINT_KINDS = frozen(
    deadline="Deadline",
    budget_ceiling="Budget ceiling",
    legal="Rules and law",
    other="Other",
)

MONEY_KINDS = frozen(
    operating="Operating money",
    project="Project money",
)

HOW_FAR = frozen(
    idea="An idea",
    plan="A plan",
    partly_done="Partly carried out",
    done="Carried out",
    stopped="Stopped",
)

MONEY_TOTALS = MappingProxyType(
    {
        "operating": "Total operating money",
        "project": "Total project money",
        "": "Total, type not decided",
    }
)

# -- Phase 2: the actor map --------------------------------------------------------------------

ACTOR_CATEGORIES = frozen(
    municipal_administration="Municipal administration",
    politicians="Politicians",
    merchants_association="Merchants' association",
    citizens_association="Citizens' association",
    business_council="Business council",
    shops="Shops",
    food_and_hotels="Cafés, restaurants and hotels",
    services="Service businesses",
    property_owners="Property owners",
    culture_leisure="Culture and leisure",
    education="Schools and colleges",
    young_people="Young people",
    seniors="Seniors",
    unorganised_citizens="Unorganised citizens",
    city_manager="City manager",
    tourism="Tourism and destination",
    business_promotion="Business promotion",
    local_media="Local media",
    housing_associations="Housing associations",
    premises_seekers="Seekers of premises",
    other="Other",
)

QUADRANTS = frozen(
    manage_closely="Manage closely",
    keep_satisfied="Keep satisfied",
    keep_informed="Keep informed",
    monitor="Monitor",
)

RELATIONS = frozen(cooperation="Cooperation", conflict="Conflict", dependency="Dependency")

ATTITUDES: Mapping[int, str] = MappingProxyType(
    {-2: "−2 against", -1: "−1 sceptical", 0: "0 neutral", 1: "+1 positive", 2: "+2 for"}
)

INVOLVEMENT = frozen(
    inform="Inform",
    consult="Consult",
    involve="Involve",
    collaborate="Collaborate",
    co_decide="Co-decide",
)

ORG_ROLES = frozen(
    steering_group="Steering group",
    working_group="Working group",
    reference_group="Reference group",
    ad_hoc="Ad hoc",
    none="No role",
)

# -- Phase 3: the test card and report ---------------------------------------------------------

TRIAL_TYPES = frozen(
    street_furniture="Street furniture",
    closed_street="Street closed to cars",
    popup_shop="Pop-up shop",
    market="Market",
    event="Event",
    greenery="Greenery",
    play="Play",
    art="Art",
    lighting="Lighting",
    parking_change="Parking change",
    cooperation="New cooperation",
    other="Other",
)

TRIAL_STATUSES = frozen(
    idea="Idea", planned="Planned", running="Running", evaluated="Evaluated", decided="Decided"
)

PERMITS = frozen(
    event_permit="Event permit",
    road_or_square_use="Use of road or square",
    temporary_structures="Temporary structures",
    food="Food sales",
    music_noise="Music and noise",
    police="Police",
    landlord_consent="Landlord's consent",
    insurance="Insurance",
    other="Other",
)

WEATHER = frozen(
    sunny="Sunny",
    partly_cloudy="Partly cloudy",
    overcast="Overcast",
    rain="Rain",
    snow="Snow",
    windy="Windy",
)

COUNT_PHASES = frozen(before="Before", during="During", after="After")

MODES = frozen(walking="Walking", cycling="Cycling", other="Other")

ACTIVITIES = frozen(standing="Standing", sitting="Sitting", playing="Playing", other="Other")

AGE_BANDS = frozen(age_0_14="0–14", age_15_29="15–29", age_30_64="30–64", age_65_plus="65+")

SENTIMENTS = frozen(positive="Positive", neutral="Neutral", negative="Negative")

FEEDBACK_GROUPS = frozen(resident="Resident", visitor="Visitor", trader="Trader")

DECISION_KINDS = frozen(
    keep="Keep",
    adjust_and_retest="Adjust and test again",
    make_permanent="Make permanent",
    discard="Discard",
    spawn_ideas="Spawn new ideas",
)

TRIAL_FIELDS = frozen(
    title="Title",
    idea_uuid="Idea tested",
    version_of="New version of",
    we_believe="We believe that",
    will="will",
    we_will_see="We will see it when",
    strategic_aim="Strategic aim",
    trial_type="Type",
    place="Place",
    start_date="Start",
    end_date="End",
    materials="Materials",
    responsible="Responsible actors",
    success_criteria="Success criteria",
    measurement_plan="Measurement plan",
    budget="Budget",
    permits="Permits",
    status="Status",
)
