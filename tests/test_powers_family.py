"""Powers of the list families (engine/powers/family_edges.py)."""

from __future__ import annotations

from engine.powers import build
from tests.catalogue_helpers import catalogue


def _edges(graph, src, dst, kind):
    return [p for p in graph.powers if (p.source, p.target, p.kind) == (src, dst, kind)]


def test_bodies_drawn_by_lot_and_their_powers():
    _, pact = catalogue()
    g = build(pact)
    assert "assemblee_assemblee-citoyenne" in g.bodies
    assert _edges(g, "citoyens", "assemblee_assemblee-citoyenne", "nomme")
    advice = _edges(g, "assemblee_assemblee-citoyenne", "conseil_municipal", "conseille")
    assert advice and advice[0].force == "avis"
    codecide = _edges(g, "assemblee_convention-mobilites", "deliberations", "decide")
    assert codecide and "L2121-29" in codecide[0].label


def test_votes_and_their_triggers():
    _, pact = catalogue()
    g = build(pact)
    petition = _edges(g, "electeurs", "votation_ric-local", "declenche")
    assert petition and "5 % des électeur·rices inscrit·es" in petition[0].label
    assert petition[0].clause == "votations.ric-local.seuil_petition_pct"
    assert _edges(g, "assemblee_assemblee-citoyenne", "votation_votation-16-ans", "declenche")
    assert _edges(g, "votation_ric-local", "deliberations", "decide")
