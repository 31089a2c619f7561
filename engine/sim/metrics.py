"""The metrics of a run: names (stable JSON keys), French labels, units and domains."""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.model.pact import Pact
from engine.procedures import figures as fig
from engine.procedures.audits import longest_audit_interval
from engine.sim.state import RunState


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    unit: str
    low: float = 0.0
    high: float | None = None
    integer: bool = False


METRICS: tuple[Metric, ...] = (
    Metric(fig.COST_SIMULATED.name, fig.COST_SIMULATED.label, fig.COST_SIMULATED.unit),
    Metric("cost_investment_eur_per_year", "Coût d'investissement par an (budgets de quartier dépensés, budget participatif, équipement)", "€/an"),
    Metric("cost_per_inhabitant_eur_per_year", "Coût de fonctionnement par habitant et par an", "€/hab./an"),
    Metric("petitions_started", "Pétitions lancées", "pétitions", integer=True),
    Metric("petitions_admissible", "Pétitions recevables", "pétitions", integer=True),
    Metric("petitions_adopted_by_council", "Pétitions adoptées telles quelles par le CM", "pétitions", integer=True),
    Metric(fig.VOTATION_DAYS_SIMULATED.name, fig.VOTATION_DAYS_SIMULATED.label,
           fig.VOTATION_DAYS_SIMULATED.unit, integer=True),
    Metric("propositions_adopted", "Propositions citoyennes adoptées (par le CM ou par votation)", "propositions", integer=True),
    Metric("petition_days_to_threshold", "Délai moyen pour réunir les signatures requises (pétitions qui y parviennent)", "jours"),
    Metric("petition_to_vote_days", "Délai moyen du dépôt des signatures au jour de vote", "jours"),
    Metric("abrogation_requests", "Demandes de votation abrogatoire", "demandes", integer=True),
    Metric("abrogations_voted", "Votes d'abrogation tenus", "votes", integer=True),
    Metric("abrogations_adopted", "Délibérations abrogées par le vote", "délibérations", integer=True),
    Metric(fig.SUSPENDED_DAYS_SIMULATED.name, fig.SUSPENDED_DAYS_SIMULATED.label,
           fig.SUSPENDED_DAYS_SIMULATED.unit),
    Metric("audits_done", "Auditions de binômes tenues", "auditions", integer=True),
    Metric("audit_coverage", "Part des auditions requises (chaque binôme tous les 6 mois) effectivement tenues", "part", 0.0, 1.0),
    Metric(fig.AUDIT_INTERVAL_SIMULATED.name, fig.AUDIT_INTERVAL_SIMULATED.label,
           fig.AUDIT_INTERVAL_SIMULATED.unit),
    Metric("audits_missed", "Auditions manquées (non reprogrammées)", "auditions", integer=True),
    Metric("unfavourable_opinions", "Avis défavorables du Conseil Citoyen", "avis", integer=True),
    Metric("revocation_consultations", "Consultations de révocation tenues", "consultations", integer=True),
    Metric("revocations_adopted", "Binômes enjoints à démissionner", "binômes", integer=True),
    Metric("referendums", "Référendums municipaux tenus", "référendums", integer=True),
    Metric("referendums_adopted", "Référendums adoptés au sens de LO1112-7", "référendums", integer=True),
    Metric("family_votes", "Votes de la liste « votations » tenus (dates fixes, demandés, par pétition)", "votes", integer=True),
    Metric("family_votes_adopted", "Votes de la liste « votations » adoptés (quorum et minimum de oui du pacte)", "votes", integer=True),
    Metric("rotations", "Passages de relais du binôme maire", "rotations", integer=True),
    Metric("cc_renewals", "Renouvellements du Conseil Citoyen", "renouvellements", integer=True),
    Metric("sortition_draws", "Tirages au sort sur le mandat (tous organes)", "tirages", integer=True),
    Metric(fig.LETTERS_OVER_MANDATE.name, fig.LETTERS_OVER_MANDATE.label, fig.LETTERS_OVER_MANDATE.unit,
           integer=True),
    Metric("conventions", "Conventions citoyennes", "conventions", integer=True),
    Metric("quartier_budget_spent_eur", "Budgets de quartier dépensés (travaux livrés) sur le mandat", "€"),
    Metric("quartier_budget_unspent_eur", "Budgets de quartier alloués non engagés à la fin du mandat", "€"),
    Metric("quartier_projects", "Projets de quartier votés", "projets", integer=True),
    Metric("polling_days", "Jours de scrutin (tous votes confondus)", "jours", integer=True),
    Metric("polling_days_per_year", "Jours de scrutin par an (tous votes confondus)", "jours/an"),
    Metric("votes_in_blackout", "Jours de scrutin en période interdite (LO1112-6)", "jours", integer=True),
    Metric("elected_hours", "Heures des élu·es sur le mandat", "heures"),
    Metric("dpc_staff_hours", "Heures de travail de la DPC nécessaires sur le mandat", "heures"),
    Metric("dpc_utilisation", "Charge de la DPC rapportée à ses heures disponibles", "ratio"),
    Metric("dpc_months_over_capacity", "Mois où la DPC dépasse ses heures disponibles", "mois", integer=True),
    Metric("cc_member_hours", "Heures des membres du Conseil Citoyen sur le mandat", "heures"),
    Metric("citizen_hours", "Heures des habitant·es (commissions, plénières, assemblées tirées au sort, signatures, votes, conventions)", "heures"),
)
METRIC_NAMES = tuple(m.name for m in METRICS)
BY_NAME = {m.name: m for m in METRICS}
#: without a DPC clause the procedures' work falls to the mayor's services: the hours are
#: theirs, and their capacity is not in the pact (utilisation and overload are « sans objet »:
#: :func:`not_applicable`)
WITHOUT_DPC = {
    "dpc_staff_hours": "Heures de travail des services du maire (le pacte ne crée pas de DPC) "
                       "nécessaires sur le mandat",
}


