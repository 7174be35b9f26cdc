"""Entry point: the GUI by default, sub-commands for headless work.

The forms below are a contract that scripts and the installer smoke test rely on::

    workshop-app [PATH]                      the GUI (start screen, or PATH opened)
    workshop-app --quit-after-startup [PATH] start, show, print startup_ms=N, exit 0
    workshop-app demo OUT                    write the demo project (never overwrites)
    workshop-app check PATH                  "ok" and exit 0, or one line on stderr and exit 2
    workshop-app export PATH --what handout --out OUT.pdf [--session UUID] [--with-names]
                                                            [--lang da|en]
    workshop-app export PATH --what runsheet --out OUT.pdf [--session UUID] [--lang da|en]
    workshop-app export PATH --what charter --out OUT.pdf [--lang da|en]
    workshop-app export PATH --what actors --out OUT.pdf [--with-names] [--lang da|en]
    workshop-app export PATH --what test-report --out OUT.pdf [--test UUID] [--lang da|en]
    workshop-app export PATH --what test-card --out OUT.pdf [--test UUID] [--lang da|en]
    workshop-app export PATH --what report --out OUT.pdf [--with-names] [--lang da|en]
    workshop-app export PATH --what forms --form KIND --out OUT.pdf [--test UUID]
                             [--session UUID] [--first N] [--count N] [--lang da|en]
    workshop-app export-json PATH OUT.json
    workshop-app import-json IN.json OUT
    workshop-app delete-personal-data PATH   blank every personal field, remove the app's copies

The actor map leaves contact persons and contact details out, the handout the meeting's
facilitators, who is responsible for an agenda item and who takes an action item;
``--with-names`` (with ``--what actors``, ``handout`` or ``report``) puts them in and marks every
page "contains personal data". The project report is everything in one document for the council
(a summary first, a table of contents, then the charter, actor map, tests and meetings held).
The run-sheet is the facilitator's copy: names are on it, and every
page says so. ``--session UUID`` picks the meeting of the handout or run-sheet (default: the
next planned one, else the latest).

The test report and the test cards (phase 3) cover every test, in the order of their family tree;
``--test UUID`` (only with those two) picks one: its report, or its one-page card.

``--what forms`` prints a blank form (``--form``: feedback-cards, counting-sheet, vote-sheet,
sign-in, large-print). Feedback cards (``--count``, default 4, numbered from ``--first``, default
the test's next free number) are recorded in the project as printed, so the command opens the
file for writing for them only; a run sharing a number with an earlier one is refused.

``delete-personal-data`` carries out a deletion request without the GUI: the same service as
File → Delete all personal data… It prints one line counting what was blanked and removed; a
file that is missing, not a project, read-only or open in the app gets one line and exit 2.

Exit codes: 0 ok, 2 a problem with the user's input or file (one line on stderr), 1 a bug.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from workshop_app import APP_NAME, LOG_NAME, __version__
from workshop_app.errors import ErrorKind, KnownError, backup_hint
from workshop_app.logtext import traceback_text

if TYPE_CHECKING:
    from workshop_app.code_cache import CodeCache
    from workshop_app.domain.model import ProjectSnapshot
    from workshop_app.export.forms import FormLabels

_IMPORT_TIME = time.time()

COMMANDS = ("demo", "check", "export", "export-json", "import-json", "delete-personal-data")
EXIT_OK, EXIT_BUG, EXIT_INPUT = 0, 1, 2

log = logging.getLogger("workshop_app")


def process_start_time() -> float:
    """Wall-clock time at which this process started (Linux: from /proc; else: our import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return time.time() - uptime + start_ticks / ticks
    except (OSError, ValueError, IndexError):
        return _IMPORT_TIME


def _lang(value: str | None) -> str:
    if value in ("da", "en"):
        return value
    env = os.environ.get("LANG", "") + os.environ.get("LANGUAGE", "")
    return "en" if env.startswith("en") and "da" not in env else "da"


def _form_kinds() -> tuple[str, ...]:
    from workshop_app.export.form_kinds import FORM_KINDS

    return FORM_KINDS


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description=f"{APP_NAME} — headless commands. Without a command the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = sub.add_parser("demo", help="write the demo project to OUT (never overwrites)")
    demo.add_argument("out", type=Path, metavar="OUT")
    check = sub.add_parser("check", help="check a project file; prints ok or the problem")
    check.add_argument("path", type=Path, metavar="PATH")
    export = sub.add_parser("export", help="write a PDF from a project")
    export.add_argument("path", type=Path, metavar="PATH")
    export.add_argument(
        "--what",
        required=True,
        choices=[
            "handout",
            "runsheet",
            "charter",
            "actors",
            "test-report",
            "test-card",
            "report",
            "forms",
        ],
        help="the document, or a blank form (forms, with --form)",
    )
    export.add_argument("--out", required=True, type=Path, metavar="OUT.pdf")
    export.add_argument(
        "--session",
        metavar="UUID",
        help="handout, runsheet, forms large-print: the meeting (default: the next planned "
        "one, else the latest); forms vote-sheet, sign-in: the meeting the sheet is for",
    )
    export.add_argument(
        "--test",
        metavar="UUID",
        help="test-report, test-card: one test (default: all tests); forms: the test "
        "(default: the first running one)",
    )
    export.add_argument("--form", choices=_form_kinds(), help="forms: which blank form")
    export.add_argument(
        "--first",
        type=int,
        metavar="N",
        help="feedback cards: the first card number (default: the test's next free one)",
    )
    export.add_argument("--count", type=int, metavar="N", help="feedback cards: how many")
    export.add_argument("--lang", choices=["da", "en"], help="language of the labels")
    export.add_argument(
        "--with-names",
        action="store_true",
        help="actors: include contact persons and contact details; handout: facilitators, "
        "responsible and who takes an action item; report: all of these (personal data)",
    )
    export_json = sub.add_parser("export-json", help="write the whole project as JSON")
    export_json.add_argument("path", type=Path, metavar="PATH")
    export_json.add_argument("out", type=Path, metavar="OUT.json")
    import_json = sub.add_parser("import-json", help="make a new project file from JSON")
    import_json.add_argument("json", type=Path, metavar="IN.json")
    import_json.add_argument("out", type=Path, metavar="OUT")
    delete = sub.add_parser(
        "delete-personal-data",
        help="blank every contact person and other personal field, and remove the backups, "
        "previews and other copies this app made of them",
    )
    delete.add_argument("path", type=Path, metavar="PATH")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-app",
        description=f"{APP_NAME}: opens the app (and PATH, if given).",
        epilog="Commands (workshop-app COMMAND --help): " + ", ".join(COMMANDS),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="a project file")
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open PATH (or the demo), print startup_ms=N once shown, and exit",
    )
    return parser


