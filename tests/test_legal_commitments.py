"""Mandat impératif before the law, and against the rest of the pact."""

from __future__ import annotations

from tests.verifier_support import aspects, findings


def test_mandat_imperatif_is_a_political_commitment():
    f = findings()["legal.engagements"]
    a = aspects(f)
    assert f.verdict == "engagement_politique"
    assert a["nature"]["verdict"] == "engagement_politique" and "Const-27" in f.articles
    assert a["nature"]["details"]["objectifs_par_binome"]["Quartier Bissy"] == 3
    assert a["auditeur"]["verdict"] == "conforme"
    assert "chaque mois" in a["comptes_rendus"]["explanation"]
    assert "3 à 5 objectifs" in f.suggested_wording
    assert f.confidence == "L"  # the law base reaches the mandat impératif only weakly


def test_auditor_missing_is_to_check():
    f = findings(engagements__auditeur={"description": "x", "unite": "texte",
                                        "valeur": "assemblee_citoyenne"})["legal.engagements"]
    assert aspects(f)["auditeur"]["verdict"] == "a_verifier" and f.verdict == "a_verifier"


def test_objectives_outside_the_range_are_flagged():
    f = findings()["consistency.engagements.objectifs"]
    assert f.verdict == "incoherent"
    assert f.details["hors_fourchette"] == {"2": 6, "19": 2}
    wide = findings(engagements__objectifs_min={"description": "x", "unite": "nombre", "valeur": 2},
                    engagements__objectifs_max={"description": "x", "unite": "nombre", "valeur": 6})
    assert wide["consistency.engagements.objectifs"].verdict == "coherent"


def test_no_auditing_body_is_a_gap():
    f = findings(conseil_citoyen=None)
    assert f["consistency.engagements.instance"].verdict == "lacune"
    assert aspects(f["legal.engagements"])["auditeur"]["verdict"] == "a_verifier"
    assert "consistency.engagements.instance" not in findings()


def test_reports_published_and_frequent_enough():
    f = findings()["consistency.engagements.comptes_rendus"]
    assert f.verdict == "coherent"
    assert f.details["comptes_rendus_sur_le_mandat"] == 71 and f.details["periodicite_audit_mois"] == 6
    rare = findings(engagements__periodicite_compte_rendu_mois={"description": "x", "unite": "mois",
                                                                "valeur": 12})
    g = rare["consistency.engagements.comptes_rendus"]
    assert g.verdict == "incoherent" and g.details["comptes_rendus_sur_le_mandat"] == 5
    hidden = findings(engagements__publication_comptes_rendus={"description": "x", "unite": "booleen",
                                                               "valeur": False})
    assert hidden["consistency.engagements.comptes_rendus"].verdict == "lacune"
