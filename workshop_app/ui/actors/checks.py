"""Checks of the actor map, in words: key groups missing, quadrants of the grid nobody is in, and
actors with high influence but no next step (click one to select it).

The rules live in the domain (``missing_key_groups``, ``empty_quadrants``,
``high_influence_without_next_step``); this panel only says them. It fits a strip above the
register (the warnings flow side by side) as well as a narrow column (one under the other).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetricsF, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

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
from workshop_app.ui.plain import plain_tooltip
from workshop_app.ui.session import ProjectSession

_ACTOR_ROLE = Qt.ItemDataRole.UserRole
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

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "actor_checks", parent)
        self._warnings: list[ActorWarning] = []
        self._lines: list[ActorWarning] = []  # what the list shows: see shown_lines
        self._map: ActorMap | None = None  # the map the warnings were made from
        self._advances: dict[str, float] = {}  # each line's text width in the font below
        self._advances_font = ""
        self._hinted: tuple[str, bool, list[str]] | None = None  # see _hint
        self._extra: tuple[str, int, int] | None = None  # see _line_extra
        self._unarranged = True  # laid out as the list is shown (see _arrange)
        self.list = kit.named(
            QListWidget(), "actor_checks_list", accessible=self.tr("Checks of the actor map")
        )
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setIconSize(QSize(16, 16))
        self.list.viewport().setAutoFillBackground(False)
        self.list.setMouseTracking(True)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemEntered.connect(self._on_hover)
        self.list.viewport().installEventFilter(self)

        kit.column(self.list, parent=self)
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
        return [self.list.item(i).text() for i in range(self.list.count())]

    # -- refreshing ------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.actors:
            self.refresh()

    def refresh(self, actor_map: ActorMap | None = None) -> None:
        """Recompute from the service (or from ``actor_map`` when the caller already has it)."""
        if actor_map is None:
            actor_map = self._session.service.actor_map()
        before, self._map = self._map, actor_map
        if before is not None and self.list.count():
            changed = changed_actors(before, actor_map)
            if changed is not None and all(_warned_by(a) == _warned_by(b) for a, b in changed):
                return  # an edit the warnings do not depend on (most typing)
            if (
                changed is not None
                and all(_warned_by(a)[:3] == _warned_by(b)[:3] for a, b in changed)
                and self._reword({b.uuid: b for _a, b in changed})
            ):
                # The same warnings, an actor they name renamed: its lines worded anew, not
                # every warning of the map made again and the list laid out (2.5 ms a keystroke
                # on a map with 800 warnings).
                return
        warnings = actor_warnings(actor_map)
        if warnings == self._warnings and self.list.count():
            return
        lines = shown_lines(warnings)
        if self._retext(warnings, lines):
            return
        self._warnings, self._lines = warnings, lines
        self._hinted = None  # new items: none has its size yet
        self.list.clear()
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        link = self.palette().link()
        for line in lines:
            self.list.addItem(self._item(line, warn, link))
        if not warnings:
            fine = QListWidgetItem(icon("check"), self.tr("No warnings"))
            fine.setToolTip(
                self.tr(
                    "The key groups are on the map, every quadrant has someone in it and every "
                    "actor with high influence has a next step."
                )
            )
            fine.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(fine)
        self.list.setCurrentRow(-1)
        self._arrange()
        self.warnings_changed.emit(len(warnings))

    def _reword(self, renamed: dict[str, Actor]) -> bool:
        """The warnings and lines about the actors ``renamed`` (by uuid) worded anew (False:
        the lines came out otherwise, and nothing changed)."""
        wording = actor_wording()

        def reworded(warning: ActorWarning) -> ActorWarning:
            actor = renamed.get(warning.key)  # a group's or a quadrant's key is no actor's
            if actor is None or warning.actor_uuid is None:
                return warning
            return actor_warning(warning.kind, actor, wording)

        warnings = [reworded(w) for w in self._warnings]
        return self._retext(warnings, [reworded(line) for line in self._lines])

    def _retext(self, warnings: list[ActorWarning], lines: list[ActorWarning]) -> bool:
        """The same lines, some worded anew (an actor renamed): only those lines change, in
        place. False when lines came or went."""
        shown = self._lines
        if not shown or [(w.kind, w.key) for w in lines] != [(w.kind, w.key) for w in shown]:
            return False
        self._warnings, self._lines = warnings, lines
        worded = False
        for row, (old, new) in enumerate(zip(shown, lines, strict=True)):
            if old != new:
                item = self.list.item(row)
                item.setText(new.text)
                item.setToolTip(plain_tooltip(new.tip))
                worded = True
        if not worded:
            return True  # the lines shown are as they were (the renamed actor's is not shown)
        self._arrange()
        return True

    @staticmethod
    def _item(warning: ActorWarning, warn: QIcon, link: QBrush) -> QListWidgetItem:
        item = QListWidgetItem(warn, warning.text)
        item.setToolTip(plain_tooltip(warning.tip))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if warning.actor_uuid is not None:
            item.setData(_ACTOR_ROLE, warning.actor_uuid)
            item.setForeground(link)
        return item

    def _arrange(self) -> None:
        """Side by side while every warning fits on a line, else one under the other, wrapped.
        Not while the list is out of sight: it is laid out as it is shown (a resize or the
        show itself), once, with the width it is shown at (hundreds of lines on a large map)."""
        self._unarranged = not self.list.isVisible()
        if self._unarranged:
            return
        texts = [self.list.item(i).text() for i in range(self.list.count())]
        advances = self._advances_of(texts)
        # The widest line's text in pixels as QFontMetrics.horizontalAdvance rounds the same
        # measure (half up).
        widest = max((math.floor(a + 0.5) for a in advances), default=0)
        narrow = widest + self.list.iconSize().width() + 16 > self.list.viewport().width()
        # All three together: a list that starts narrow already flows top to bottom (Qt's
        # default) but does not wrap its words yet.
        if narrow != (self.list.flow() == QListView.Flow.TopToBottom) or (
            narrow != self.list.wordWrap()
        ):
            self.list.setFlow(QListView.Flow.TopToBottom if narrow else QListView.Flow.LeftToRight)
            self.list.setWrapping(not narrow)
            self.list.setWordWrap(narrow)
        self._hint(narrow, texts, advances)
        self._fit()

    def _advances_of(self, texts: list[str]) -> list[float]:
        """Each text's width in the list's font (fractional pixels), measured once per text and
        font: every resize asks, and a map of two thousand actors may have hundreds of lines;
        after a rename only the renamed line is measured again."""
        font = self.list.font()
        key = font.key()
        if key != self._advances_font or len(self._advances) > 4 * len(texts) + 64:
            self._advances_font, self._advances = key, {}
        known = self._advances
        metrics: QFontMetricsF | None = None
        result = []
        for text in texts:
            advance = known.get(text)
            if advance is None:
                metrics = metrics or QFontMetricsF(font)
                advance = known[text] = metrics.horizontalAdvance(text)
            result.append(advance)
        return result

    def _hint(self, narrow: bool, texts: list[str], advances: list[float]) -> None:
        """In a strip (lines side by side, not wrapped) each line's size follows from its text's
        width, measured already: it is set on the line, so that Qt's layouts (several as the
        page is shown, each asking every line for its size: the text of hundreds of lines
        shaped again each time) read it. Wrapped lines (narrow) Qt measures at the width shown;
        so it does a line that is not one plain line of text (a tab, a line break)."""
        key = (self._advances_font, narrow, texts)
        if key == self._hinted:
            return
        before = self._hinted
        self._hinted = key
        same = before is not None and before[:2] == key[:2] and len(before[2]) == len(texts)
        extra = None
        for row, (text, advance) in enumerate(zip(texts, advances, strict=True)):
            if same and before is not None and before[2][row] == text:
                continue  # this line's size is set already
            size = QSize()
            if not narrow and text.isprintable():
                extra = extra or self._line_extra(row, advance)
                size = QSize(math.ceil(advance) + extra[0], extra[1])
            self.list.item(row).setSizeHint(size)

    def _line_extra(self, row: int, advance: float) -> tuple[int, int]:
        """What a strip line adds to its text's width rounded up (the icon, the margins) and its
        height, as Qt's delegate measures the line ``row`` (whose text is ``advance`` wide);
        measured once per font."""
        if self._extra is None or self._extra[0] != self._advances_font:
            item = self.list.item(row)
            item.setSizeHint(QSize())  # measured by the delegate, not as set before
            natural = self.list.sizeHintForIndex(self.list.indexFromItem(item))
            width = natural.width() - math.ceil(advance)
            self._extra = (self._advances_font, width, natural.height())
        return self._extra[1], self._extra[2]

    def _fit(self) -> None:
        """As tall as the laid-out items (up to about eight rows), so a strip stays a strip."""
        self.list.doItemsLayout()
        count = self.list.count()
        # The items flow in their order, in lines of one height: the last one is lowest.
        last = self.list.visualItemRect(self.list.item(count - 1)).bottom() if count else 0
        bottom = max(last, 0) + self.list.verticalOffset()
        row = self.list.sizeHintForRow(0) if count else 0
        limit = 8 * (row + 2 * self.list.spacing())
        self.list.setFixedHeight(min(bottom + 1, limit) + 2 * self.list.spacing() + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and (
            event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange)
            or (event.type() == QEvent.Type.Show and self._unarranged)
        ):
            self._arrange()
        return False

    # -- clicking --------------------------------------------------------------------------------

    def _on_item(self, item: QListWidgetItem) -> None:
        uuid = item.data(_ACTOR_ROLE)
        if uuid:
            self.actor_activated.emit(str(uuid))

    def _on_hover(self, item: QListWidgetItem) -> None:
        clickable = bool(item.data(_ACTOR_ROLE))
        self.list.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