# -- commands ------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from workshop_app.services.demo import write_demo
    from workshop_app.services.outputs import check_output

    check_output(args.out, new_file=True)
    write_demo(args.out).close()
    print(args.out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from workshop_app.services.project_service import check_file, newest_good_backup

    try:
        check_file(args.path)
    except KnownError as exc:
        if exc.kind in (ErrorKind.DAMAGED, ErrorKind.INCOMPLETE, ErrorKind.UNCLEAN_READ_ONLY):
            lang = _lang(None)
            found = newest_good_backup(args.path)
            hint = backup_hint(
                found.path if found else None,
                f"{found.when.astimezone():%d-%m-%Y %H:%M}" if found else "",
                lang,
            )
            print(f"{exc.message(lang)} {hint}", file=sys.stderr)
            return EXIT_INPUT
        raise
    print("ok")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from workshop_app.services.outputs import check_output
    from workshop_app.services.project_service import open_project

    if args.with_names and args.what not in ("actors", "handout", "report"):
        raise KnownError(
            ErrorKind.BAD_INPUT,
            args.path,
            problem="--with-names is only for --what actors, handout or report.",
        )
    if args.what == "forms" or args.form:
        return _export_form(args)
    if args.session and args.what not in _MEETING_EXPORTS:
        raise KnownError(
            ErrorKind.BAD_INPUT,
            args.path,
            problem="--session is only for --what handout, runsheet or forms.",
        )
    if args.test and args.what not in _TRIAL_EXPORTS:
        raise KnownError(
            ErrorKind.BAD_INPUT,
            args.path,
            problem="--test is only for --what test-report, test-card or forms.",
        )
    if args.first is not None or args.count is not None:
        raise KnownError(
            ErrorKind.BAD_INPUT,
            args.path,
            problem="--first and --count are only for --what forms --form feedback-cards.",
        )
    check_output(args.out, source=args.path)
    service = open_project(args.path, read_only=True)
    try:
        snapshot = service.snapshot()
    finally:
        service.close()
    if args.what in _TRIAL_EXPORTS:
        return _export_trials(args, snapshot)
    if args.what == "charter":
        return _export_charter(args, snapshot)
    if args.what == "actors":
        return _export_actor_map(args, snapshot)
    if args.what == "report":
        return _export_report(args, snapshot)
    return _export_meeting(args, snapshot)


_MEETING_EXPORTS = ("handout", "runsheet")


def _export_meeting(args: argparse.Namespace, snapshot: ProjectSnapshot) -> int:
    """The handout or the run-sheet of one meeting (``--session``, else the next one)."""
    if args.session and snapshot.meeting(args.session) is None:
        raise KnownError(
            ErrorKind.BAD_INPUT, args.path, problem=f"No meeting with id {args.session}."
        )
    if not snapshot.meetings:
        raise KnownError(ErrorKind.BAD_INPUT, args.path, problem="The project has no meetings.")
    from workshop_app.ui.headless import meeting_labels_for

    labels = meeting_labels_for(_lang(args.lang))
    if args.what == "runsheet":
        from workshop_app.export.runsheet import write_runsheet

        return _write_pdf(args, lambda out: write_runsheet(snapshot, args.session, labels, out))
    from workshop_app.export.handout import write_handout

    return _write_pdf(
        args,
        lambda out: write_handout(snapshot, args.session, labels, out, with_names=args.with_names),
    )


def _write_pdf(args: argparse.Namespace, write: Callable[[BinaryIO], None]) -> int:
    """Run ``write`` into the safe output for ``--out`` (never a project; replaced atomically)."""
    from workshop_app.services.outputs import atomic_output

    with atomic_output(args.out, source=args.path) as out:
        write(out)
    print(args.out)
    return EXIT_OK


def _export_charter(args: argparse.Namespace, snapshot: ProjectSnapshot) -> int:
    from workshop_app.ui.headless import charter_labels_for

    labels = charter_labels_for(_lang(args.lang))
    from workshop_app.export.charter import write_charter

    return _write_pdf(args, lambda out: write_charter(snapshot, labels, out))


def _export_actor_map(args: argparse.Namespace, snapshot: ProjectSnapshot) -> int:
    from workshop_app.ui.headless import actor_map_labels_for

    labels = actor_map_labels_for(_lang(args.lang))
    from workshop_app.export.actor_map import write_actor_map

    return _write_pdf(
        args, lambda out: write_actor_map(snapshot, labels, out, with_names=args.with_names)
    )


def _export_report(args: argparse.Namespace, snapshot: ProjectSnapshot) -> int:
    from workshop_app.ui.headless import report_labels_for

    labels = report_labels_for(_lang(args.lang))
    from workshop_app.export.report import write_project_report

    return _write_pdf(
        args, lambda out: write_project_report(snapshot, labels, out, with_names=args.with_names)
    )


_TRIAL_EXPORTS = ("test-report", "test-card")


def _export_trials(args: argparse.Namespace, snapshot: ProjectSnapshot) -> int:
    """The test report or the test cards: one test with ``--test``, else all."""
    if args.test and snapshot.trials.trial(args.test) is None:
        raise KnownError(ErrorKind.BAD_INPUT, args.path, problem=f"No test with id {args.test}.")
    lang = _lang(args.lang)
    if args.what == "test-card":
        from workshop_app.export.trial_card import write_trial_cards
        from workshop_app.ui.headless import trial_card_labels_for

        card_labels = trial_card_labels_for(lang)
        uuids = [args.test] if args.test else None
        return _write_pdf(
            args, lambda out: write_trial_cards(snapshot, card_labels, out, trial_uuids=uuids)
        )
    from workshop_app.export.trial_report import write_trial_report
    from workshop_app.ui.headless import trial_report_labels_for

    labels = trial_report_labels_for(lang)
    return _write_pdf(
        args, lambda out: write_trial_report(snapshot, labels, out, trial_uuid=args.test)
    )


def _form_problem(args: argparse.Namespace) -> str:
    """What is wrong with the options of ``--what forms``, or ``""``."""
    from workshop_app.export.form_kinds import FEEDBACK_CARDS, MEETING_FORMS, TRIAL_FORMS

    if args.what != "forms":
        return "--form is only for --what forms."
    if not args.form:
        return "--what forms needs --form (one of: " + ", ".join(_form_kinds()) + ")."
    if args.test and args.form not in TRIAL_FORMS:
        return "--test is only for the forms " + ", ".join(TRIAL_FORMS) + "."
    if args.session and args.form not in MEETING_FORMS:
        return "--session is only for the forms " + ", ".join(MEETING_FORMS) + "."
    if (args.first is not None or args.count is not None) and args.form != FEEDBACK_CARDS:
        return "--first and --count are only for --form feedback-cards."
    if args.first is not None and args.first < 1:
        return "--first must be 1 or more."
    if args.count is not None and args.count < 1:
        return "--count must be 1 or more."
    return ""


def _export_form(args: argparse.Namespace) -> int:
    """A blank form; feedback cards are recorded in the project as printed."""
    from workshop_app.export.forms import FEEDBACK_CARDS, write_form
    from workshop_app.services.outputs import check_output
    from workshop_app.services.project_service import open_project
    from workshop_app.ui.headless import form_labels_for

    problem = _form_problem(args)
    if problem:
        raise KnownError(ErrorKind.BAD_INPUT, args.path, problem=problem)
    check_output(args.out, source=args.path)
    labels = form_labels_for(_lang(args.lang))
    cards = args.form == FEEDBACK_CARDS
    service = open_project(args.path, read_only=not cards)
    try:
        snapshot = service.snapshot()
        if not cards:
            return _write_pdf(args, lambda out: _form_pdf(args, snapshot, labels, out))
        trial, first = _card_numbers(args, snapshot)
        count = args.count or 4
        run = service.record_card_run(trial, first, count)
        try:
            return _write_pdf(
                args,
                lambda out: write_form(
                    FEEDBACK_CARDS,
                    snapshot,
                    labels,
                    out,
                    trial_uuid=trial,
                    first=first,
                    count=count,
                ),
            )
        except BaseException:
            service.delete_card_run(run.uuid)  # no cards were written: the numbers stay free
            raise
    finally:
        service.close()


def _form_pdf(
    args: argparse.Namespace, snapshot: ProjectSnapshot, labels: FormLabels, out: BinaryIO
) -> None:
    from workshop_app.export.forms import write_form

    try:
        write_form(
            args.form, snapshot, labels, out, trial_uuid=args.test, meeting_uuid=args.session
        )
    except ValueError as exc:  # an unknown test or meeting, a handout without meetings
        raise KnownError(ErrorKind.BAD_INPUT, args.path, problem=str(exc)) from None


def _card_numbers(args: argparse.Namespace, snapshot: ProjectSnapshot) -> tuple[str, int]:
    """The test of the cards (``--test``, else the first running one) and the first number
    (``--first``, else the test's next free number)."""
    from workshop_app.domain.print_runs import next_free_card
    from workshop_app.export.forms.parts import pick_trial

    try:
        trial = pick_trial(snapshot, args.test)
    except ValueError:
        raise KnownError(
            ErrorKind.BAD_INPUT, args.path, problem=f"No test with id {args.test}."
        ) from None
    if trial is None:
        raise KnownError(
            ErrorKind.BAD_INPUT,
            args.path,
            problem="The project has no tests: feedback cards are numbered per test.",
        )
    book = snapshot.trials
    first = args.first or next_free_card(book.card_runs, book.feedback, trial.uuid)
    return trial.uuid, first


def cmd_export_json(args: argparse.Namespace) -> int:
    from workshop_app.exchange.json_format import dumps
    from workshop_app.services.outputs import check_output, write_output
    from workshop_app.services.project_service import open_project

    check_output(args.out, source=args.path)
    service = open_project(args.path, read_only=True)
    try:
        text = dumps(service.snapshot())
    finally:
        service.close()
    write_output(args.out, text.encode("utf-8"), source=args.path)
    print(args.out)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from workshop_app.exchange.json_format import read_file
    from workshop_app.services.outputs import check_output
    from workshop_app.services.project_service import create_project

    check_output(args.out, new_file=True)
    snapshot = read_file(args.json)
    create_project(args.out, snapshot).close()
    print(args.out)
    return EXIT_OK


def cmd_delete_personal_data(args: argparse.Namespace) -> int:
    from workshop_app.services.personal_data import delete_personal_data
    from workshop_app.services.project_service import open_project

    service = open_project(args.path)
    try:
        report = delete_personal_data(service.store)
    finally:
        service.close()
    print(report.line())
    return EXIT_OK


_HANDLERS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "export": cmd_export,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
    "delete-personal-data": cmd_delete_personal_data,
}


