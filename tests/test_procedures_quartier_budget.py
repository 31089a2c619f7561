"""Quartier budgets: yearly credits for N years, carry-over, projects within the balance."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.io.context import load_pact
from engine.procedures.quartier_budget import can_commit, carried_over, yearly_allocation

PACT = load_pact(None)
NO_CARRY = load_pact(None, [("conseils_de_quartier.report_du_reliquat", False)])


def test_six_years_of_200000_then_nothing() -> None:
    assert [yearly_allocation(PACT, k).value for k in range(8)] == [200000.0] * 6 + [0.0, 0.0]


@given(balance=st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_carry_over_keeps_or_loses_the_balance(balance) -> None:
    assert carried_over(PACT, balance).value == balance
    assert carried_over(NO_CARRY, balance).value == 0.0


@given(balance=st.floats(min_value=0, max_value=1e6), cost=st.floats(min_value=0, max_value=1e6))
def test_a_project_fits_only_within_the_balance(balance, cost) -> None:
    assert can_commit(balance, cost).value is (cost <= balance)


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        yearly_allocation(PACT, -1)
    with pytest.raises(ValueError):
        carried_over(PACT, -5.0)
    with pytest.raises(ValueError):
        can_commit(10.0, -1.0)
