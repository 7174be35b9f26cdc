"""File → Print (Ctrl+P) prints what the page is about."""

from __future__ import annotations


def test_print_follows_the_page(window) -> None:  # type: ignore[no-untyped-def]
    started: list[tuple[str, object]] = []
    exports = window.workspace.exports
    exports.print_actor_map = lambda: started.append(("actors", None))
    exports.print_trial_report = lambda uuid=None: started.append(("report", uuid))
    window.print_charter = lambda: started.append(("charter", None))
    window.print_handout = lambda uuid: started.append(("handout", uuid))
    print_action = window.actions_["print"]

    for page in ("scope", "actors", "trials", "meetings", "overview"):
        window.workspace.show_page(page)
        print_action.trigger()
    trial = window.workspace.trials.list.selected_uuid()
    meeting = window.workspace.meetings.current_meeting()
    assert started == [
        ("charter", None),
        ("actors", None),
        ("report", trial),
        ("handout", meeting),
        ("handout", None),
    ]
