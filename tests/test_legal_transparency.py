"""Transparence against the law (L2131-1, L2121-25, L2121-18, L2121-26, CRPA L312-1-1)."""

from tests.verifier_support import aspects, findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "legal.transparence"


def test_chambery_commitments():
    f = findings()[KEY]
    a = aspects(f)
    assert f.verdict == "engagement_politique"
    assert set(a) == {"publication", "resume", "comptes_rendus", "avis", "plateforme"}
    assert a["publication"]["verdict"] == "conforme"
    assert a["resume"]["verdict"] == "engagement_politique"


def test_fixture_broadcast_and_open_data():
    a = aspects(findings("chambery", FIXTURE)[KEY])
    assert a["retransmission"]["articles"] == ["L2121-18"]
    assert a["donnees_ouvertes"]["verdict"] == "conforme"
    assert a["publication"]["details"] == {"delai_jours": 3}


def test_publication_later_than_the_legal_week_is_to_check():
    f = findings("chambery", FIXTURE, transparence__delai_publication_jours=15)[KEY]
    assert aspects(f)["publication"]["verdict"] == "a_verifier" and f.verdict == "a_verifier"
