"""Numbers as people read them: whole per cents that do not mislead.

Every place that shows shares of a whole in per cent (the test summary's sentiment chart, the
test report's feedback chart) uses :func:`whole_percents`, so the same counts read the same
everywhere.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

#: Above this many different counts the search for tie-keeping roundings is skipped.
_MOST_GROUPS = 12


def whole_percents(counts: Sequence[float]) -> list[int]:
    """Shares of the whole in whole per cents that add up to 100 (largest remainder).

    Equal counts get equal per cents whenever the total of 100 allows it: the counts are
    rounded down, and the points missing to 100 go to whole groups of equal counts, choosing
    the groups closest to the exact shares, and never so that a smaller count reads more than
    a larger one (so 6, 1, 1 read 76 %, 12 %, 12 %, not 75 %, 13 %, 12 %). When no such choice
    exists (three counts of 1) it is plain largest remainder, ties broken in the order given.
    All zero (or nothing) gives zeros.
    """
    total = sum(counts)
    if total <= 0:
        return [0 for _ in counts]
    exact = [c * 100 / total for c in counts]
    floor = [math.floor(e) for e in exact]
    seats = 100 - sum(floor)
    groups: dict[float, list[int]] = {}
    for index, count in enumerate(counts):
        groups.setdefault(count, []).append(index)
    best: tuple[float, list[int]] | None = None
    if seats and len(groups) <= _MOST_GROUPS:
        keys = sorted(groups, reverse=True)
        for chosen in itertools.product((1, 0), repeat=len(keys)):  # larger counts first
            if sum(len(groups[k]) for k, up in zip(keys, chosen, strict=True) if up) != seats:
                continue
            whole = list(floor)
            for key, up in zip(keys, chosen, strict=True):
                for index in groups[key] if up else ():
                    whole[index] += 1
            ordered = [whole[groups[k][0]] for k in keys]
            if any(a < b for a, b in itertools.pairwise(ordered)):
                continue  # a smaller count would read more than a larger one
            error = sum(abs(w - e) for w, e in zip(whole, exact, strict=True))
            if best is None or error < best[0] - 1e-9:
                best = (error, whole)
    if best is not None:
        return best[1]
    whole = list(floor)
    ranked = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floor[i]), i))
    for index in ranked[:seats]:
        whole[index] += 1
    return whole
