"""Behaviour assumptions: cited defaults, overrides from the scenario and --set, errors."""

from __future__ import annotations

import functools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.io.assumptions import load_assumptions
from engine.model.assumptions import keys
from engine.sim.behaviour import draw_behaviour, draw_specs


def test_every_default_is_cited_and_in_its_range() -> None:
    a = load_assumptions()
    assert a.regime == "loi"
    assert len(a.items()) >= 50
    for key, _name, h in a.items():
        assert "§" in str(h.source), key
        assert h.low <= h.value <= h.high, key
    assert a.sortition_acceptance_pct.value == 3
    assert (a.sortition_acceptance_pct.low, a.sortition_acceptance_pct.high) == (1.5, 7.5)


def test_scenario_block_then_set_override_in_that_order() -> None:
    a = load_assumptions({"participation_votation_pct": 7},
                         [("hypotheses.participation_votation_pct", 7.5),
                          ("hypotheses.regime_des_votes", "pacte")])
    assert a.turnout_votation_pct.value == 7.5
    assert a.regime == "pacte"


def test_a_bare_value_fixes_the_assumption() -> None:
    a = load_assumptions(None, [("hypotheses.petitions_pour_10000_habitants_par_an", 4)])
    h = a.petitions_per_10k_per_year
    assert (h.value, h.low, h.high) == (4, 4, 4)
    b = draw_behaviour(draw_specs(a), random.Random(3))
    assert b.petitions_per_10k_per_year == 4


def test_a_full_block_is_merged() -> None:
    a = load_assumptions({"taux_acceptation_tirage_pct": {"valeur": 5, "min": 4, "max": 6}})
    h = a.sortition_acceptance_pct
    assert (h.value, h.low, h.high) == (5, 4, 6)


@pytest.mark.parametrize(("path", "value", "fragment"), [
    ("hypotheses.inconnue", 1, "hypothèse inconnue"),
    ("hypotheses.avis_defavorable_pct", 120, "dépasser 100"),
    ("hypotheses.regime_des_votes", "parfois", "valeur non prévue"),
    ("hypotheses.petitions_pour_10000_habitants_par_an.borne", 3, "champ inconnu"),
    ("hypotheses.petitions_pour_10000_habitants_par_an", "beaucoup", "nombre"),
])
def test_bad_overrides_are_input_errors_in_french(path, value, fragment) -> None:
    with pytest.raises(InputError) as err:
        load_assumptions(None, [(path, value)])
    assert fragment in str(err.value)
    assert "--set" in str(err.value)


def test_uncertainty_off_gives_the_modes() -> None:
    a = load_assumptions(None, [("hypotheses.incertitude", False)])
    b = draw_behaviour(draw_specs(a), random.Random(1))
    for _key, name, h in a.items():
        assert getattr(b, name) == h.value


@functools.cache
def defaults():
    return load_assumptions()


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_draws_stay_in_their_range(seed) -> None:
    a = defaults()
    b = draw_behaviour(draw_specs(a), random.Random(seed))
    for _key, name, h in a.items():
        assert h.low <= getattr(b, name) <= h.high


def test_keys_are_french() -> None:
    assert "taux_acceptation_tirage_pct" in keys() and "regime_des_votes" in keys()


def test_defaults_parsed_once_but_every_load_gets_its_own_copy(tmp_path) -> None:
    """The defaults file is parsed once per process while unchanged; an override in one load
    never leaks into the next, and an edited file is read again."""
    import shutil

    from engine.core.paths import ASSUMPTIONS_FILE
    from engine.io.assumptions import load_assumptions

    copy = tmp_path / "defaut.yaml"
    shutil.copy(ASSUMPTIONS_FILE, copy)
    first = load_assumptions({}, [("taux_acceptation_tirage_pct", 5)], path=copy)
    second = load_assumptions({}, path=copy)
    assert first.sortition_acceptance_pct.value == 5
    assert second.sortition_acceptance_pct.value != 5
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text + "\n# modifié\n", encoding="utf-8")
    assert load_assumptions({}, path=copy).sortition_acceptance_pct.value == second.sortition_acceptance_pct.value
