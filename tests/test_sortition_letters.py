"""Invitation letters and the chance that the quotas can be met."""

from __future__ import annotations

import math

import pytest

from engine.core.errors import InputError
from engine.procedures.invitations import letters_for
from engine.sortition.letters import acceptance_rate, letters_needed
from tests.tirage_helpers import chambery_quotas, context


def test_letters_per_quartier_divide_the_target_by_the_acceptance_rate():
    scenario, pact = context()
    plan = letters_needed(pact, scenario, pool_size=300, simulations=20)
    assert plan.acceptance_pct == 3.0 and plan.acceptance_range == (1.5, 7.5)
    assert "DEFAULTS.md" in plan.acceptance_source
    assert set(plan.letters) == {q.name for q in scenario.commune.quartiers}
    assert all(n == math.ceil(50 / 0.03) for n in plan.letters.values())  # 5 of 30 seats each
    assert plan.total_letters == 6 * 1667
    assert plan.feasibility == 1.0


def test_strata_add_up_to_the_letters():
    scenario, pact = context()
    plan = letters_needed(pact, scenario, pool_size=120, simulations=10)
    for quartier, n in plan.letters.items():
        assert sum(s.letters for s in plan.strata if s.quartier == quartier) == pytest.approx(n)
        assert sum(s.volunteers for s in plan.strata if s.quartier == quartier) == \
            pytest.approx(plan.expected_volunteers[quartier])


def test_small_pools_often_fail_the_quotas():
    scenario, pact = context()
    small = letters_needed(pact, scenario, pool_size=40, simulations=100, seed=3)
    large = letters_needed(pact, scenario, pool_size=200, simulations=100, seed=3)
    assert small.feasibility < 0.5 < large.feasibility
    low, high = small.feasibility_interval
    assert low <= small.feasibility <= high


def test_quota_chances_are_binomial():
    from scipy.stats import binom

    scenario, pact = context()
    plan = letters_needed(pact, scenario, pool_size=60, simulations=5)
    bissy = next(c for c in plan.quota_chances if c.quota.value == "Bissy")
    assert bissy.probability == pytest.approx(binom.sf(4, plan.letters["Bissy"], 0.03))


def test_searched_pool_reaches_the_confidence():
    scenario, pact = context()
    plan = letters_needed(pact, scenario, confidence=0.9, simulations=60, seed=2)
    assert plan.confidence_target == 0.9
    assert plan.feasibility >= 0.9
    assert 30 <= plan.pool_target <= 300


def test_acceptance_rate_from_the_scenario_assumptions():
    scenario, pact = context()
    custom = scenario.model_copy(update={"assumptions": {
        "taux_acceptation_tirage_pct": {"valeur": 7.4, "source": "DEFAULTS.md § BC Citizens' Assembly"}}})
    assert acceptance_rate(custom) == (7.4, "DEFAULTS.md § BC Citizens' Assembly", (1.5, 7.5))
    plan = letters_needed(pact, custom, pool_size=150, simulations=5)
    assert plan.letters["Bissy"] == math.ceil(25 / 0.074)
    out = letters_needed(pact, scenario, pool_size=150, acceptance_pct=10, simulations=5)
    assert not out.acceptance_in_range
    with pytest.raises(InputError):
        acceptance_rate(scenario, 0)


def test_remaining_seats_need_fewer_letters():
    """For replacements the simulation passes the quotas left after keeping seated members."""
    from engine.sortition.audit import make_seed
    from engine.sortition.draw import draw, remaining_quotas
    from tests.tirage_helpers import synthetic_pool

    scenario, pact = context()
    quotas = chambery_quotas()
    pool = synthetic_pool(150, seed=4)
    seated = draw(pool, quotas, make_seed("1")).panel
    rest = remaining_quotas(quotas, pool, seated[:24])
    plan = letters_needed(pact, scenario, quotas=rest, confidence=0.9, simulations=40)
    full = letters_needed(pact, scenario, quotas=quotas, confidence=0.9, simulations=40)
    assert plan.seats == 6 and plan.total_letters <= full.total_letters


def test_letters_for_rounds_up():
    assert letters_for(50, 3) == 1667
    assert letters_for(30, 3) == 1000
    assert letters_for(0, 3) == 0
    with pytest.raises(InputError):
        letters_for(10, 0)


def test_no_mailing_can_exceed_the_inhabitants() -> None:
    """Chambéry's council drawn in Saillans (1 405 inhabitants): 3 000 letters would be
    needed, more than there are people, and the plan says so with what a full mailing gives."""
    from engine.io.context import load_context
    from engine.sortition.letters import letters_needed

    scen, pact = load_context(scenario="saillans", pact="chambery-2026")
    plan = letters_needed(pact, scen, pool_size=90, simulations=20)
    assert plan.total_letters > plan.population == 1405
    assert plan.beyond_population is not None and "1\u202f405 habitant·es" in plan.beyond_population
    assert plan.to_dict()["beyond_population"] == plan.beyond_population
    scen, pact = load_context()
    assert letters_needed(pact, scen, pool_size=90, simulations=20).beyond_population is None
