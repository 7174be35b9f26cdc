"""The actor grid on the room screen: the whole 5×5 grid as large as the screen allows, no
controls, no tooltips, numbers instead of names unless the facilitator shows names, and the
categories in a strip under it (a legend beside the grid would take a third of the width).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from workshop_app.domain.changes import Changes
from workshop_app.ui.actors.grid import ActorGrid, GridOptions
from workshop_app.ui.actors.grid_legend import LegendStrip
from workshop_app.ui.projector.look import Look
from workshop_app.ui.projector.panels import Panel
from workshop_app.ui.projector.views import ActorGridView
from workshop_app.ui.session import ProjectSession

#: The grid's background: the grid is drawn light (its quadrant tints read on white).
WHITE = "#ffffff"


def grid_options(view: ActorGridView, parent: Panel) -> GridOptions:
    options = GridOptions(parent)
    options.update(
        names_hidden=not view.names_shown,
        relations=view.relations,
        compare=bool(view.compare_from),
        compare_from=view.compare_from,
        compare_to=view.compare_to,
    )
    return options


class GridPanel(Panel):
    """One view of the grid; follows the project's changes (a rating moved on the laptop)."""

    def __init__(self, session: ProjectSession, look: Look, view: ActorGridView) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_grid")
        self.setStyleSheet(f"QWidget#projector_grid {{ background: {WHITE}; }}")
        self.view = view
        self.grid = ActorGrid(session, self, options=grid_options(view, self), projector=True)
        self.strip = LegendStrip()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.strip)
        self.refresh()
        self.set_look(look)

    def wants(self, changes: Changes) -> bool:
        return changes.actors

    def refresh(self) -> None:
        categories = self.grid.legend.categories
        self.strip.set_items([(style, label) for style, label, _n in categories], self._strip_px())
        self._show_strip()

    def set_look(self, look: Look) -> None:
        super().set_look(look)
        margin = look.px(16)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(margin)

    def apply_look(self) -> None:
        self.strip.setFixedHeight(round(self.look.body_px * 1.5))
        self.strip.set_items(self.strip.items, self._strip_px())
        self._show_strip()
        self.grid.set_wall_px(self.look.body_px)

    def _show_strip(self) -> None:
        """The strip only where its words read from the room (many categories do not)."""
        self.strip.resize(self.width() - 2 * self.look.px(16), self.strip.height())
        readable = self.strip.fitting_px() >= self.look.body_px * 0.55
        self.strip.setVisible(bool(self.strip.items) and readable)

    def _strip_px(self) -> int:
        return round(self.look.body_px * 0.8)

    def texts(self) -> list[str]:
        """The labels of the markers (names, or numbers) and of the legend strip."""
        shown = [line for m in self.grid.scene.markers.values() for line in m.lines]
        shown += [m.inside for m in self.grid.scene.markers.values() if m.inside]
        shown += [label for _style, label in self.strip.items]
        return shown
