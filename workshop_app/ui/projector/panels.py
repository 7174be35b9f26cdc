"""The text panels of the room screen: a question, the pause screen and the vote ranking.

Every panel is built for one view and one session, reads what it shows itself (refreshing on the
session's changes) and lays itself out for the :class:`Look` of the screen it is on. Nothing on a
panel names a person: the views carry no personal fields, and the panels read none.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from workshop_app.domain.changes import Changes
from workshop_app.errors import KnownError
from workshop_app.ui.projector.look import BAR, FitLabel, Look
from workshop_app.ui.session import ProjectSession


class Panel(QWidget):
    """What a panel has: its session, its look (set again when the screen changes), refresh."""

    def __init__(self, session: ProjectSession, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("projector_panel", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._session = session
        self.look = look
        session.changed.connect(self._on_changed)

    def set_look(self, look: Look) -> None:
        self.look = look
        margin = look.margin
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin, margin, margin)
            layout.setSpacing(look.spacing)
        self.apply_look()

    def apply_look(self) -> None:
        """Give the labels the sizes of :attr:`look` (each panel its own)."""

    def refresh(self) -> None:
        """Read the panel's data again."""

    def _on_changed(self, changes: Changes) -> None:
        if self.wants(changes):
            self.refresh()

    def wants(self, changes: Changes) -> bool:
        return False

    def texts(self) -> list[str]:
        """Every text the panel shows (what the room reads), for checks and screen readers."""
        return [label.full_text() for label in self.findChildren(FitLabel) if label.isVisible()]


class QuestionPanel(Panel):
    """A question put to the room, as large as it fits."""

    def __init__(self, session: ProjectSession, look: Look, text: str) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_question")
        self.question = FitLabel(text.strip(), bold=True)
        self.question.setObjectName("projector_question_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.question, 1)
        self.set_look(look)

    def apply_look(self) -> None:
        self.question.set_sizes(round(self.look.title_px * 1.5), self.look.min_px)


class PausePanel(Panel):
    """The blank screen for a break: one quiet word, nothing else."""

    def __init__(self, session: ProjectSession, look: Look) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_pause")
        self.word = FitLabel(self.tr("Pause"), tone="muted")
        self.word.setObjectName("projector_pause_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.word, 1)
        self.set_look(look)

    def apply_look(self) -> None:
        self.word.set_sizes(self.look.title_px * 2, self.look.min_px)


class Bar(QWidget):
    """A horizontal bar ``share`` (0–1) of its width, vertically centred."""

    def __init__(self, share: float) -> None:
        super().__init__()
        self.share = max(0.0, min(share, 1.0))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        height = self.height() * 0.6
        painter.fillRect(
            QRectF(0, (self.height() - height) / 2, max(self.width() * self.share, 2), height),
            QColor(BAR),
        )


class RankingPanel(Panel):
    """The ideas voted on at a meeting, most votes first, each with its count and a bar."""

    # Rows shown at most; the rest are counted in one line below them.
    MAX_ROWS = 8

    def __init__(self, session: ProjectSession, look: Look, meeting_uuid: str) -> None:
        super().__init__(session, look)
        self.setObjectName("projector_ranking")
        self._meeting = meeting_uuid
        self.heading = FitLabel(
            self.tr("Dot-vote ranking"), bold=True, align=Qt.AlignmentFlag.AlignLeft
        )
        self.heading.setObjectName("projector_ranking_title")
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading, 3)
        layout.addWidget(self.rows, 20)
        self.ranking: list[tuple[str, int]] = []
        self.refresh()
        self.set_look(look)

    def wants(self, changes: Changes) -> bool:
        return bool(changes.trials or changes.meetings)

    def apply_look(self) -> None:
        look = self.look
        self.heading.set_sizes(look.title_px, look.min_px)
        self.grid.setHorizontalSpacing(look.spacing)
        self.grid.setVerticalSpacing(round(look.spacing / 2))
        for label in self.rows.findChildren(FitLabel):
            label.set_sizes(look.body_px, look.min_px)

    def refresh(self) -> None:
        self.ranking = self._read()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        shown = self.ranking[: self.MAX_ROWS]
        highest = max((count for _title, count in shown), default=0) or 1
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, (title, count) in enumerate(shown):
            self.grid.addWidget(FitLabel(f"{row + 1}.", align=right, tone="muted"), row, 0)
            self.grid.addWidget(FitLabel(title, align=left), row, 1)
            self.grid.addWidget(Bar(count / highest), row, 2)
            self.grid.addWidget(FitLabel(str(count), bold=True, align=left), row, 3)
        rows = len(shown)
        rest = len(self.ranking) - rows
        if not self.ranking:
            empty = FitLabel(self.tr("No votes yet."), tone="muted")
            self.grid.addWidget(empty, 0, 0, 1, 4)
            rows = 1
        elif rest > 0:
            more = FitLabel(self.tr("… and {0} more with votes").format(rest), tone="muted")
            self.grid.addWidget(more, rows, 1, 1, 3)
            rows += 1
        for column, stretch in enumerate((1, 12, 7, 2)):
            self.grid.setColumnStretch(column, stretch)
        for row in range(max(rows, self.MAX_ROWS + 1)):
            self.grid.setRowStretch(row, 1)
        self.apply_look()

    def _read(self) -> list[tuple[str, int]]:
        service = self._session.service
        try:
            tallies = service.vote_tallies(self._meeting)
            ideas = {idea.uuid: idea for idea in service.trial_outline().ideas}
        except KnownError:
            return []
        voted = [(uuid, count) for uuid, count in tallies.items() if count > 0 and uuid in ideas]
        order = list(ideas)
        voted.sort(key=lambda pair: (-pair[1], order.index(pair[0])))
        return [(" ".join(ideas[uuid].title.split()) or "–", count) for uuid, count in voted]
