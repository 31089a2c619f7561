"""A draw as JSON (stable schema, docs/tirage.md), as French text, and as output files."""

from __future__ import annotations

import json
from typing import Any

from engine.core.fr import number
from engine.io.csv_safe import csv_text
from engine.sortition.draw import ALGORITHM_LABELS, DrawResult
from engine.sortition.pool import Pool
from engine.sortition.quotas import FEATURE_LABELS

SCHEMA_VERSION = 1


def to_json(result: DrawResult, audit: dict[str, Any],
            pact_check: dict[str, Any] | None = None) -> dict[str, Any]:
    """The draw's JSON document (see docs/tirage.md § JSON)."""
    return {
        "schema": SCHEMA_VERSION,
        "feasible": result.feasible,
        "panel": result.panel,
        "probabilities": result.probabilities,
        "quotas": ([o.to_dict() for o in result.outcomes] if result.feasible
                   else [q.to_dict() for q in result.quotas.quotas]),
        "algorithm": result.algorithm,
        "seed": result.seed.text,
        "seed_value": result.seed.value,
        "library_version": result.library_version,
        "seats": result.quotas.seats,
        "kept": result.kept,
        "lowest_probability": round(result.lowest, 12) if result.feasible else None,
        "highest_probability": round(result.highest, 12) if result.feasible else None,
        "probabilities_estimated": result.estimated,
        "relaxation": [r.to_dict() for r in result.relaxation],
        "message": result.message,
        "details": result.details,
        "pact_check": pact_check,
        "audit": audit,
    }


def to_text(result: DrawResult, pool: Pool, body: str = "du Conseil Citoyen") -> str:
    """The draw in French: panel, quota table, probabilities (or the relaxation); ``body``
    names what is drawn (« du Conseil Citoyen », « de l'assemblée « … » »)."""
    lines = [f"Tirage au sort {body} — {result.quotas.seats} sièges, vivier de "
             f"{len(pool)} personnes",
             f"Algorithme : {ALGORITHM_LABELS[result.algorithm]}",
             f"Graine : « {result.seed.text} » (entier {result.seed.value}) ; "
             f"sortition-algorithms {result.library_version}", ""]
    if not result.feasible:
        lines.append(result.message)
        lines += [f"  • {r.explain()}" for r in result.relaxation]
        lines.append("")
        lines.append("Aucun panel n'a été tiré.")
        return "\n".join(lines)
    people = pool.by_id()
    kept = set(result.kept)
    lines.append(f"Panel ({len(result.panel)} membres"
                 + (f", dont {len(kept)} déjà en place" if kept else "") + ") :")
    # a category by its name in the quotas (« Professions intermédiaires »), not its code
    named = {(q.feature, q.value): q.label for q in result.quotas.quotas}

    def csp(pid: str) -> str:
        code = people[pid].features.get("csp", "")
        return named.get(("csp", code), code)

    width = max((len(csp(pid)) for pid in result.panel), default=0) + 2
    for pid in result.panel:
        f = people[pid].features
        mark = " (en place)" if pid in kept else f"  p = {_pct(result.probabilities[pid])}"
        lines.append(f"  {pid:<12} {f.get('quartier', ''):<22} {f.get('genre', ''):<8} "
                     f"{csp(pid):<{width}}{mark}")
    lines += ["", "Quotas :"]
    label_width = max((len(o.quota.label) for o in result.outcomes), default=0)
    current = None
    for o in result.outcomes:
        if o.quota.feature != current:
            current = o.quota.feature
            lines.append(f"  {FEATURE_LABELS[current]}")
        ok = "ok" if o.met else "NON RESPECTÉ"
        lines.append(f"    {o.quota.label:<{label_width}} [{o.quota.min}–{o.quota.max}]"
                     .ljust(label_width + 14)
                     + f"tiré·es {o.selected:>2}  attendu {number(o.expected, 2):>5}  "
                       f"vivier {o.in_pool:>4}  {ok}")
    word = "estimée" if result.estimated else "exacte"
    lines += ["", f"Probabilité d'être tiré·e ({word}) : la plus basse {_pct(result.lowest)}, "
                  f"la plus haute {_pct(result.highest)} ; somme = "
                  f"{number(sum(result.probabilities.values()), 6)} sièges."]
    return "\n".join(lines)


def files(result: DrawResult, pool: Pool, document: dict[str, Any], extra: dict[str, str]) -> dict[str, str]:
    """The output folder: JSON, panel, probabilities, quotas (library format), read-me."""
    out = {"tirage.json": json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"}
    people = pool.by_id()
    if result.feasible:
        out["panel.csv"] = _csv(list(pool.header), [people[pid].columns for pid in result.panel])
        out["probabilites.csv"] = _csv(
            ["id", *result.quotas.features, "probabilite", "tire"],
            [{"id": p.id, **{f: p.features.get(f, "") for f in result.quotas.features},
              "probabilite": f"{result.probabilities[p.id]:.12f}",
              "tire": "oui" if p.id in set(result.panel) else "non"} for p in pool.people])
    out["quotas.csv"] = _csv(["feature", "value", "min", "max", "label", "reason"],
                             [{**q.to_dict()} for q in result.quotas.quotas])
    out.update(extra)
    return out


def _csv(header: list[str], rows: list[dict[str, Any]]) -> str:
    """CSV text whose cells a spreadsheet will not run (``engine.io.csv_safe``)."""
    return csv_text(header, rows)


def _pct(p: float) -> str:
    return f"{100 * p:.2f} %".replace(".", ",")
