"""Code électoral L262: majority bonus then highest average, checked on real results."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from engine.io.law import load_law
from engine.procedures.seats import allocate_seats, majority_bonus, winning_list_seats

LAW = load_law()


def test_real_results():
    # Grenoble, 2nd round 2020: 46, 7, 3, 3 seats of 59.
    assert allocate_seats(59, [53.13, 23.44, 12.49, 10.92], LAW) == [46, 7, 3, 3]
    # Saillans, 1st round 2020: 12 and 3 seats of 15.
    assert allocate_seats(15, [51.05, 48.95], LAW) == [12, 3]
    # o61.fr example: 19 seats, 61.9 % vs 38.1 %: 16 and 3.
    assert allocate_seats(19, [61.9, 38.1], LAW) == [16, 3]


def test_bonus_rounding():
    assert majority_bonus(45, LAW) == 23
    assert majority_bonus(7, LAW) == 4
    assert majority_bonus(3, LAW) == 1


def test_lists_under_five_percent_get_nothing():
    assert allocate_seats(45, [45, 51, 4], LAW)[2] == 0


def test_chambery_winner():
    w = winning_list_seats(45, 45, LAW)
    assert (w.bonus, w.proportional, w.seats) == (23, 10, 33)
    assert winning_list_seats(49, 45, LAW).seats == 36


@given(st.integers(5, 69), st.floats(5, 95))
def test_allocation_invariants(seats, share):
    won = allocate_seats(seats, [share, 100 - share], LAW)
    assert sum(won) == seats
    assert won[0] >= majority_bonus(seats, LAW)


@given(st.integers(5, 69), st.floats(5, 94), st.floats(0.1, 5))
def test_more_votes_never_fewer_seats(seats, share, extra):
    assert winning_list_seats(seats, share, LAW).seats <= winning_list_seats(seats, share + extra, LAW).seats
