"""The machine-readable marks every form carries: a QR code and four corner registration marks.

The QR code holds one compact line, ``BMV1;<kind>;<project uuid>;<test uuid>;<number>``: the
format's version, the form's kind (``FORM_KINDS``), the project, the test (empty when the form
is not about one) and the card number of a feedback card, or the sheet (page) number of the other
forms. A later version can read it from a scan and know where the answers belong; the corner marks
let it straighten and scale the scanned page. Both are drawn with ReportLab's own barcode module
and lines, never with a font.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from workshop_app.export import styles as st
from workshop_app.export.fonts import REGULAR

PAYLOAD_VERSION = "BMV1"
#: Makes a QR code's text from the number of the page it is drawn on.
PayloadFn = Callable[[int], str]
#: Side of a printed QR code. A payload of two uuids is a version 5 code (37 modules, error
#: correction L) with its quiet zone of four modules: about 0.5 mm a module, which a scan at 200
#: dpi reads (measured with OpenCV's QR detector on every form; 150 dpi misses some).
QR_SIZE = 22 * mm
#: Arms of a corner mark and their thickness.
MARK_ARM = 6 * mm
MARK_WIDTH = 1.6


def qr_payload(kind: str, project_uuid: str, trial_uuid: str | None, number: int) -> str:
    """The text a form's QR code holds (see the module docstring). Separators in the ids (never
    there in practice: they are uuids) are dropped, so the five fields always split apart."""

    def safe(text: str) -> str:
        return "".join(ch for ch in text if ch not in ";\r\n")

    return ";".join(
        (PAYLOAD_VERSION, safe(kind), safe(project_uuid), safe(trial_uuid or ""), str(number))
    )


def _widget(payload: str, size: float) -> QrCodeWidget:
    return QrCodeWidget(payload, barLevel="L", barBorder=4, barWidth=size, barHeight=size)


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of ``payload`` as a drawing, ``size`` points square (with the quiet zone of
    four modules a reader needs): what :func:`draw_qr` draws."""
    drawing = Drawing(size, size)
    drawing.add(_widget(payload, size))
    drawing.initialFontName = REGULAR  # else the drawing's state selects base-14 Helvetica
    return drawing


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """The QR code of ``payload`` with its lower left corner at (x, y).

    The widget encodes it and lays out its dark modules once; they are filled here as one path
    (rendering the widget's drawing node by node took a quarter of a second a code).
    """
    modules = [
        shape
        for shape in _widget(payload, size).draw().contents
        if isinstance(shape, Rect) and shape.fillColor is not None
    ]
    canvas.saveState()
    canvas.setFillColor(st.INK)
    path = canvas.beginPath()
    for rect in modules:
        path.rect(x + rect.x, y + rect.y, rect.width, rect.height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_corner_marks(
    canvas: Canvas, x: float, y: float, width: float, height: float, inset: float
) -> None:
    """Four L-shaped marks, ``inset`` inside the box's corners, their arms pointing along its
    edges: what a scan is aligned by."""
    left, right = x + inset, x + width - inset
    bottom, top = y + inset, y + height - inset
    canvas.saveState()
    canvas.setStrokeColor(st.INK)
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setLineCap(0)
    for cx, cy, dx, dy in (
        (left, top, 1, -1),
        (right, top, -1, -1),
        (left, bottom, 1, 1),
        (right, bottom, -1, 1),
    ):
        path = canvas.beginPath()
        path.moveTo(cx + dx * MARK_ARM, cy)
        path.lineTo(cx, cy)
        path.lineTo(cx, cy + dy * MARK_ARM)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class Absolute(Flowable):
    """A flowable that also knows where on the page it is drawn, so it can draw in page
    coordinates (``page_draw``) as well as in its own."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.page_origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        x, y = getattr(self, "page_origin", (0.0, 0.0))
        self.canv.saveState()
        self.canv.translate(-x, -y)
        self.page_draw(self.canv)
        self.canv.restoreState()

    def page_draw(self, canvas: Canvas) -> None:
        """Draw in page coordinates (points from the lower left corner of the paper)."""
        raise NotImplementedError  # each subclass draws its own
