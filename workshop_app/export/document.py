"""Shared page furniture and the build pipeline every PDF document uses.

- A running header (two short strings) and a footer with "Page X of Y" on every page: the page
  count is only known at the end, so the canvas keeps each page's state and draws the footers in
  :meth:`save` (ReportLab's "NumberedCanvas" pattern).
- Progress and cancellation checked while flowables are laid out.
- The PDF is built in memory first; a path is then replaced atomically, so a failed or cancelled
  build never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import pathlib
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, BinaryIO, Protocol, TypedDict, Unpack

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from workshop_app import APP_NAME
from workshop_app.export import Cancelled
from workshop_app.export import styles as st
from workshop_app.export.flowables import start_height
from workshop_app.export.fonts import BOLD, REGULAR, register_fonts
from workshop_app.export.map_image import logo_image
from workshop_app.export.text import plain

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class PageFurniture:
    """Texts of the running header and footer (``page_of`` has ``{page}`` and ``{pages}``), the
    PDF's metadata title and subject (callers keep personal names out of them), and the project's
    optional look: a logo (PNG or JPEG bytes) and an accent colour ("#rrggbb") drawn in the
    running header; none, or one that cannot be read, leaves the house's black-and-white look."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str
    #: Printed bold in red in the middle of every header (e.g. "Contains personal data").
    notice: str = ""
    title: str = ""
    subject: str = ""
    logo: bytes | None = None
    accent: str = ""
    #: Size of the header's and footer's type (larger for a large-print document).
    size: float = st.SMALL_SIZE
    #: False: pages without a running header and footer (sheets cut into cards, each card
    #: carrying its own).
    running: bool = True


class Look(Protocol):
    """What a project says about its printed look (``domain.model.Project`` has both)."""

    @property
    def logo(self) -> bytes | None: ...

    @property
    def accent(self) -> str: ...


def with_look(furniture: PageFurniture, look: Look | None) -> PageFurniture:
    """``furniture`` with the project's logo and accent colour (unchanged without a project)."""
    if look is None:
        return furniture
    return replace(furniture, logo=look.logo, accent=look.accent)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # binary search: the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _page_label(template: str, page: int, pages: int) -> str:
    try:
        return template.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):  # a broken translation must not break the PDF
        return f"{page} / {pages}"


NOTICE_INK = "#b71c1c"
#: Height of the logo in the running header; it sits on the header's rule.
LOGO_HEIGHT = 8 * mm
LOGO_MAX_WIDTH = 40 * mm
#: Width of the header's rule in the project's accent colour (else a thin grey rule).
ACCENT_RULE = 1.6


def accent_colour(value: str) -> colors.Color | None:
    """The accent colour "#rrggbb", or None when there is none or it is not one."""
    if not ACCENT.fullmatch(value.strip()):
        return None
    return colors.HexColor(value.strip())


ACCENT = re.compile(r"#[0-9a-fA-F]{6}")


