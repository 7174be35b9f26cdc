"""Whole per cents that do not mislead (issue 12, item 9): one rounding for every screen and PDF."""

from __future__ import annotations

import itertools

import pytest

from workshop_app.domain.numbers import whole_percents


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([6, 1, 1], [76, 12, 12]),  # was 75 / 13 / 12: two single reactions read differently
        ([3, 3, 1, 1], [38, 38, 12, 12]),
        ([1, 2], [33, 67]),
        ([5, 3, 3, 1], [42, 25, 25, 8]),
        ([1, 1, 1], [34, 33, 33]),  # a tie that cannot be kept: the total still reads 100
        ([0, 0], [0, 0]),
        ([], []),
    ],
)
def test_known_shares(counts: list[int], expected: list[int]) -> None:
    assert whole_percents(counts) == expected


def test_every_small_case_adds_up_to_100_keeps_order_and_is_close() -> None:
    for size in range(1, 5):
        for counts in itertools.product(range(0, 9), repeat=size):
            percents = whole_percents(list(counts))
            total = sum(counts)
            if not total:
                assert percents == [0] * size
                continue
            assert sum(percents) == 100, counts
            for a, b in itertools.combinations(range(size), 2):
                if counts[a] > counts[b]:
                    assert percents[a] >= percents[b], counts
            for count, percent in zip(counts, percents, strict=True):
                assert abs(percent - count * 100 / total) < 2, counts


def test_two_equal_counts_beside_another_always_read_alike() -> None:
    for a, b in itertools.product(range(1, 13), repeat=2):
        if a == b:
            continue  # three equal counts cannot all read 33 %
        percents = whole_percents([a, b, a])
        assert percents[0] == percents[2], (a, b, percents)
