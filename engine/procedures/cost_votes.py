"""The votes a pact's cost table pays for: how many a year, at what unit cost, from where.

« 1 convention citoyenne à 100 000 euros + 12 votations à 50 000 euros »
(000_721ebb8a9b1c3e2a.txt § Quel coût ?). The count is the ``couts`` clause's
``votations_budgetees_par_an`` when the pact gives it, else the yearly caps the pact's own
rules set (days of votation propositionnelle, capped vote procedures); kinds of vote the pact
does not cap stay « non chiffrés », with the reason. The unit cost is the pact's, else the
documented default per registered elector (``rules/national/couts_par_defaut.yaml``),
flagged « valeur par défaut ». A pact that promises no vote has no votes line, and the
simulation charges no vote (:func:`unit_costs`). Organising a referendum or a consultation
is a compulsory expense of the commune (LO1112-5, L1112-19): the budget check of
:mod:`engine.verifier.consistency.budget` reads :func:`budgeted_votations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from engine.core.exact import ZERO, dec
from engine.core.fr import format_amount as fmt
from engine.model.pact import ConventionClause, CostClause, Pact, PetitionClause, clause_key
from engine.model.scenario import Scenario
from engine.procedures.cost_inputs import COSTS_KEY, CostLine, Inputs
from engine.procedures.costs import votes_cost
from engine.procedures.rule import rule

SEED = "000_721ebb8a9b1c3e2a.txt § Quel coût ?"
VOTES_KEY = Pact.model_fields["votes"].alias or "votes"


@dataclass(frozen=True)
class BudgetedVotations:
    """The votes the table pays for each year: how many, at what unit cost, and from where."""

    count: int
    unit_eur: Decimal | None
    inputs: Inputs
    #: the same count and unit cost as terms over their named inputs (the spreadsheet's formula)
    terms: tuple[Any, Any] = (0, ZERO)

    @property
    def unit_is_default(self) -> bool:
        return any(u.is_default for u in self.inputs.national)

    @property
    def bounded(self) -> bool:
        """Whether the count was given or derived (not only left uncosted)."""
        return self.count > 0 or not self.inputs.missing


def _promised_votes(pact: Pact) -> list[str]:
    """The kinds of vote the pact promises (empty: the table has no votes line)."""
    kinds = [name for name, clause in (
        ("votations propositionnelles", pact.petition), ("votes d'abrogation", pact.abrogation),
        ("référendums", pact.referendum), ("consultations de révocation", pact.revocation))
        if clause is not None]
    return kinds + [f"votation « {v.id} »" for v in pact.votes]


def _votation_count(pact: Pact, i: Inputs, c: CostClause | None) -> Any:
    """Votations budgeted a year: the ``couts`` clause's count, else the yearly caps the pact's
    own rules set (petition days, capped vote procedures); uncapped kinds stay uncosted."""
    given = i.price(COSTS_KEY, c, c and c.votations_budgeted_per_year)
    if given is not None:
        return given
    count: Any = 0
    if pact.petition is not None:
        p = pact.petition
        count += i.take(clause_key(PetitionClause), p, p.max_votations_per_year)
    uncapped = [name for name, clause in (
        ("votes d'abrogation", pact.abrogation), ("référendums", pact.referendum),
        ("consultations de révocation", pact.revocation)) if clause is not None]
    for v in pact.votes:
        if v.max_per_year is not None:
            count += i.take(f"{VOTES_KEY}.{v.id}", v, v.max_per_year)
        else:
            uncapped.append(f"votation « {v.id} »")
    if uncapped:
        i.lack_price(f"{', '.join(uncapped)} (le pacte ne borne pas leur nombre par an)",
                     "votations_budgeted_per_year")
    return count


@rule("Les votes que le tableau des coûts paie chaque année : le nombre donné par la clause "
      "« couts », sinon les plafonds annuels que fixent les règles du pacte ; le coût unitaire "
      "de la clause « couts », sinon la valeur par défaut par électeur inscrit (signalée).",
      clause='couts',
      params=('votations_budgetees_par_an', 'cout_unitaire_votation_eur'),
      articles=('LO1112-5', 'L1112-19'),
      seeds=(SEED,))
def budgeted_votations(pact: Pact, scenario: Scenario,
                       day: date | None = None) -> BudgetedVotations | None:
    """The votations ``pact`` budgets each year in ``scenario``'s commune (None when it
    promises no vote)."""
    if not _promised_votes(pact):
        return None
    c = pact.costs
    i = Inputs(day)
    count = _votation_count(pact, i, c)
    unit = i.price(COSTS_KEY, c, c and c.votation_unit_eur)
    if unit is None:
        per_elector = i.from_file(i.defaults.votation_eur_per_elector)
        unit = per_elector * i.figure("commune.electeurs_inscrits", scenario.commune.electors)
    return BudgetedVotations(int(count), Decimal(unit), i, (count, unit))


@rule("La ligne « Référendums, votations, conventions citoyennes » : les votes budgétés × leur "
      "coût unitaire, plus les conventions que le pacte permet × leur coût unitaire ; pas de "
      "ligne si le pacte ne promet ni vote ni convention.",
      clause='couts',
      params=('cout_unitaire_convention_eur',),
      seeds=(SEED,))
def votes_line(pact: Pact, scenario: Scenario, day: date | None = None) -> CostLine | None:
    """« 1 convention citoyenne à 100 000 euros + 12 votations à 50 000 euros »: budgeted
    votes × unit cost, and the conventions the pact allows × their unit cost (no default:
    the cost of a convention is the list's choice)."""
    votes = budgeted_votations(pact, scenario, day)
    conv = pact.conventions
    if votes is None and conv is None:
        return None
    c = pact.costs
    i = votes.inputs if votes is not None else Inputs(day)
    count, unit = votes.terms if votes is not None else (0, ZERO)
    conventions, convention_unit = 0, None
    if conv is not None:
        conventions = i.take(clause_key(ConventionClause), conv, conv.max_per_year)
        convention_unit = i.price(COSTS_KEY, c, c and c.convention_unit_eur)
        if convention_unit is None and conventions:
            i.lack_price("conventions citoyennes", "convention_unit_eur")
    parts = []
    if conv is not None:
        plural = "s" if conventions > 1 else ""
        shown = fmt(convention_unit, "euros") if convention_unit is not None else "prix non fixé"
        parts.append(f"{fmt(conventions)} convention{plural} citoyenne{plural} à {shown}")
    if votes is not None:
        parts.append(f"{fmt(count)} votations à {fmt(unit, 'euros')}")
    amount = votes_cost(count, unit or ZERO, conventions,
                        convention_unit if convention_unit is not None else 0)
    return CostLine.of("votations_conventions", "Référendums, votations, conventions citoyennes",
                       " + ".join(parts), amount, i)




@dataclass(frozen=True)
class UnitCosts:
    """Unit costs the simulation charges per event (same inputs as the table); None when
    the pact promises no such event or gives no price for it (the table says « non chiffré »)."""

    votation_eur: Decimal | None
    convention_eur: Decimal | None


@rule('Les coûts unitaires que la simulation impute à chaque événement (un jour de vote, une '
      'convention), pris comme dans le tableau des coûts.',
      clause='couts',
      params=('cout_unitaire_votation_eur', 'cout_unitaire_convention_eur'),
      seeds=(SEED,))
def unit_costs(pact: Pact, scenario: Scenario, day: date | None = None) -> UnitCosts:
    """The cost of one polling day and of one convention, as the cost table prices them."""
    votes = budgeted_votations(pact, scenario, day)
    c = pact.costs
    convention = None
    if pact.conventions is not None and c is not None and c.convention_unit_eur is not None:
        convention = dec(c.convention_unit_eur.at(day))
    return UnitCosts(votes.unit_eur if votes is not None else None, convention)


@dataclass(frozen=True)
class VotesBudgetAndRules:
    """The polling days the cost table pays for each year against those the pact's rules
    allow: the gap between the table's operating cost and the simulated spend."""

    budgeted_per_year: int
    unit_eur: Decimal
    #: days of votation propositionnelle a year (``max_votations_par_an``), 0 without petition
    petition_days_per_year: int
    #: the yearly caps of the votes of the « votations » list that have one
    capped_votes_per_year: int
    uncapped: tuple[str, ...]

    @property
    def allowed_per_year(self) -> int:
        """What the rules allow a year; uncapped kinds (abrogation, referendum, revocation,
        uncapped list votes) excluded."""
        return self.petition_days_per_year + self.capped_votes_per_year

    @property
    def budget_eur(self) -> Decimal:
        return self.budgeted_per_year * self.unit_eur


@rule("Les votes que le tableau des coûts paie chaque année, contre les jours de votation que les "
      "règles du pacte permettent par an (plafond de la pétition et des votations plafonnées).",
      clause='couts',
      params=('votations_budgetees_par_an', 'cout_unitaire_votation_eur'),
      articles=('LO1112-5', 'L1112-19'),
      seeds=(SEED, '000_721ebb8a9b1c3e2a.txt § Votations propositionnelles'))
def budget_and_rules(pact: Pact, scenario: Scenario,
                     day: date | None = None) -> VotesBudgetAndRules | None:
    """« 12 votations à 50 000 euros » (:func:`budgeted_votations`, the cost table's own
    count) against « au plus 4 votations par an » of the petition clause and the yearly caps
    of the pact's other votes; None without vote or without a priced count."""
    found = budgeted_votations(pact, scenario, day)
    if found is None or found.unit_eur is None or not found.bounded:
        return None
    petition = pact.petition.max_votations_per_year.at(day) if pact.petition is not None else 0
    capped = sum(v.max_per_year.at(day) for v in pact.votes if v.max_per_year is not None)
    uncapped = tuple(name for name, clause in (
        ("votes d'abrogation", pact.abrogation), ("référendums", pact.referendum),
        ("consultations de révocation", pact.revocation)) if clause is not None)
    uncapped += tuple(f"votation « {v.title} »" for v in pact.votes if v.max_per_year is None)
    return VotesBudgetAndRules(found.count, found.unit_eur, petition, capped, uncapped)
