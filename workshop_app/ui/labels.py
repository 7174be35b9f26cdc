"""Translated labels for PDFs: exports get their words from here, never translate themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from workshop_app.domain.methods import load_catalogue
from workshop_app.domain.scope import MUNICIPAL_ROLES, TRIGGERS
from workshop_app.export.actor_map import ActorMapLabels
from workshop_app.export.charter import CharterLabels
from workshop_app.export.meeting_labels import MeetingLabels
from workshop_app.export.trial_card import TrialCardLabels
from workshop_app.export.trial_report import TrialReportLabels
from workshop_app.ui.actors import texts
from workshop_app.ui.i18n import lower_first
from workshop_app.ui.meetings import texts as meeting_texts
from workshop_app.ui.scope import texts as scope_texts
from workshop_app.ui.trials import texts as trial_texts


def _shared(*names: str) -> dict[str, Any]:
    """The words every document says alike, once for all of them (one English source text,
    one translation): page numbers, dates with the current locale's month names, an untitled
    project, totals and amounts in kind, the personal-data mark, the print date, the number
    separators of the current locale. ``names``: the ones a document's labels have."""
    locale = QLocale()
    words = {
        "page_of": QCoreApplication.translate("DocumentLabels", "Page {page} of {pages}"),
        "date_format": QCoreApplication.translate("DocumentLabels", "{day} {month} {year}"),
        "months": tuple(locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)),
        "untitled": QCoreApplication.translate("DocumentLabels", "Untitled project"),
        "printed": QCoreApplication.translate("DocumentLabels", "Printed {date}"),
        "personal_data": QCoreApplication.translate("DocumentLabels", "Contains personal data"),
        "total": QCoreApplication.translate("DocumentLabels", "Total"),
        "in_kind": QCoreApplication.translate("DocumentLabels", "in kind"),
        "not_set": QCoreApplication.translate("DocumentLabels", "Not set"),
        "thousands_sep": locale.groupSeparator(),
        "decimal_sep": locale.decimalPoint(),
    }
    return {name: words[name] for name in names}


