"""What changes between two pacts (engine/powers/diff.py)."""

from __future__ import annotations

from test_powers import pact

from engine import powers


def test_diff_between_two_pacts() -> None:
    a = powers.build(pact())
    b = powers.build(pact(without=("conseil_citoyen",), votation_propositionnelle__seuil_pct=2))
    d = powers.diff(a, b)
    assert "conseil_citoyen" in d["nodes_removed"]
    assert any(e["kind"] == "audite" for e in d["edges_removed"])
    assert any(c["before"]["clause"] == "votation_propositionnelle.seuil_pct"
               for c in d["edges_changed"])
    binomes = next(c for c in d["accountability_changed"] if c["holder"] == "binomes")
    assert binomes["audited_before"] is True and binomes["audited_after"] is False
    text = powers.diff_sentences(a, b, d)
    assert any(t.startswith("Organe supprimé : Conseil Citoyen") for t in text)
    assert powers.diff(a, powers.build(pact()))["edges_added"] == []
