"""The pure unit costs of the seed's cost table (« Quel coût ? ») follow their inputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.procedures.costs import (
    citizen_council_cost,
    committees_cost,
    council_tickets_cost,
    quartier_childcare_cost,
    staff_cost,
    votes_cost,
)

# --- properties of the pure line functions ---------------------------------------------

counts = st.integers(min_value=0, max_value=200)
money = st.decimals(min_value=0, max_value=100, places=2)


@settings(max_examples=60, deadline=None)
@given(members=counts, extra=st.integers(min_value=1, max_value=50), smic=money, price=money,
       months=st.integers(min_value=1, max_value=12))
def test_citizen_council_cost_is_monotone_in_members(members, extra, smic, price, months) -> None:
    low = citizen_council_cost(members, months, 2, 4, 8, 2, 1, smic, 8, price)
    high = citizen_council_cost(members + extra, months, 2, 4, 8, 2, 1, smic, 8, price)
    assert high >= low
    if smic > 0:
        assert high > low


@settings(max_examples=60, deadline=None)
@given(smic=money, k=st.integers(min_value=0, max_value=5))
def test_allowances_without_tickets_are_linear_in_smic(smic, k) -> None:
    base = citizen_council_cost(30, 12, 2, 4, 8, 2, 1, smic, 0, 0)
    assert citizen_council_cost(30, 12, 2, 4, 8, 2, 1, smic * k, 0, 0) == base * k
    q = quartier_childcare_cost(6, 25, 8, 1, smic, 12)
    assert quartier_childcare_cost(6, 25, 8, 1, smic * k, 12) == q * k


@settings(max_examples=60, deadline=None)
@given(committees=counts, people=counts, hours=st.integers(min_value=0, max_value=40),
       smic=money, price=money)
def test_committees_cost_is_a_product_of_counts(committees, people, hours, smic, price) -> None:
    one = committees_cost(1, 1, 1, hours, 2, 1, smic, 4, price)
    assert committees_cost(committees, people, 12, hours, 2, 1, smic, 4, price) == one * committees * people * 12


@settings(max_examples=60, deadline=None)
@given(a=counts, b=counts, unit=money, c=counts, cu=money)
def test_votes_cost_is_monotone_in_votations(a, b, unit, c, cu) -> None:
    lo, hi = sorted((a, b))
    assert votes_cost(hi, unit, c, cu) - votes_cost(lo, unit, c, cu) == (hi - lo) * unit


@settings(max_examples=60, deadline=None)
@given(m=counts, s=counts, a=counts, pct=st.integers(min_value=0, max_value=100))
def test_staff_cost_is_monotone_in_headcount(m, s, a, pct) -> None:
    base = staff_cost([(m, 54000), (s, 40000), (a, 20000)], pct)
    assert staff_cost([(m + 1, 54000), (s, 40000), (a, 20000)], pct) > base
    assert base >= 0


@settings(max_examples=60, deadline=None)
@given(c=counts, cu=money)
def test_without_votations_the_votes_line_is_the_conventions_alone(c, cu) -> None:
    """A pact that budgets no votation (none promised, or none capped) pays its conventions."""
    assert votes_cost(0, 50_000, c, cu) == c * cu
    assert votes_cost(0, 0, 0, 0) == 0


@settings(max_examples=60, deadline=None)
@given(members=counts, smic=money)
def test_an_unpriced_ticket_adds_nothing(members, smic) -> None:
    """A ticket the pact does not price (« non chiffré ») is charged 0, the rest unchanged."""
    with_tickets = citizen_council_cost(members, 12, 2, 4, 8, 2, 1, smic, 8, 0)
    assert with_tickets == citizen_council_cost(members, 12, 2, 4, 8, 2, 1, smic, 0, 0)
    assert council_tickets_cost(12, 20, 0) == 0


@settings(max_examples=60, deadline=None)
@given(s=counts, salary=money)
def test_a_staff_without_headcount_costs_nothing_whatever_its_salary(s, salary) -> None:
    assert staff_cost([(0, salary), (0, 0)], 35) == 0
    assert staff_cost([(s, salary)], 0) == s * salary
