"""Rotation: voluntary resignation is political; automatic or pre-signed letters conflict."""

from tests.verifier_support import aspects, findings


def rotation(commune="chambery", **sets):
    return findings(commune, **sets)["legal.rotation"]


def test_voluntary_rotation_describes_the_mechanics():
    f = rotation()
    assert f.verdict == "engagement_politique"
    for art in ("L2122-15", "L2122-14", "L2122-10"):
        assert art in f.articles
    assert "5 jours francs" in f.message and "alternant" in f.message


def test_small_commune_notice():
    assert "3 jours francs" in rotation("saillans").message


def test_automatic_and_presigned_conflict():
    assert aspects(rotation(rotation__automatique=True))["automaticite"]["verdict"] == "conflit"
    f = rotation(rotation__lettres_de_demission_pre_signees=True)
    assert f.verdict == "conflit" and "CE-188892" in f.articles


def test_too_slow_election_conflicts():
    f = rotation(rotation__delai_convocation_cm_jours=20)
    assert aspects(f)["delai_election"]["verdict"] == "conflit"
