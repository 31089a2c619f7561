"""Budget participatif (004_34d1b869cbc1b691.txt § INSTITUER DES BUDGETS PARTICIPATIFS
VRAIMENT UTILES ; LEGAL.md § 8).

« Mettre en place un budget participatif dont les méthodes d'animation, les montants alloués
et le cadre assurent des projets utiles à toutes et tous. » Chaque année : appel à projets,
étude de faisabilité par les services, vote des habitant·es, puis le conseil municipal
inscrit les projets lauréats au budget (L2311-1, L2312-1) — seul vote qui engage la commune.
L'enveloppe est en euros, ou en pourcentage des recettes réelles d'investissement de la
commune. Les budgets des conseils de quartier sont une autre clause
(:mod:`engine.procedures.quartier_budget`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.core.calendar import add_days, add_months
from engine.core.exact import Number, dec
from engine.core.fr import euros, number, percent_exact
from engine.model.clauses_participation import ParticipatoryBudgetClause
from engine.model.pact import Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.quartier_budget import can_commit
from engine.procedures.rule import rule
from engine.procedures.sessions import council_citation, next_council
from engine.procedures.trace import Citation, Decision, Step, cite_param, step

KEY = clause_key(ParticipatoryBudgetClause)
SEED = "004_34d1b869cbc1b691.txt § INSTITUER DES BUDGETS PARTICIPATIFS VRAIMENT UTILES"


def _clause(pact: Pact) -> ParticipatoryBudgetClause:
    return require(pact.participatory_budget, pact.info.id, KEY, "de budget participatif")


@dataclass(frozen=True)
class Envelope:
    """The year's envelope: its amount, how it was reached, and its split by quartier."""

    total_eur: float
    from_pct: float | None          # the pact's percentage, when the envelope is one
    base_eur: float | None          # the investment receipts it applies to
    per_quartier: dict[str, float]  # empty for a city-wide budget


def _quartier_split(scenario: Scenario, total: float) -> dict[str, float]:
    """Each quartier's share: by population share when the scenario gives them all,
    equal shares otherwise."""
    quartiers = scenario.commune.quartiers
    if not quartiers:
        return {}
    shares = [q.population_share_pct for q in quartiers]
    if all(s is not None for s in shares) and sum(shares) > 0:  # type: ignore[arg-type]
        weight = sum(shares)  # type: ignore[arg-type]
        return {q.name: total * q.population_share_pct / weight  # type: ignore[operator]
                for q in quartiers}
    return {q.name: total / len(quartiers) for q in quartiers}


@rule("Une enveloppe exprimée en part de l'investissement : pourcentage × recettes réelles "
      "d'investissement / 100, en arithmétique décimale exacte.",
      clause=KEY, params=("enveloppe_pct_investissement",), articles=("L2311-1",), seeds=(SEED,))
def envelope_from_share(pct: Number, investment_receipts: Number) -> Decimal:
    """The one formula of a share-of-investment envelope, fed with plain numbers or with the
    cost table's named inputs (its spreadsheet follows them)."""
    return dec(pct) * dec(investment_receipts) / 100


@rule("L'enveloppe annuelle du budget participatif : le montant du pacte, ou son pourcentage "
      "des recettes réelles d'investissement de la commune ; par quartier, au prorata de la "
      "population (à parts égales quand elle n'est pas connue).",
      clause=KEY, params=("enveloppe_annuelle_eur", "enveloppe_pct_investissement", "perimetre"),
      articles=("L2311-1", "Budget-participatif"), seeds=(SEED,))
def yearly_envelope(pact: Pact, scenario: Scenario, day: date | None = None) -> Decision[Envelope]:
    """L'enveloppe de l'année : « enveloppe_annuelle_eur », ou « enveloppe_pct_investissement »
    × les recettes réelles d'investissement du scénario ; répartie entre les quartiers quand
    le périmètre est « quartiers »."""
    c = _clause(pact)
    trace: list[Citation] = []
    if c.envelope_eur is not None:
        total, pct, base = float(c.envelope_eur.at(day)), None, None
        trace.append(cite_param(KEY, c, c.envelope_eur, day))
        why = f"Enveloppe de {euros(total)} par an."
    else:
        assert c.envelope_pct is not None  # the schema requires one of the two
        pct = c.envelope_pct.at(day)
        receipts = scenario.commune.budget.investment_receipts_eur
        base = float(receipts.at(day))
        total = float(envelope_from_share(pct, base))
        trace += [cite_param(KEY, c, c.envelope_pct, day),
                  Citation("commune.budget.recettes_reelles_investissement_eur", base,
                           str(receipts.source or ""), ())]
        why = (f"{percent_exact(pct)} de {euros(base)} de recettes réelles d'investissement = "
               f"{euros(total)} par an.")
    split: dict[str, float] = {}
    if c.scope.at(day) == "quartiers":
        split = _quartier_split(scenario, total)
        why += f" Réparti entre {number(len(split))} quartiers."
    trace.append(cite_param(KEY, c, c.scope, day))
    return Decision(Envelope(total, pct, base, split), why, tuple(trace))


@dataclass(frozen=True)
class Cycle:
    """One yearly cycle, dated: call for projects, feasibility study, vote, council adoption."""

    opening: date
    proposals_close: date
    feasibility_end: date
    vote_end: date
    adoption: date
    steps: tuple[Step, ...]