def meeting_labels() -> MeetingLabels:
    """The words of the handout and the run-sheet (one vocabulary for both); the month names
    come from the current locale."""
    # The attendance grid's rows and columns: the words of the meetings page.
    attendance: dict[str, Any] = {**trial_texts.age_band_labels(), **meeting_texts.group_labels()}
    return MeetingLabels(
        **_shared(
            "not_set", "total", "page_of", "printed", "date_format", "personal_data", "months"
        ),
        purpose=QCoreApplication.translate("HandoutLabels", "Purpose"),
        date=QCoreApplication.translate("HandoutLabels", "Date"),
        time=QCoreApplication.translate("HandoutLabels", "Time"),
        place=QCoreApplication.translate("HandoutLabels", "Place"),
        agenda=QCoreApplication.translate("HandoutLabels", "Agenda"),
        clock=QCoreApplication.translate("HandoutLabels", "Time"),
        item=QCoreApplication.translate("HandoutLabels", "Item"),
        minutes=QCoreApplication.translate("HandoutLabels", "Min."),
        method=QCoreApplication.translate("HandoutLabels", "Method"),
        responsible=QCoreApplication.translate("HandoutLabels", "Responsible"),
        no_agenda=QCoreApplication.translate("HandoutLabels", "No agenda items yet."),
        minutes_unit=QCoreApplication.translate("HandoutLabels", "min"),
        facilitators=QCoreApplication.translate("HandoutLabels", "Facilitators"),
        citizens=QCoreApplication.translate("HandoutLabels", "Citizens"),
        age=QCoreApplication.translate("HandoutLabels", "Age"),
        document_title=QCoreApplication.translate("HandoutLabels", "Handout"),
        extra_note=QCoreApplication.translate(
            "HandoutLabels", "(+N): minutes added during the meeting."
        ),
        attendance=QCoreApplication.translate("HandoutLabels", "Who came"),
        organisations=QCoreApplication.translate("HandoutLabels", "Organisations present: {count}"),
        citizens_counted=QCoreApplication.translate("HandoutLabels", "Citizens counted: {count}"),
        no_attendance=QCoreApplication.translate("HandoutLabels", "Attendance was not recorded."),
        outcome=QCoreApplication.translate("HandoutLabels", "What came out"),
        ideas=QCoreApplication.translate("HandoutLabels", "Ideas and votes"),
        idea=QCoreApplication.translate("HandoutLabels", "Idea"),
        votes=QCoreApplication.translate("HandoutLabels", "Votes"),
        decisions=QCoreApplication.translate("HandoutLabels", "Decisions"),
        actions=QCoreApplication.translate("HandoutLabels", "Action items"),
        what=QCoreApplication.translate("HandoutLabels", "What"),
        who=QCoreApplication.translate("HandoutLabels", "Who"),
        due=QCoreApplication.translate("HandoutLabels", "By when"),
        done=QCoreApplication.translate("HandoutLabels", "Done"),
        nothing_recorded=QCoreApplication.translate("HandoutLabels", "Nothing was recorded."),
        next_meeting=QCoreApplication.translate("HandoutLabels", "Next meeting"),
        no_next_meeting=QCoreApplication.translate("HandoutLabels", "Not planned yet."),
        contact=QCoreApplication.translate("HandoutLabels", "Contact"),
        contact_line=QCoreApplication.translate("HandoutLabels", "{project}, {municipality}"),
        runsheet_title=QCoreApplication.translate("RunsheetLabels", "Run-sheet"),
        facilitators_copy=QCoreApplication.translate("RunsheetLabels", "Facilitator's copy"),
        materials=QCoreApplication.translate("RunsheetLabels", "Materials"),
        notes=QCoreApplication.translate("RunsheetLabels", "Notes"),
        bring=QCoreApplication.translate("RunsheetLabels", "Materials to bring"),
        checklist=QCoreApplication.translate("RunsheetLabels", "Attendance: invited actors"),
        present=QCoreApplication.translate("RunsheetLabels", "Here"),
        organisation=QCoreApplication.translate("RunsheetLabels", "Organisation"),
        contact_person=QCoreApplication.translate("RunsheetLabels", "Contact person"),
        no_actors=QCoreApplication.translate("RunsheetLabels", "The actor register is empty."),
        tally=QCoreApplication.translate(
            "RunsheetLabels", "Citizens present (count into the grid)"
        ),
        **attendance,
    )


# The handout's labels are the meeting documents' labels.
handout_labels = meeting_labels


