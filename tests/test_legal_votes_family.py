"""The family of votes judged frame by frame (engine/verifier/legal/votes_family.py)."""

from __future__ import annotations

from datetime import date

from engine.verifier.legal import check_legal
from tests.catalogue_helpers import catalogue

RIC = "legal.votations.ric-local"
SIXTEEN = "legal.votations.votation-16-ans"


def _finding(fid, *overrides):
    scen, pact = catalogue(*overrides)
    return next(f for f in check_legal(pact, scen) if f.id == fid)


def _aspects(f):
    return {a["aspect"]: a["verdict"] for a in f.details["aspects"]}


def test_a_citizen_initiated_referendum_is_a_political_commitment_to_propose_it():
    a = _aspects(_finding(RIC))
    assert a["cadre"] == "engagement_politique"
    assert a["resultat"] == "conforme"          # quorum 50 % (LO1112-7)
    assert a["votants"] == "conforme"
    assert a["petition"] == "engagement_politique"   # 1 738 < 3 476 (1/10)


def test_fixed_date_in_a_campaign_is_a_conflict():
    f = _finding(RIC)
    assert _aspects(f)["dates"] == "conflit" and f.verdict == "conflit"
    f = _finding(RIC, ("votations.ric-local.dates_fixes", [date(2028, 10, 15)]))
    assert "dates" not in _aspects(f) and f.verdict == "engagement_politique"


def test_binding_referendum_below_half_the_electors_conflicts():
    f = _finding(RIC, ("votations.ric-local.quorum_pct", 40), ("votations.ric-local.dates_fixes", []))
    assert _aspects(f)["resultat"] == "conflit" and "LO1112-7" in f.articles


def test_spacing_below_a_year_conflicts():
    f = _finding(RIC, ("votations.ric-local.espacement_meme_objet_mois", 6))
    assert _aspects(f)["espacement"] == "conflit"


def test_referendum_on_individual_acts_conflicts():
    f = _finding(RIC, ("votations.ric-local.objet", "actes_individuels"))
    assert _aspects(f)["objet"] == "conflit" and "LO1112-2" in f.articles


def test_referendum_opened_to_residents_is_not_a_legal_form():
    f = _finding(RIC, ("votations.ric-local.votants", "habitants_16_ans"))
    a = _aspects(f)
    assert a["votants"] == "conflit" and a["forme_licite"] == "conflit"
    assert "CRPA L131-1" in f.suggested_wording


def test_consultation_result_is_an_opinion():
    f = _finding(RIC, ("votations.ric-local.cadre", "consultation"),
                 ("votations.ric-local.dates_fixes", []))
    a = _aspects(f)
    assert a["cadre"] == "conforme" and a["resultat"] == "engagement_politique"
    assert "L1112-20" in f.articles


def test_consultation_on_the_mayor_s_competence_is_at_most_political():
    f = _finding(RIC, ("votations.ric-local.cadre", "consultation"),
                 ("votations.ric-local.objet", "competence_du_maire"))
    assert _aspects(f)["objet"] == "engagement_politique"


def test_non_binding_participation_open_to_residents_is_lawful():
    f = _finding(SIXTEEN)
    assert f.verdict == "conforme" and "CRPA-L131-1" in f.articles


def test_the_grenoble_scheme_conflicts():
    f = _finding(SIXTEEN, ("votations.votation-16-ans.declenchement", ["petition"]),
                 ("votations.votation-16-ans.suite_donnee", "adoption_si_oui"))
    assert _aspects(f)["resultat"] == "conflit"
    assert "TA-Grenoble-1701663" in f.articles


def test_the_bundled_votes_keep_their_own_checks():
    scen, pact = catalogue()
    assert pact.petition is None
    from tests._pacts import chambery
    scen, pact = chambery()
    ids = {f.id for f in check_legal(pact, scen)}
    assert "legal.votation_propositionnelle" in ids and "legal.referendum_municipal" in ids