#: metrics that only a clause of the pact produces: the clause (attribute of the pact) and
#: what the pact lacks without it, in French
NEEDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("petitions_started", "petitions_admissible", "petitions_adopted_by_council",
      fig.VOTATION_DAYS_SIMULATED.name, "propositions_adopted", "petition_days_to_threshold",
      "petition_to_vote_days"), "petition", "de votation propositionnelle"),
    (("abrogation_requests", "abrogations_voted", "abrogations_adopted",
      fig.SUSPENDED_DAYS_SIMULATED.name), "abrogation", "de votation abrogatoire"),
    (("audits_done", "audit_coverage", fig.AUDIT_INTERVAL_SIMULATED.name, "audits_missed",
      "unfavourable_opinions", "cc_renewals", "cc_member_hours"), "citizen_council",
     "de Conseil Citoyen"),
    (("revocation_consultations", "revocations_adopted"), "revocation",
     "de consultation de révocation"),
    (("family_votes", "family_votes_adopted"), "votes", "de liste « votations »"),
    (("rotations",), "rotation", "de rotation du binôme maire"),
    (("conventions",), "conventions",
     "de conventions citoyennes sur des sujets complexes"),
    (("dpc_utilisation", "dpc_months_over_capacity"), "dpc",
     "de direction du pouvoir citoyen (DPC)"),
    (("quartier_budget_spent_eur", "quartier_budget_unspent_eur", "quartier_projects"),
     "quartier_councils", "de conseils de quartier"),
)


def not_applicable(pact: Pact) -> dict[str, str]:
    """The metrics that say nothing of ``pact`` (always zero or empty: the clause that
    produces them is absent), each with its reason « le pacte ne prévoit pas de … »."""
    out: dict[str, str] = {}
    for names, clause, what in NEEDS:
        if not getattr(pact, clause):  # None, or an empty list of votes
            out |= dict.fromkeys(names, f"le pacte ne prévoit pas {what}")
    return out


def metric_labels(has_dpc: bool) -> dict[str, dict[str, str]]:
    """The French label and unit of every metric, for a pact with or without a DPC."""
    return {m.name: {"label": m.label if has_dpc else WITHOUT_DPC.get(m.name, m.label),
                     "unit": m.unit, "integer": m.integer} for m in METRICS}


