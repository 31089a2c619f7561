"""Votation days the law cancels: the pact's grid of votation days (000 § Votations
propositionnelles : « votées tous les 3 mois ») against the same grid under the law, which
forbids any local vote during national campaigns and from the first day of the 6th month
before the general renewal (LO1112-6, L1112-21).

The campaigns are the national electoral calendar (``rules/national/elections.yaml``), which
every scenario gets, plus the scenario's own « elections: » (a partial municipal election…);
a window of the scenario named like a national election replaces it. The period before the
renewal is computed from the scenario's mandate (:func:`~engine.procedures.referendum.renewal_blackout`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.io.elections import NATIONAL_CALENDAR_FR
from engine.model.pact import Pact
from engine.model.scenario import ElectionWindow, Scenario
from engine.procedures.petition import votation_grid
from engine.procedures.referendum import in_blackout
from engine.procedures.rule import rule

#: Where the period before the renewal comes from (computed, not listed in any file).
RENEWAL_ORIGIN_FR = "mandat du scénario (LO1112-6 1°)"


@dataclass(frozen=True)
class CancelledDay:
    """A votation day of the pact's grid that falls in a period without local votes."""

    day: date
    period: str | None   # the blackout window's name
    origin: str | None = None  # where the window's dates come from (French, for the outputs)


def _origin_fr(scenario: Scenario, window: ElectionWindow) -> str:
    if window.origin == "national":
        return NATIONAL_CALENDAR_FR
    return f"scénario « {scenario.info.id} » (bloc « elections: »)"


@rule("D'où viennent les dates des périodes sans scrutin local : le calendrier électoral "
      "national, les élections propres au scénario, le mandat pour la période avant le "
      "renouvellement.",
      articles=("LO1112-6", "L1112-21"))
def election_dates_origin(scenario: Scenario, period: str | None = None) -> str:
    """The origin of the dates of one blackout period (``period``: its name), or of all of
    them in one French phrase: « calendrier électoral national (rules/national/elections.yaml) »,
    the scenario's « elections: » block, the scenario's mandate for the renewal period."""
    windows = [w for w in scenario.elections if period is None or w.name == period]
    origins = list(dict.fromkeys(_origin_fr(scenario, w) for w in windows))
    if period is None or not windows:
        origins.append(RENEWAL_ORIGIN_FR)
    return " ; ".join(origins)


@rule("Les jours de votation de la grille du pacte que la loi annule : ceux qui tombent dans une "
      "période sans scrutin local (campagnes électorales, six mois avant le renouvellement).",
      clause="votation_propositionnelle", params=("periodicite_votations_mois",),
      articles=("LO1112-6", "L1112-21"),
      seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",))
def votation_days_cancelled_by_law(pact: Pact, scenario: Scenario) -> list[CancelledDay]:
    """Days of the pact's votation grid absent from the grid under the law, each with the
    blackout window it falls in and where that window's dates come from."""
    lawful = {v.day for v in votation_grid(pact, scenario, "loi")}
    out = []
    for v in votation_grid(pact, scenario, "pacte"):
        if v.day not in lawful:
            window = in_blackout(scenario, v.day)
            name = window.name if window else None
            origin = election_dates_origin(scenario, name) if name else None
            out.append(CancelledDay(v.day, name, origin))
    return out