class _Furniture:
    """Draws the running header and footer of one page; positions follow the page's size, so
    portrait and landscape pages of one document each get theirs."""

    def __init__(self, furniture: PageFurniture) -> None:
        self.notice = plain(furniture.notice)
        self.header_left = plain(furniture.header_left)
        self.header_right = plain(furniture.header_right)
        self.footer_left = plain(furniture.footer_left)
        self.page_of = furniture.page_of
        self.logo = logo_image(furniture.logo) if furniture.logo else None
        self.accent = accent_colour(furniture.accent)
        self.size = furniture.size
        self.running = furniture.running

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        if not self.running:
            return
        width, height = canvas._pagesize
        left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
        size = self.size  # larger type stands lower: its top stays inside the printable area
        header_y = height - (st.PAGE_SIZE[1] - st.HEADER_Y) - max(0.0, size - st.SMALL_SIZE)
        text_left = left + self._draw_logo(canvas, left, header_y)
        # With a notice in the middle, each side gets a third of the width.
        side = (right - left) / (3 if self.notice else 2) - 6
        canvas.saveState()
        canvas.setFillColor(st.MUTED)
        canvas.setFont(BOLD, size)
        room = side - (text_left - left)
        canvas.drawString(text_left, header_y, fit_text(self.header_left, BOLD, size, room))
        canvas.setFont(REGULAR, size)
        canvas.drawRightString(right, header_y, fit_text(self.header_right, REGULAR, size, side))
        if self.notice:
            canvas.setFillColor(NOTICE_INK)
            canvas.setFont(BOLD, size)
            notice = fit_text(self.notice, BOLD, size, side)
            canvas.drawCentredString((left + right) / 2, header_y, notice)
            canvas.setFillColor(st.MUTED)
            canvas.setFont(REGULAR, size)
        canvas.setStrokeColor(self.accent or st.RULE)
        canvas.setLineWidth(ACCENT_RULE if self.accent else 0.5)
        canvas.line(left, header_y - 5, right, header_y - 5)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, st.FOOTER_Y + size + 4, right, st.FOOTER_Y + size + 4)
        canvas.drawString(left, st.FOOTER_Y, fit_text(self.footer_left, REGULAR, size, side))
        label = plain(_page_label(self.page_of, page, pages))
        canvas.drawRightString(right, st.FOOTER_Y, label)
        canvas.restoreState()

    def _draw_logo(self, canvas: Canvas, x: float, header_y: float) -> float:
        """Draw the logo left in the header, standing on its rule; the width it takes."""
        if self.logo is None:
            return 0.0
        image, pixels_wide, pixels_high = self.logo
        scale = min(LOGO_HEIGHT / pixels_high, LOGO_MAX_WIDTH / pixels_wide)
        wide, high = pixels_wide * scale, pixels_high * scale
        canvas.drawImage(image, x, header_y - 3, wide, high, mask="auto")
        return wide + 3 * mm


