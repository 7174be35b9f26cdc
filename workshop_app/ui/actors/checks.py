"""Checks of the actor map, in words: key groups missing, quadrants of the grid nobody is in, and
actors with high influence but no next step (click one to select it).

The rules live in the domain (``missing_key_groups``, ``empty_quadrants``,
``high_influence_without_next_step``); this panel only says them. It fits a strip above the
register (the warnings flow side by side) as well as a narrow column (one under the other).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

from workshop_app.domain.actors import (
    HIGH,
    Actor,
    ActorMap,
    actor_quadrant,
)
from workshop_app.domain.changes import Changes
from workshop_app.ui import kit
from workshop_app.ui.actors.model import changed_actors
from workshop_app.ui.actors.warnings import (  # noqa: F401 (also the old home of these names)
    ActorWarning,
    actor_warning,
    actor_warnings,
    actor_wording,
    missing_group_texts,
)
from workshop_app.ui.icons import icon
from workshop_app.ui.line_strip import LineStrip, StripLine
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

# The lines about single actors shown per kind of warning, at most; the rest are counted in one
# line. A register imported without ratings had 800 lines (431 not placed, 360 without a next
# step): no list to read, and their layout was a third of the page's first show. A strip of
# about eight rows: five of a kind name enough to act on, and a rename of an actor named in
# them lays out and paints a short list (the flow moves every line after it).
ACTOR_LINES = 5


def shown_lines(warnings: list[ActorWarning]) -> list[ActorWarning]:
    """The lines the panel shows for ``warnings``: each about the map, and up to
    :data:`ACTOR_LINES` of each kind about one actor, then a line counting the others."""
    totals: dict[str, int] = {}
    for warning in warnings:
        if warning.actor_uuid is not None:
            totals[warning.kind] = totals.get(warning.kind, 0) + 1
    seen: dict[str, int] = {}
    lines = []
    for warning in warnings:
        if warning.actor_uuid is None:
            lines.append(warning)
            continue
        seen[warning.kind] = seen.get(warning.kind, 0) + 1
        if seen[warning.kind] <= ACTOR_LINES:
            lines.append(warning)
        elif seen[warning.kind] == ACTOR_LINES + 1:
            lines.append(_more_line(warning.kind, totals[warning.kind] - ACTOR_LINES))
    return lines


def _more_line(kind: str, more: int) -> ActorWarning:
    if kind == "not_placed":
        text = QCoreApplication.translate(
            "ActorChecks", "… and {0} more actors not placed on the grid yet"
        )
        tip = QCoreApplication.translate(
            "ActorChecks", "Rate their influence and interest in the register."
        )
    else:
        text = QCoreApplication.translate(
            "ActorChecks", "… and {0} more actors with high influence but no next step"
        )
        tip = QCoreApplication.translate(
            "ActorChecks", "Plan a next step for each in the register."
        )
    return ActorWarning(f"{kind}_more", kind, text.format(more), tip)


def _warned_by(actor: Actor) -> tuple[object, ...]:
    """What of an actor the warnings depend on: its group, its quadrant, whether it needs a next
    step, and its name when a warning names it. Equal before and after an edit: the same
    warnings."""
    quadrant = actor_quadrant(actor)
    needs_step = actor.influence is not None and actor.influence >= HIGH
    needs_step = needs_step and not actor.next_step.strip()
    named = needs_step or quadrant is None
    return actor.category, quadrant, needs_step, actor.name if named else None


class ActorChecks(kit.SessionPanel):
    """The current warnings of the actor map; live, from ``session.changed``."""

    #: An actor's warning was clicked (or activated with the keyboard): its uuid.
    actor_activated = Signal(str)
    #: The warnings changed (a collapsed header updates :meth:`summary`): their number.
    warnings_changed = Signal(int)
    # The strip is at most this many lines tall; more lines scroll.
    MAX_ROWS = 8

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "actor_checks", parent)
        self._warnings: list[ActorWarning] = []
        self._lines: list[ActorWarning] = []  # what the strip shows: see shown_lines
        self._map: ActorMap | None = None  # the map the warnings were made from
        # Where each actor's warnings are in the list (by uuid; None: to be found again).
        self._where: dict[str, list[int]] | None = None
        self.strip = kit.named(
            LineStrip(), "actor_checks_lines", accessible=self.tr("Checks of the actor map")
        )
        self.strip.activated.connect(self._on_line)
        self.strip.height_changed.connect(lambda _h: self._fit())
        self.area = QScrollArea()
        self.area.setObjectName("actor_checks_area")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.viewport().setAutoFillBackground(False)
        self.area.setWidget(self.strip)
        self.strip.current_moved.connect(self._keep_in_view)
        kit.column(self.area, parent=self)
        session.follow(self, self._on_changed)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def warnings(self) -> list[ActorWarning]:
        return list(self._warnings)

    def count(self) -> int:
        return len(self._warnings)

    def summary(self) -> str:
        """For a collapsed header: "No warnings", "1 warning", "3 warnings"."""
        n = self.count()
        if n == 0:
            return self.tr("No warnings")
        if n == 1:
            return self.tr("1 warning")
        return self.tr("{0} warnings").format(n)

    def texts(self) -> list[str]:
        return self.strip.texts()

    # -- refreshing ------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self.refresh()

    def refresh(self, actor_map: ActorMap | None = None) -> None:
        """Recompute from the service (or from ``actor_map`` when the caller already has it)."""
        if actor_map is None:
            actor_map = self._session.service.actor_map()
        before, self._map = self._map, actor_map
        if before is not None and self.strip.lines():
            changed = changed_actors(before, actor_map)
            if changed is not None and all(_warned_by(a) == _warned_by(b) for a, b in changed):
                return  # an edit the warnings do not depend on (most typing)
            if (
                changed is not None
                and all(_warned_by(a)[:3] == _warned_by(b)[:3] for a, b in changed)
                and self._reword({b.uuid: b for _a, b in changed})
            ):
                # The same warnings, an actor they name renamed: its lines worded anew, not
                # every warning of the map made again and the strip laid out (2.5 ms a
                # keystroke on a map with 800 warnings).
                return
        warnings = actor_warnings(actor_map)
        if warnings == self._warnings and self.strip.lines():
            return
        lines = shown_lines(warnings)
        self._where = None
        count = len(self._warnings)
        if self._retext(warnings, lines):
            # The same lines, some worded anew; the count may differ (one more actor not
            # placed: only the "… and N more" line says so), and the header says the count.
            if len(warnings) != count:
                self.warnings_changed.emit(len(warnings))
            return
        self._warnings, self._lines = warnings, lines
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        shown = [_line(line, warn) for line in lines]
        if not warnings:
            tip = self.tr(
                "The key groups are on the map, every quadrant has someone in it and every "
                "actor with high influence has a next step."
            )
            shown.append(StripLine(self.tr("No warnings"), tip, icon=icon("check")))
        self.strip.set_lines(shown)
        self.warnings_changed.emit(len(warnings))

    def _reword(self, renamed: dict[str, Actor]) -> bool:
        """The warnings and lines about the actors ``renamed`` (by uuid) worded anew (False:
        the lines came out otherwise, and nothing changed). Only their warnings are made
        again (found by key), not every warning of the map."""
        if self._where is None:
            self._where = {}
            for at, warning in enumerate(self._warnings):
                if warning.actor_uuid is not None:
                    self._where.setdefault(warning.key, []).append(at)
        wording = actor_wording()
        warnings = list(self._warnings)
        for uuid, actor in renamed.items():
            for at in self._where.get(uuid, ()):
                warnings[at] = actor_warning(warnings[at].kind, actor, wording)

        def reworded(warning: ActorWarning) -> ActorWarning:
            actor = renamed.get(warning.key)  # a group's or a quadrant's key is no actor's
            if actor is None or warning.actor_uuid is None:
                return warning
            return actor_warning(warning.kind, actor, wording)

        return self._retext(warnings, [reworded(line) for line in self._lines])

    def _retext(self, warnings: list[ActorWarning], lines: list[ActorWarning]) -> bool:
        """The same lines, some worded anew (an actor renamed): only those lines change, in
        place. False when lines came or went."""
        shown = self._lines
        if not shown or [(w.kind, w.key) for w in lines] != [(w.kind, w.key) for w in shown]:
            return False
        self._warnings, self._lines = warnings, lines
        for row, (old, new) in enumerate(zip(shown, lines, strict=True)):
            if old != new:
                self.strip.set_line(row, _line(new, self.strip.lines()[row].icon))
        return True

    def _fit(self) -> None:
        """As tall as the lines (up to :data:`MAX_ROWS` of them), so a strip stays a strip."""
        limit = self.MAX_ROWS * (self.strip.line_height() + LineStrip.SPACING)
        self.area.setFixedHeight(min(self.strip.content_height(), limit))

    def _keep_in_view(self, rect: QRect) -> None:
        centre = rect.center()
        self.area.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    # -- clicking --------------------------------------------------------------------------------

    def _on_line(self, row: int) -> None:
        if row < len(self._lines) and self._lines[row].actor_uuid is not None:
            self.actor_activated.emit(str(self._lines[row].actor_uuid))


def _line(warning: ActorWarning, warn: QIcon) -> StripLine:
    return StripLine(warning.text, plain_tooltip(warning.tip), warning.actor_uuid is not None, warn)
