"""Charte éthique against the law (incompatibilities, allowances, HATVP, mandate limits)."""

from tests.verifier_support import aspects, findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "legal.charte_ethique"


def test_chambery_non_cumul_is_political():
    f = findings()[KEY]
    assert f.verdict == "engagement_politique"
    assert {"Celec-LO141-1", "Celec-L46-1", "L2122-18"} <= set(f.articles)


def test_scope_changes_the_hard_law():
    f = findings(charte_ethique__elus_concernes="maire")[KEY]
    assert "L2122-18" not in f.articles and "L2122-4" in f.articles


def test_without_non_cumul_only_the_law():
    f = findings(charte_ethique__non_cumul_au_dela_de_la_loi=False)[KEY]
    assert f.verdict == "conforme"


def test_fixture_caps_mandates_and_declarations():
    a = aspects(findings("chambery", FIXTURE)[KEY])
    assert a["indemnites"]["verdict"] == "conforme"
    assert a["mandats"]["verdict"] == "engagement_politique"
    assert a["declarations"]["details"]["sans_obligation_legale"] == ["adjoint·es", "conseiller·es délégué·es"]
    over = aspects(findings("chambery", FIXTURE, charte_ethique__plafond_indemnites_pct=100)[KEY])
    assert over["indemnites"]["verdict"] == "conforme"