def _setup_logging() -> Path | None:
    from workshop_app.paths import logs_dir

    try:
        folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def run_command(argv: Sequence[str]) -> int:
    args = _command_parser().parse_args(list(argv))
    lang = _lang(getattr(args, "lang", None))
    try:
        return _HANDLERS[args.command](args)
    except KnownError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:
        log_path = _setup_logging()
        log.error("bug in command %s:\n%s", args.command, traceback_text(exc))
        where = f" (details in {log_path})" if log_path else ""
        print(f"Internal error{where}. Please report it.", file=sys.stderr)
        return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run_command(argv)
    args = _gui_parser().parse_args(argv)
    _setup_logging()
    # The GUI collects garbage on its own thread, by a timer (ui/gc_guard.py switches automatic
    # collection off once the QApplication exists). Off from here already: the collector would
    # otherwise walk the ever larger heap of the start's imports again and again before that.
    gc.disable()
    cache = _install_code_cache()
    _install_fast_enums()
    from workshop_app.app import run_gui

    try:
        return run_gui(
            args.path,
            quit_after_startup=args.quit_after_startup,
            process_start=process_start_time(),
        )
    finally:
        cache.save()


def code_cache_file() -> Path:
    """Where the GUI keeps the dataclasses' compiled methods (``workshop_app/code_cache.py``):
    in the data folder, one file per Python."""
    from workshop_app.paths import data_dir

    tag = sys.implementation.cache_tag or "python"
    return data_dir() / "cache" / f"dataclass-code.{tag}.bin"


def _install_fast_enums() -> None:
    """Qt's enums are made the way the standard library makes its own (``fast_enums.py``):
    before PySide6 is imported, which makes the first of them."""
    from workshop_app import fast_enums

    fast_enums.install()


def _install_code_cache() -> CodeCache:
    """The dataclasses the window imports compile from the cache of earlier starts (~45 ms of
    each start compiled the same methods again), before anything imports them."""
    from workshop_app import code_cache

    return code_cache.install(code_cache_file())


if __name__ == "__main__":
    sys.exit(main())