def _canvas_class(furniture: PageFurniture) -> type[Canvas]:
    look = _Furniture(furniture)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                look.draw(self, self.getPageNumber(), pages)
                super().showPage()
            super().save()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    """Reports progress (10–90) and checks for cancellation as flowables are laid out."""

    def __init__(
        self,
        target: BinaryIO,
        *,
        progress: ProgressFn | None,
        is_cancelled: CancelFn | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(target, **kwargs)
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._initial = 0
        self._reported = -1

    def build_story(self, story: list[Flowable], canvas: type[Canvas]) -> None:
        self._initial = max(1, len(story))
        self.build(story, canvasmaker=canvas)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._progress is not None:
            done = 1 - min(len(flowables), self._initial) / self._initial
            value = 10 + int(80 * done)
            if value > self._reported:
                self._reported = value
                self._progress(value)
        super().handle_flowable(flowables)

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        """Headings (styles with ``keepWithNext``) never end a page: a page break goes before
        them when the start of what follows (a paragraph's first lines, a table's header and
        first row, a chart) would not fit under them.

        ReportLab's own way wraps the heading and the next flowable in a KeepTogether, which
        moves a whole long table to the next page (or none at all when it is taller than one).
        """
        leads = 0
        while leads < len(flowables) and flowables[leads].getKeepWithNext():
            leads += 1
        if not leads:
            return
        width = self.frame._aW
        need = 0.0
        for lead in flowables[:leads]:
            lead.__dict__["keepWithNext"] = 0
            height = lead.wrapOn(self.canv, width, 1e6)[1]
            need += height + lead.getSpaceBefore() + lead.getSpaceAfter()
        need += start_height(flowables[leads:], width, self.canv)
        # Never more than a page: a break at the top of an empty page would waste it.
        flowables.insert(0, CondPageBreak(min(need + 1, self.frame._aH * 0.8)))


def _check(is_cancelled: CancelFn | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def write_atomically(data: bytes, path: pathlib.Path) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    path = pathlib.Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


class Options(TypedDict, total=False):
    """What every ``write_*`` function takes after its content: the day printed on it
    (default today), a progress callback (0–100) and a cancel check."""

    today: dt.date | None
    progress: ProgressFn | None
    is_cancelled: CancelFn | None


def today_of(options: Options) -> dt.date:
    return options.get("today") or dt.date.today()


def check_cancelled(options: Options) -> None:
    """Raise :class:`Cancelled` if the caller's ``is_cancelled()`` says stop."""
    _check(options.get("is_cancelled"))


def _step(options: Options, value: int) -> None:
    progress = options.get("progress")
    if progress is not None:
        progress(value)


def document_title(document: str, detail: str) -> str:
    """The PDF's metadata title: "Charter – Egeby bymidte", or the document's name alone."""
    detail = detail.strip()
    return f"{document} – {detail}" if detail else document


#: The ids of the two page templates every document has (see :func:`turn_pages`).
PORTRAIT = "portrait"
LANDSCAPE = "landscape"


def _template(page_size: tuple[float, float]) -> PageTemplate:
    """A page of ``page_size`` with the one text frame inside the margins."""
    width, height = page_size
    frame = Frame(
        st.MARGIN_LEFT,
        st.MARGIN_BOTTOM,
        width - st.MARGIN_LEFT - st.MARGIN_RIGHT,
        height - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    kind = LANDSCAPE if width > height else PORTRAIT
    return PageTemplate(id=kind, frames=[frame], pagesize=page_size)


def turn_pages(orientation: str) -> list[Flowable]:
    """Flowables that continue the story on a new page in ``orientation`` (:data:`PORTRAIT` or
    :data:`LANDSCAPE`), e.g. a wide grid on landscape pages within a portrait document. Header
    and footer follow the page. Frame width: :func:`frame_width`."""
    return [NextPageTemplate(orientation), PageBreak()]


def frame_width(orientation: str, page_size: tuple[float, float] = st.PAGE_SIZE) -> float:
    """The text width of a page of ``orientation`` (A4 unless ``page_size``)."""
    width = (landscape if orientation == LANDSCAPE else portrait)(page_size)[0]
    return float(width - st.MARGIN_LEFT - st.MARGIN_RIGHT)


def build_pdf(
    story: Sequence[Flowable] | Callable[[], list[Flowable]],
    out: pathlib.Path | BinaryIO,
    furniture: PageFurniture,
    page_size: tuple[float, float] = st.PAGE_SIZE,
    **options: Unpack[Options],
) -> None:
    """Lay out ``story`` on ``page_size`` (A4 portrait unless given; :func:`turn_pages` turns
    later pages) with header and footer and write it to ``out``. A story given as a function
    is made first (progress 0 → 10); the layout reports 10 → 90, and 100 when the file is
    written.

    Metadata: the furniture's ``title`` and ``subject``, author and creator the app's name.
    Raises :class:`Cancelled` when ``is_cancelled()`` turns true; then nothing is written.
    """
    is_cancelled = options.get("is_cancelled")
    register_fonts()
    _check(is_cancelled)
    if callable(story):
        _step(options, 0)
        story = story()
        _step(options, 10)
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        progress=options.get("progress"),
        is_cancelled=is_cancelled,
        pagesize=page_size,
        leftMargin=st.MARGIN_LEFT,
        rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=plain(furniture.title),
        subject=plain(furniture.subject),
        author=APP_NAME,
        creator=APP_NAME,
        keywords="",
        initialFontName=REGULAR,  # else every page references base-14 Helvetica
    )
    first = _template(page_size)
    other = _template(landscape(page_size) if first.id == PORTRAIT else portrait(page_size))
    doc.addPageTemplates([first, other])
    doc.build_story(list(story), _canvas_class(furniture))
    _check(is_cancelled)
    data = buffer.getvalue()
    if isinstance(out, pathlib.Path):
        write_atomically(data, out)
    else:
        out.write(data)
    _step(options, 100)


class DocumentNames(Protocol):
    """The labels a document of the whole project names itself with."""

    @property
    def document_title(self) -> str: ...

    @property
    def untitled(self) -> str: ...

    @property
    def page_of(self) -> str: ...


def project_furniture(
    labels: DocumentNames,
    project_name: str,
    footer: str,
    notice: str = "",
    detail: str | None = None,
    *,
    look: Look | None = None,
) -> PageFurniture:
    """A document of the project: its name (or "untitled") left in the header, the document's
    name right; metadata title "<document> – <detail or project>"; the project's logo and
    accent colour (``look``, the project) when it has them."""
    furniture = PageFurniture(
        header_left=project_name.strip() or labels.untitled,
        header_right=labels.document_title,
        footer_left=footer,
        page_of=labels.page_of,
        notice=notice,
        title=document_title(labels.document_title, project_name if detail is None else detail),
        subject=labels.document_title,
    )
    return with_look(furniture, look)