def charter_labels() -> CharterLabels:
    """The charter's fixed texts in the current language; the thousands separator and the
    month names come from the current locale (set with the language)."""
    choices = scope_texts.choice_labels()
    return CharterLabels(
        **_shared(
            "page_of", "untitled", "in_kind", "total", "months", "date_format", "thousands_sep"
        ),
        document_title=QCoreApplication.translate("CharterLabels", "Charter"),
        version=QCoreApplication.translate("CharterLabels", "Draft, version of {date}"),
        town=QCoreApplication.translate("CharterLabels", "Town"),
        municipality=QCoreApplication.translate("CharterLabels", "Municipality"),
        period=QCoreApplication.translate("CharterLabels", "Period"),
        facilitators=QCoreApplication.translate("CharterLabels", "Facilitators"),
        empty_scope=QCoreApplication.translate(
            "CharterLabels",
            "The scope of the collaboration has not been written yet. "
            "It is filled in on the page “Start-up and scope”.",
        ),
        not_decided=QCoreApplication.translate("CharterLabels", "Not decided yet"),
        not_assessed=QCoreApplication.translate("CharterLabels", "Not assessed yet"),
        no_earlier_plans=QCoreApplication.translate(
            "CharterLabels", "There are no earlier plans or collaborations to build on."
        ),
        of_which_in_kind=QCoreApplication.translate("CharterLabels", "of which {amount} in kind"),
        # One vocabulary: the charter names sections, fields, columns and choices with the words
        # of the page "Start-up and scope" (ui/scope/texts.py), not with copies of its own.
        sections=scope_texts.section_titles(),
        fields=_charter_fields(),
        triggers={k: lower_first(choices[k]) for k in TRIGGERS},  # "Triggers: falling turnover, …"
        knowledge_questions=scope_texts.knowledge_questions(),
        knowledge_status={k: choices[k] for k in ("known", "needs_analysis", "not_relevant")},
        political_models={k: choices[k] for k in ("a", "b")},
        roles={k: choices[k] for k in MUNICIPAL_ROLES},
        formality={
            k: choices[k] for k in ("informal_network", "project_organisation", "association")
        },
        lead={k: choices[k] for k in ("public", "private", "shared")},
        constraint_kinds={k: choices[k] for k in ("deadline", "budget_ceiling", "legal", "other")},
        money_kinds={k: choices[k] for k in ("operating", "project")},
        money_totals={
            "operating": QCoreApplication.translate("CharterLabels", "Total operating money"),
            "project": QCoreApplication.translate("CharterLabels", "Total project money"),
            "": QCoreApplication.translate("CharterLabels", "Total, type not decided"),
        },
        how_far={k: choices[k] for k in ("idea", "plan", "partly_done", "done", "stopped")},
    )


def _charter_fields() -> dict[str, str]:
    """The charter's field labels: the scope page's fields, list titles and column headings
    ("milestones.date" is the column "date" of the list "milestones")."""
    fields = dict(scope_texts.field_labels())
    fields.update(scope_texts.list_titles())
    for name, columns in scope_texts.column_labels().items():
        fields.update({f"{name}.{key}": label for key, label in columns.items()})
    fields["not_relevant"] = QCoreApplication.translate("CharterLabels", "Judged not relevant")
    return fields


def actor_map_labels() -> ActorMapLabels:
    """The actor map's fixed texts in the current language; category, quadrant and other names
    are the register's own (ui/actors/texts.py), method titles come from the method catalogue in
    the current locale's language."""
    lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"
    fields = texts.field_labels()
    return ActorMapLabels(
        **_shared("page_of", "untitled", "personal_data", "months", "date_format"),
        document_title=QCoreApplication.translate("ActorMapLabels", "Actor map"),
        status=QCoreApplication.translate("ActorMapLabels", "Status as of {date}"),
        unnamed=QCoreApplication.translate("ActorMapLabels", "(no name)"),
        actor_count=QCoreApplication.translate("ActorMapLabels", "Actors on the map: {count}"),
        personal_data_note=QCoreApplication.translate(
            "ActorMapLabels",
            "This version contains personal data (contact persons and contact details). "
            "Keep it safe and do not pass it on.",
        ),
        empty_map=QCoreApplication.translate(
            "ActorMapLabels",
            "No actors are on the map yet. Actors are added on the page “2 Actors”; the map, "
            "the register and the engagement plan follow from them.",
        ),
        influence=fields["influence"],
        interest=fields["interest"],
        low=QCoreApplication.translate("ActorMapLabels", "low"),
        high=QCoreApplication.translate("ActorMapLabels", "high"),
        legend_categories=QCoreApplication.translate("ActorMapLabels", "Categories"),
        legend_attitude=QCoreApplication.translate("ActorMapLabels", "Attitude (outline)"),
        legend_relations=QCoreApplication.translate("ActorMapLabels", "Relations"),
        register=QCoreApplication.translate("ActorMapLabels", "Actor register"),
        number=QCoreApplication.translate("ActorMapLabels", "No."),
        name=fields["name"],
        category=fields["category"],
        attitude=fields["attitude"],
        involvement=QCoreApplication.translate("ActorMapLabels", "Involvement now → wanted"),
        role=QCoreApplication.translate("ActorMapLabels", "Role"),
        next_step=fields["next_step"],
        contact=fields["person_name"],
        plan=QCoreApplication.translate("ActorMapLabels", "Engagement plan"),
        plan_actor=QCoreApplication.translate("ActorMapLabels", "Actor"),
        method=QCoreApplication.translate("ActorMapLabels", "Method"),
        when=QCoreApplication.translate("ActorMapLabels", "When"),
        responsible=QCoreApplication.translate("ActorMapLabels", "Responsible"),
        note=QCoreApplication.translate("ActorMapLabels", "Note"),
        empty_plan=QCoreApplication.translate("ActorMapLabels", "The engagement plan is empty."),
        checks=QCoreApplication.translate("ActorMapLabels", "Checks"),
        missing_groups=QCoreApplication.translate("ActorMapLabels", "Missing key groups: {groups}"),
        high_without_step=QCoreApplication.translate(
            "ActorMapLabels", "High influence without a next step: {actors}"
        ),
        not_placed=QCoreApplication.translate(
            "ActorMapLabels",
            "Not yet placed on the grid (influence or interest not rated): {actors}",
        ),
        no_gaps=QCoreApplication.translate(
            "ActorMapLabels",
            "All key groups are on the map, and every actor with high influence has a next step.",
        ),
        categories=texts.category_labels(),
        quadrants=texts.quadrant_labels(),
        relation_kinds=texts.relation_kind_labels(),
        attitudes=texts.attitude_labels(),
        involvement_levels=texts.involvement_labels(),
        org_roles=texts.org_role_labels(),
        methods={key: card.name for key, card in load_catalogue(lang).items()},
    )


