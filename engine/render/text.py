"""The stress test in plain French, for the terminal."""

from __future__ import annotations

from datetime import date
from typing import Any

from engine.core.calendar import format_date
from engine.core.fr import format_value, number, percent, plural
from engine.procedures.figures import LETTERS_PER_DRAW, VOTATION_DAYS_CALENDAR
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
                  f"  {VOTATION_DAYS_CALENDAR.label} : {v['pacte']} selon le pacte, {v['loi']} "
                  f"en respectant la loi (campagnes électorales et 6 mois avant {m['end'][:4]})."]
        if v["cancelled_by_law"]:
            lines.append("  Annulés par la loi : " + ", ".join(_d(x) for x in v["cancelled_by_law"]) + ".")
        if v.get("election_dates_origin"):
            lines.append(f"  Dates des périodes sans scrutin : {v['election_dates_origin']}.")
    if "audits" in cal:
        a = cal["audits"]
        lines += ["", "■ Audits du Conseil Citoyen", f"  {a['explanation']}",
                  f"  {plural(a['pairs_late'], 'binôme')} sur {a['pairs']} attendent plus que prévu entre "
                  f"deux auditions ({plural(a['late_intervals'], 'intervalle')}, jusqu'à "
                  f"{plural(a['max_excess_days'], 'jour')} de retard).",
                  *([f"  {a['note']}"] if a.get("note") else []),
                  "  Renouvellements : " + ", ".join(_d(x) for x in a["renewals"]) + "."]
    if "rotations" in cal:
        lines += ["", "■ Rotation du binôme maire – 1er adjoint"]
        lines += [f"  Démission le {_d(r['resignation'])}, élection du maire et de tous les adjoints "
                  f"au plus tard le {_d(r['election'])}." for r in cal["rotations"]]
    ab = data.get("abrogation_example") or {}
    if ab:
        lines += ["", "■ Délais d'une abrogation contestée",
                  f"  Délibération du {_d(ab['council_day'])} : vote le {_d(ab['pacte']['vote'])} selon le pacte "
                  f"({plural(ab['pacte']['suspended_days_if_vote'], 'jour')} de suspension), le "
                  f"{_d(ab['loi']['vote'])} au plus tôt selon la loi "
                  f"({plural(ab['loi']['suspended_days_if_vote'], 'jour')})."]
    lines += _legality(data.get("legality") or {})
    lines += _catalogue(data.get("catalogue") or {})
    notes = data.get("notes") or {}
    lines += _costs(data.get("costs") or {}, notes.get("costs", ""))
    lines += _powers(data.get("powers") or {})
    lines += _sortition(data.get("sortition") or {}, notes.get("letters", ""))
    lines += _simulation(data.get("simulation") or {}, notes)
    return "\n".join(lines)


def _powers(p: dict[str, Any]) -> list[str]:
    if not p:
        return []
    return (["", f"■ Organisation des pouvoirs (détail : pacte pouvoirs) — {p['bodies']} instances, "
             f"{p['powers']} liens"] + [f"  • {f}" for f in p["findings"]])


def _sortition(s: dict[str, Any], letters_note: str = "") -> list[str]:
    if not s:
        return []
    out: list[str] = []
    if "indisponible" in s:
        out += ["", "■ Tirage au sort du Conseil Citoyen (détail : pacte tirage, pacte lettres)",
                f"  Non calculé pour cette commune — {s['indisponible']}."]
    elif "seats" in s:
        out += ["", "■ Tirage au sort du Conseil Citoyen (détail : pacte tirage, pacte lettres)",
                *_draw_lines(s, "conseils", letters_note)]
    for body in s.get("bodies", []):
        out += ["", f"■ Tirage au sort : {body['title']} (détail : pacte tirage --organe "
                f"{body['id']}, pacte lettres --organe {body['id']})"]
        out += ([f"  Non calculé pour cette commune — {body['indisponible']}."]
                if "indisponible" in body else _draw_lines(body, "compositions"))
    return out


