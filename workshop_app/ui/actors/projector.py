"""The actor page's F11: the grid on the app's one room screen (``ui/projector``).

The room sees the grid without controls, legend beside it or tooltips, fitted to its screen.
Names are hidden when the grid goes on the wall (hiding them on the page too: one switch for
both); the facilitator who wants names there shows them again on the page (Ctrl+Shift+H), and
the wall follows the page's options — names, relations, comparison — while it shows the grid.
"""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from workshop_app.ui.actors.grid import ActorGrid, GridOptions
from workshop_app.ui.projector import ActorGridView, Projector, projector_for
from workshop_app.ui.session import ProjectSession

#: Marks a grid whose options the room screen already follows.
_FOLLOWED = "projector_follows"


def grid_view(options: GridOptions) -> ActorGridView:
    """The room screen's view of a grid with ``options``."""
    return ActorGridView(
        names_shown=not options.names_hidden,
        relations=options.relations,
        compare_from=options.compare_from if options.compare else "",
        compare_to=options.compare_to,
    )


def project_grid(page: QWidget, session: ProjectSession, grid: ActorGrid) -> Projector:
    """F11 on the grid: put it on the room screen (names hidden), or take it off again when
    the room screen already shows it."""
    projector = projector_for(page, session)
    if isinstance(projector.current_view(), ActorGridView):
        projector.close()
        return projector
    if not grid.property(_FOLLOWED):
        grid.setProperty(_FOLLOWED, True)
        grid.options.changed.connect(lambda: _follow(projector, grid.options))
    projector.show(dataclasses.replace(grid_view(grid.options), names_shown=False))
    if not grid.options.names_hidden:
        # The page hides its names too (one switch for both), once the wall's grid is placed:
        # on a large map each is a layout of two thousand markers (in two turns of the event
        # loop each); all at once held the app 110-150 ms.
        panel = projector.panel()
        wall = getattr(panel, "grid", None)
        later = lambda: QTimer.singleShot(1, grid, lambda: _hide_names(grid))  # noqa: E731
        if isinstance(wall, ActorGrid) and not wall.scene.laid_out():
            wall.laid_out.connect(later, Qt.ConnectionType.SingleShotConnection)
        else:
            later()
    return projector


def _hide_names(grid: ActorGrid) -> None:
    with contextlib.suppress(RuntimeError):  # the page went meanwhile (the project closed)
        grid.options.update(names_hidden=True)


def _follow(projector: Projector, options: GridOptions) -> None:
    shown, view = projector.current_view(), grid_view(options)
    if isinstance(shown, ActorGridView) and shown != view:  # not made again for the same
        projector.show(view)
