"""Synthetic pools drawn from the commune's inhabitants (scenario « demographie »), seeded.

For demos, tests and benchmarks: each volunteer's quartier follows the quartiers' population
shares (equal shares when the scenario gives none), gender, CSP and age band follow the
commune's shares, independently; ages are uniform within their band (75 to 95 for an open
last band). ``overrepresent`` multiplies some CSP shares (e.g. ``{"cadres": 2}``) to mimic
the self-selection of real volunteer pools.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from engine.core.errors import InputError
from engine.core.fr import number
from engine.io.csv_safe import csv_text
from engine.model.scenario import Scenario
from engine.sortition.pool import MAX_PEOPLE

OPEN_BAND_SPAN = 20
COLUMNS = ("id", "quartier", "genre", "csp", "age")


def generate_pool(
    scenario: Scenario,
    size: int,
    seed: int,
    *,
    overrepresent: Mapping[str, float] | None = None,
) -> list[dict[str, str]]:
    """``size`` volunteers as CSV rows (``id``, ``quartier``, ``genre``, ``csp``, ``age``)."""
    demo = scenario.commune.demographics
    if demo is None:
        raise InputError.single("scénario", None, "commune.demographie",
                                "un vivier synthétique demande la composition des habitant·es : ajoutez le bloc "
                                "« demographie » à la commune (parts par CSP, genre, tranches d'âge)")
    if size < 1:
        raise InputError.single("--generer-vivier", None, "taille", "la taille du vivier doit être ≥ 1")
    if size > MAX_PEOPLE:
        raise InputError.single("--generer-vivier", None, "taille",
                                f"au plus {number(MAX_PEOPLE)} volontaires (la limite d'un vivier)")
    quartiers = scenario.commune.quartiers
    if not quartiers:
        raise InputError.single("scénario", None, "commune.quartiers",
                                "un vivier synthétique demande au moins un quartier dans la commune")
    rng = np.random.default_rng(seed)
    q_shares = np.array([q.population_share_pct or 0.0 for q in quartiers])
    if q_shares.sum() <= 0:
        q_shares = np.ones(len(quartiers))
    q_idx = rng.choice(len(quartiers), size=size, p=q_shares / q_shares.sum())
    genders = demo.gender.items
    g_idx = rng.choice(len(genders), size=size, p=_p([g.share_pct for g in genders]))
    factors = overrepresent or {}
    csps = demo.csp.items
    c_idx = rng.choice(len(csps), size=size,
                       p=_p([c.share_pct * factors.get(c.code, 1.0) for c in csps]))
    ages: list[int | None] = [None] * size
    if demo.ages is not None:
        bands = demo.ages.items
        b_idx = rng.choice(len(bands), size=size, p=_p([b.share_pct for b in bands]))
        lows = np.array([b.age_min or 0 for b in bands])
        highs = np.array([b.age_max if b.age_max is not None else (b.age_min or 0) + OPEN_BAND_SPAN
                          for b in bands])
        ages = [int(a) for a in rng.integers(lows[b_idx], highs[b_idx] + 1)]
    width = len(str(size))
    rows = []
    for i in range(size):
        rows.append({
            "id": f"V{i + 1:0{width}d}",
            "quartier": quartiers[q_idx[i]].name,
            "genre": genders[g_idx[i]].code,
            "csp": csps[c_idx[i]].code,
            "age": "" if ages[i] is None else str(ages[i]),
        })
    return rows


def pool_csv(rows: list[dict[str, str]]) -> str:
    """The rows as CSV text (comma separated, UTF-8, header first; ``engine.io.csv_safe``)."""
    return csv_text(COLUMNS, rows)


def _p(weights: list[float]) -> np.ndarray:
    arr = np.array(weights, dtype=float)
    return arr / arr.sum()