def _draw_lines(s: dict[str, Any], what: str, letters_note: str = "") -> list[str]:
    """Seats, quotas, draws of the mandate, letters per draw (with the note that sets them
    against the simulation's letters of the mandate) and feasibility of one draw."""
    terms = " ; ".join(f"{c['kind']} du {_d(c['start'])} au {_d(c['end'])}" for c in s["councils"])
    draws = s["draws"]
    noun = what if draws > 1 else what[:-1]
    letters = letters_note or (
        f"{LETTERS_PER_DRAW.label} : {plural(s['letters_per_draw'], 'lettre')} pour un vivier de "
        f"{number(s['pool'])} volontaires à {format_value(float(s['acceptance_pct']), 'pourcent')} "
        f"de réponses ; {plural(s['letters_of_mandate'], 'lettre')} pour les {draws} {noun}.")
    feasible = (f"non calculée — {s['faisabilite_indisponible']}"
                if "faisabilite_indisponible" in s else
                percent(100 * s["feasibility_probability"]))
    quotas = "quotas non calculés" if "faisabilite_indisponible" in s else plural(len(s["quotas"]), "quota")
    return [f"  {s['seats']} sièges, {quotas} ; {draws} {noun} sur le mandat : {terms}.",
            f"  {letters}",
            f"  Probabilité que tous les quotas tiennent avec ce vivier : {feasible}."] + (
                [f"  Attention : {s['beyond_population']}"] if s.get("beyond_population") else [])


def metric_value(value: float | None, unit: str) -> str:
    """One simulated figure as printed everywhere: shares and ratios as percentages
    (« 79,4 % »), from 100 on and whole values without decimals, below with one decimal
    (two under 1: « 0,14 € »)."""
    if value is None:
        return "—"
    if unit in ("part", "ratio"):
        return percent(100 * value)
    if abs(value) >= 100 or float(value).is_integer():
        return number(value)
    return number(value, 2 if abs(value) < 1 else 1)


def _fmt_metric(m: dict[str, Any], unit: str, integer: bool = False) -> str:
    """Mean and 90 % range of a simulated figure; a count's percentiles as whole numbers."""
    if m.get("mean") is None:
        return "sans objet"

    def q(x: float) -> str:
        return metric_value(round(x) if integer else x, unit)

    if m["p5"] == m["p95"]:
        return f"{q(m['p5'])} dans tous les futurs simulés"
    return (f"{metric_value(m['mean'], unit)} en moyenne (90 % des futurs entre {q(m['p5'])} "
            f"et {q(m['p95'])})")


#: the note printed under a simulated figure (engine.report.explain), by metric
NOTE_UNDER = {"max_audit_gap_days": "audits", "sortition_letters": "letters",
              "cost_operating_eur_per_year": "costs", "votation_days": "votation_days",
              "execution_suspended_days": "suspended"}


def idle_lines(idle: dict[str, str], labels: dict[str, str], indent: str = "") -> list[str]:
    """The simulated figures a pact cannot produce, one line per missing clause: « Sans objet
    (le pacte ne prévoit pas de votation abrogatoire) : demandes de votation abrogatoire ;
    votes d'abrogation tenus ; … »."""
    by_reason: dict[str, list[str]] = {}
    for key, reason in idle.items():
        by_reason.setdefault(reason, []).append(labels.get(key, key))
    return [f"{indent}Sans objet ({reason}) : "
            + " ; ".join(label[:1].lower() + label[1:] for label in names) + "."
            for reason, names in by_reason.items()]


def _simulation(sim: dict[str, Any], notes: dict[str, str] | None = None) -> list[str]:
    if not sim:
        return []
    out = ["", f"■ Simulation du mandat (détail : pacte simuler) — {plural(sim['runs'], 'futur simulé', 'futurs simulés')}, "
           f"graine {sim['seed']}, régime {'de la loi' if sim['regime'] == 'loi' else 'du pacte'}"]
    idle = sim.get("sans_objet", {})
    for key, m in sim["metrics"].items():
        if key in idle:
            continue
        label = sim["labels"].get(key, {})
        unit = label.get("unit", "")
        shown = "" if unit in ("part", "ratio") else f" ({unit})"
        out.append(f"  {label.get('label', key)}{shown} : "
                   f"{_fmt_metric(m, unit, bool(label.get('integer')))}")
        note = (notes or {}).get(NOTE_UNDER.get(key, ""))
        if note:
            out.append(f"    → {note}")
    out += idle_lines(idle, {k: v.get("label", k) for k, v in sim["labels"].items()}, "  ")
    if sim["invariant_violations"]:
        out.append(f"  ⚠ {plural(sim['invariant_violations'], 'futur simulé viole', 'futurs simulés violent')} "
                   "un invariant (voir pacte simuler).")
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


def _costs(costs: dict[str, Any], note: str = "") -> list[str]:
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
            *(f"  Non chiffré — {why}" for why in costs.get("non_chiffre", [])),
            *([f"  {note}"] if note else [])]
