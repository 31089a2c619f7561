"""Synthetic pools from the commune's demographics."""

from __future__ import annotations

from collections import Counter

from engine.sortition.synth import generate_pool, pool_csv
from tests.tirage_helpers import context, csv_pool


def test_seeded_and_valid():
    scenario, _ = context()
    rows = generate_pool(scenario, 500, 42)
    assert rows == generate_pool(scenario, 500, 42)
    assert rows != generate_pool(scenario, 500, 43)
    pool = csv_pool(pool_csv(rows), need_age=True)  # every row passes the pool checks
    assert len(pool) == 500 and len(set(pool.ids())) == 500


def test_shares_follow_the_demographics():
    scenario, _ = context()
    rows = generate_pool(scenario, 20000, 1)
    csp = Counter(r["csp"] for r in rows)
    for code, share in scenario.commune.demographics.csp.shares().items():
        assert abs(csp[code] / 20000 - share) < 0.015
    women = sum(r["genre"] == "femme" for r in rows) / 20000
    assert abs(women - scenario.commune.demographics.gender.shares()["femme"]) < 0.015
    quartiers = Counter(r["quartier"] for r in rows)
    assert quartiers["Centre-ville"] > quartiers["Chambéry-le-Vieux"]  # 20 % vs 12 % of inhabitants


def test_overrepresentation_mimics_self_selection():
    scenario, _ = context()
    plain = Counter(r["csp"] for r in generate_pool(scenario, 5000, 1))
    biased = Counter(r["csp"] for r in generate_pool(scenario, 5000, 1, overrepresent={"cadres": 3}))
    assert biased["cadres"] > 2 * plain["cadres"]