def _trial_common() -> dict[str, Any]:
    """What the test card and the test report share: words of ui/trials/texts.py, month names
    and number separators of the current locale, and the few texts of their own."""
    return {
        **_shared(
            "page_of",
            "untitled",
            "printed",
            "in_kind",
            "total",
            "not_set",
            "thousands_sep",
            "decimal_sep",
            "months",
            "date_format",
        ),
        "untitled_test": QCoreApplication.translate("TrialReportLabels", "(untitled test)"),
        "untitled_idea": QCoreApplication.translate("TrialReportLabels", "(untitled idea)"),
        "no_tests": QCoreApplication.translate(
            "TrialReportLabels",
            "The project has no tests yet. Tests are planned on the page “3 Tests”.",
        ),
        "hypothesis": QCoreApplication.translate("TrialReportLabels", "Hypothesis"),
        "hypothesis_sentence": QCoreApplication.translate(
            "TrialReportLabels",
            "We believe that {we_believe} will {will}. We will see it when {we_will_see}.",
        ),
        "blank": QCoreApplication.translate("TrialReportLabels", "…"),
        "period": QCoreApplication.translate("TrialReportLabels", "{start} – {end}"),
        "version": QCoreApplication.translate("TrialReportLabels", "Version {number}"),
        "from_date": QCoreApplication.translate("TrialReportLabels", "from {date}"),
        "until_date": QCoreApplication.translate("TrialReportLabels", "until {date}"),
        "amount": QCoreApplication.translate("TrialReportLabels", "{amount} DKK"),
        "of_which_in_kind": QCoreApplication.translate(
            "TrialReportLabels", "plus {amount} in kind"
        ),
        "fields": trial_texts.trial_field_labels(),
        "trial_types": trial_texts.trial_type_labels(),
        "statuses": trial_texts.status_labels(),
        "permit_kinds": trial_texts.permit_kind_labels(),
        "weather": trial_texts.weather_labels(),
        "phases": trial_texts.phase_labels(),
        "modes": trial_texts.mode_labels(),
        "activities": trial_texts.activity_labels(),
        "age_bands": trial_texts.age_band_labels(),
        "sentiments": trial_texts.sentiment_labels(),
        "respondent_groups": trial_texts.respondent_group_labels(),
        "decision_kinds": trial_texts.decision_kind_labels(),
    }


