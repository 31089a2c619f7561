"""Leximin / maximin over profiles: valid lotteries, and at least as fair as the library."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from engine.sortition.draw import complete_quotas
from engine.sortition.fair import Infeasible, fair_distribution, feasible, profile_problem
from engine.sortition.quotas import CSP, QuotaSet
from tests.tirage_helpers import chambery_quotas, synthetic_pool


def check_distribution(dist, quotas: QuotaSet, pool) -> dict[str, float]:
    problem = dist.problem
    assert dist.weights.min() >= 0 and abs(dist.weights.sum() - 1) < 1e-9
    for panel in dist.panels:  # every panel of the lottery meets every quota
        assert panel.sum() == quotas.seats
        counts = problem.matrix @ panel
        assert (counts >= problem.low).all() and (counts <= problem.high).all()
        assert (panel <= problem.sizes).all() and (panel >= 0).all()
    probs = dist.person_probabilities()
    assert set(probs) == set(pool.ids())
    assert abs(sum(probs.values()) - quotas.seats) < 1e-6
    assert all(-1e-9 <= p <= 1 + 1e-9 for p in probs.values())
    people = pool.by_id()
    for q in quotas.quotas:  # expected seats of every kind within the quota
        expected = sum(p for pid, p in probs.items() if people[pid].features[q.feature] == q.value)
        assert q.min - 1e-6 <= expected <= q.max + 1e-6, q
    return probs


@pytest.mark.parametrize(("size", "seed"), [(70, 71), (120, 120), (300, 300)])
@pytest.mark.parametrize("by_quartier", [False, True])
def test_distribution_is_a_valid_lottery(size, seed, by_quartier):
    pool = synthetic_pool(size, seed=seed)
    quotas = complete_quotas(chambery_quotas(women_by_quartier=by_quartier), pool)
    problem = profile_problem(quotas, pool)
    assert feasible(problem)
    dist = fair_distribution(problem)
    probs = check_distribution(dist, quotas, pool)
    people = pool.by_id()
    by_profile: dict[tuple, set] = {}
    for pid, p in probs.items():  # interchangeable people get the same chance
        by_profile.setdefault(tuple(people[pid].features[f] for f in quotas.features), set()).add(round(p, 12))
    assert all(len(v) == 1 for v in by_profile.values())


def test_leximin_keeps_the_maximin_floor_and_raises_the_rest():
    pool = synthetic_pool(300, seed=3)
    quotas = complete_quotas(chambery_quotas(), pool)
    problem = profile_problem(quotas, pool)
    maximin = fair_distribution(problem, leximin=False)
    leximin = fair_distribution(problem)
    assert leximin.lowest >= maximin.lowest - 1e-7
    assert np.sort(leximin.profile_probability)[1] >= np.sort(maximin.profile_probability)[1] - 1e-7


def test_as_fair_as_the_library_maximin():
    """Verified against sortition-algorithms' own maximin on the same pool."""
    from engine.sortition.library import draw_in_process

    pool = synthetic_pool(100, seed=11)
    quotas = complete_quotas(chambery_quotas(), pool)
    library = draw_in_process(quotas, pool, "maximin", 5, 0)
    ours = fair_distribution(profile_problem(quotas, pool), leximin=False)
    library_low = min(library.probabilities.values())
    assert ours.lowest == pytest.approx(library_low, abs=1e-6)
    assert fair_distribution(profile_problem(quotas, pool)).lowest >= library_low - 1e-6


def test_people_no_panel_can_include_get_zero():
    pool = synthetic_pool(150, seed=4)
    quotas = complete_quotas(chambery_quotas(), pool)
    closed = replace(quotas, quotas=tuple(
        replace(q, min=0, max=0) if (q.feature, q.value) == (CSP, "retraites") else
        replace(q, max=q.max + 8) if (q.feature, q.value) == (CSP, "employes") else q
        for q in quotas.quotas))
    dist = fair_distribution(profile_problem(closed, pool))
    probs = dist.person_probabilities()
    retired = [p.id for p in pool.people if p.features[CSP] == "retraites"]
    assert retired and all(probs[pid] == 0 for pid in retired)
    others = [p for pid, p in probs.items() if pid not in set(retired)]
    assert min(others) > 0 and abs(sum(probs.values()) - 30) < 1e-6


def test_infeasible_quotas_raise():
    pool = synthetic_pool(25, seed=1)
    with pytest.raises(Infeasible):
        fair_distribution(profile_problem(complete_quotas(chambery_quotas(), pool), pool))


def test_sampling_matches_the_probabilities():
    pool = synthetic_pool(60, seed=8)
    quotas = complete_quotas(chambery_quotas(), pool)
    dist = fair_distribution(profile_problem(quotas, pool))
    rng = np.random.default_rng(0)
    runs = 3000
    counts = Counter(pid for _ in range(runs) for pid in dist.sample(rng))
    for pid, p in dist.person_probabilities().items():
        sd = (p * (1 - p) / runs) ** 0.5
        assert abs(counts[pid] / runs - p) <= 5 * sd + 1e-3
