"""Votation abrogatoire: suspension, signatures vs 1/10, effect of the vote."""

from __future__ import annotations

from tests.verifier_support import aspects, findings


def abrogation(commune="chambery", **sets):
    return findings(commune, **sets)["legal.votation_abrogatoire"]


def test_suspension_is_a_conflict():
    f = abrogation()
    a = aspects(f)
    assert f.verdict == "conflit"
    assert a["suspension"]["verdict"] == "conflit"
    assert {"L2131-1", "L2131-6", "CJA-L521-1"} <= set(a["suspension"]["articles"])
    assert "suspend" in f.suggested_wording and "différée" in f.suggested_wording


def test_removing_suspension_removes_that_conflict():
    f = abrogation(votation_abrogatoire__suspension_execution=False)
    assert aspects(f)["suspension"]["verdict"] == "conforme"
    assert f.verdict == "conflit"  # the binding result remains
    g = abrogation(votation_abrogatoire__suspension_execution=False,
                   votation_abrogatoire__resultat_contraignant=False)
    assert g.verdict == "engagement_politique"


def test_500_signatures_by_commune():
    assert aspects(abrogation("chambery"))["signatures"]["verdict"] == "engagement_politique"
    assert aspects(abrogation("grenoble"))["signatures"]["verdict"] == "engagement_politique"
    s = aspects(abrogation("saillans"))["signatures"]
    assert s["verdict"] == "conforme" and s["details"]["part_des_electeurs_pct"] == 42.7


def test_repeal_limits_are_cited():
    assert {"CRPA-L243-1", "CRPA-L242-1"} <= set(abrogation().articles)


def test_uncertain_electorate_near_the_tenth():
    # 120 signatures in Saillans: between 110 and 130 signatures for 1/10 → to be checked.
    a = aspects(abrogation("saillans", votation_abrogatoire__signatures_requises=120))["signatures"]
    assert a["verdict"] == "a_verifier"
