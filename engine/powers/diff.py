"""What changes in the organisation of powers from one pact to another."""

from __future__ import annotations

from typing import Any

from engine.powers.analysis import accountability, citizen_votes, concentration
from engine.powers.graph import EDGE_KIND_FR, PowerGraph


def diff(a: PowerGraph, b: PowerGraph) -> dict[str, Any]:
    """Ce qui change du pacte ``a`` au pacte ``b`` : organes ajoutés, supprimés ou renommés,
    pouvoirs ajoutés, supprimés ou modifiés (libellé ou force : droit du CGCT, engagement du
    pacte, avis), votes à l'initiative des citoyen·nes, redevabilité et concentration."""
    added_nodes = sorted(set(b.bodies) - set(a.bodies))
    removed_nodes = sorted(set(a.bodies) - set(b.bodies))
    relabelled = sorted(n for n in set(a.bodies) & set(b.bodies)
                        if a.bodies[n].label != b.bodies[n].label)
    ea = {p.key: p for p in a.powers}
    eb = {p.key: p for p in b.powers}
    added = [eb[k] for k in eb if k not in ea]
    removed = [ea[k] for k in ea if k not in eb]
    changed = [(ea[k], eb[k]) for k in ea if k in eb
               and (ea[k].label, ea[k].force) != (eb[k].label, eb[k].force)]
    va = {(v.decision, v.scrutin) for v in citizen_votes(a)}
    vb = {(v.decision, v.scrutin) for v in citizen_votes(b)}
    return {
        "from": a.pact_id, "to": b.pact_id,
        "nodes_added": added_nodes, "nodes_removed": removed_nodes, "nodes_relabelled": relabelled,
        "edges_added": [p.as_dict() for p in added],
        "edges_removed": [p.as_dict() for p in removed],
        "edges_changed": [{"before": x.as_dict(), "after": y.as_dict()} for x, y in changed],
        "citizen_votes_added": [{"decision": d, "scrutin": s} for d, s in sorted(vb - va)],
        "citizen_votes_removed": [{"decision": d, "scrutin": s} for d, s in sorted(va - vb)],
        "accountability_changed": _accountability_changes(a, b),
        "concentration_changed": _concentration_changes(a, b),
    }


def _accountability_changes(a: PowerGraph, b: PowerGraph) -> list[dict[str, Any]]:
    """Holders whose number of accountability paths or citizen audit changes."""
    acc_a = {x.holder: x for x in accountability(a)}
    acc_b = {x.holder: x for x in accountability(b)}
    out = []
    for holder in sorted(set(acc_a) | set(acc_b)):
        xa, xb = acc_a.get(holder), acc_b.get(holder)
        na = len(xa.paths) if xa else None
        nb = len(xb.paths) if xb else None
        auda = xa.audited_by_citizens if xa else None
        audb = xb.audited_by_citizens if xb else None
        if (na, auda) != (nb, audb):
            out.append({"holder": holder, "paths_before": na, "paths_after": nb,
                        "audited_before": auda, "audited_after": audb})
    return out


def _concentration_changes(a: PowerGraph, b: PowerGraph) -> list[dict[str, Any]]:
    """Decisions whose lone decider or gatekeepers change (or that appear or disappear)."""
    ca = {d.decision: d for d in concentration(a).decisions}
    cb = {d.decision: d for d in concentration(b).decisions}
    out = []
    for dec in sorted(set(ca) | set(cb)):
        da, db = ca.get(dec), cb.get(dec)
        if da is None or db is None or (da.alone, da.gatekeepers) != (db.alone, db.gatekeepers):
            out.append({
                "decision": dec,
                "alone_before": da.alone if da else None, "alone_after": db.alone if db else None,
                "gatekeepers_before": list(da.gatekeepers) if da else None,
                "gatekeepers_after": list(db.gatekeepers) if db else None})
    return out


def diff_sentences(a: PowerGraph, b: PowerGraph, d: dict[str, Any] | None = None) -> list[str]:
    """La différence entre les pactes ``a`` et ``b`` en phrases françaises (organes et
    pouvoirs, avec la clause ou l'article cité, votes citoyens, redevabilité)."""
    d = diff(a, b) if d is None else d
    out: list[str] = []
    for n in d["nodes_added"]:
        out.append(f"Nouvel organe : {b.label(n)}.")
    for n in d["nodes_removed"]:
        out.append(f"Organe supprimé : {a.label(n)}.")
    for e in d["edges_added"]:
        out.append(f"Nouveau pouvoir : {_name(b, e['from'])} {EDGE_KIND_FR[e['kind']]} "
                   f"{_name(b, e['to'])} — {e['label']} [{e['clause']}].")
    for e in d["edges_removed"]:
        out.append(f"Pouvoir supprimé : {_name(a, e['from'])} {EDGE_KIND_FR[e['kind']]} "
                   f"{_name(a, e['to'])} — {e['label']} [{e['clause']}].")
    for c in d["edges_changed"]:
        out.append(f"Pouvoir modifié [{c['after']['clause']}] : « {c['before']['label']} » "
                   f"devient « {c['after']['label']} ».")
    for v in d["citizen_votes_added"]:
        out.append(f"Les citoyen·nes peuvent désormais porter au vote « {_name(b, v['decision'])} »"
                   f" ({_name(b, v['scrutin'])}).")
    for v in d["citizen_votes_removed"]:
        out.append(f"Les citoyen·nes ne peuvent plus porter au vote « {_name(a, v['decision'])} »"
                   f" ({_name(a, v['scrutin'])}).")
    for c in d["accountability_changed"]:
        holder = _name(b, c["holder"]) if c["holder"] in b.bodies else _name(a, c["holder"])
        out.append(f"{holder} : chemins de redevabilité {c['paths_before'] or 0} → "
                   f"{c['paths_after'] or 0}, audit citoyen "
                   f"{_yes(c['audited_before'])} → {_yes(c['audited_after'])}.")
    return out


def _name(g: PowerGraph, node: str) -> str:
    return g.bodies[node].label if node in g.bodies else node


def _yes(value: bool | None) -> str:
    return "—" if value is None else ("oui" if value else "non")

