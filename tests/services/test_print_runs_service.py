"""The print suite's data below the UI (issue 14): print runs of numbered feedback cards and the
paper round trip, the print look and the privacy notice through the project-field path, and
what deleting personal data does to the privacy notice."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop_app.domain.print_runs import CardRun, next_free_card, round_trip
from workshop_app.domain.trials import Feedback
from workshop_app.errors import ErrorKind, KnownError
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.demo_data.ids import _id
from workshop_app.services.project_service import ProjectService, check_file, open_project

TODAY = dt.date(2027, 3, 1)
RUNNING = _id("trial/living_room_2")
OTHER = _id("trial/carfree")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def refused(call: Callable[..., object], *args: object) -> str:
    with pytest.raises(KnownError) as info:
        call(*args)
    assert info.value.kind is ErrorKind.BAD_INPUT
    return str(info.value.details["problem"])


def reopened(service: ProjectService) -> ProjectService:
    path = service.path
    service.close()
    return open_project(path)


# -- the pure functions ------------------------------------------------------------------------


def _run(first: int, last: int, trial: str = "t") -> CardRun:
    return CardRun(f"r{first}", trial, first, last, dt.datetime(2027, 3, 1, 9))


def _cards(*numbers: int, trial: str = "t") -> list[Feedback]:
    return [Feedback(f"f{i}", trial, card_number=n) for i, n in enumerate(numbers)]


def test_round_trip_names_missing_duplicate_and_unprinted_cards() -> None:
    runs = [_run(1, 10), _run(11, 12), _run(20, 22), _run(1, 99, trial="other")]
    trip = round_trip(runs, _cards(1, 2, 3, 3, 5, 12, 30), "t")
    assert trip.printed == ((1, 12), (20, 22))  # adjoining runs read as one range
    assert trip.printed_count == 15
    assert trip.entered_count == 7
    assert trip.missing == (4, 6, 7, 8, 9, 10, 11, 20, 21, 22)
    assert trip.duplicates == (3,)
    assert trip.unprinted == (30,)


def test_next_free_card_is_above_every_printed_and_entered_number() -> None:
    assert next_free_card([], [], "t") == 1
    assert next_free_card([_run(1, 48)], _cards(3), "t") == 49
    assert next_free_card([_run(1, 48)], _cards(60), "t") == 61
    assert next_free_card([_run(1, 48, trial="other")], [], "t") == 1


# -- print runs --------------------------------------------------------------------------------


def test_the_demo_has_one_printed_run_on_the_running_test(demo_service: ProjectService) -> None:
    (run,) = demo_service.card_runs(RUNNING)
    assert (run.first, run.last) == (1, 48)
    trip = demo_service.round_trip(RUNNING)
    assert trip.printed == ((1, 48),)
    assert trip.entered_count == 6
    assert trip.missing[:3] == (7, 8, 9) and len(trip.missing) == 42
    assert demo_service.next_free_card(RUNNING) == 49
    assert demo_service.next_card_number(RUNNING) == 49  # a typed-in card's default


def test_a_run_is_recorded_kept_and_undone(demo_service: ProjectService) -> None:
    run = demo_service.record_card_run(RUNNING, 49, 24)
    assert (run.first, run.last) == (49, 72)
    service = reopened(demo_service)
    try:
        assert [r.uuid for r in service.card_runs(RUNNING)][-1] == run.uuid
        assert service.round_trip(RUNNING).printed == ((1, 72),)
        assert service.delete_card_run(run.uuid).trials
        assert [(r.first, r.last) for r in service.card_runs(RUNNING)] == [(1, 48)]
        service.restore_card_run(run)  # the undo of the delete
        assert service.card_runs(RUNNING)[-1] == run
    finally:
        service.close()


def test_overlapping_numbers_within_a_test_are_refused(demo_service: ProjectService) -> None:
    problem = refused(demo_service.record_card_run, RUNNING, 40, 20)
    assert "overlap cards 1–48" in problem and "next free number is 49" in problem
    demo_service.record_card_run(OTHER, 1, 48)  # another test has numbers of its own
    assert refused(demo_service.record_card_run, RUNNING, 0, 4).startswith("first card number")
    assert refused(demo_service.record_card_run, RUNNING, 49, 0).startswith("number of cards")
    assert "no test" in refused(demo_service.record_card_run, _id("nothing"), 1, 4)


def test_deleting_a_test_and_undoing_it_brings_its_runs_back(
    demo_service: ProjectService,
) -> None:
    before = demo_service.trial_book()
    dependents = demo_service.trial_dependents(RUNNING)
    assert [r.last for r in dependents.card_runs] == [48]
    demo_service.delete_trial(RUNNING)
    assert demo_service.card_runs(RUNNING) == ()
    d = dependents
    demo_service.restore_trial(
        d.trial, d.counts, d.feedback, d.decisions, d.versions, d.spawned, d.citations, d.card_runs
    )
    assert demo_service.trial_book() == before


# -- the print look and the privacy notice -----------------------------------------------------


def test_print_fields_go_through_the_project_field_path(demo_service: ProjectService) -> None:
    service = demo_service
    assert service.set_project_field("logo", PNG).project
    service.set_project_field("accent", "#1F3A5F")
    service.set_project_field("privacy_controller", "Egeby Kommune")
    service.set_project_field("privacy_purpose", "Referat til deltagerne")
    service.set_project_field("privacy_contact", "Anne Holm, 12 34 56 78")
    service.set_project_field("privacy_keep_until", dt.date(2027, 12, 31))
    service = reopened(service)
    try:
        project = service.project()
        assert project.logo == PNG and project.accent == "#1f3a5f"
        assert project.privacy_contact == "Anne Holm, 12 34 56 78"
        assert project.privacy_keep_until == dt.date(2027, 12, 31)
        service.set_project_field("logo", JPEG)
        assert service.project().logo == JPEG
        service.set_project_field("logo", None)
        assert service.project().logo is None
    finally:
        service.close()


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("logo", b"GIF89a" + b"\x00" * 10, "logo: must be a PNG or JPEG image"),
        ("logo", PNG + b"\x00" * 1_000_000, "logo: must be at most 1 MB"),
        ("logo", "not bytes", "logo: must be a PNG or JPEG image"),
        ("accent", "red", 'accent: must be a colour written "#rrggbb"'),
        ("accent", "#12345", 'accent: must be a colour written "#rrggbb"'),
        ("privacy_contact", "a\x00b", "privacy_contact: must not contain control characters"),
        ("privacy_keep_until", "2027-12-31", "privacy_keep_until: must be a date"),
    ],
)
def test_bad_print_values_are_refused_with_a_clear_message(
    demo_service: ProjectService, field: str, value: object, words: str
) -> None:
    assert refused(demo_service.set_project_field, field, value).startswith(words)


def test_the_privacy_notice_names_are_personal_data(demo_service: ProjectService) -> None:
    demo_service.set_project_field("privacy_controller", "Borgmester Jens Hansen")
    demo_service.set_project_field("privacy_contact", "jens@egeby.dk")
    demo_service.set_project_field("privacy_purpose", "Referat")
    found = demo_service.personal_data()
    assert found.privacy_notice == (("Borgmester Jens Hansen", "jens@egeby.dk"),)
    assert "privacy notice contact" in found.describe()
    demo_service.delete_all_personal_data()
    project = demo_service.project()
    assert (project.privacy_controller, project.privacy_contact) == ("", "")
    assert project.privacy_purpose == "Referat"  # not a person
    assert demo_service.personal_data().privacy_notice == ()


def test_the_project_check_finds_overlapping_runs_written_by_another_tool(
    demo_file: Path,
) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_file)
    with conn:
        conn.execute(
            "INSERT INTO card_run VALUES (?, ?, 40, 60, '2027-02-27T10:00:00')",
            [_id("card_run/overlap"), RUNNING],
        )
    conn.close()
    with pytest.raises(KnownError) as info:
        check_file(demo_file)
    assert "overlap the run 1–48" in str(info.value.details.get("where"))


def test_a_copy_of_the_demo_snapshot_round_trips_its_print_fields(tmp_path: Path) -> None:
    from workshop_app.services.project_service import create_project

    demo = demo_snapshot(TODAY)
    project = dataclasses.replace(
        demo.project, logo=PNG, accent="#2e5e3a", privacy_keep_until=dt.date(2028, 1, 1)
    )
    snapshot = dataclasses.replace(demo, project=project)
    service = create_project(tmp_path / "copy.bymidte", snapshot)
    try:
        assert service.snapshot() == snapshot
    finally:
        service.close()