def compute(state: RunState, capacity: list[float]) -> dict[str, float]:
    ctx = state.ctx
    years = ctx.years
    operating = sum(state.cost_op) / years
    nan = math.nan
    if ctx.audited_pairs and ctx.cc_start is not None:
        gap = max(longest_audit_interval(ctx.cc_start, state.audit_days.get(p, []), ctx.end)
                  for p in ctx.audited_pairs)
        coverage = min(1.0, state.audits_done / ctx.audits_required) if ctx.audits_required else 1.0
    else:
        gap, coverage = nan, nan
    cap = sum(capacity)
    over: float = sum(1 for need, have in zip(state.dpc, capacity, strict=True) if need > have)
    if not ctx.has_dpc:
        cap, over = 0.0, nan  # no DPC: no capacity to compare with (WITHOUT_DPC)
    delays = state.petition_vote_delays
    return {
        "cost_operating_eur_per_year": operating,
        "cost_investment_eur_per_year": sum(state.cost_inv) / years,
        "cost_per_inhabitant_eur_per_year": operating / ctx.population,
        "petitions_started": state.petitions_started,
        "petitions_admissible": state.petitions_admissible,
        "petitions_adopted_by_council": state.petitions_adopted_by_council,
        "votation_days": len(state.votation_days_used),
        "propositions_adopted": state.propositions_adopted,
        "petition_days_to_threshold": (sum(state.days_to_threshold) / len(state.days_to_threshold)
                                       if state.days_to_threshold else nan),
        "petition_to_vote_days": sum(delays) / len(delays) if delays else nan,
        "abrogation_requests": state.abrogation_requests,
        "abrogations_voted": state.abrogations_voted,
        "abrogations_adopted": state.abrogations_adopted,
        "execution_suspended_days": sum(b - a for a, b in state.suspensions),
        "audits_done": state.audits_done,
        "audit_coverage": coverage,
        "max_audit_gap_days": gap,
        "audits_missed": state.audits_postponed,
        "unfavourable_opinions": state.opinions[2],
        "revocation_consultations": state.revocation_consultations,
        "revocations_adopted": state.revocations_adopted,
        "referendums": state.referendums,
        "referendums_adopted": state.referendums_adopted,
        "family_votes": state.family_votes,
        "family_votes_adopted": state.family_votes_adopted,
        "rotations": state.rotations,
        "cc_renewals": state.cc_renewals,
        "sortition_draws": state.sortition_draws,
        "sortition_letters": state.sortition_letters,
        "conventions": state.conventions,
        "quartier_budget_spent_eur": state.quartier_spent,
        "quartier_budget_unspent_eur": max(0.0, state.quartier_allocated - state.quartier_committed
                                           - state.quartier_lapsed),
        "quartier_projects": state.quartier_projects,
        "polling_days": len(state.poll_days),
        "polling_days_per_year": len(state.poll_days) / years,
        "votes_in_blackout": len(state.blackout_poll_days),
        "elected_hours": sum(state.elected),
        "dpc_staff_hours": sum(state.dpc),
        "dpc_utilisation": sum(state.dpc) / cap if cap else nan,
        "dpc_months_over_capacity": over,
        "cc_member_hours": sum(state.cc),
        "citizen_hours": sum(state.citizens),
    }


def suspended_by_month(state: RunState) -> list[float]:
    """Days of suspended execution falling in each month (summed over deliberations)."""
    ctx = state.ctx
    n = len(ctx.months)
    out = [0.0] * n
    firsts = ctx.month_first_days
    month_of = ctx.month_of
    for a, b in state.suspensions:
        b = min(b, ctx.end)
        m = month_of[a]
        while a < b:
            stop = firsts[m + 1] if m + 1 < n else ctx.end
            step_end = min(b, stop)
            out[m] += step_end - a
            a = step_end
            m += 1
    return out


def out_of_domain(metrics: dict[str, float]) -> list[str]:
    """Names of metrics outside their domain (NaN is allowed: « sans objet »)."""
    bad = []
    for name, value in metrics.items():
        m = BY_NAME[name]
        if isinstance(value, float) and math.isnan(value):
            continue
        if value < m.low - 1e-9 or (m.high is not None and value > m.high + 1e-9):
            bad.append(name)
        elif m.integer and value != int(value):
            bad.append(name)
    return bad
