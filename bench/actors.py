"""Actor-map benchmark: a 1,000-actor project against a 25-actor one, measured the same way in
the same run.

    python bench/actors.py [-n 5] [--actors 1000] [--baseline 25]

For each project it prints the median of ``-n`` runs of:

- ``open page``: build the actors page (register, details, plan, checks) and show it;
- ``open grid``: build and show the power/interest grid (first visit of the tab);
- ``redraw grid``: rebuild every marker after a change (what a drag or an undo costs) and paint;
- ``filter``: type a filter into the register and let the proxy re-filter;
- ``drag``: one drag-and-drop re-rating through the undo stack and the file, scene rebuilt.

and the ratio of the big project to the baseline. Runs offscreen unless QT_QPA_PLATFORM is set.
This is a script, not a test: figures on shared machines are noisy.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workshop_app.domain.actors import Relation, canonical
from workshop_app.domain.vocabulary import ACTOR_CATEGORIES
from workshop_app.services.demo import demo_snapshot
from workshop_app.services.project_service import create_project, open_project

TODAY = dt.date(2027, 3, 1)


def build_project(path: Path, count: int) -> None:
    """The demo town with ``count`` actors spread over all categories and ratings."""
    snapshot = demo_snapshot(TODAY)
    template = snapshot.actors.actors
    actors = []
    for i in range(count):
        base = template[i % len(template)]
        actors.append(
            dataclasses.replace(
                base,
                # The demo's own actors keep their uuids: plans and links still find them.
                uuid=base.uuid if i < len(template) else f"{i:08x}-0000-4000-8000-{i:012x}",
                position=i,
                name=f"{base.name} {i + 1}",
                category=ACTOR_CATEGORIES[i % len(ACTOR_CATEGORIES)],
                influence=1 + (i * 7) % 5,
                interest=1 + (i * 3) % 5,
                attitude=-2 + i % 5,
            )
        )
    relations = tuple(
        Relation(
            f"{i:08x}-0000-4000-9000-{i:012x}",
            actors[i].uuid,
            actors[(i * 13 + 1) % count].uuid,
            ("cooperation", "conflict", "dependency")[i % 3],
        )
        for i in range(0, count, 10)
        if actors[i].uuid != actors[(i * 13 + 1) % count].uuid
    )
    known = {a.uuid for a in actors}
    demo = snapshot.actors
    actor_map = canonical(
        dataclasses.replace(
            demo,
            actors=tuple(actors),
            relations=relations,
            plan=tuple(p for p in demo.plan if p.actor_uuid in known),
            assessments=tuple(
                dataclasses.replace(s, ratings=tuple(r for r in s.ratings if r.actor_uuid in known))
                for s in demo.assessments
            ),
        )
    )
    create_project(path, dataclasses.replace(snapshot, actors=actor_map)).close()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def one_run(app: object, path: Path, note: Callable[[str, float], None]) -> None:
    from workshop_app.ui import commands
    from workshop_app.ui.actors.page import ActorsPage
    from workshop_app.ui.session import ProjectSession

    session = ProjectSession(open_project(path))
    start = time.perf_counter()
    page = ActorsPage(session)
    page.resize(1280, 800)
    page.show()
    page.repaint()
    note("open page", (time.perf_counter() - start) * 1000)

    note("open grid", timed(lambda: (page.show_tab("grid"), page.repaint())))
    grid = page.grid
    assert grid is not None
    note("redraw grid", timed(lambda: (grid.rebuild(), grid.view.viewport().repaint())))

    def type_filter() -> None:
        page.filter_edit.setText("Egeby")
        page.filter_edit.setText("")

    note("filter", timed(type_filter))
    actor = session.service.actor_map().actors[0]
    target = (1 + actor.influence % 5, 1 + actor.interest % 5)

    def drag() -> None:
        # What a drop does: one undoable re-rating, the file written, the scene rebuilt.
        commands.rate_actor(session, actor.uuid, (actor.influence, actor.interest), target)
        grid.view.viewport().repaint()

    note("drag", timed(drag))
    page.close()
    page.deleteLater()
    session.close()


def measure(path: Path, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    samples: dict[str, list[float]] = {}

    def note(name: str, ms: float) -> None:
        samples.setdefault(name, []).append(ms)

    for _ in range(runs):
        one_run(app, path, note)
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=25)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(Path(tmp) / "data"))
        os.environ.setdefault("WORKSHOP_APP_CONFIG_DIR", str(Path(tmp) / "config"))
        big, small = Path(tmp) / "big.bymidte", Path(tmp) / "small.bymidte"
        build_project(big, args.actors)
        build_project(small, args.baseline)
        measure(small, 1)  # warm-up: imports, fonts, caches
        base = measure(small, args.runs)
        load = measure(big, args.runs)
    print(f"{'':<12} {args.baseline:>6} actors {args.actors:>6} actors   ratio")
    for name in base:
        print(
            f"{name:<12} {base[name]:10.1f} ms {load[name]:10.1f} ms {load[name] / base[name]:7.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
