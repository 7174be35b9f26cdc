"""The overview's dashboard: cards of clickable rows, rendered from a domain ``Dashboard``.

The cards only render; what they show is computed by ``domain.dashboard.dashboard``. A row says
where it leads with a :class:`Target`; the overview page passes it on to the workspace, which
shows the page and selects the record.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.actors import ActorMap
from workshop_app.domain.dashboard import DUE_WITHIN_DAYS, Dashboard, DueStep, RunningTest
from workshop_app.domain.methods import MethodCard, load_catalogue
from workshop_app.domain.model import Meeting
from workshop_app.ui.actors.warnings import actor_warnings
from workshop_app.ui.icons import icon
from workshop_app.ui.meetings import texts as meeting_texts
from workshop_app.ui.trials import texts as trial_texts

# Rows a list card shows before it says how many more there are.
MAX_ROWS = 6
# From this width (of the page's viewport) the cards stand in two columns.
TWO_COLUMNS_FROM = 900


class Target(NamedTuple):
    """Where a row leads: ``page`` is a workspace page ("meetings", "actors", "plan", "grid",
    "trials", "scope"); ``key`` the record to select there ("" for the page itself)."""

    page: str
    key: str = ""


def format_date(date: dt.date, long: bool = False) -> str:
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(date.year, date.month, date.day), kind)


def shortened(text: str, limit: int = 240) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters (with "…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def format_time(time: dt.time) -> str:
    return QLocale().toString(QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat)


def _rounded(
    widget: QWidget, border: QColor | None, width: int, radius: float, fill: QColor | None
) -> None:
    """Paint ``widget``'s rectangle with round corners: a ``border`` line ``width`` pixels wide
    inside its edge and the inside filled with ``fill`` (either may be None). This is the look a
    style sheet's ``border`` and ``background`` gave, without putting the page's widgets through
    Qt's style-sheet engine (a dearer polish and paint of every widget on the page)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    half = width / 2
    box = QRectF(widget.rect()).adjusted(half, half, -half, -half)
    painter.setPen(QPen(border, width) if border is not None else Qt.PenStyle.NoPen)
    painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, radius - half, radius - half)
    painter.end()


