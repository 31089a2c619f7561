"""Seed 002's collegial pact: political commitments, the shared cabinet to check."""

from tests.verifier_support import aspects, findings


def test_collegial_pact_in_chambery():
    f = findings("chambery", "collegial-2026")
    ex, co = f["legal.executif"], f["legal.collegialite"]
    assert aspects(ex)["binome_executif"]["verdict"] == "engagement_politique"
    assert aspects(ex)["adjoints_quartier"]["verdict"] == "a_verifier"
    assert aspects(co)["decision"]["verdict"] == "engagement_politique"
    assert aspects(co)["cabinet"]["verdict"] == "a_verifier"
    assert not [x for x in f.values() if x.kind == "legal" and x.verdict == "conflit"]


def test_quartier_adjoints_impossible_below_20000():
    ex = findings("saillans", "collegial-2026")["legal.executif"]
    assert ex.verdict == "conflit" and aspects(ex)["adjoints_quartier"]["verdict"] == "conflit"


def test_grenoble_quartier_adjoints_allowed_but_over_the_rounded_down_cap():
    """Quartier councils are mandatory in Grenoble, so quartier adjoints are allowed; but its
    6 quartiers need 6 of them against 10 % of 59 = 5.9 → 5 (6 only if rounded up): « à
    vérifier », confidence L — the verdict the consistency check ``effectifs.adjoints`` gives."""
    ex = findings("grenoble", "collegial-2026")["legal.executif"]
    q = aspects(ex)["adjoints_quartier"]
    assert q["verdict"] == "a_verifier" and q["confidence"] == "L"
    assert aspects(ex)["plafond"]["verdict"] == "conforme"
