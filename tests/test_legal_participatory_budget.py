"""Budget participatif against the law (LEGAL.md § 8)."""

from tests.verifier_support import aspects, findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "legal.budget_participatif"


def test_council_votes_the_budget_residents_vote_as_consultation():
    f = findings("chambery", FIXTURE)[KEY]
    a = aspects(f)
    assert f.verdict == "engagement_politique"
    assert a["budget"]["verdict"] == "engagement_politique"
    assert a["budget"]["details"]["enveloppe_annuelle_eur"] == 1_690_000
    # Residents from 16 cannot vote in a legal consultation (L1112-15): CRPA L131-1 only.
    assert a["votants"]["verdict"] == "engagement_politique" and "CRPA-L131-1" in a["votants"]["articles"]
    assert "1\u202f690\u202f000 €" in f.suggested_wording


def test_binding_vote_conflicts():
    f = findings("chambery", FIXTURE, budget_participatif__resultat_contraignant=True)[KEY]
    assert f.verdict == "conflit" and "TA-Grenoble-1701663" in f.articles


def test_electors_only_is_lawful_consultation():
    f = findings("chambery", FIXTURE, budget_participatif__votants="electeurs_inscrits")[KEY]
    assert aspects(f)["votants"]["verdict"] == "conforme"
    assert "limité à un quartier" in aspects(f)["votants"]["explanation"]
