"""Differences between two pacts (or a pact and its variant): clauses, findings, metrics."""

from __future__ import annotations

import re
from typing import Any

from engine.core.fr import euros, euros_headline, format_value, plural

WHOLE_CLAUSE = "(clause entière)"
COST_KEYS = ("Coût de fonctionnement (€/an)", "Coût d'investissement (€/an)")


def clause_changes(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, str]]:
    """Parameters whose value differs, and clauses present on one side only
    (``a`` and ``b`` are ``engine.report.clauses.describe`` outputs)."""
    pa = {p["path"]: (c, p) for c in a["clauses"] for p in c["parameters"]}
    pb = {p["path"]: (c, p) for c in b["clauses"] for p in c["parameters"]}
    ca = {c["id"]: c for c in a["clauses"]}
    cb = {c["id"]: c for c in b["clauses"]}
    rows = []
    for cid in ca.keys() - cb.keys():
        rows.append({"Clause": ca[cid]["title"], "Paramètre": WHOLE_CLAUSE,
                     "A": "présente", "B": "absente", "Chemin": cid})
    for cid in cb.keys() - ca.keys():
        rows.append({"Clause": cb[cid]["title"], "Paramètre": WHOLE_CLAUSE,
                     "A": "absente", "B": "présente", "Chemin": cid})
    for path in sorted(pa.keys() & pb.keys()):
        (c, p), (_, q) = pa[path], pb[path]
        if p["value"] != q["value"]:
            rows.append({"Clause": c["title"], "Paramètre": p["description"],
                         "A": format_value(p["value"], p["unit"]),
                         "B": format_value(q["value"], q["unit"]), "Chemin": path})
    return rows


