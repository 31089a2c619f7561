"""Conventions citoyennes and quartier councils with their budgets."""

from tests.verifier_support import aspects, findings


def test_conventions_conforme():
    assert findings()["legal.conventions_citoyennes"].verdict == "conforme"


def test_quartier_budget_decided_by_councils_conflicts():
    f = findings()["legal.conseils_de_quartier"]
    a = aspects(f)
    assert f.verdict == "conflit" and a["budget"]["verdict"] == "conflit"
    assert a["budget"]["details"]["budget_annuel_total_eur"] == 1_200_000
    assert "L2312-1" in f.articles


def test_budget_proposed_to_the_council_is_political():
    f = findings(conseils_de_quartier__decident_du_budget=False)["legal.conseils_de_quartier"]
    assert f.verdict == "engagement_politique"


def test_regime_by_commune():
    assert "L2143-2" in aspects(findings("saillans")["legal.conseils_de_quartier"])["regime"]["articles"]
    assert "obligatoires" in aspects(findings("grenoble")["legal.conseils_de_quartier"])["regime"]["explanation"]
