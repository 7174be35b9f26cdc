"""Every text of the actor register a person reads, translated: column names, choices, labels.

The domain declares keys only (workshop_app/domain/actors.py, vocabulary.py); this module gives
them words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_labels() -> dict[str, str]:
    return {
        "municipal_administration": QCoreApplication.translate(
            "ActorTexts", "Municipal administration"
        ),
        "politicians": QCoreApplication.translate("ActorTexts", "Politicians"),
        "merchants_association": QCoreApplication.translate("ActorTexts", "Merchants' association"),
        "citizens_association": QCoreApplication.translate("ActorTexts", "Citizens' association"),
        "business_council": QCoreApplication.translate("ActorTexts", "Business council"),
        "shops": QCoreApplication.translate("ActorTexts", "Shops"),
        "food_and_hotels": QCoreApplication.translate(
            "ActorTexts", "Cafés, restaurants and hotels"
        ),
        "services": QCoreApplication.translate("ActorTexts", "Service businesses"),
        "property_owners": QCoreApplication.translate("ActorTexts", "Property owners"),
        "culture_leisure": QCoreApplication.translate("ActorTexts", "Culture and leisure"),
        "education": QCoreApplication.translate("ActorTexts", "Schools and colleges"),
        "young_people": QCoreApplication.translate("ActorTexts", "Young people"),
        "seniors": QCoreApplication.translate("ActorTexts", "Seniors"),
        "unorganised_citizens": QCoreApplication.translate("ActorTexts", "Unorganised citizens"),
        "city_manager": QCoreApplication.translate("ActorTexts", "City manager"),
        "tourism": QCoreApplication.translate("ActorTexts", "Tourism and destination"),
        "business_promotion": QCoreApplication.translate("ActorTexts", "Business promotion"),
        "local_media": QCoreApplication.translate("ActorTexts", "Local media"),
        "housing_associations": QCoreApplication.translate("ActorTexts", "Housing associations"),
        "premises_seekers": QCoreApplication.translate("ActorTexts", "Seekers of premises"),
        "other": QCoreApplication.translate("ActorTexts", "Other"),
    }


def involvement_labels() -> dict[str, str]:
    return {
        "inform": QCoreApplication.translate("ActorTexts", "Inform"),
        "consult": QCoreApplication.translate("ActorTexts", "Consult"),
        "involve": QCoreApplication.translate("ActorTexts", "Involve"),
        "collaborate": QCoreApplication.translate("ActorTexts", "Collaborate"),
        "co_decide": QCoreApplication.translate("ActorTexts", "Co-decide"),
    }


def attitude_labels() -> dict[int, str]:
    return {
        -2: QCoreApplication.translate("ActorTexts", "−2 against"),
        -1: QCoreApplication.translate("ActorTexts", "−1 sceptical"),
        0: QCoreApplication.translate("ActorTexts", "0 neutral"),
        1: QCoreApplication.translate("ActorTexts", "+1 positive"),
        2: QCoreApplication.translate("ActorTexts", "+2 for"),
    }


def org_role_labels() -> dict[str, str]:
    return {
        "steering_group": QCoreApplication.translate("ActorTexts", "Steering group"),
        "working_group": QCoreApplication.translate("ActorTexts", "Working group"),
        "reference_group": QCoreApplication.translate("ActorTexts", "Reference group"),
        "ad_hoc": QCoreApplication.translate("ActorTexts", "Ad hoc"),
        "none": QCoreApplication.translate("ActorTexts", "No role"),
    }


def can_bring_labels() -> dict[str, str]:
    return {
        "money": QCoreApplication.translate("ActorTexts", "Money"),
        "premises": QCoreApplication.translate("ActorTexts", "Premises"),
        "time": QCoreApplication.translate("ActorTexts", "Time"),
        "knowledge": QCoreApplication.translate("ActorTexts", "Knowledge"),
        "network": QCoreApplication.translate("ActorTexts", "Network"),
    }


def owner_residence_labels() -> dict[str, str]:
    return {
        "local": QCoreApplication.translate("ActorTexts", "Local owner"),
        "lives_elsewhere": QCoreApplication.translate("ActorTexts", "Lives elsewhere"),
    }


def owner_kind_labels() -> dict[str, str]:
    return {
        "fund": QCoreApplication.translate("ActorTexts", "Fund"),
        "company": QCoreApplication.translate("ActorTexts", "Company"),
        "family": QCoreApplication.translate("ActorTexts", "Family or private person"),
    }


def field_labels() -> dict[str, str]:
    """The name of every actor field (column headers, form labels, undo texts)."""
    return {
        "name": QCoreApplication.translate("ActorTexts", "Name"),
        "person_name": QCoreApplication.translate("ActorTexts", "Contact person"),
        "category": QCoreApplication.translate("ActorTexts", "Category"),
        "owner_residence": QCoreApplication.translate("ActorTexts", "Owner lives"),
        "owner_kind": QCoreApplication.translate("ActorTexts", "Kind of owner"),
        "influence": QCoreApplication.translate("ActorTexts", "Influence"),
        "interest": QCoreApplication.translate("ActorTexts", "Interest"),
        "attitude": QCoreApplication.translate("ActorTexts", "Attitude"),
        "involvement_now": QCoreApplication.translate("ActorTexts", "Involvement now"),
        "involvement_wanted": QCoreApplication.translate("ActorTexts", "Involvement wanted"),
        "motivation": QCoreApplication.translate("ActorTexts", "Motivation"),
        "can_bring": QCoreApplication.translate("ActorTexts", "Can bring"),
        "org_role": QCoreApplication.translate("ActorTexts", "Role in organisation"),
        "next_step": QCoreApplication.translate("ActorTexts", "Next step"),
        "next_step_date": QCoreApplication.translate("ActorTexts", "Next step date"),
        "notes": QCoreApplication.translate("ActorTexts", "Notes"),
        "contact": QCoreApplication.translate("ActorTexts", "Contact details"),
    }


def new_actor_name() -> str:
    return QCoreApplication.translate("ActorTexts", "New actor")


def copy_name(name: str) -> str:
    return QCoreApplication.translate("ActorTexts", "{0} (copy)").format(name)


def quadrant_labels() -> dict[str, str]:
    """The four quadrants of the power/interest grid (keys: ``domain.actors.QUADRANTS``)."""
    return {
        "manage_closely": QCoreApplication.translate("ActorTexts", "Manage closely"),
        "keep_satisfied": QCoreApplication.translate("ActorTexts", "Keep satisfied"),
        "keep_informed": QCoreApplication.translate("ActorTexts", "Keep informed"),
        "monitor": QCoreApplication.translate("ActorTexts", "Monitor"),
    }


def relation_kind_labels() -> dict[str, str]:
    return {
        "cooperation": QCoreApplication.translate("ActorTexts", "Cooperation"),
        "conflict": QCoreApplication.translate("ActorTexts", "Conflict"),
        "dependency": QCoreApplication.translate("ActorTexts", "Dependency"),
    }
