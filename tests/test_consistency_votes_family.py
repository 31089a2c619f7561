"""Consistency of the list families (engine/verifier/consistency/votes_family.py)."""

from __future__ import annotations

from datetime import date

from engine.verifier.checks import check
from tests.catalogue_helpers import catalogue, param


def _ids(*overrides):
    scen, pact = catalogue(*overrides)
    return {f.id: f for f in check(pact, scen) if f.kind == "consistency"}


def test_the_fixture_is_consistent():
    assert not [k for k in _ids() if k.startswith(("consistency.votations", "consistency.assemblees"))]


def test_fixed_dates_above_the_yearly_cap():
    found = _ids(("votations.ric-local.max_par_an", param("Plafond", "votations", 1)),
                 ("votations.ric-local.dates_fixes", [date(2027, 1, 10), date(2027, 11, 14)]))
    f = found["consistency.votations.ric-local.plafond"]
    assert f.verdict == "incoherent" and f.details == {"annees": {"2027": 2}}


def test_a_vote_triggered_by_a_body_the_pact_does_not_create():
    found = _ids(("votations.votation-16-ans.organe_declencheur.valeur", "fantome"))
    assert "« fantome »" in found["consistency.votations.votation-16-ans.organe"].message


def test_counts_and_shares_that_reserve_more_seats_than_members():
    found = _ids(("assemblees_tirees_au_sort.convention-mobilites.strates.valeur.1.categories",
                  [{"code": "femme", "nombre": 40}, {"code": "homme", "part_pct": 50}]))
    # 40 seats + 50 % of 70 = 35 seats: 75 for 70 members
    f = found["consistency.assemblees_tirees_au_sort.convention-mobilites.genre"]
    assert f.verdict == "incoherent" and f.details == {"sieges_minimum": 75, "membres": 70}


def _quinze(*sets: str):
    from engine.io.context import load_context

    overrides = [(k, int(v) if v.isdigit() else v) for k, v in (s.split("=", 1) for s in sets)]
    scen, pact = load_context(pact="tests/fixtures/pacte_quinze_mesures.yaml", overrides=overrides)
    return {f.id: f for f in check(pact, scen) if f.kind == "consistency"}


STRATA = "assemblees_tirees_au_sort.assemblee-citoyenne.strates.valeur"
ASSEMBLY = "consistency.assemblees_tirees_au_sort.assemblee-citoyenne"


def test_a_quota_on_a_quartier_the_commune_does_not_have():
    assert f"{ASSEMBLY}.quartier.inconnu" not in _quinze()
    found = _quinze(f"{STRATA}.2.categories.1.code=Secteur 9")
    f = found[f"{ASSEMBLY}.quartier.inconnu"]
    assert f.verdict == "incoherent" and f.details["inconnus"] == ["Secteur 9"]
    assert "Grenoble" in f.message


def test_shares_of_a_criterion_add_up_to_100():
    assert f"{ASSEMBLY}.genre.parts" not in _quinze()
    short = _quinze(f"{STRATA}.1.categories.1.part_pct=40")[f"{ASSEMBLY}.genre.parts"]
    assert short.verdict == "a_verifier" and short.details == {"total_pct": 90}
    assert "10 % restants" in short.message
    import pytest

    from engine.core.errors import InputError

    with pytest.raises(InputError, match="plus de 100 %"):  # refused when the pact is read
        _quinze(f"{STRATA}.1.categories.1.part_pct=60")