def _plain(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # as high as its wrapped lines (setWordWrap said so)
    label.setSizePolicy(policy)
    if role:
        label.setProperty("role", role)
    return label


class DashRow(QFrame):
    """One clickable line (and an optional second, quieter line); Enter or Space opens it too."""

    activated = Signal(object)  # Target

    def __init__(self, text: str, detail: str, target: Target, detail_role: str = "hint") -> None:
        super().__init__()
        self.setObjectName("dashboard_row")
        self.target = target
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{text}. {detail}" if detail else text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(7, 5, 7, 5)  # 1 pixel of each is the focus line's
        layout.setSpacing(1)
        self.text = _plain(text)
        layout.addWidget(self.text)
        self.detail = _plain(detail, detail_role) if detail else None
        if self.detail is not None:
            layout.addWidget(self.detail)

    def texts(self) -> str:
        return self.text.text() + (f"\n{self.detail.text()}" if self.detail else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Under the mouse a pale background; with the keyboard's focus a line around it in the
        highlight colour (both with round corners)."""
        hover = self.underMouse()
        focus = self.hasFocus()
        if hover or focus:
            palette = self.palette()
            _rounded(
                self,
                palette.color(QPalette.ColorRole.Highlight) if focus else None,
                2,
                3,
                palette.color(QPalette.ColorRole.AlternateBase) if hover else None,
            )

    def enterEvent(self, event: QEnterEvent) -> None:
        self.update()  # the hover background comes
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()  # and goes
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.target)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # walk the rows like a list
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
            return
        super().keyPressEvent(event)


class DashCard(QFrame):
    """A titled card holding rows (and, for the next meeting, a button)."""

    activated = Signal(object)  # Target

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(f"dashboard_{name}")
        self.setProperty("role", "dashboardCard")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(13, 11, 13, 13)  # 1 pixel of each is the border line's
        layout.setSpacing(2)
        heading = QLabel(title)
        heading.setProperty("role", "sectionTitle")
        layout.addWidget(heading)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        layout.addLayout(self._rows)
        layout.addStretch(1)
        self.rows: list[DashRow] = []
        self.buttons: list[QPushButton] = []
        self._order: list[QWidget] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        """A white card with a thin grey line around it and round corners."""
        palette = self.palette()
        mid, base = palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Base)
        _rounded(self, mid, 1, 4, base)

    def clear(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        self.buttons = []
        self._order = []

    def add_row(self, text: str, detail: str, target: Target, detail_role: str = "hint") -> DashRow:
        row = DashRow(text, detail, target, detail_role)
        row.activated.connect(self.activated)
        self._rows.addWidget(row)
        self.rows.append(row)
        self._order.append(row)
        return row

    def add_button(self, text: str, role: str, target: Target) -> QPushButton:
        button = QPushButton(icon(role), text)
        button.setIconSize(QSize(18, 18))
        button.clicked.connect(lambda: self.activated.emit(target))
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(6, 6, 0, 0)
        line.addWidget(button)
        line.addStretch(1)
        self._rows.addWidget(holder)
        self.buttons.append(button)
        self._order.append(button)
        return button

    def focusables(self) -> list[QWidget]:
        """Rows and buttons as they stand in the card."""
        return list(self._order)


class DashboardView(QWidget):
    """The cards, two columns when wide and one when narrow; :meth:`show_dashboard` fills them."""

    activated = Signal(object)  # Target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.cards = {
            "meeting": DashCard("meeting", self.tr("Next meeting")),
            "due": DashCard("due", self.tr("Next steps due")),
            "running": DashCard("running", self.tr("Running tests")),
            "progress": DashCard("progress", self.tr("Progress")),
            "checks": DashCard("checks", self.tr("Checks")),
        }
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self._columns = 0
        for card in self.cards.values():
            card.activated.connect(self.activated)
        self.set_columns(1)

    # -- layout ------------------------------------------------------------------------------------

    def set_columns(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def columns(self) -> int:
        return self._columns

    def fit_width(self, width: int) -> None:
        self.set_columns(2 if width >= TWO_COLUMNS_FROM else 1)

    def focusables(self) -> list[QWidget]:
        """Rows and buttons in reading order (for the Tab chain)."""
        return [w for card in self.cards.values() for w in card.focusables()]

    # -- content -----------------------------------------------------------------------------------

    def show_dashboard(self, board: Dashboard, actor_map: ActorMap, today: dt.date) -> None:
        for card in self.cards.values():
            card.clear()
        self._show_meeting(board.next_meeting, board.meetings_ahead)
        self._show_due(board.due, today)
        self._show_running(board.running)
        self._show_progress(board)
        self._show_checks(board.task_phrases, actor_map)

    def _show_meeting(self, meeting: Meeting | None, ahead: int) -> None:
        card = self.cards["meeting"]
        if meeting is None:
            empty = self.tr("No meetings planned — add one on the Meetings page")
            card.add_row(empty, "", Target("meetings"))
            return
        assert meeting.date is not None
        when = format_date(meeting.date, long=True)
        if meeting.start_time is not None:
            when = self.tr("{0} at {1}").format(when, format_time(meeting.start_time))
        if meeting.kind != "other":
            when = f"{meeting_texts.kind_labels().get(meeting.kind, meeting.kind)} · {when}"
        parts = (when, meeting.place.strip(), shortened(meeting.purpose))
        detail = "\n".join(part for part in parts if part)
        target = Target("meetings", meeting.uuid)
        card.add_row(meeting.title.strip() or self.tr("(untitled meeting)"), detail, target)
        card.add_button(self.tr("Prepare the meeting"), "meetings", target)
        if ahead > 1:
            card.add_row(self.tr("Later meetings: {0}").format(ahead - 1), "", Target("meetings"))

    def _show_due(self, steps: tuple[DueStep, ...], today: dt.date) -> None:
        card = self.cards["due"]
        if not steps:
            empty = self.tr("Nothing due in the next {0} days — plan next steps on the Actors page")
            card.add_row(empty.format(DUE_WITHIN_DAYS), "", Target("actors"))
            return
        methods = _method_cards()
        for step in steps[:MAX_ROWS]:
            name = step.actor_name.strip() or "–"
            if step.kind == "plan":
                method = methods.get(step.text)
                what = self.tr("{0} (engagement plan)").format(method.name if method else "–")
                target = Target("plan", step.uuid)
            else:
                what = step.text.strip() or "–"
                target = Target("actors", step.actor_uuid)
            if step.overdue:
                when = self.tr("Overdue since {0}").format(format_date(step.date))
            elif step.date == today:
                when = self.tr("Due today")
            else:
                when = self.tr("Due {0}").format(format_date(step.date))
            role = "overdue" if step.overdue else "hint"
            card.add_row(f"{name}: {what}", when, target, role)
        if len(steps) > MAX_ROWS:
            card.add_row(
                self.tr("{0} more on the Actors page").format(len(steps) - MAX_ROWS),
                "",
                Target("actors"),
            )

    def _show_running(self, running: tuple[RunningTest, ...]) -> None:
        card = self.cards["running"]
        if not running:
            card.add_row(
                self.tr("No test is running — start one on the Prototype tests page"),
                "",
                Target("trials"),
            )
            return
        for test in running[:MAX_ROWS]:
            evidence = []
            if test.latest_count is not None:
                last = format_date(test.latest_count.date)
                evidence.append(self.tr("Last count {0}").format(last))
            evidence.append(self.tr("Feedback: {0}").format(test.summary.feedback_total))
            lines = [" · ".join(evidence), _verdict(test)]
            title = test.title.strip() or "–"
            detail = "\n".join(line for line in lines if line)
            card.add_row(title, detail, Target("trials", test.uuid))

    def _show_progress(self, board: Dashboard) -> None:
        card = self.cards["progress"]
        p = board.progress
        card.add_row(
            self.tr("1 Start-up and scope"),
            self.tr("{0} of {1} sections complete").format(p.scope_done, p.scope_total),
            Target("scope", p.scope_next or ""),
        )
        card.add_row(
            self.tr("2 Actors"),
            self.tr("Actors: {0} · rated: {1} · with a next step: {2}").format(
                p.actors, p.actors_rated, p.actors_with_next_step
            ),
            Target("actors"),
        )
        labels = trial_texts.status_labels()
        parts = [f"{labels[s]}: {n}" for s, n in p.trials_by_status.items() if n and s in labels]
        card.add_row(
            self.tr("3 Prototype tests"),
            " · ".join(parts) or self.tr("No tests yet"),
            Target("trials"),
        )

    def _show_checks(self, phrases: tuple[str, ...], actor_map: ActorMap) -> None:
        card = self.cards["checks"]
        if phrases:
            quoted = ", ".join(f"“{p}”" for p in phrases)
            card.add_row(
                self.tr("The task reads like a solution that is already decided ({0})").format(
                    quoted
                ),
                "",
                Target("scope", "purpose"),
            )
        warnings = actor_warnings(actor_map)
        if not warnings and not phrases:
            card.add_row(self.tr("No warnings"), "", Target("actors"))
            return
        for warning in warnings[:MAX_ROWS]:
            if warning.actor_uuid is not None:
                target = Target("actors", warning.actor_uuid)
            elif warning.kind == "empty_quadrant":
                target = Target("grid")
            else:
                target = Target("actors")
            card.add_row(warning.text, warning.tip, target)
        if len(warnings) > MAX_ROWS:
            card.add_row(
                self.tr("{0} more on the Actors page").format(len(warnings) - MAX_ROWS),
                "",
                Target("actors"),
            )


def _method_cards() -> dict[str, MethodCard]:
    """The method cards in the UI's language, as the actors page names them; read here, not
    through that page's module (~25 ms of Qt models and delegates to import at start-up)."""
    danish = QLocale().language() == QLocale.Language.Danish
    return load_catalogue("da" if danish else "en")


def _verdict(test: RunningTest) -> str:
    """The test's verdict sentence, from the tests page's module (imported when first needed:
    opening a project must not build the tests page's imports)."""
    from workshop_app.ui.trials.summary import verdict_text

    return verdict_text(test.summary)
