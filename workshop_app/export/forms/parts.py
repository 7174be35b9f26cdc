"""What the forms are made of: boxes to tick, lines to write on, text fitted to a few lines, the
head every page of a form starts with (its name, what it is about, the QR code) and the choice of
the test a form is for."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from workshop_app.domain.model import ProjectSnapshot
from workshop_app.domain.trials import Trial
from workshop_app.export import styles as st
from workshop_app.export.document import fit_text
from workshop_app.export.fonts import BOLD, REGULAR
from workshop_app.export.forms import marks
from workshop_app.export.text import para, plain

#: Side of a box to tick; between a box and its word; between one choice and the next.
BOX = 4.2 * mm
TEXT_GAP = 1.3 * mm
CHOICE_GAP = 3.0 * mm
#: After a group's label ("Age"): more than between a box and its word, so a box reads with its
#: word, not with the label.
LABEL_GAP = 3.0 * mm
#: A piece of a row of tick boxes: (x, text, whether a box goes before the text).
Piece = tuple[float, str, bool]
#: Distance of the page's corner marks from the paper's edges.
PAGE_MARK_INSET = 8 * mm


def pick_trial(snapshot: ProjectSnapshot, trial_uuid: str | None) -> Trial | None:
    """The test asked for; without one the first test running now (the one cards are handed
    out for), else the first test, else ``None`` (as the print page chooses). Raises
    ``ValueError`` for an unknown id."""
    book = snapshot.trials
    if trial_uuid is not None:
        found = book.trial(trial_uuid)
        if found is None:
            raise ValueError(f"No test with id {trial_uuid!r} in this project.")
        return found
    running = [t for t in book.trials if t.status == "running"]
    if running:
        return running[0]
    return book.trials[0] if book.trials else None


def fitted(
    text: str,
    style: ParagraphStyle,
    width: float,
    lines: int,
    dress: Callable[[str], str] = lambda text: text,
) -> Paragraph:
    """User text on at most ``lines`` lines of ``width``, shortened with "…" when longer.
    ``dress`` puts the (shortened) text into what is printed, e.g. a test's title into
    "title (version 2)", so that what it adds is never cut off."""
    text = plain(text)

    def fits(candidate: str) -> bool:
        _, height = para(dress(candidate), style).wrap(width, 10_000)
        return height <= lines * style.leading + 0.1

    if fits(text):
        return para(dress(text), style)
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    return para(dress(text[:low].rstrip() + "…"), style)


class TickBoxes(Flowable):
    """A bold label, then boxes to tick each with its word, wrapping onto more lines when the
    width is short (a Danish word is longer than its English one)."""

    def __init__(self, label: str, choices: Sequence[str], size: float = 10.0) -> None:
        super().__init__()
        self.label = plain(label)
        self.choices = [plain(c) for c in choices]
        self.size = size
        self._rows: list[list[Piece]] = []

    @property
    def row_height(self) -> float:
        return max(BOX, self.size * 1.25) + 1.6 * mm

    def _place(self, width: float) -> list[list[Piece]]:
        """Rows of (x, text, is_box) pieces: the label, then the boxes after it; boxes that do
        not fit go on the next rows, under the first box (under the label if even that is too
        narrow)."""
        rows: list[list[Piece]] = [[]]
        indent = 0.0
        if self.label:
            label = fit_text(self.label, BOLD, self.size, width)
            rows[0].append((0.0, label, False))
            indent = stringWidth(label, BOLD, self.size) + LABEL_GAP
        x = indent
        for text in self.choices:
            text = fit_text(text, REGULAR, self.size, width - BOX - TEXT_GAP)
            need = BOX + TEXT_GAP + stringWidth(text, REGULAR, self.size)
            if x > indent and x + need > width:
                rows.append([])
                x = indent if indent + need <= width else 0.0
            rows[-1].append((x, text, True))
            x += need + CHOICE_GAP
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._rows = self._place(availWidth)
        self.height = len(self._rows) * self.row_height
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(st.INK)
        canvas.setFillColor(st.INK)
        canvas.setLineWidth(0.8)
        for number, row in enumerate(self._rows):
            base = self.height - (number + 1) * self.row_height + 1.6 * mm
            for x, text, is_box in row:
                if is_box:
                    canvas.rect(x, base - 0.6 * mm, BOX, BOX, stroke=1, fill=0)
                    canvas.setFont(REGULAR, self.size)
                    canvas.drawString(x + BOX + TEXT_GAP, base, text)
                else:
                    canvas.setFont(BOLD, self.size)
                    canvas.drawString(x, base, text)
        canvas.restoreState()


class WritingLines(Flowable):
    """``count`` ruled lines ``gap`` apart to write on."""

    def __init__(self, count: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(st.RULE)
        self.canv.setLineWidth(0.6)
        for n in range(self.count):
            y = n * self.gap
            self.canv.line(0, y, self.width, y)
        self.canv.restoreState()


class FormHead(marks.Absolute):
    """The head of every page of a form (hung at the top of each page): the form's name and
    what it is about on the left, the QR code on the right, and the page's four corner marks.
    The QR code's number is the page (sheet) number. The texts are fitted when it is made."""

    def __init__(
        self,
        title: str,
        context: str,
        payload: marks.PayloadFn,
        styles: tuple[ParagraphStyle, ParagraphStyle],
        width: float = st.PAGE_SIZE[0] - st.MARGIN_LEFT - st.MARGIN_RIGHT,
    ) -> None:
        super().__init__()
        self.payload = payload
        self.context = context
        self.text_width = width - marks.QR_SIZE - 6 * mm
        self.title = fitted(title, styles[0], self.text_width, 1)
        self.about = fitted(context, styles[1], self.text_width, 2) if context.strip() else None

    @property
    def shortened(self) -> bool:
        """Whether the context did not fit the head (the body then shows it in full)."""
        return self.about is not None and self.about.getPlainText() != plain(self.context)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = marks.QR_SIZE + 4 * mm
        return self.width, self.height

    def page_draw(self, canvas: Canvas) -> None:
        x, y = self.page_origin
        width, height = canvas._pagesize
        marks.draw_corner_marks(canvas, 0, 0, width, height, PAGE_MARK_INSET)
        top = y + self.height
        payload = self.payload(canvas.getPageNumber())
        marks.draw_qr(canvas, payload, x + self.width - marks.QR_SIZE, top - marks.QR_SIZE)
        for paragraph in (self.title, self.about):
            if paragraph is None:
                continue
            _, h = paragraph.wrap(self.text_width, self.height)
            paragraph.drawOn(canvas, x, top - h)
            top -= h + 1.5 * mm
