"""Finding: allowed verdicts, wording required, JSON keys."""

import pytest

from engine.verifier.findings import Finding, worst_legal

KEYS = ["id", "clause", "kind", "verdict", "severity", "articles", "message",
        "suggested_wording", "confidence", "source", "details"]


def make(**kw):
    base = dict(id="x", clause="c", kind="legal", verdict="conforme", severity="info", articles=("L1",),
                message="m", suggested_wording=None, confidence="H", source="s")
    base.update(kw)
    return Finding(**base)


def test_json_keys_in_order():
    assert list(make().as_dict()) == KEYS


def test_verdicts_checked():
    with pytest.raises(ValueError):
        make(verdict="coherent")
    with pytest.raises(ValueError):
        make(kind="consistency", verdict="conflit")
    with pytest.raises(ValueError):
        make(verdict="conflit")  # no wording
    assert make(verdict="conflit", suggested_wording="w").verdict == "conflit"


def test_worst():
    assert worst_legal(["conforme", "engagement_politique"]) == "engagement_politique"
    assert worst_legal(["a_verifier", "conflit", "conforme"]) == "conflit"
    assert worst_legal(["engagement_politique", "a_verifier"]) == "a_verifier"


def test_one_wording_of_verdict_counts_for_every_output() -> None:
    """« 1 conflit », « 2 conflits » : one function, used by `pacte verifier` and `pacte bilan`."""
    from engine.verifier.findings import verdict_counts_fr

    assert verdict_counts_fr({"conforme": 3, "conflit": 1}, "legal") == \
        "1 conflit avec la loi, 3 conformes"
    assert verdict_counts_fr({"coherent": 1, "lacune": 2}, "consistency") == \
        "2 laissés à la bonne volonté, 1 cohérent"
    assert verdict_counts_fr({}, "legal") == "aucun constat"
