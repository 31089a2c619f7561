"""Quotas of the citizen council from the pact and the commune's inhabitants."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.io.overrides import set_path
from engine.sortition.quotas import (
    AGE,
    CSP,
    GENRE,
    QUARTIER,
    QUARTIER_GENRE,
    council_quotas,
    criteria,
)
from tests.tirage_helpers import chambery_quotas, context


def test_chambery_quotas_follow_the_pact():
    scenario, pact = context()
    quotas = chambery_quotas()
    council = pact.citizen_council
    assert quotas.seats == council.members.at() == 30
    assert quotas.features == (QUARTIER, GENRE, CSP)
    for q in quotas.for_feature(QUARTIER):
        assert q.min == q.max == council.per_quartier.at() == 5
    assert [q.value for q in quotas.for_feature(QUARTIER)] == [q.name for q in scenario.commune.quartiers]
    women = {q.value: q for q in quotas.for_feature(GENRE)}["femme"]
    assert women.min == math.ceil(30 * council.women_min_pct.at() / 100) == 15
    assert "000_721ebb8a9b1c3e2a.txt" in women.source


def test_csp_quotas_are_the_inhabitants_shares_rounded_down_and_up():
    scenario, _ = context()
    shares = scenario.commune.demographics.csp.shares()
    for q in chambery_quotas().for_feature(CSP):
        exact = 30 * shares[q.value]
        assert q.min == math.floor(exact) and q.max == math.ceil(exact)
        assert "confiance" in q.source


def test_women_in_every_quartier_is_a_combined_category():
    quotas = chambery_quotas(women_by_quartier=True)
    assert QUARTIER_GENRE in quotas.features
    combined = quotas.for_feature(QUARTIER_GENRE)
    women = [q for q in combined if q.value.endswith("| femme")]
    assert len(women) == 6
    assert all(q.min == 3 for q in women)  # at least half of 5 seats, rounded up
    assert all(q.min == 0 for q in combined if q.value.endswith("| homme"))


def test_stratification_list_can_ask_for_the_combined_category_and_age():
    scenario, pact = context()
    data = pact.model_dump(by_alias=True, mode="json")
    set_path(data, "conseil_citoyen.stratification.valeur", ["quartier", "genre", "CSP", "âge", "quartier_genre"], "test")
    from engine.model.pact import Pact

    changed = Pact.model_validate(data)
    assert criteria(changed) == [QUARTIER, GENRE, CSP, AGE, QUARTIER_GENRE]
    quotas = council_quotas(changed, scenario)
    assert AGE in quotas.features and QUARTIER_GENRE in quotas.features


def test_tolerance_widens_the_proportional_quotas():
    plain = {q.value: q for q in chambery_quotas().for_feature(CSP)}
    wide = {q.value: q for q in chambery_quotas(tolerance=1).for_feature(CSP)}
    for value, q in wide.items():
        assert q.min == max(0, plain[value].min - 1)
        assert q.max == min(30, plain[value].max + 1)


def test_unknown_criterion_is_a_french_input_error():
    scenario, pact = context()
    data = pact.model_dump(by_alias=True, mode="json")
    data["conseil_citoyen"]["stratification"]["valeur"] = ["quartier", "revenu"]
    from engine.model.pact import Pact

    with pytest.raises(InputError) as err:
        council_quotas(Pact.model_validate(data), scenario)
    assert "revenu" in str(err.value) and "conseil_citoyen.stratification" in str(err.value)


def test_missing_demographics_is_explained():
    scenario, pact = context()
    bare = scenario.model_copy(update={"commune": scenario.commune.model_copy(update={"demographics": None})})
    with pytest.raises(InputError) as err:
        council_quotas(pact, bare)
    assert "demographie" in str(err.value)


def test_too_many_seats_per_quartier_is_refused():
    scenario, pact = context()
    data = pact.model_dump(by_alias=True, mode="json")
    data["conseil_citoyen"]["membres_par_quartier"]["valeur"] = 6
    from engine.model.pact import Pact

    with pytest.raises(InputError) as err:
        council_quotas(Pact.model_validate(data), scenario)
    assert "36" in str(err.value)


@settings(max_examples=60, deadline=None)
@given(seats=st.integers(1, 60), raw=st.lists(st.integers(1, 1000), min_size=1, max_size=9),
       tolerance=st.integers(0, 2))
def test_proportional_quotas_always_add_up(seats, raw, tolerance):
    """Rounding each share down and up keeps Σ min ≤ seats ≤ Σ max (so the library accepts them)."""
    from engine.model.scenario import Distribution
    from engine.sortition.quotas import _proportional

    total = sum(raw)
    items = [{"code": f"c{i}", "nom": f"C{i}", "part_pct": 100 * r / total} for i, r in enumerate(raw)]
    dist = Distribution.model_validate({"description": "d", "source": "x § y", "confiance": "L", "categories": items})
    quotas = _proportional(CSP, dist, seats, tolerance, "x § y")
    assert sum(q.min for q in quotas) <= seats <= sum(q.max for q in quotas)
    assert all(0 <= q.min <= q.max <= seats for q in quotas)