def finding_changes(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Findings that appear, disappear or change verdict between two pacts (by id)."""
    fa = {f["id"]: f for f in a}
    fb = {f["id"]: f for f in b}
    rows = []
    for fid in sorted(fa.keys() | fb.keys()):
        x, y = fa.get(fid), fb.get(fid)
        if x and y and (x["verdict"], x["message"]) == (y["verdict"], y["message"]):
            continue
        rows.append({"Constat": (y or x).get("titre") or fid, "Clause": (x or y)["clause"],
                     "A": x["verdict"] if x else "—", "B": y["verdict"] if y else "—",
                     "Message (B)": y["message"] if y else x["message"]})
    return rows


def metric_rows(a: dict[str, float], b: dict[str, float]) -> list[dict[str, Any]]:
    rows = []
    for name in a.keys() | b.keys():
        x, y = a.get(name), b.get(name)
        rows.append({"Indicateur": name, "A": x, "B": y,
                     "Écart": (y - x) if x is not None and y is not None else None})
    return sorted(rows, key=lambda r: r["Indicateur"])


# --- what a citizen needs first: sentences, then the differences that matter ----------------

_PATH = re.compile(r"\\?\[([a-z_][\w.]*)\\?\]")


def readable(sentence: str, titles: dict[str, str]) -> str:
    """A sentence of :func:`engine.powers.diff_sentences` with its « [clause.paramètre] »
    references replaced by the clause's title (« loi » → « la loi »)."""
    def title(m: re.Match[str]) -> str:
        key = m.group(1).split(".")[0]
        if key == "loi":
            return "(selon la loi)"
        return f"(clause « {titles.get(key, key)} »)"

    return _PATH.sub(title, sentence)


def _names(g: Any, nodes: list[str]) -> list[str]:
    return [g.bodies[n].label if n in g.bodies else n for n in nodes]


def _and(items: list[str]) -> str:
    """« a, b et c »."""
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def _votes(g: Any, votes: list[dict[str, str]]) -> str:
    """« 2 décisions : « Budget » (Référendum) et « Délibérations » (Votation abrogatoire,
    Votation propositionnelle) » : decisions counted and grouped, with the votes that reach
    them."""
    by: dict[str, list[str]] = {}
    for v in votes:
        by.setdefault(v["decision"], []).append(v["scrutin"])
    return f"{plural(len(by), 'décision')} : " + _and(
        [f"« {_names(g, [d])[0]} » ({', '.join(_names(g, s))})" for d, s in by.items()])


def _audited(ga: Any, gb: Any, d: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Holders of power audited by a citizen body on one side only (lost, gained)."""
    lost, gained = [], []
    for c in d["accountability_changed"]:
        g = gb if c["holder"] in gb.bodies else ga
        name = _names(g, [c["holder"]])[0]
        if c["audited_before"] and not c["audited_after"]:
            lost.append(name)
        if c["audited_after"] and not c["audited_before"]:
            gained.append(name)
    return lost, gained


def conclusions(name_b: str, ga: Any, gb: Any, d: dict[str, Any],
                costs: tuple[dict[str, float], dict[str, float]],
                clause_rows: list[dict[str, str]] = ()) -> list[str]:  # type: ignore[assignment]
    """The sentences a citizen needs, most important first (at most four): the votes citizens
    gain or lose, the values that change, who is no longer audited, what the pact costs
    (from :func:`engine.powers.diff` and :func:`clause_changes`)."""
    out = []
    if d["citizen_votes_removed"]:
        out.append(f"Avec {name_b}, les citoyen·nes ne peuvent plus porter au vote "
                   f"{_votes(ga, d['citizen_votes_removed'])}.")
    if d["citizen_votes_added"]:
        out.append(f"Avec {name_b}, les citoyen·nes peuvent désormais porter au vote "
                   f"{_votes(gb, d['citizen_votes_added'])}.")
    values = sorted((r for r in clause_rows if r["Paramètre"] != WHOLE_CLAUSE),
                    key=lambda r: not re.search(r"\d", r["A"] + r["B"]))  # figures first
    for r in values[:2]:
        out.append(f"Avec {name_b}, « {r['Paramètre']} » ({r['Clause']}) passe de {r['A']} à "
                   f"{r['B']}.")
    lost, gained = _audited(ga, gb, d)
    if lost:
        out.append(f"{len(lost)} détenteur{'s' if len(lost) > 1 else ''} de pouvoir ne "
                   f"{'sont' if len(lost) > 1 else 'est'} plus audité{'s' if len(lost) > 1 else ''}"
                   f" par une instance citoyenne : {_and(lost)}.")
    if gained:
        out.append(f"{len(gained)} détenteur{'s' if len(gained) > 1 else ''} de pouvoir "
                   f"{'sont' if len(gained) > 1 else 'est'} désormais audité"
                   f"{'s' if len(gained) > 1 else ''} par une instance citoyenne : {_and(gained)}.")
    ca, cb = costs
    key = "Coût de fonctionnement (€/an)"
    if key in ca and key in cb and ca[key] != cb[key]:
        out.append(f"Le coût de fonctionnement passe de {euros_headline(ca[key])} à "
                   f"{euros_headline(cb[key])} par an.")
    said = f"Avec {name_b}, "  # named once, in the first sentence
    return out[:1] + [x[len(said)].upper() + x[len(said) + 1:] if x.startswith(said) else x
                      for x in out[1:4]]


def decisive_rows(ga: Any, gb: Any, d: dict[str, Any], clause_rows: list[dict[str, str]],
                  metrics: tuple[dict[str, float], dict[str, float]]) -> list[dict[str, str]]:
    """The short table of differences that matter: who decides, thresholds, costs."""
    rows = []
    votes_a = sorted({v["decision"] for v in d["citizen_votes_removed"]})
    votes_b = sorted({v["decision"] for v in d["citizen_votes_added"]})
    if votes_a or votes_b:
        rows.append({"Ce qui change": "Qui décide : ce que les citoyen·nes peuvent porter au "
                                      "vote (d'un seul côté)",
                     "A": ", ".join(_names(ga, votes_a)) or "—",
                     "B": ", ".join(_names(gb, votes_b)) or "—"})
    for c in d["concentration_changed"]:
        if c["alone_before"] and c["alone_after"] and c["alone_before"] != c["alone_after"]:
            rows.append({"Ce qui change": f"Qui décide seul : {_names(gb, [c['decision']])[0]}",
                         "A": _names(ga, [c["alone_before"]])[0],
                         "B": _names(gb, [c["alone_after"]])[0]})
    lost, gained = _audited(ga, gb, d)
    if lost or gained:
        rows.append({"Ce qui change": "Qui est audité par une instance citoyenne (d'un seul "
                                      "côté)", "A": ", ".join(lost) or "—",
                     "B": ", ".join(gained) or "—"})
    if d["nodes_removed"] or d["nodes_added"]:
        rows.append({"Ce qui change": "Instances présentes d'un seul côté",
                     "A": ", ".join(_names(ga, d["nodes_removed"])) or "—",
                     "B": ", ".join(_names(gb, d["nodes_added"])) or "—"})
    for r in clause_rows:
        if r["Paramètre"] != WHOLE_CLAUSE:
            rows.append({"Ce qui change": f"{r['Clause']} : {r['Paramètre']}",
                         "A": r["A"], "B": r["B"]})
    ma, mb = metrics
    for key in COST_KEYS:
        if key in ma and key in mb and ma[key] != mb[key]:
            rows.append({"Ce qui change": key, "A": euros(ma[key]), "B": euros(mb[key])})
    return rows
