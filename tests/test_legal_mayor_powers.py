"""The mayor's powers before the law (L2122-22, L2122-18, L2122-23, L422-1 of the code de
l'urbanisme), and against the rest of the pact."""

from __future__ import annotations

from engine.core.fr import euros
from tests.verifier_support import aspects, findings

LOAN_CAP = {"description": "x", "unite": "euros", "valeur": 2_000_000}


def test_loans_without_a_limit_are_to_check():
    f = findings()["legal.pouvoirs_du_maire"]
    a = aspects(f)
    assert a["delegations"]["verdict"] == "a_verifier"
    assert "limites fixées par le conseil" in a["delegations"]["explanation"]
    assert "L2122-22.3" in f.articles


def test_loans_with_a_limit_are_lawful():
    f = findings(pouvoirs_du_maire__plafond_emprunts_eur=LOAN_CAP)["legal.pouvoirs_du_maire"]
    a = aspects(f)
    assert a["delegations"]["verdict"] == "conforme"
    assert euros(2_000_000) in a["delegations"]["explanation"]


def test_permits_and_signature_are_political():
    a = aspects(findings()["legal.pouvoirs_du_maire"])
    assert a["permis"]["verdict"] == "engagement_politique"
    assert "CU-L422-1" in a["permis"]["articles"]
    assert "reste seul·e compétent·e" in a["permis"]["suggested_wording"]
    assert a["signature"]["verdict"] == "engagement_politique"


def test_rotation_link():
    a = aspects(findings()["legal.pouvoirs_du_maire"])
    assert a["rotation"]["verdict"] == "a_verifier" and "24 mois" in a["rotation"]["explanation"]
    f = findings(pouvoirs_du_maire__delegations_accordees={"description": "x", "unite": "liste",
                                                           "valeur": "aucune"})
    a = aspects(f["legal.pouvoirs_du_maire"])
    assert a["delegations"]["verdict"] == "conforme" and "aucun alinéa" in a["delegations"]["explanation"]


def test_permit_opinion_needs_quartier_councils():
    assert findings()["consistency.pouvoirs_du_maire.permis"].verdict == "coherent"
    f = findings(pouvoirs_du_maire__permis_avis_conseil_de_quartier={
        "description": "x", "unite": "booleen", "valeur": False})
    assert "consistency.pouvoirs_du_maire.permis" not in f


def test_example_pact_all_but_pre_emption():
    f = findings("chambery", "tests/fixtures/pacte_engagements.yaml")
    a = aspects(f["legal.pouvoirs_du_maire"])
    assert a["delegations"]["verdict"] == "conforme"
    assert "26 alinéas" in a["delegations"]["explanation"] and "en garde 3" in a["delegations"]["explanation"]
    assert set(a) == {"delegations"}  # no signature, permit or rotation promise in this pact
    assert f["legal.engagements"].verdict == "a_verifier"
    assert f["consistency.engagements.instance"].verdict == "lacune"
