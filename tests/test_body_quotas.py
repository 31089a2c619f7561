"""Quotas of a body drawn by lot (engine/sortition/body_quotas.py), drawn by the council's
machinery."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.sortition.audit import make_seed
from engine.sortition.body_quotas import body_quotas
from engine.sortition.draw import draw
from engine.sortition.quotas import GENRE, QUARTIER
from tests.catalogue_helpers import catalogue
from tests.tirage_helpers import synthetic_pool


def test_quotas_follow_the_strata():
    scen, pact = catalogue()
    q = body_quotas(pact, scen, "assemblee-citoyenne")
    assert q.seats == 100 and q.features == (GENRE, QUARTIER)
    women = next(x for x in q.for_feature(GENRE) if x.value == "femme")
    assert (women.min, women.max) == (50, 50)
    bissy = next(x for x in q.for_feature(QUARTIER) if x.value == "Bissy")
    assert (bissy.min, bissy.max) == (14, 14)


def test_tolerance_widens_shares_only():
    scen, pact = catalogue()
    q = body_quotas(pact, scen, "assemblee-citoyenne", tolerance=2)
    women = next(x for x in q.for_feature(GENRE) if x.value == "femme")
    bissy = next(x for x in q.for_feature(QUARTIER) if x.value == "Bissy")
    assert (women.min, women.max) == (48, 52) and (bissy.min, bissy.max) == (14, 14)


def test_unlisted_values_are_free():
    scen, pact = catalogue(("assemblees_tirees_au_sort.convention-mobilites.strates.valeur.1.categories",
                            [{"code": "femme", "part_pct": 50}]))
    q = body_quotas(pact, scen, "convention-mobilites")
    men = next(x for x in q.for_feature(GENRE) if x.value == "homme")
    assert (men.min, men.max) == (0, 70)


def test_unknown_category_is_a_french_error():
    scen, pact = catalogue(("assemblees_tirees_au_sort.convention-mobilites.strates.valeur.1.categories.1.code",
                            "Atlantide"))
    with pytest.raises(InputError, match="catégorie « Atlantide » inconnue"):
        body_quotas(pact, scen, "convention-mobilites")


def test_a_body_is_drawn_with_its_quotas():
    scen, pact = catalogue()
    q = body_quotas(pact, scen, "convention-mobilites")
    result = draw(synthetic_pool(400, seed=3), q, make_seed("7"))
    assert result.feasible and len(result.panel) == 70
