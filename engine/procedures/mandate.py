"""The whole mandate's institutional calendar as one dated list: council sessions, bureau
meetings, citizen-council meetings and audits, votation days, rotations, renewals, quartier
councils' reports, seminars of the majority, the PPI's path, blackout periods — each entry naming the clause and source it comes from."""

from __future__ import annotations

from datetime import date

from engine.model.pact import (
    BureauClause,
    CitizenCouncilClause,
    CollegialityClause,
    Pact,
    PetitionClause,
    QuartierCouncilsClause,
    clause_key,
    item_key,
)
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.procedures.assemblies import renewals as body_renewals
from engine.procedures.audits import audit_schedule, renewals, work_meetings
from engine.procedures.commitments import report_calendar
from engine.procedures.participatory_budget import mandate_cycles
from engine.procedures.petition import votation_grid
from engine.procedures.ppi import ppi_steps
from engine.procedures.referendum import blackout_windows
from engine.procedures.rotation import rotation_steps
from engine.procedures.rule import rule
from engine.procedures.sessions import (
    bureau_meetings,
    council_citation,
    council_sessions,
    majority_seminars,
    quartier_reports,
)
from engine.procedures.trace import Citation, Step, cite_param, step


def _mandate_citation(scenario: Scenario, what: str) -> Citation:
    return Citation("mandat", what, str(scenario.mandate.source), ("L2122-10", "Celec-L227"))


@rule('Tous les événements datés du mandat (séances, votations, tirages, rotations, audits…), triés par date.',
      seeds=('000_721ebb8a9b1c3e2a.txt § Annexe 1. Structure du pacte de gouvernance et notes explicatives',))
def institutional_calendar(pact: Pact, scenario: Scenario, regime: Regime = "loi") -> list[Step]:
    """Every dated event of the mandate, sorted by date (then by event name)."""
    start, end = scenario.mandate.start, scenario.mandate.end
    steps: list[Step] = [
        step(start, "installation_conseil", "Installation du conseil municipal, élection du maire et des adjoints", _mandate_citation(scenario, start)),
        step(end, "fin_du_mandat", "Renouvellement général du conseil municipal", _mandate_citation(scenario, end)),
    ]
    cm = council_citation(pact)
    steps += [step(d, "seance_cm", "Séance du conseil municipal", cm)
              for d in council_sessions(pact, scenario) if start < d < end]
    if pact.bureau is not None:
        cb = cite_param(clause_key(BureauClause), pact.bureau, pact.bureau.meetings_per_month)
        steps += [step(d, "bureau_executif", "Réunion du bureau exécutif", cb)
                  for d in bureau_meetings(pact, scenario) if start < d < end]
    if pact.citizen_council is not None:
        cc = pact.citizen_council
        steps += [step(d, "cc_reunion_travail", "Conseil Citoyen : réunion de travail", cite_param(clause_key(CitizenCouncilClause), cc, cc.work_meeting_day))
                  for d in work_meetings(pact, scenario)]
        schedule = audit_schedule(pact, scenario)
        ca = cite_param(clause_key(CitizenCouncilClause), cc, cc.audits_per_meeting)
        for m in schedule.meetings:
            who = " ; ".join(m.pairs)
            steps.append(step(m.day, "cc_auditions", f"Conseil Citoyen : auditions — {who}", ca))
        cr = cite_param(clause_key(CitizenCouncilClause), cc, cc.renewal_months)
        steps += [step(d, "cc_renouvellement", "Renouvellement du Conseil Citoyen par tirage au sort", cr)
                  for d in renewals(pact, scenario)]
    if pact.petition is not None:
        cv = cite_param(clause_key(PetitionClause), pact.petition, pact.petition.votation_period_months)
        steps += [step(v.day, "jour_de_votation", "Jour de votation groupée possible", cv)
                  for v in votation_grid(pact, scenario, regime)]
    if pact.rotation is not None:
        steps += rotation_steps(pact, scenario)
    steps += _other_bodies(pact, scenario)
    for w in blackout_windows(scenario):
        law = Citation("elections", w.name, "LEGAL.md § 11. Calendar helper for the engine (derived)", ("LO1112-6", "L1112-21"))
        if w.start < end and w.end >= start:
            steps.append(step(max(w.start, start), "debut_periode_interdite", f"Début de période sans scrutin local : {w.name}", law))
            steps.append(step(min(w.end, end), "fin_periode_interdite", f"Fin de période sans scrutin local : {w.name}", law))
    return sorted(steps, key=lambda s: (s.day, s.event))


def _other_bodies(pact: Pact, scenario: Scenario) -> list[Step]:
    """Reports of the quartier councils, seminars of the majority, the PPI's dated path, the
    elected's commitment reports (mandat impératif), the participatory budget's yearly cycles,
    the renewals of the bodies drawn by lot."""
    steps: list[Step] = []
    if (q := pact.quartier_councils) is not None:
        cq = cite_param(clause_key(QuartierCouncilsClause), q, q.report_months)
        steps += [step(d, "cq_compte_rendu", "Conseils de quartier : compte rendu public d'activité", cq)
                  for d in quartier_reports(pact, scenario)]
    if (col := pact.collegiality) is not None:
        cs = cite_param(clause_key(CollegialityClause), col, col.seminar_months)
        steps += [step(d, "seminaire_majorite", "Séminaire de la majorité", cs)
                  for d in majority_seminars(pact, scenario)]
    if pact.ppi is not None:
        steps += [s for s in ppi_steps(pact, scenario) if s.day < scenario.mandate.end]
    if pact.commitments is not None:
        steps += report_calendar(pact, scenario)
    if pact.participatory_budget is not None:
        steps += [s for cycle in mandate_cycles(pact, scenario) for s in cycle.steps]
    for body in pact.assemblies:  # bodies drawn by lot: each renewal is a new draw
        if body.renewal_months is not None:
            cb = cite_param(item_key(body), body, body.renewal_months)
            steps += [step(d, "assemblee_renouvellement", f"{body.title} : renouvellement par tirage au sort", cb)
                      for d in body_renewals(body, scenario)]
    return steps


@rule("Un jour est dans le mandat s'il tombe entre l'installation du conseil et le renouvellement.",
      articles=('Celec-L227',))
def in_mandate(scenario: Scenario, day: date) -> bool:
    return scenario.mandate.start <= day <= scenario.mandate.end
