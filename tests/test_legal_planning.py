"""PPI vote between several proposals, PLUIHD approval and referendum."""

from tests.verifier_support import aspects, findings


def test_ppi_ratified_plurality_vote_conflicts():
    f = findings()["legal.ppi"]
    assert f.verdict == "conflit" and {"L1112-20", "LO1112-1"} <= set(f.articles)
    assert findings(ppi__ratification_cm=False)["legal.ppi"].verdict == "engagement_politique"


def test_pluihd():
    f = findings()["legal.pluihd"]
    a = aspects(f)
    assert a["approbation"]["verdict"] == "conflit"
    assert a["referendum"]["verdict"] == "a_verifier" and a["referendum"]["confidence"] == "L"
    g = findings(pluihd__approbation_conseil_citoyen=False, pluihd__referendum_en_cas_de_conflit=False)["legal.pluihd"]
    assert g.verdict == "conforme"
