"""check(): deterministic, complete, JSON-ready, on both pacts and three communes."""

import json

import pytest

from engine.verifier.checks import check, report
from engine.verifier.findings import CONSISTENCY_VERDICTS, LEGAL_VERDICTS
from tests.verifier_support import context, law

CASES = [(c, p) for c in ("chambery", "grenoble", "saillans") for p in ("chambery-2026", "collegial-2026")]


@pytest.mark.parametrize("commune,pacte", CASES)
def test_findings_are_well_formed(commune, pacte):
    scen, pact = context(commune, pacte)
    found = check(pact, scen, law())
    ids = [f.id for f in found]
    assert len(ids) == len(set(ids))
    for f in found:
        assert f.verdict in (LEGAL_VERDICTS if f.kind == "legal" else CONSISTENCY_VERDICTS)
        assert f.message and f.source and f.confidence in "HML"
        if f.kind == "legal" and f.verdict != "conforme":
            assert f.suggested_wording
    json.dumps(report(pact, scen, law()), ensure_ascii=False)


def test_deterministic():
    scen, pact = context()
    assert json.dumps(report(pact, scen)) == json.dumps(report(pact, scen))


def test_same_pact_different_communes():
    def verdicts(commune):
        scen, pact = context(commune)
        return {f.id: f.verdict for f in check(pact, scen)}
    ch, gr, sa = verdicts("chambery"), verdicts("grenoble"), verdicts("saillans")
    assert ch["legal.binomes"] != sa["legal.binomes"]
    assert ch["consistency.quartiers.binomes"] != gr["consistency.quartiers.binomes"]
    assert ch["legal.commune.effectif"] == "a_verifier" and gr["legal.commune.effectif"] == "conforme"


def test_bilan_section():
    from engine.verifier.checks import bilan_section

    scen, pact = context()
    b = bilan_section(pact, scen)
    assert b["legal"]["conflit"] == 7
    heads = {x["id"]: x["headline"] for x in b["serious"]}
    abrogation = next(f for f in check(pact, scen) if f.id == "legal.votation_abrogatoire")
    assert heads["legal.votation_abrogatoire"] == \
        f"{abrogation.title} — {pact.abrogation.title}."
    assert "suspendrait une délibération" in heads["legal.votation_abrogatoire"]
    assert "consistency.effectifs.elus" in heads
