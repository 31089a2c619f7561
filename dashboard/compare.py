"""Differences between two pacts (or a pact and its variant): clauses, findings, metrics."""

from __future__ import annotations

from typing import Any

from engine.core.fr import format_value


def clause_changes(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, str]]:
    """Parameters whose value differs, and clauses present on one side only
    (``a`` and ``b`` are ``engine.report.clauses.describe`` outputs)."""
    pa = {p["path"]: (c, p) for c in a["clauses"] for p in c["parameters"]}
    pb = {p["path"]: (c, p) for c in b["clauses"] for p in c["parameters"]}
    ca = {c["id"]: c for c in a["clauses"]}
    cb = {c["id"]: c for c in b["clauses"]}
    rows = []
    for cid in ca.keys() - cb.keys():
        rows.append({"Clause": ca[cid]["title"], "Paramètre": "(clause entière)",
                     "A": "présente", "B": "absente", "Chemin": cid})
    for cid in cb.keys() - ca.keys():
        rows.append({"Clause": cb[cid]["title"], "Paramètre": "(clause entière)",
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
        rows.append({"Constat": fid, "Clause": (x or y)["clause"],
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
