"""Rotation du binôme maire – 1er adjoint·e tous les 2 ans
(000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la rotation…).

« Tous les 2 ans, le maire et son ou sa première adjointe présentent la démission de leurs
fonctions exécutives mais pas de celles de conseiller·es municipaux. Une nouvelle élection
est organisée au CM ; le binôme élu reprend le mandat impératif correspondant ; l'ancien
binôme reprend les délégations du nouveau. »
Mécanique légale (LEGAL.md § 3 et § 12.4) : démission adressée au préfet, définitive à son
acceptation ou un mois après une seconde lettre recommandée (L2122-15) ; conseil réuni dans
la quinzaine (L2122-14) ; toute élection du maire entraîne celle de tous les adjoints
(L2122-10) ; convocation 5 jours francs avant (3 sous 3 500 habitants, L2121-11/-12).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import add_days, add_months
from engine.model.law import Law
from engine.model.pact import Pact, RotationClause, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.commune import convocation_clear_days
from engine.procedures.rule import rule
from engine.procedures.trace import Step, cite_law, cite_param, step

KEY = clause_key(RotationClause)


def _clause(pact: Pact) -> RotationClause:
    return require(pact.rotation, pact.info.id, KEY, "de clause de rotation")


@dataclass(frozen=True)
class Handover:
    number: int
    resignation: date
    final: date
    final_if_refused: date
    convocation: date
    election: date
    steps: list[Step]
    clear_days: int              # clear days of notice of the election session
    clear_days_article: str      # L2121-12 from 3,500 inhabitants, L2121-11 below


def _convocation(scenario: Scenario) -> tuple[int, str]:
    """Clear days of notice and their article, from the one rule
    :func:`engine.procedures.commune.convocation_clear_days` (L2121-11 / L2121-12)."""
    from engine.io.law import load_law

    return convocation_clear_days(scenario.commune.population.at(), load_law())


@rule("Le délai du pacte pour réunir le conseil après la démission, contre la quinzaine de la loi.",
      clause='rotation', params=('delai_convocation_cm_jours',), articles=('L2122-14',), seeds=('000_721ebb8a9b1c3e2a.txt § Les binômes d\'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e',))
def election_delay_exceeds_law(pact: Pact, law: Law) -> tuple[int, int, bool]:
    """(days the pact gives to reconvene the council, days the law gives, too long?) —
    L2122-14 : le conseil est réuni pour remplacer le maire dans la quinzaine."""
    pact_days = _clause(pact).convocation_days.at()
    legal = law.int_number("L2122-14", "delai_convocation_jours")
    return pact_days, legal, pact_days > legal


@rule("Les passages de relais du mandat : démission au préfet tous les N mois, démission définitive, convocation en jours francs, élection du maire et de tous les adjoints.",
      clause='rotation', params=('periodicite_mois', 'delai_acceptation_prefet_jours', 'delai_convocation_cm_jours'),
      articles=('L2122-15', 'L2122-14', 'L2122-10', 'L2121-11', 'L2121-12'), seeds=('000_721ebb8a9b1c3e2a.txt § Les binômes d\'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e',))
def handovers(pact: Pact, scenario: Scenario) -> list[Handover]:
    """Every handover of the mandate with its legal steps, each at its latest date."""
    c = _clause(pact)
    start, end = scenario.mandate.start, scenario.mandate.end
    clear, article = _convocation(scenario)
    out: list[Handover] = []
    k = 1
    while True:
        resignation = add_months(start, k * c.period_months.at())
        if resignation >= end:
            return out
        final = add_days(resignation, c.prefect_acceptance_days.at(resignation))
        # Refused or unanswered: a second registered letter, final one month after it.
        final_refused = add_months(add_days(resignation, c.prefect_acceptance_days.at(resignation)), 1)
        # The council can only be convened once the seat is vacant (the resignation is
        # final), with its clear days of notice: a pact delay shorter than that is stretched.
        election = add_days(final, max(c.convocation_days.at(final), clear + 1))
        convocation = add_days(election, -(clear + 1))
        steps = [
            step(resignation, "demission_maire_et_premier_adjoint",
                 f"Passage de relais n° {k} : le maire et le 1er adjoint adressent au préfet la démission de leurs fonctions exécutives (pas de leur siège)",
                 cite_param(KEY, c, c.period_months, resignation)),
            step(final, "demission_definitive",
                 "Démission définitive à l'acceptation du préfet ; les adjoints perdent aussi leurs fonctions",
                 cite_param(KEY, c, c.prefect_acceptance_days, resignation)),
            step(final_refused, "demission_definitive_si_refus",
                 "À défaut d'acceptation : définitive un mois après une seconde lettre recommandée",
                 cite_law("L2122-15", "démission définitive un mois après une seconde lettre recommandée")),
            step(convocation, "convocation_cm",
                 f"Convocation du conseil ({clear} jours francs, mention spéciale de l'élection)",
                 cite_law(article, f"{clear} jours francs")),
            step(election, "election_maire_et_adjoints",
                 "Élection du nouveau maire et de tous les adjoints (liste alternée femmes-hommes) ; nouveaux arrêtés de délégation ; l'ancien binôme reprend les délégations du nouveau",
                 cite_param(KEY, c, c.convocation_days, final)),
        ]
        out.append(Handover(k, resignation, final, final_refused, convocation, election,
                            sorted(steps, key=lambda s: s.day), clear, article))
        k += 1


@rule("Toutes les étapes datées des passages de relais, triées par date.",
      clause='rotation', params=('periodicite_mois',), articles=('L2122-15',), seeds=('000_721ebb8a9b1c3e2a.txt § Les binômes d\'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e',))
def rotation_steps(pact: Pact, scenario: Scenario) -> list[Step]:
    return sorted((s for h in handovers(pact, scenario) for s in h.steps), key=lambda s: s.day)
