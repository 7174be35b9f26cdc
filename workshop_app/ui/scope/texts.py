"""Every text of phase 1 a person reads, translated: section titles, hints, labels, choices.

The domain declares keys only (workshop_app/domain/scope.py); this module gives them words.
The page and the charter PDF both take their words from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def section_titles() -> dict[str, str]:
    return {
        "background": QCoreApplication.translate("ScopeTexts", "Background — why now?"),
        "purpose": QCoreApplication.translate("ScopeTexts", "Purpose and task"),
        "concrete": QCoreApplication.translate("ScopeTexts", "Concrete project or goal"),
        "area": QCoreApplication.translate("ScopeTexts", "Geographical scope"),
        "timeframe": QCoreApplication.translate("ScopeTexts", "Time frame and fixed limits"),
        "economy": QCoreApplication.translate("ScopeTexts", "Finances"),
        "politics": QCoreApplication.translate("ScopeTexts", "Political anchoring"),
        "roles": QCoreApplication.translate("ScopeTexts", "The municipality's roles"),
        "organisation": QCoreApplication.translate("ScopeTexts", "Organisation"),
        "history": QCoreApplication.translate("ScopeTexts", "History"),
        "knowledge": QCoreApplication.translate("ScopeTexts", "Knowledge base"),
        "success": QCoreApplication.translate("ScopeTexts", "Success criteria and evaluation"),
    }


def section_hints() -> dict[str, str]:
    return {
        "background": QCoreApplication.translate(
            "ScopeTexts",
            "What has made the town act now? Tick what you see and add a few sentences in your "
            "own words: the figures, the empty shop windows, what people say.",
        ),
        "purpose": QCoreApplication.translate(
            "ScopeTexts",
            "Say what the collaboration is for and which task it takes on. Keep the task open: if "
            "the answer is already decided, nobody needs to take part. Participants must be able "
            "to change something.",
        ),
        "concrete": QCoreApplication.translate(
            "ScopeTexts",
            "A concrete project, goal or time-boxed task gets people moving. Name one, and a few "
            "small wins that can show progress early.",
        ),
        "area": QCoreApplication.translate(
            "ScopeTexts",
            "Which part of town is it about? Describe the area and list streets and places that "
            "are in and out. It is normal to narrow the area as the work goes on.",
        ),
        "timeframe": QCoreApplication.translate(
            "ScopeTexts",
            "Start and end come from the project's overview. Add milestones, and the limits that "
            "cannot be changed — a deadline, a budget ceiling, rules — so every actor knows them "
            "from the start.",
        ),
        "economy": QCoreApplication.translate(
            "ScopeTexts",
            "Keep operating money (running the work, network activities) apart from project money "
            "(activities, physical changes). Note where money comes from, and contributions in "
            "kind such as time, premises and materials.",
        ),
        "politics": QCoreApplication.translate(
            "ScopeTexts",
            "How do the politicians take part? In model A the council or a committee sets the "
            "frame and budget and is kept informed; it needs trust in the local group. In model B "
            "politicians sit in the steering or working groups as ambassadors; the process is more "
            "open.",
        ),
        "roles": QCoreApplication.translate(
            "ScopeTexts",
            "Which roles does the municipality take? It can be several. A municipality that "
            "dominates weakens private ownership; permits can slow temporary activities down.",
        ),
        "organisation": QCoreApplication.translate(
            "ScopeTexts",
            "From a loose network of volunteers to a formal association: how is the work "
            "organised, and who leads it? Many start informally and formalise later.",
        ),
        "history": QCoreApplication.translate(
            "ScopeTexts",
            "Which plans and collaborations came before? Talk them through before building on "
            "them: how far did they get, why not further, what can be reused?",
        ),
        "knowledge": QCoreApplication.translate(
            "ScopeTexts",
            "What do you need to know, and what do you know already? Mark each question as known, "
            "in need of analysis or not relevant, and say who finds out. Sensitive topics such as "
            "parking may need an outside or data-based view.",
        ),
        "success": QCoreApplication.translate(
            "ScopeTexts",
            "How will you know that the collaboration works? Write criteria you can check, how "
            "you will measure them and when you will evaluate.",
        ),
    }


def field_labels() -> dict[str, str]:
    return {
        "triggers": QCoreApplication.translate("ScopeTexts", "Triggers"),
        "triggers_other": QCoreApplication.translate("ScopeTexts", "Other trigger"),
        "background": QCoreApplication.translate("ScopeTexts", "Background"),
        "purpose": QCoreApplication.translate("ScopeTexts", "Purpose"),
        "task": QCoreApplication.translate("ScopeTexts", "Task"),
        "task_open_confirmed": QCoreApplication.translate(
            "ScopeTexts", "The task is open: participants can still change it"
        ),
        "concrete_goal": QCoreApplication.translate("ScopeTexts", "Concrete project, goal or task"),
        "early_wins": QCoreApplication.translate("ScopeTexts", "Early small wins"),
        "area_description": QCoreApplication.translate("ScopeTexts", "The area"),
        "fundraising": QCoreApplication.translate("ScopeTexts", "Fundraising"),
        "political_model": QCoreApplication.translate("ScopeTexts", "Model"),
        "committee": QCoreApplication.translate("ScopeTexts", "Committee"),
        "mandate": QCoreApplication.translate("ScopeTexts", "Mandate"),
        "municipal_roles": QCoreApplication.translate("ScopeTexts", "Roles"),
        "role_notes": QCoreApplication.translate("ScopeTexts", "Notes on the roles"),
        "formality": QCoreApplication.translate("ScopeTexts", "Form"),
        "lead": QCoreApplication.translate("ScopeTexts", "Lead"),
        "steering_group": QCoreApplication.translate("ScopeTexts", "Steering group"),
        "working_groups": QCoreApplication.translate("ScopeTexts", "Working groups"),
        "reference_group": QCoreApplication.translate("ScopeTexts", "Reference group"),
        "ad_hoc": QCoreApplication.translate("ScopeTexts", "Ad-hoc involvement"),
        "no_earlier_plans": QCoreApplication.translate(
            "ScopeTexts", "There are no earlier plans to build on"
        ),
        "evaluation": QCoreApplication.translate("ScopeTexts", "Evaluation"),
        "map": QCoreApplication.translate("ScopeTexts", "Map or sketch"),
    }


def list_titles() -> dict[str, str]:
    return {
        "streets_in": QCoreApplication.translate("ScopeTexts", "Streets and places in the area"),
        "streets_out": QCoreApplication.translate(
            "ScopeTexts", "Streets and places outside the area"
        ),
        "milestones": QCoreApplication.translate("ScopeTexts", "Milestones"),
        "constraints": QCoreApplication.translate("ScopeTexts", "Fixed limits"),
        "budget": QCoreApplication.translate("ScopeTexts", "Budget lines"),
        "earlier_plans": QCoreApplication.translate(
            "ScopeTexts", "Earlier plans and collaborations"
        ),
        "knowledge": QCoreApplication.translate("ScopeTexts", "Knowledge checklist"),
        "success_criteria": QCoreApplication.translate("ScopeTexts", "Success criteria"),
    }


def column_labels() -> dict[str, dict[str, str]]:
    return {
        "streets_in": {
            "name": QCoreApplication.translate("ScopeTexts", "Street or place"),
            "note": QCoreApplication.translate("ScopeTexts", "Note"),
        },
        "streets_out": {
            "name": QCoreApplication.translate("ScopeTexts", "Street or place"),
            "note": QCoreApplication.translate("ScopeTexts", "Note"),
        },
        "milestones": {
            "date": QCoreApplication.translate("ScopeTexts", "Date"),
            "title": QCoreApplication.translate("ScopeTexts", "Milestone"),
        },
        "constraints": {
            "kind": QCoreApplication.translate("ScopeTexts", "Kind"),
            "text": QCoreApplication.translate("ScopeTexts", "Limit"),
        },
        "budget": {
            "kind": QCoreApplication.translate("ScopeTexts", "Kind of money"),
            "purpose": QCoreApplication.translate("ScopeTexts", "For"),
            "source": QCoreApplication.translate("ScopeTexts", "Source"),
            "amount": QCoreApplication.translate("ScopeTexts", "Amount"),
            "currency": QCoreApplication.translate("ScopeTexts", "Currency"),
            "in_kind": QCoreApplication.translate("ScopeTexts", "In kind"),
        },
        "earlier_plans": {
            "name": QCoreApplication.translate("ScopeTexts", "Plan or collaboration"),
            "year": QCoreApplication.translate("ScopeTexts", "Year"),
            "how_far": QCoreApplication.translate("ScopeTexts", "How far it got"),
            "why_not_further": QCoreApplication.translate("ScopeTexts", "Why not further"),
            "reuse": QCoreApplication.translate("ScopeTexts", "What to reuse"),
        },
        "knowledge": {
            "preset": QCoreApplication.translate("ScopeTexts", "Preset"),
            "question": QCoreApplication.translate("ScopeTexts", "Question or analysis"),
            "status": QCoreApplication.translate("ScopeTexts", "Status"),
            "owner": QCoreApplication.translate("ScopeTexts", "Who"),
            "source": QCoreApplication.translate("ScopeTexts", "Source"),
            "notes": QCoreApplication.translate("ScopeTexts", "Notes"),
        },
        "success_criteria": {
            "criterion": QCoreApplication.translate("ScopeTexts", "Criterion"),
            "measure": QCoreApplication.translate("ScopeTexts", "How it is measured"),
            "when": QCoreApplication.translate("ScopeTexts", "When"),
        },
    }


def choice_labels() -> dict[str, str]:
    """Labels of every choice value, keyed by the value (values are unique across fields)."""
    return {
        # triggers
        "falling_turnover": QCoreApplication.translate("ScopeTexts", "Falling turnover"),
        "fewer_customers": QCoreApplication.translate("ScopeTexts", "Fewer customers"),
        "empty_premises": QCoreApplication.translate("ScopeTexts", "Empty shops and premises"),
        "poor_access": QCoreApplication.translate("ScopeTexts", "Poor access"),
        "dull_spaces": QCoreApplication.translate("ScopeTexts", "Dull streets and squares"),
        "unsafe_spaces": QCoreApplication.translate("ScopeTexts", "Places that feel unsafe"),
        "population_change": QCoreApplication.translate("ScopeTexts", "Population change"),
        # municipal roles
        "initiator": QCoreApplication.translate("ScopeTexts", "Initiator"),
        "facilitator": QCoreApplication.translate("ScopeTexts", "Neutral facilitator"),
        "secretariat": QCoreApplication.translate("ScopeTexts", "Secretariat"),
        "authority": QCoreApplication.translate("ScopeTexts", "Authority (permits)"),
        "funder": QCoreApplication.translate("ScopeTexts", "Funder"),
        # political models
        "a": QCoreApplication.translate(
            "ScopeTexts", "Model A: the council sets the frame and is kept informed"
        ),
        "b": QCoreApplication.translate(
            "ScopeTexts", "Model B: politicians take part in the groups"
        ),
        "undecided": QCoreApplication.translate("ScopeTexts", "Not decided yet"),
        # organisation
        "informal_network": QCoreApplication.translate("ScopeTexts", "Informal network"),
        "project_organisation": QCoreApplication.translate("ScopeTexts", "Project organisation"),
        "association": QCoreApplication.translate("ScopeTexts", "Formal association"),
        "public": QCoreApplication.translate("ScopeTexts", "Public lead"),
        "private": QCoreApplication.translate("ScopeTexts", "Private lead"),
        "shared": QCoreApplication.translate("ScopeTexts", "Shared lead"),
        # constraints
        "deadline": QCoreApplication.translate("ScopeTexts", "Deadline"),
        "budget_ceiling": QCoreApplication.translate("ScopeTexts", "Budget ceiling"),
        "legal": QCoreApplication.translate("ScopeTexts", "Rules and law"),
        "other": QCoreApplication.translate("ScopeTexts", "Other"),
        # money
        "operating": QCoreApplication.translate("ScopeTexts", "Operating money"),
        "project": QCoreApplication.translate("ScopeTexts", "Project money"),
        "DKK": "DKK",
        "NOK": "NOK",
        # knowledge status
        "known": QCoreApplication.translate("ScopeTexts", "Known"),
        "needs_analysis": QCoreApplication.translate("ScopeTexts", "Needs analysis"),
        "not_relevant": QCoreApplication.translate("ScopeTexts", "Not relevant"),
        # earlier plans
        "idea": QCoreApplication.translate("ScopeTexts", "An idea"),
        "plan": QCoreApplication.translate("ScopeTexts", "A plan"),
        "partly_done": QCoreApplication.translate("ScopeTexts", "Partly carried out"),
        "done": QCoreApplication.translate("ScopeTexts", "Carried out"),
        "stopped": QCoreApplication.translate("ScopeTexts", "Stopped"),
    }


def not_decided() -> str:
    return QCoreApplication.translate("ScopeTexts", "Not decided yet")


def knowledge_questions() -> dict[str, str]:
    return {
        "retail_future": QCoreApplication.translate(
            "ScopeTexts",
            "How is retail developing, and what role will it play in the coming years?",
        ),
        "regional_role": QCoreApplication.translate(
            "ScopeTexts",
            "What is the town's place in its region, and how do neighbouring towns see it?",
        ),
        "future_potential": QCoreApplication.translate(
            "ScopeTexts", "Where does the town's future potential lie?"
        ),
        "unused_assets": QCoreApplication.translate(
            "ScopeTexts", "Are there cultural or tourism assets that are not used?"
        ),
        "important_places": QCoreApplication.translate(
            "ScopeTexts", "Which places in town matter most to people?"
        ),
        "movement": QCoreApplication.translate(
            "ScopeTexts", "How do people move through the centre?"
        ),
        "coming_investments": QCoreApplication.translate(
            "ScopeTexts", "Which investments are on the way?"
        ),
        "key_companies": QCoreApplication.translate(
            "ScopeTexts", "Which companies and entrepreneurs are central?"
        ),
        "property_owners": QCoreApplication.translate(
            "ScopeTexts", "What do the property owners expect, and what holds them back?"
        ),
        "analysis_retail": QCoreApplication.translate("ScopeTexts", "Retail analysis"),
        "analysis_demography": QCoreApplication.translate(
            "ScopeTexts", "Demography: population, forecasts, commuting"
        ),
        "analysis_facilities": QCoreApplication.translate(
            "ScopeTexts", "Facilities: schools, associations, sport, green areas, meeting places"
        ),
        "analysis_buildings": QCoreApplication.translate(
            "ScopeTexts", "Buildings and cultural heritage"
        ),
        "analysis_tourism": QCoreApplication.translate("ScopeTexts", "Tourism figures"),
        "analysis_movement_parking": QCoreApplication.translate(
            "ScopeTexts", "Movement and parking"
        ),
    }


def progress_texts() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("ScopeTexts", "Not started"),
        "started": QCoreApplication.translate("ScopeTexts", "Started"),
        "complete": QCoreApplication.translate("ScopeTexts", "Complete"),
    }
