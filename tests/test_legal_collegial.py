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


def test_grenoble_quartier_adjoints_allowed():
    ex = findings("grenoble", "collegial-2026")["legal.executif"]
    assert "adjoints_quartier" not in aspects(ex)
