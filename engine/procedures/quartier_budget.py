"""Budgets de quartier (000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier).

« Chaque conseil de quartier dispose de 200 000 € par an pendant 6 ans, non inflatés ; le
reliquat non dépensé est reporté ; l'argent n'est pas transféré, la ville réalise les
travaux. » Le conseil ne peut engager un projet qu'à hauteur du solde disponible.
Légalement, c'est un engagement politique : le CM vote chaque année les crédits
(L2311-1, L2312-1 ; LEGAL.md § 8).
"""

from __future__ import annotations

from datetime import date

from engine.core.fr import euros
from engine.model.pact import Pact, QuartierCouncilsClause, clause_key
from engine.procedures.rule import rule
from engine.procedures.trace import Decision, cite_param

KEY = clause_key(QuartierCouncilsClause)


@rule('Chaque conseil de quartier reçoit son budget annuel pendant la durée fixée par le pacte, rien ensuite.',
      clause='conseils_de_quartier',
      params=('budget_annuel_par_quartier_eur', 'duree_budget_annees'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier',))
def yearly_allocation(pact: Pact, year_index: int, day: date | None = None) -> Decision[float]:
    """Credits each quartier council receives for budget year ``year_index`` (0 = first):
    the yearly amount during ``duree_budget_annees`` years, nothing afterwards."""
    if year_index < 0:
        raise ValueError("l'année budgétaire commence à 0")
    q = pact.quartier_councils
    if q is None:
        return Decision(0.0, "Le pacte ne prévoit pas de budget de quartier.", ())
    years = q.budget_years.at(day)
    amount = float(q.budget_per_year_eur.at(day)) if year_index < years else 0.0
    why = (f"Année {year_index + 1} sur {years} : {euros(amount)} par quartier."
           if amount else f"Au-delà des {years} années prévues : pas de nouveau crédit.")
    return Decision(amount, why, (cite_param(KEY, q, q.budget_per_year_eur, day),
                                  cite_param(KEY, q, q.budget_years, day)))


@rule("Le reliquat d'un quartier en fin d'année est reporté si le pacte le prévoit, perdu sinon.",
      clause='conseils_de_quartier',
      params=('report_du_reliquat',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier',))
def carried_over(pact: Pact, balance: float, day: date | None = None) -> Decision[float]:
    """What is left of a quartier's balance at the end of a budget year: all of it when the
    pact carries unspent money over, nothing otherwise."""
    if balance < 0:
        raise ValueError("un solde de budget de quartier ne peut pas être négatif")
    q = pact.quartier_councils
    if q is None:
        return Decision(0.0, "Le pacte ne prévoit pas de budget de quartier.", ())
    keep = q.carry_over.at(day)
    value = balance if keep else 0.0
    why = "Le reliquat est reporté sur l'année suivante." if keep else "Le reliquat est perdu en fin d'année."
    return Decision(value, why, (cite_param(KEY, q, q.carry_over, day),))


@rule("Un projet n'est voté que si son coût tient dans le solde du quartier.",
      clause='conseils_de_quartier',
      seeds=('000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de quartier',))
def can_commit(balance: float, cost: float) -> Decision[bool]:
    """A project is voted only if its cost fits in the quartier's remaining balance."""
    if cost < 0:
        raise ValueError("le coût d'un projet ne peut pas être négatif")
    ok = cost <= balance
    why = ("Le projet tient dans le solde disponible." if ok
           else "Le projet dépasse le solde disponible : il attend l'année suivante ou est réduit.")
    return Decision(ok, why, ())
