"""Audit capacity of the citizen council: slots its calendar offers vs audits the pact
requires (each pair every N months), over the mandate and per year, and the renewal
cadence against the audit cycle. Every figure comes from ``engine.procedures.audits``
(audit_capacity, yearly_audit_capacity, council_compositions): this module only judges."""

from __future__ import annotations

from engine.core.calendar import format_date
from engine.core.fr import number, plural
from engine.model.pact import CitizenCouncilClause, clause_key
from engine.procedures.audits import (
    audit_capacity,
    audit_schedule,
    audited_pairs,
    council_compositions,
    yearly_audit_capacity,
)
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext

KEY = clause_key(CitizenCouncilClause)


def capacity(ctx: LegalContext) -> Finding:
    """Judges :func:`audit_capacity` (mandate) and :func:`yearly_audit_capacity` (one year)."""
    pact, scen = ctx.pact, ctx.scenario
    cap = audit_capacity(pact, scen).value
    year = yearly_audit_capacity(pact, scen)
    pairs = audited_pairs(pact)
    period = pairs[0].period_months if pairs else "–"
    sched = audit_schedule(pact, scen)
    late_pairs = sorted({g.pair for g in sched.gaps})
    max_excess = max((g.excess_days for g in sched.gaps), default=0)
    ok = cap["slots"] >= cap["required"] and year.sufficient
    msg = (f"Sur le mandat : {cap['meetings']} soirées d'audition × {year.per_meeting} = "
           f"{number(cap['slots'])} créneaux pour {number(cap['required'])} auditions exigées "
           f"({len(pairs)} binômes, chacun tous les {period} mois). "
           f"Par an ({year.year}) : {year.meetings} soirées × {year.per_meeting} = {year.slots} "
           f"créneaux pour {len(pairs)} × 12 / {period} = {number(year.required)} auditions.")
    if ok:
        msg += " La capacité suffit."
    else:
        msg += (f" Il manque {number(cap['required'] - cap['slots'])} créneaux sur le mandat "
                f"({number(year.required - year.slots)} par an) : {len(late_pairs)} binômes "
                f"attendent plus que prévu entre deux auditions (jusqu'à {max_excess} jours de "
                "retard selon le calendrier d'auditions).")
    wording = None
    if not ok and year.per_meeting_needed and year.period_needed:
        wording = (f"Passer à {year.per_meeting_needed} auditions par soirée, ou espacer les "
                   f"auditions de chaque binôme à {year.period_needed} mois, ou tenir deux "
                   "demi-conseils en parallèle.")
    return consistency(
        ctx, "audits.capacite", KEY, "coherent" if ok else "incoherent",
        "info" if ok else "error", (), msg,
        {"creneaux_mandat": cap["slots"], "auditions_exigees_mandat": cap["required"],
         "soirees_mandat": cap["meetings"], "annee": year.year, "creneaux_par_an": year.slots,
         "auditions_exigees_par_an": year.required, "binomes": len(pairs),
         "audits_par_soiree": year.per_meeting, "binomes_en_retard": len(late_pairs),
         "retard_max_jours": max_excess, "intervalles_trop_longs": len(sched.gaps),
         "audits_par_soiree_necessaires": year.per_meeting_needed,
         "periodicite_possible_mois": year.period_needed},
        title=(f"La capacité d'audition suffit : {plural(cap['slots'], 'créneau', 'créneaux')} "
               f"pour {plural(cap['required'], 'audition')} exigées sur le mandat" if ok else
               f"Il manque {plural(cap['required'] - cap['slots'], 'créneau', 'créneaux')} "
               f"d'audition sur le mandat ({number(cap['slots'])} pour "
               f"{number(cap['required'])} auditions exigées)"),
        wording=wording)


def renewal_cycle(ctx: LegalContext) -> Finding:
    """Judges :func:`council_compositions` against the audit period."""
    pact, scen = ctx.pact, ctx.scenario
    cc = pact.citizen_council
    assert cc is not None
    pairs = audited_pairs(pact)
    per_meeting = cc.audits_per_meeting.at()
    cycle_meetings, comps = council_compositions(pact, scen)
    compositions = [{"composition": c.number, "debut": c.start.isoformat(), "fin": c.end.isoformat(),
                     "mois": c.months, "soirees": c.meetings, "tours_complets": c.full_cycles}
                    for c in comps]
    short = [c for c in comps if cycle_meetings and c.meetings < cycle_meetings]
    renewal = cc.renewal_months.at()
    period = cc.audit_period_months.at()
    parts = [f"Un tour complet d'auditions demande ⌈{len(pairs)} / {per_meeting}⌉ = "
             f"{cycle_meetings} soirées, contre une audition de chaque binôme tous les {period} mois."]
    for c in comps:
        parts.append(f"Composition {c.number} ({format_date(c.start)}, {c.months} mois) : "
                     f"{plural(c.meetings, 'soirée')}, {plural(c.full_cycles, 'tour complet', 'tours complets')}.")
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
         "periodicite_audit_mois": period, "compositions": compositions, "aligne": aligned},
        title=(f"{plural(len(short), 'composition')} du Conseil Citoyen "
               f"{'siègent' if len(short) > 1 else 'siège'} moins qu'un tour complet "
               f"d'auditions ({cycle_meetings} soirées)" if short else
               f"Chacune des {len(comps)} compositions du Conseil Citoyen tient au moins un tour "
               f"complet d'auditions ({cycle_meetings} soirées)"))


def check(ctx: LegalContext) -> list[Finding]:
    if ctx.pact.citizen_council is None:
        return []
    return [capacity(ctx), renewal_cycle(ctx)]
