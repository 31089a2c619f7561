"""Conseil Citoyen: consultative committee (L2143-2), no revocation, no decision power."""

from tests.verifier_support import aspects, findings


def cc(**sets):
    return findings(**sets)["legal.conseil_citoyen"]


def test_revocation_request_conflicts():
    f = cc()
    assert f.verdict == "conflit"
    assert aspects(f)["revocation"]["verdict"] == "conflit"
    assert {"L2122-16", "L1112-15"} <= set(f.articles)
    assert "L2143-2" in f.suggested_wording


def test_without_revocation_it_is_a_consultative_committee():
    f = cc(conseil_citoyen__peut_demander_revocation=False)
    assert f.verdict == "engagement_politique"
    assert aspects(f)["statut"]["verdict"] == "conforme"


def test_decision_powers_conflict():
    f = cc(conseil_citoyen__peut_demander_revocation=False, conseil_citoyen__pouvoir_de_decision=True)
    assert f.verdict == "conflit" and aspects(f)["statut"]["verdict"] == "conflit"
