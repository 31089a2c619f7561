"""Invitation letters in the simulation: the planning formula, waves, and agreement with the
sortition module's plan for the citizen council."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.procedures.invitations import letters_for as letters_needed
from engine.sim import sortition as sim_sortition


def test_the_simulation_uses_the_sortition_rule() -> None:
    assert sim_sortition.letters_for is letters_needed


@given(wanted=st.integers(min_value=1, max_value=500),
       rate=st.floats(min_value=0.5, max_value=100, allow_nan=False))
def test_enough_letters_to_expect_the_volunteers(wanted, rate) -> None:
    n = letters_needed(wanted, rate)
    assert n * rate / 100 >= wanted - 1e-9
    assert (n - 1) * rate / 100 < wanted + 1e-9


def test_no_volunteer_wanted_no_letter_and_zero_rate_refused() -> None:
    assert letters_needed(0, 3) == 0
    with pytest.raises(InputError):
        letters_needed(10, 0)


@pytest.mark.slow
def test_same_total_as_the_sortition_plan_for_the_citizen_council() -> None:
    """The sortition module spreads the same total over the quartiers (3 000 letters for 90
    volunteers at 3 %); the simulation uses the total only."""
    from engine.io.context import load_context
    from engine.sortition.letters import letters_needed as plan

    scen, pact = load_context()
    seats = pact.citizen_council.members.at()
    assert plan(pact, scen, pool_size=3 * seats, acceptance_pct=3.0, simulations=1).total_letters \
        == letters_needed(3 * seats, 3.0)
