"""Audit capacity of the citizen council: slots its calendar offers vs audits the pact
requires (each pair every N months), over the mandate and per year, and the renewal
cadence against the audit cycle. Calls ``engine.procedures.audits`` for every date."""

from __future__ import annotations

import math
from collections import Counter

from engine.core.calendar import format_date
from engine.core.fr import number
from engine.procedures.audits import (
    audit_capacity,
    audit_meetings,
    audit_schedule,
    audited_pairs,
    council_start,
    renewals,
)
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext

KEY = "conseil_citoyen"


def capacity(ctx: LegalContext) -> Finding:
    pact, scen = ctx.pact, ctx.scenario
    cc = pact.citizen_council
    assert cc is not None
    cap = audit_capacity(pact, scen).value
    pairs = audited_pairs(pact)
    per_meeting = cc.audits_per_meeting.at()
    meetings = audit_meetings(pact, scen)
    by_year = Counter(d.year for d in meetings)
    full_years = [y for y in sorted(by_year) if scen.mandate.start.year < y < scen.mandate.end.year]
    year = full_years[0] if full_years else (sorted(by_year)[0] if by_year else scen.mandate.start.year)
    slots_year = by_year.get(year, 0) * per_meeting
    required_exact = sum(12 / p.period_months for p in pairs)
    required_year = int(required_exact) if required_exact == int(required_exact) else round(required_exact, 2)
    sched = audit_schedule(pact, scen)
    late_pairs = sorted({g.pair for g in sched.gaps})
    max_excess = max((g.excess_days for g in sched.gaps), default=0)
    ok = cap["slots"] >= cap["required"] and slots_year >= required_year
    per_meeting_needed = math.ceil(required_year / by_year[year]) if by_year.get(year) else None
    period_needed = (math.ceil(len(pairs) * 12 / slots_year) if slots_year else None)
    msg = (f"Sur le mandat : {cap['meetings']} soirées d'audition × {per_meeting} = "
           f"{number(cap['slots'])} créneaux pour {number(cap['required'])} auditions exigées "
           f"({len(pairs)} binômes, chacun tous les {pairs[0].period_months if pairs else '–'} mois). "
           f"Par an ({year}) : {by_year.get(year, 0)} soirées × {per_meeting} = {slots_year} "
           f"créneaux pour {len(pairs)} × 12 / {pairs[0].period_months if pairs else '–'} = "
           f"{number(required_year)} auditions.")
    if ok:
        msg += " La capacité suffit."
    else:
        msg += (f" Il manque {number(cap['required'] - cap['slots'])} créneaux sur le mandat "
                f"({number(required_year - slots_year)} par an) : {len(late_pairs)} binômes "
                f"attendent plus que prévu entre deux auditions (jusqu'à {max_excess} jours de "
                "retard selon le calendrier d'auditions).")
    wording = None
    if not ok and per_meeting_needed and period_needed:
        wording = (f"Passer à {per_meeting_needed} auditions par soirée, ou espacer les auditions "
                   f"de chaque binôme à {period_needed} mois, ou tenir deux demi-conseils en "
                   "parallèle.")
    return consistency(
        ctx, "audits.capacite", KEY, "coherent" if ok else "incoherent",
        "info" if ok else "error", (), msg,
        {"creneaux_mandat": cap["slots"], "auditions_exigees_mandat": cap["required"],
         "soirees_mandat": cap["meetings"], "annee": year, "creneaux_par_an": slots_year,
         "auditions_exigees_par_an": required_year, "binomes": len(pairs),
         "audits_par_soiree": per_meeting, "binomes_en_retard": len(late_pairs),
         "retard_max_jours": max_excess, "intervalles_trop_longs": len(sched.gaps),
         "audits_par_soiree_necessaires": per_meeting_needed,
         "periodicite_possible_mois": period_needed},
        wording=wording)


def renewal_cycle(ctx: LegalContext) -> Finding:
    pact, scen = ctx.pact, ctx.scenario
    cc = pact.citizen_council
    assert cc is not None
    pairs = audited_pairs(pact)
    per_meeting = cc.audits_per_meeting.at()
    cycle_meetings = math.ceil(len(pairs) / per_meeting) if per_meeting else 0
    meetings = audit_meetings(pact, scen)
    bounds = [council_start(pact, scen), *renewals(pact, scen), scen.mandate.end]
    compositions = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        n = sum(1 for d in meetings if a <= d < b)
        compositions.append({"composition": i + 1, "debut": a.isoformat(), "fin": b.isoformat(),
                             "mois": (b.year - a.year) * 12 + b.month - a.month,
                             "soirees": n, "tours_complets": (n // cycle_meetings) if cycle_meetings else 0})
    short = [c for c in compositions if cycle_meetings and c["soirees"] < cycle_meetings]
    renewal = cc.renewal_months.at()
    period = cc.audit_period_months.at()
    parts = [f"Un tour complet d'auditions demande ⌈{len(pairs)} / {per_meeting}⌉ = "
             f"{cycle_meetings} soirées, contre une audition de chaque binôme tous les {period} mois."]
    for c in compositions:
        parts.append(f"Composition {c['composition']} ({format_date(bounds[c['composition'] - 1])}, "
                     f"{c['mois']} mois) : {c['soirees']} soirées, {c['tours_complets']} tour(s) complet(s).")
    aligned = renewal % period == 0
    parts.append(f"Renouvellement tous les {renewal} mois : "
                 + ("aligné sur" if aligned else "non aligné sur")
                 + f" la périodicité d'audition ({period} mois) ; chaque nouvelle composition "
                 + ("commence un cycle." if aligned else "reprend les auditions en cours de cycle."))
    if short:
        parts.append("Une composition siège moins qu'un tour complet : certains binômes n'y "
                     "seront jamais auditionnés.")
    return consistency(
        ctx, "audits.renouvellement", KEY, "incoherent" if short else "coherent",
        "warning" if short else "info", (), " ".join(parts),
        {"soirees_par_tour": cycle_meetings, "renouvellement_mois": renewal,
         "periodicite_audit_mois": period, "compositions": compositions, "aligne": aligned})


def check(ctx: LegalContext) -> list[Finding]:
    if ctx.pact.citizen_council is None:
        return []
    return [capacity(ctx), renewal_cycle(ctx)]
