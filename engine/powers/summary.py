"""The analyses of a power graph as JSON-ready data: the whole report of ``pacte pouvoirs
--format json`` and the short section of ``pacte bilan``."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from engine.powers.analysis import (
    accountability,
    citizen_advisory_votes,
    citizen_votes,
    concentration,
    findings,
    votes_without_citizen_initiative,
)
from engine.powers.from_pact import build
from engine.powers.graph import PowerGraph

if TYPE_CHECKING:  # pragma: no cover
    from engine.model.pact import Pact


def analyse(g: PowerGraph) -> dict[str, Any]:
    """Toutes les analyses du graphe en données JSON (le schéma de ``pacte pouvoirs --format
    json``) : organes, pouvoirs cités (clause du pacte ou article du CGCT), redevabilité,
    concentration, votes à l'initiative des citoyen·nes et constats."""
    acc = accountability(g)
    conc = concentration(g)
    votes = citizen_votes(g)
    return {
        "pacte": g.pact_id,
        "titre": g.title,
        "nodes": [asdict(b) for b in g.bodies.values()],
        "edges": [p.as_dict() for p in g.powers],
        "accountability": [
            {"holder": a.holder, "label": a.label, "paths": [p.as_dict(g) for p in a.paths],
             "audited_by_citizens": a.audited_by_citizens, "lawful_path": a.lawful_path,
             "summary": a.summary()} for a in acc],
        "concentration": {
            "decisions": [
                {"decision": d.decision, "label": d.label, "deciders": list(d.deciders),
                 "votes": list(d.votes), "alone": d.alone, "gatekeepers": list(d.gatekeepers),
                 "reachable_from_citizens": d.reachable} for d in conc.decisions],
            "betweenness": conc.betweenness,
            "blockers": {k: list(v) for k, v in conc.blockers.items()},
        },
        "citizen_votes": [
            {"decision": v.decision, "scrutin": v.scrutin, "how": v.trigger.kind,
             "trigger": v.trigger.as_dict(), "outcome": v.outcome.as_dict()} for v in votes],
        "votes_called_by_elected_only": votes_without_citizen_initiative(g),
        "citizen_advisory_votes": citizen_advisory_votes(g),
        "findings": findings(g, acc, conc, votes),
    }


def bilan_section(pact: Pact) -> dict[str, Any]:
    """Le résumé de l'organisation des pouvoirs pour ``pacte bilan`` : décisions que les
    citoyen·nes peuvent porter au vote, décisions prises seul·e (police du maire, L2212-1),
    détenteurs audités par les citoyen·nes ou sans chemin de redevabilité, et constats."""
    g = build(pact)
    acc = accountability(g)
    conc = concentration(g)
    votes = citizen_votes(g)
    return {
        "bodies": len(g.bodies), "powers": len(g.powers),
        "citizen_votes": sorted({v.decision for v in votes}),
        "decided_alone": {d.decision: d.alone for d in conc.decisions if d.alone},
        "audited_by_citizens": sorted(a.holder for a in acc if a.audited_by_citizens),
        "without_accountability_path": sorted(a.holder for a in acc if not a.paths),
        "findings": findings(g, acc, conc, votes),
    }
