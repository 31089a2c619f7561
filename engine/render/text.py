"""The stress test in plain French, for the terminal."""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.core.calendar import format_date
from engine.core.fr import number
from engine.verifier.findings import VERDICT_FR, verdict_counts_fr


def _d(iso: str) -> str:
    return format_date(date.fromisoformat(iso))


def render_text(data: dict[str, Any]) -> str:
    lines = [f"Bilan du pacte « {data['pacte']} » à {data['commune']}", ""]
    if data.get("note_commune"):
        lines[1:1] = [data["note_commune"]]
    cal = data["calendar"]
    m = cal["mandate"]
    # Typed clauses plus the items of the list families (free clauses, votes, bodies drawn by lot).
    n = len(data["clauses"]) + sum(len(items) for items in (data.get("catalogue") or {}).values())
    lines.append(f"Mandat : du {_d(m['start'])} au {_d(m['end'])} ; {n} clause{'s' if n > 1 else ''}.")
    th = data["thresholds"]
    if "petition" in th:
        lines += ["", "■ Pétitions", f"  {th['petition']['explanation']}"]
    if "abrogation" in th:
        a = th["abrogation"]
        lines.append(f"  Abrogation : {number(a['required'])} signatures, soit "
                     f"{number(a['share_of_electors_pct'], 2)} % des électeurs inscrits.")
    if "votation_days" in cal:
        v = cal["votation_days"]
        lines += ["", "■ Jours de votation",
                  f"  {v['pacte']} possibles selon le pacte, {v['loi']} en respectant la loi "
                  f"(campagnes électorales et 6 mois avant 2032)."]
        if v["cancelled_by_law"]:
            lines.append("  Annulés par la loi : " + ", ".join(_d(x) for x in v["cancelled_by_law"]) + ".")
        if v.get("election_dates_origin"):
            lines.append(f"  Dates des périodes sans scrutin : {v['election_dates_origin']}.")
    if "audits" in cal:
        a = cal["audits"]
        lines += ["", "■ Audits du Conseil Citoyen", f"  {a['explanation']}",
                  f"  {a['pairs_late']} binômes sur {a['pairs']} attendent plus que prévu entre deux auditions "
                  f"({a['late_intervals']} intervalles, jusqu'à {a['max_excess_days']} jours de retard).",
                  "  Renouvellements : " + ", ".join(_d(x) for x in a["renewals"]) + "."]
    if "rotations" in cal:
        lines += ["", "■ Rotation du binôme maire – 1er adjoint"]
        lines += [f"  Démission le {_d(r['resignation'])}, élection du maire et de tous les adjoints "
                  f"au plus tard le {_d(r['election'])}." for r in cal["rotations"]]
    ab = data.get("abrogation_example") or {}
    if ab:
        lines += ["", "■ Délais d'une abrogation contestée",
                  f"  Délibération du {_d(ab['council_day'])} : vote le {_d(ab['pacte']['vote'])} selon le pacte "
                  f"({ab['pacte']['suspended_days_if_vote']} jours de suspension), le {_d(ab['loi']['vote'])} "
                  f"au plus tôt selon la loi ({ab['loi']['suspended_days_if_vote']} jours)."]
    lines += _legality(data.get("legality") or {})
    lines += _catalogue(data.get("catalogue") or {})
    lines += _costs(data.get("costs") or {})
    lines += _powers(data.get("powers") or {})
    lines += _sortition(data.get("sortition") or {})
    lines += _simulation(data.get("simulation") or {})
    return "\n".join(lines)


def _powers(p: dict[str, Any]) -> list[str]:
    if not p:
        return []
    return (["", f"■ Organisation des pouvoirs (détail : pacte pouvoirs) — {p['bodies']} instances, "
             f"{p['powers']} liens"] + [f"  • {f}" for f in p["findings"]])


def _sortition(s: dict[str, Any]) -> list[str]:
    if not s:
        return []
    out: list[str] = []
    if "indisponible" in s:
        out += ["", "■ Tirage au sort du Conseil Citoyen (détail : pacte tirage, pacte lettres)",
                f"  Non calculé pour cette commune — {s['indisponible']}."]
    elif "seats" in s:
        out += ["", "■ Tirage au sort du Conseil Citoyen (détail : pacte tirage, pacte lettres)",
                *_draw_lines(s, "conseils")]
    for body in s.get("bodies", []):
        out += ["", f"■ Tirage au sort : {body['title']} (détail : pacte tirage --organe "
                f"{body['id']}, pacte lettres --organe {body['id']})"]
        out += ([f"  Non calculé pour cette commune — {body['indisponible']}."]
                if "indisponible" in body else _draw_lines(body, "compositions"))
    return out