def trial_card_labels() -> TrialCardLabels:
    """The test card's fixed texts in the current language."""
    return TrialCardLabels(
        **_trial_common(),
        document_title=QCoreApplication.translate("TrialReportLabels", "Test card"),
        idea=QCoreApplication.translate("TrialReportLabels", "The idea"),
        no_idea=QCoreApplication.translate("TrialReportLabels", "No idea linked."),
        permit=QCoreApplication.translate("TrialReportLabels", "Permit"),
        needed=QCoreApplication.translate("TrialReportLabels", "Needed"),
        applied=QCoreApplication.translate("TrialReportLabels", "Applied"),
        granted=QCoreApplication.translate("TrialReportLabels", "Granted"),
        by_whom=QCoreApplication.translate("TrialReportLabels", "By whom, when"),
        no_permits=QCoreApplication.translate("TrialReportLabels", "No permits registered."),
        marks=QCoreApplication.translate("TrialReportLabels", "✓ yes   ✗ no   ? not known"),
        no_budget=QCoreApplication.translate("TrialReportLabels", "No budget lines."),
        more_lines=QCoreApplication.translate("TrialReportLabels", "… and {count} more"),
    )


def trial_report_labels() -> TrialReportLabels:
    """The test report's fixed texts in the current language."""
    return TrialReportLabels(
        **_trial_common(),
        document_title=QCoreApplication.translate("TrialReportLabels", "Test report"),
        status_of=QCoreApplication.translate("TrialReportLabels", "Status as of {date}"),
        overview=QCoreApplication.translate("TrialReportLabels", "Tests in this report"),
        test=QCoreApplication.translate("TrialReportLabels", "Test"),
        at_a_glance=QCoreApplication.translate("TrialReportLabels", "At a glance"),
        plan=QCoreApplication.translate("TrialReportLabels", "Plan"),
        status_history=QCoreApplication.translate("TrialReportLabels", "Status history"),
        evidence=QCoreApplication.translate("TrialReportLabels", "Evidence"),
        passing_chart=QCoreApplication.translate(
            "TrialReportLabels", "People passing per hour, by how they move"
        ),
        staying_chart=QCoreApplication.translate(
            "TrialReportLabels", "People staying per hour, by what they do"
        ),
        sentiment_chart=QCoreApplication.translate("TrialReportLabels", "Feedback by sentiment"),
        themes_chart=QCoreApplication.translate("TrialReportLabels", "Top themes"),
        quotes=QCoreApplication.translate("TrialReportLabels", "Quotes"),
        sessions=QCoreApplication.translate("TrialReportLabels", "Count sessions"),
        date=QCoreApplication.translate("TrialReportLabels", "Date"),
        time=QCoreApplication.translate("TrialReportLabels", "Time"),
        phase=QCoreApplication.translate("TrialReportLabels", "Phase"),
        weather_column=QCoreApplication.translate("TrialReportLabels", "Weather"),
        place=QCoreApplication.translate("TrialReportLabels", "Place"),
        passing=QCoreApplication.translate("TrialReportLabels", "Passing"),
        per_hour=QCoreApplication.translate("TrialReportLabels", "Per hour"),
        staying=QCoreApplication.translate("TrialReportLabels", "Staying"),
        not_counted=QCoreApplication.translate("TrialReportLabels", "not counted"),
        no_sentiment=QCoreApplication.translate("TrialReportLabels", "Not given"),
        no_counts=QCoreApplication.translate("TrialReportLabels", "No counts yet."),
        no_feedback=QCoreApplication.translate("TrialReportLabels", "No feedback yet."),
        no_themes=QCoreApplication.translate("TrialReportLabels", "No themes tagged yet."),
        share=QCoreApplication.translate("TrialReportLabels", "{count} · {percent} %"),
        decisions=QCoreApplication.translate("TrialReportLabels", "Decisions"),
        no_decisions=QCoreApplication.translate("TrialReportLabels", "No decision yet."),
        rests_on=QCoreApplication.translate("TrialReportLabels", "Rests on: {evidence}"),
        no_evidence=QCoreApplication.translate("TrialReportLabels", "No evidence cited."),
        evidence_count=QCoreApplication.translate("TrialReportLabels", "count {date} ({phase})"),
        evidence_feedback_one=QCoreApplication.translate(
            "TrialReportLabels", "1 piece of feedback ({sentiments})"
        ),
        evidence_feedback=QCoreApplication.translate(
            "TrialReportLabels", "{count} pieces of feedback ({sentiments})"
        ),
        lineage=QCoreApplication.translate("TrialReportLabels", "Lineage"),
        version_of=QCoreApplication.translate(
            "TrialReportLabels", "Version {number} of “{title}”."
        ),
        first_version=QCoreApplication.translate("TrialReportLabels", "First version."),
        retested_in=QCoreApplication.translate(
            "TrialReportLabels", "Tested again as version {number} ({status})."
        ),
        spawned_ideas=QCoreApplication.translate("TrialReportLabels", "Spawned ideas: {ideas}."),
        from_idea=QCoreApplication.translate("TrialReportLabels", "Tests the idea “{idea}”."),
        verdict_passing_more=QCoreApplication.translate(
            "TrialReportLabels",
            "During the test {percent} % more people passed per hour than before "
            "({during} against {before}).",
        ),
        verdict_passing_fewer=QCoreApplication.translate(
            "TrialReportLabels",
            "During the test {percent} % fewer people passed per hour than before "
            "({during} against {before}).",
        ),
        verdict_passing_same=QCoreApplication.translate(
            "TrialReportLabels",
            "During the test as many people passed per hour as before ({during}).",
        ),
        verdict_staying_more=QCoreApplication.translate(
            "TrialReportLabels",
            "{percent} % more people stayed per hour ({during} against {before}).",
        ),
        verdict_staying_fewer=QCoreApplication.translate(
            "TrialReportLabels",
            "{percent} % fewer people stayed per hour ({during} against {before}).",
        ),
        verdict_staying_same=QCoreApplication.translate(
            "TrialReportLabels", "As many people stayed per hour as before ({during})."
        ),
        verdict_no_compare=QCoreApplication.translate(
            "TrialReportLabels", "There are no counts both before and during the test yet."
        ),
        verdict_one_phase=QCoreApplication.translate(
            "TrialReportLabels",
            "Counted only in the phase “{phase}” so far: {passing} people passed and {staying} "
            "stayed per hour.",
        ),
        verdict_feedback=QCoreApplication.translate(
            "TrialReportLabels", "{positive} of {total} reactions positive, {negative} negative."
        ),
        quoted=QCoreApplication.translate("TrialReportLabels", "“{text}”"),
        sentiment_counts={
            "positive": QCoreApplication.translate("TrialReportLabels", "{count} positive"),
            "positive_one": QCoreApplication.translate("TrialReportLabels", "1 positive"),
            "neutral": QCoreApplication.translate("TrialReportLabels", "{count} neutral"),
            "neutral_one": QCoreApplication.translate("TrialReportLabels", "1 neutral"),
            "negative": QCoreApplication.translate("TrialReportLabels", "{count} negative"),
            "negative_one": QCoreApplication.translate("TrialReportLabels", "1 negative"),
        },
        verdict_feedback_one=QCoreApplication.translate(
            "TrialReportLabels", "{positive} of {total} reactions positive, 1 negative."
        ),
        verdict_decision=QCoreApplication.translate(
            "TrialReportLabels", "Decision {date}: {kind}."
        ),
    )
