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