def _draw_lines(s: dict[str, Any], what: str) -> list[str]:
    """Seats, quotas, draws of the mandate, letters per draw and feasibility of one draw."""
    terms = " ; ".join(f"{c['kind']} du {_d(c['start'])} au {_d(c['end'])}" for c in s["councils"])
    draws = len(s["councils"])
    noun = what if draws > 1 else what[:-1]
    return [f"  {s['seats']} sièges, {len(s['quotas'])} quotas ; {draws} {noun} sur le mandat : {terms}.",
            f"  Pour un vivier de {s['pool']} volontaires avec {number(s['acceptance_pct'], 1)} % de réponses : "
            f"{number(s['letters_per_draw'])} lettres par tirage ({number(draws * s['letters_per_draw'])} "
            f"sur le mandat) ; probabilité que tous les quotas tiennent : "
            f"{number(100 * s['feasibility_probability'], 1)} %."] + (
                [f"  Attention : {s['beyond_population']}"] if s.get("beyond_population") else [])


def _fmt_metric(m: dict[str, Any], unit: str) -> str:
    if m.get("mean") is None:
        return "sans objet"
    dec = 2 if unit in ("part", "ratio") or abs(m["mean"]) < 10 else 0

    def q(x: float) -> str:
        return number(x, 0 if float(x).is_integer() else dec)

    if m["p5"] == m["p95"]:
        return f"{q(m['p5'])} dans tous les futurs simulés"
    return f"{number(m['mean'], dec)} en moyenne (90 % des futurs entre {q(m['p5'])} et {q(m['p95'])})"


def _simulation(sim: dict[str, Any]) -> list[str]:
    if not sim:
        return []
    out = ["", f"■ Simulation du mandat (détail : pacte simuler) — {sim['runs']} futurs possibles, "
           f"graine {sim['seed']}, régime {'de la loi' if sim['regime'] == 'loi' else 'du pacte'}"]
    for key, m in sim["metrics"].items():
        label = sim["labels"].get(key, {})
        unit = label.get("unit", "")
        out.append(f"  {label.get('label', key)} ({unit}) : {_fmt_metric(m, unit)}")
    if sim["invariant_violations"]:
        out.append(f"  ⚠ {sim['invariant_violations']} tirages violent un invariant (voir pacte simuler).")
    return out


def _legality(leg: dict[str, Any]) -> list[str]:
    if not leg:
        return []
    legal = verdict_counts_fr(leg["legal"], "legal")
    cons = verdict_counts_fr(leg["consistency"], "consistency")
    out = ["", "■ Légalité et cohérence (détail : pacte verifier)",
           f"  Clauses au regard du CGCT : {legal}.", f"  Cohérence du pacte : {cons}."]
    out += [f"  ✗ {s['headline']}" for s in leg["serious"]]
    return out


def _catalogue(cat: dict[str, Any]) -> list[str]:
    """Free clauses, votes and bodies drawn by lot, each with its legal verdict."""
    if not cat:
        return []
    out = ["", "■ Clauses libres, votations, assemblées tirées au sort (détail : pacte verifier)"]
    for label, key in (("Clause libre", "free_clauses"), ("Votation", "votes"),
                       ("Assemblée", "assemblies")):
        for item in cat.get(key, []):
            extra = ""
            if item.get("signatures") is not None:
                extra = f", déclenchée par {number(item['signatures'])} signatures"
            out.append(f"  {label} « {item['title']} » : {VERDICT_FR[item['verdict']]}"
                       f"{extra}.")
    return out


def _costs(costs: dict[str, Any]) -> list[str]:
    if not costs:
        return []
    op, inv = costs["operating"], costs["investment"]
    return ["", "■ Coûts annuels (détail : pacte couts)",
            f"  Fonctionnement : {number(op['total_eur'])} €, soit "
            f"{number(costs['share_of_operating_spending'], 1)} % des dépenses réelles de fonctionnement ; "
            f"investissement : {number(inv['total_eur'])} €, soit "
            f"{number(costs['share_of_investment_receipts'], 1)} % des recettes réelles d'investissement.",
            f"  Par habitant : {number(costs['per_inhabitant_eur'], 2)} € de fonctionnement.",
            *(["  Certains prix sont des valeurs par défaut (le pacte ne les fixe pas) : "
               "voir pacte couts."] if costs.get("valeur_par_defaut") else []),
            *(f"  Non chiffré — {why}" for why in costs.get("non_chiffre", []))]