@rule("Le cycle annuel du budget participatif : appel à projets le 1er du mois d'ouverture, "
      "étude de faisabilité, vote des habitant·es, puis adoption des projets au budget par le "
      "conseil municipal à sa séance suivante.",
      clause=KEY, params=("mois_ouverture", "duree_depot_mois", "duree_etude_mois", "duree_vote_jours"),
      articles=("L2312-1", "CRPA-L131-1"), seeds=(SEED,))
def yearly_cycle(pact: Pact, scenario: Scenario, year: int) -> Cycle:
    """Les étapes datées du cycle de l'année ``year`` : chaque phase commence à la fin de
    la précédente ; le conseil inscrit les projets lauréats au budget à la première séance
    qui suit la fin du vote (lui seul décide, L2312-1)."""
    c = _clause(pact)
    opening = date(year, c.opening_month.at(date(year, 1, 1)), 1)
    cite = lambda param: cite_param(KEY, c, param, opening)  # noqa: E731
    close = add_months(opening, c.proposal_months.at(opening))
    feasible = add_months(close, c.feasibility_months.at(close))
    vote_end = add_days(feasible, c.vote_days.at(feasible))
    adoption = next_council(pact, scenario, vote_end)
    steps = (
        step(opening, "bp_appel_a_projets", "Budget participatif : ouverture de l'appel à projets", cite(c.opening_month)),
        step(close, "bp_fin_depot", "Budget participatif : fin du dépôt des projets", cite(c.proposal_months)),
        step(feasible, "bp_vote_ouvert", "Budget participatif : fin de l'étude de faisabilité, ouverture du vote", cite(c.feasibility_months)),
        step(vote_end, "bp_fin_vote", "Budget participatif : fin du vote des habitant·es", cite(c.vote_days)),
        step(adoption, "bp_adoption_cm", "Le conseil municipal inscrit les projets lauréats au budget", council_citation(pact)),
    )
    return Cycle(opening, close, feasible, vote_end, adoption, steps)


@rule("Les cycles complets du mandat : ceux qui s'ouvrent après l'installation du conseil et "
      "dont l'adoption au budget précède la fin du mandat.",
      clause=KEY, params=("mois_ouverture",), articles=("L2311-1",), seeds=(SEED,))
def mandate_cycles(pact: Pact, scenario: Scenario) -> list[Cycle]:
    """Les cycles du mandat, un par année civile, ouverts après le début du mandat et
    adoptés avant sa fin."""
    start, end = scenario.mandate.start, scenario.mandate.end
    cycles = (yearly_cycle(pact, scenario, y) for y in range(start.year, end.year + 1))
    return [cy for cy in cycles if cy.opening >= start and cy.adoption <= end]


@rule("Le coût du budget participatif sur le mandat : l'enveloppe de chaque cycle complet.",
      clause=KEY, params=("enveloppe_annuelle_eur", "enveloppe_pct_investissement"),
      articles=("L2311-1",), seeds=(SEED,))
def mandate_cost(pact: Pact, scenario: Scenario) -> Decision[float]:
    """Somme des enveloppes des cycles complets du mandat (chacune à sa date d'ouverture)."""
    cycles = mandate_cycles(pact, scenario)
    envelopes = [yearly_envelope(pact, scenario, cy.opening) for cy in cycles]
    total = sum(e.value.total_eur for e in envelopes)
    why = (f"{number(len(cycles))} cycles complets sur le mandat, {euros(total)} au total."
           if cycles else "Aucun cycle complet ne tient dans le mandat.")
    trace = envelopes[0].trace if envelopes else yearly_envelope(pact, scenario).trace
    return Decision(total, why, trace)


@rule("Le reliquat du budget participatif en fin d'année est reporté si le pacte le prévoit, "
      "perdu sinon.", clause=KEY, params=("report_du_reliquat",), articles=("L2311-1",),
      seeds=(SEED,))
def carried_over(pact: Pact, balance: float, day: date | None = None) -> Decision[float]:
    """Ce qui reste de l'enveloppe passe à l'année suivante si « report_du_reliquat » est
    vrai ; sans ce paramètre, ou s'il est faux, le reliquat est perdu."""
    if balance < 0:
        raise ValueError("un reliquat ne peut pas être négatif")
    c = _clause(pact)
    if c.carry_over is None:
        return Decision(0.0, "Le pacte ne prévoit pas de report : le reliquat est perdu.", ())
    keep = c.carry_over.at(day)
    why = (f"Le reliquat de {euros(balance)} s'ajoute à l'enveloppe suivante." if keep
           else "Le reliquat est perdu en fin d'année.")
    return Decision(balance if keep else 0.0, why, (cite_param(KEY, c, c.carry_over, day),))


@rule("Un projet est recevable s'il ne dépasse ni le plafond par projet du pacte ni ce qui "
      "reste de l'enveloppe.", clause=KEY, params=("plafond_par_projet_eur",),
      seeds=(SEED,))
def project_admissible(pact: Pact, cost: float, remaining: float,
                       day: date | None = None) -> Decision[bool]:
    """Un projet de ``cost`` euros est recevable s'il tient sous le plafond par projet (s'il
    y en a un) et dans le reste de l'enveloppe (:func:`quartier_budget.can_commit`)."""
    c = _clause(pact)
    fits = can_commit(remaining, cost)
    if c.project_cap_eur is None:
        return Decision(fits.value, fits.explanation, fits.trace)
    cap = c.project_cap_eur.at(day)
    under = cost <= cap
    why = (f"Coût de {euros(cost)} {'≤' if under else '>'} plafond de {euros(cap)} par projet. "
           + fits.explanation)
    return Decision(under and fits.value, why, (cite_param(KEY, c, c.project_cap_eur, day),))
