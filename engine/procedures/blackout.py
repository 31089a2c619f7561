"""Votation days the law cancels: the pact's grid of votation days (000 § Votations
propositionnelles : « votées tous les 3 mois ») against the same grid under the law, which
forbids any local vote during national campaigns and from the first day of the 6th month
before the general renewal (LO1112-6, L1112-21)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.petition import votation_grid
from engine.procedures.referendum import in_blackout
from engine.procedures.rule import rule


@dataclass(frozen=True)
class CancelledDay:
    """A votation day of the pact's grid that falls in a period without local votes."""

    day: date
    period: str | None   # the blackout window's name


@rule("Les jours de votation de la grille du pacte que la loi annule : ceux qui tombent dans une "
      "période sans scrutin local (campagnes électorales, six mois avant le renouvellement).",
      clause="votation_propositionnelle", params=("periodicite_votations_mois",),
      articles=("LO1112-6", "L1112-21"),
      seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",))
def votation_days_cancelled_by_law(pact: Pact, scenario: Scenario) -> list[CancelledDay]:
    """Days of the pact's votation grid absent from the grid under the law, each with the
    blackout window it falls in."""
    lawful = {v.day for v in votation_grid(pact, scenario, "loi")}
    out = []
    for v in votation_grid(pact, scenario, "pacte"):
        if v.day not in lawful:
            window = in_blackout(scenario, v.day)
            out.append(CancelledDay(v.day, window.name if window else None))
    return out
