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
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol, TypedDict, Unpack

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from workshop_app import APP_NAME
from workshop_app.export import Cancelled
from workshop_app.export import styles as st
from workshop_app.export.fonts import BOLD, REGULAR, register_fonts
from workshop_app.export.text import plain

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class PageFurniture:
    """Texts of the running header and footer (``page_of`` has ``{page}`` and ``{pages}``) and
    the PDF's metadata title and subject (callers keep personal names out of them)."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str
    #: Printed bold in red in the middle of every header (e.g. "Contains personal data").
    notice: str = ""
    title: str = ""
    subject: str = ""


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


def _canvas_class(
    furniture: PageFurniture, page_size: tuple[float, float] = st.PAGE_SIZE
) -> type[Canvas]:
    left = st.MARGIN_LEFT
    right = page_size[0] - st.MARGIN_RIGHT
    header_y = page_size[1] - (st.PAGE_SIZE[1] - st.HEADER_Y)
    notice = plain(furniture.notice)
    # With a notice in the middle, each side gets a third of the width.
    half = (right - left) / (3 if notice else 2) - 6
    header_left = plain(furniture.header_left)
    header_right = plain(furniture.header_right)
    footer_left = plain(furniture.footer_left)

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
                self._furniture(self.getPageNumber(), pages)
                super().showPage()
            super().save()

        def _furniture(self, page: int, pages: int) -> None:
            self.saveState()
            size = st.SMALL_SIZE
            self.setFillColor(st.MUTED)
            self.setFont(BOLD, size)
            self.drawString(left, header_y, fit_text(header_left, BOLD, size, half))
            self.setFont(REGULAR, size)
            self.drawRightString(right, header_y, fit_text(header_right, REGULAR, size, half))
            if notice:
                self.setFillColor(NOTICE_INK)
                self.setFont(BOLD, size)
                self.drawCentredString(
                    (left + right) / 2, header_y, fit_text(notice, BOLD, size, half)
                )
                self.setFillColor(st.MUTED)
                self.setFont(REGULAR, size)
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            self.line(left, header_y - 5, right, header_y - 5)
            self.line(left, st.FOOTER_Y + size + 4, right, st.FOOTER_Y + size + 4)
            self.drawString(left, st.FOOTER_Y, fit_text(footer_left, REGULAR, size, half))
            label = plain(_page_label(furniture.page_of, page, pages))
            self.drawRightString(right, st.FOOTER_Y, label)
            self.restoreState()

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


def build_pdf(
    story: Sequence[Flowable] | Callable[[], list[Flowable]],
    out: pathlib.Path | BinaryIO,
    furniture: PageFurniture,
    page_size: tuple[float, float] = st.PAGE_SIZE,
    **options: Unpack[Options],
) -> None:
    """Lay out ``story`` on ``page_size`` (A4 portrait unless given) with header and footer and
    write it to ``out``. A story given as a function is made first (progress 0 → 10); the
    layout reports 10 → 90, and 100 when the file is written.

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
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build_story(list(story), _canvas_class(furniture, page_size))
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
) -> PageFurniture:
    """A document of the project: its name (or "untitled") left in the header, the document's
    name right; metadata title "<document> – <detail or project>"."""
    return PageFurniture(
        header_left=project_name.strip() or labels.untitled,
        header_right=labels.document_title,
        footer_left=footer,
        page_of=labels.page_of,
        notice=notice,
        title=document_title(labels.document_title, project_name if detail is None else detail),
        subject=labels.document_title,
    )
