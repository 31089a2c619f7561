"""Shared helpers for the sortition tests: the Chambéry context and synthetic pools."""

from __future__ import annotations

from functools import lru_cache

from engine.io.context import load_context
from engine.sortition.pool import Pool, parse_pool
from engine.sortition.quotas import QuotaSet, council_quotas
from engine.sortition.synth import generate_pool, pool_csv


@lru_cache(maxsize=1)
def context():
    """(scenario, pact) of the bundled Chambéry scenario."""
    return load_context()


def csv_pool(text: str, name: str = "vivier.csv", need_age: bool = False) -> Pool:
    scenario, _ = context()
    return parse_pool(text.encode(), name, scenario, need_age=need_age)


def synthetic_pool(size: int, seed: int = 1, need_age: bool = False, **kwargs) -> Pool:
    scenario, _ = context()
    return csv_pool(pool_csv(generate_pool(scenario, size, seed, **kwargs)), need_age=need_age)


def chambery_quotas(**kwargs) -> QuotaSet:
    scenario, pact = context()
    return council_quotas(pact, scenario, **kwargs)


def rows_pool(rows: list[tuple[str, str, str, str]]) -> Pool:
    """A pool from (id, quartier, genre, csp) tuples."""
    text = "id,quartier,genre,csp\n" + "".join(f"{i},{q},{g},{c}\n" for i, q, g, c in rows)
    return csv_pool(text)
