"""Tracebacks for the log without personal data (``shared/guide/privacy.md``: no personal data
in logs or crash reports).

An exception's message may quote what the user typed: ReportLab's layout errors quote the
paragraph that did not fit, a ``ValueError`` may quote a value. The log keeps where it happened
(every frame, our source lines) and what kind of error it was, and leaves the messages out.
"""

from __future__ import annotations

import traceback

_LEFT_OUT = "(message left out of the log: it may quote what the user typed)"


def _chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        cause = current.__cause__
        context = None if current.__suppress_context__ else current.__context__
        current = cause or context
    return chain[::-1]


def traceback_text(exc: BaseException) -> str:
    """Like ``traceback.format_exception(exc)``, with every exception's message left out."""
    parts: list[str] = []
    for index, item in enumerate(_chain(exc)):
        if index:
            parts.append("\nThe above exception led to the following one:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts += traceback.format_list(traceback.extract_tb(item.__traceback__))
        kind = type(item)
        parts.append(f"{kind.__module__}.{kind.__qualname__} {_LEFT_OUT}\n")
    return "".join(parts)
