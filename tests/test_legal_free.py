"""Free clauses: never rejected, judged from their nature (engine/verifier/legal/free.py)."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.verifier.legal import check_legal
from tests.catalogue_helpers import catalogue


def _findings(*overrides):
    scen, pact = catalogue(*overrides)
    return {f.id: f for f in check_legal(pact, scen)}


def test_one_finding_per_free_clause():
    found = _findings()
    assert {k for k in found if k.startswith("legal.libre.")} == {
        "legal.libre.cantines-bio", "legal.libre.permis-de-construire",
        "legal.libre.charte-ethique", "legal.libre.regie-eau"}


def test_an_act_of_the_council_is_to_check_within_its_competence():
    f = _findings()["legal.libre.cantines-bio"]
    assert f.verdict == "a_verifier"
    assert "L2121-29" in f.articles
    assert "Qui décide" in f.message and f.details["questions"]


def test_known_and_unknown_articles():
    f = _findings()["legal.libre.cantines-bio"]
    assert f.details["articles_connus"] == ["L2121-29"]
    assert f.details["articles_inconnus"] == ["C. éduc. L212-4"]
    assert "ne couvre pas C. éduc. L212-4" in f.message
    assert "Le conseil règle par ses délibérations" in f.message   # the paraphrase
    assert f.confidence == "L"


def test_an_article_written_with_a_space_is_recognised():
    f = _findings(("clauses_libres.2.base_legale", ["CRPA L131-1"]))["legal.libre.permis-de-construire"]
    assert "CRPA-L131-1" in f.articles and f.details["articles_inconnus"] == []


def test_an_act_of_the_mayor_is_at_most_a_political_commitment():
    f = _findings()["legal.libre.permis-de-construire"]
    assert f.verdict == "engagement_politique"
    assert "ne peut pas lier" in f.message
    assert "s'y engage politiquement" in f.suggested_wording


def test_a_political_commitment_stays_one():
    assert _findings()["legal.libre.charte-ethique"].verdict == "engagement_politique"


def test_other_is_to_check_with_questions():
    f = _findings()["legal.libre.regie-eau"]
    assert f.verdict == "a_verifier"
    assert "Quel budget" in f.message


def test_each_nature_gives_its_verdict():
    expected = {"acte_du_conseil": "a_verifier", "acte_du_maire": "engagement_politique",
                "engagement_politique": "engagement_politique", "autre": "a_verifier"}
    for nature, verdict in expected.items():
        assert _findings(("clauses_libres.1.nature", nature))["legal.libre.cantines-bio"].verdict == verdict


def test_duplicate_ids_are_refused_in_french():
    with pytest.raises(InputError, match="« cantines-bio »"):
        catalogue(("clauses_libres.2.id", "cantines-bio"))


def test_an_unknown_nature_is_refused():
    with pytest.raises(InputError):
        catalogue(("clauses_libres.1.nature", "decret"))
