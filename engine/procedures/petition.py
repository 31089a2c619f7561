"""Votation propositionnelle (000_721ebb8a9b1c3e2a.txt § Votations propositionnelles).

« Une pétition de signatures d'électeurs inscrits, collectées manuscritement, d'environ 3 %
du corps électoral au minimum (soit à Chambéry, 1 000 personnes) […] vérifiée par la DPC,
transmise au maire, inscrite au prochain bureau exécutif puis au prochain CM, qui l'adopte
telle quelle ou organise un référendum après 1 mois de campagne ; victoire du oui à la
majorité simple des suffrages exprimés, aucun quorum. Les pétitions valides sont groupées
et votées tous les 3 mois, soit 4 votations par an au maximum. »
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from engine.core.calendar import add_days, add_months, next_weekday_on_or_after, nth_weekday
from engine.core.fr import number, percent_exact
from engine.model.law import Law
from engine.model.pact import BureauClause, Pact, PetitionClause, clause_key
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures._memo import per_models
from engine.procedures.ballot import count_vote, quorum_words
from engine.procedures.commune import LegalPetitionComparison, compare_with_legal_petition
from engine.procedures.referendum import blackout_windows, earliest_lawful_vote
from engine.procedures.rule import rule
from engine.procedures.services import signature_checker
from engine.procedures.sessions import (
    bureau_meetings,
    council_citation,
    next_after,
    next_council,
)
from engine.procedures.trace import Citation, Decision, Step, cite_law, cite_param, step

KEY = clause_key(PetitionClause)


def _clause(pact: Pact) -> PetitionClause:
    return require(pact.petition, pact.info.id, KEY, "de clause de votation propositionnelle")


@dataclass(frozen=True)
class Threshold:
    """Signatures a petition needs, and which figure of the pact applies."""

    required: int
    from_percentage: int
    absolute: int | None
    applied: Literal["pourcentage", "absolu"]
    absolute_below_percentage: bool
    electors: int
    percentage: float


def _threshold(c: PetitionClause, electors: int, day: date | None
               ) -> tuple[int, int, int | None, Literal["pourcentage", "absolu"]]:
    """(required, from the percentage, absolute figure, which applies) for an electorate."""
    absolute = c.threshold_absolute.at(day) if c.threshold_absolute is not None else None
    return threshold_from(c.threshold_pct.at(day), absolute, electors)


@rule("Les signatures d'une pétition : le pourcentage des inscrits arrondi au supérieur, ou le "
      "nombre absolu s'il est plus élevé (toute pétition du pacte, votations comprises).",
      articles=("L1112-16",), seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",))
def threshold_from(pct: float, absolute: int | None, electors: int
                   ) -> tuple[int, int, int | None, Literal["pourcentage", "absolu"]]:
    """(required, from the percentage, absolute figure, which applies) for ``electors``."""
    # Exact ceiling of electors × pct / 100, in decimal arithmetic (2.5 % stays 2.5 %).
    from_pct = math.ceil(Decimal(str(pct)) * electors / 100)
    if absolute is not None and absolute > from_pct:
        return absolute, from_pct, absolute, "absolu"
    return from_pct, from_pct, absolute, "pourcentage"


@rule("Le seuil de la pétition du pacte atteint-il le dixième des électeurs inscrits (pétition "
      "légale) ? Oui, non, ou selon l'électorat quand il n'est pas établi.",
      clause='votation_propositionnelle', params=('seuil_pct', 'seuil_absolu'),
      articles=('L1112-16',), seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def petition_vs_legal(pact: Pact, scenario: Scenario, law: Law) -> LegalPetitionComparison:
    """L1112-16 : le seuil de la pétition du pacte atteint-il le dixième légal des électeurs
    inscrits, au chiffre retenu et aux bornes de l'électorat ? La seule comparaison que
    reprennent le constat juridique et le constat de cohérence."""
    c = _clause(pact)
    commune = scenario.commune
    return compare_with_legal_petition(
        lambda electors: _threshold(c, electors, None)[0], commune.electors.at(),
        commune.electors_bounds(), commune.electors_confidence or "H", law)


@rule("Les signatures exigées : le pourcentage des inscrits fixé par le pacte, arrondi au supérieur, ou le nombre absolu du pacte s'il est plus élevé.",
      clause='votation_propositionnelle',
      params=('seuil_pct', 'seuil_absolu'),
      articles=('L1112-16',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def signatures_required(pact: Pact, scenario: Scenario, day: date | None = None) -> Decision[Threshold]:
    """Signatures required: the percentage of registered electors rounded up, or the pact's
    absolute figure if it is higher. When the absolute figure is below the percentage (the
    seed's 1 000 vs 3 % = 1 043) the percentage applies and the gap is flagged."""
    c = _clause(pact)
    electors = scenario.commune.electors.at(day)
    pct = c.threshold_pct.at(day)
    required, from_pct, absolute, applied = _threshold(c, electors, day)
    below = absolute is not None and absolute < from_pct
    trace = [cite_param(KEY, c, c.threshold_pct, day),
             Citation("commune.electeurs_inscrits", electors,
                      str(scenario.commune.electors.source or ""), ())]
    if c.threshold_absolute is not None:
        trace.append(cite_param(KEY, c, c.threshold_absolute, day))
    why = (f"{percent_exact(pct)} de {number(electors)} électeurs inscrits = {number(from_pct)} signatures "
           "(arrondi au-dessus)")
    if absolute is None:
        why += " ; le pacte ne donne pas de chiffre absolu."
    elif below:
        why += (f" ; le chiffre arrondi du pacte ({number(absolute)}) est inférieur : c'est le "
                f"pourcentage qui s'applique, écart de {number(from_pct - absolute)} signatures.")
    elif applied == "absolu":
        why += f" ; le chiffre absolu du pacte ({number(absolute)}) est plus exigeant et s'applique."
    else:
        why += " ; le chiffre absolu du pacte est identique."
    result = Threshold(required, from_pct, absolute, applied, below, electors, pct)
    return Decision(result, why, tuple(trace))


@rule('Une pétition est recevable quand ses signatures valides atteignent le seuil du pacte.',
      clause='votation_propositionnelle',
      params=('seuil_pct', 'seuil_absolu'),
      articles=('L1112-16',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def admissibility(
    pact: Pact, scenario: Scenario, valid_signatures: int, day: date | None = None
) -> Decision[bool]:
    """A petition is admissible (« recevable ») iff it has at least the required valid signatures."""
    if valid_signatures < 0:
        raise ValueError("le nombre de signatures ne peut pas être négatif")
    need = signatures_required(pact, scenario, day)
    ok = valid_signatures >= need.value.required
    n, r = number(valid_signatures), number(need.value.required)
    why = (f"{n} signatures valides ≥ {r} requises : pétition recevable." if ok else
           f"{n} signatures valides < {r} requises : pétition irrecevable "
           f"(il en manque {number(need.value.required - valid_signatures)}).")
    return Decision(ok, why + " " + need.explanation, need.trace)


@rule("La proposition est adoptée à la majorité simple des suffrages exprimés (oui > non ; "
      "l'égalité n'est pas un oui) si la participation atteint le quorum du pacte.",
      clause=KEY, params=("quorum_pct",), articles=("LO1112-7",),
      seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",))
def votation_outcome(pact: Pact, electors: int, yes: int, no: int, voters: int | None = None,
                     day: date | None = None) -> Decision[bool]:
    """« Victoire du oui à la majorité simple des suffrages exprimés » ; le quorum est
    « quorum_pct » de la clause (0 : aucun quorum, comme à Chambéry)."""
    c = _clause(pact)
    count = count_vote(yes, no, electors, c.quorum_pct.at(day), voters)
    if not count.quorum_met:
        verdict = "la proposition n'est pas adoptée, faute de quorum."
    elif count.adopted:
        verdict = "la proposition l'emporte."
    elif yes == no:
        verdict = "égalité, la proposition n'est pas adoptée."
    else:
        verdict = "la proposition est rejetée."
    why = f"{yes} oui contre {no} non ({count.quorum_sentence()}) : {verdict}"
    return Decision(count.adopted, why, (cite_param(KEY, c, c.quorum_pct, day),))


@dataclass(frozen=True)
class VotationDay:
    day: date
    slot: date          # the grid day before any blackout shift
    skipped_reason: str | None = None


@rule('Les jours de votation du mandat : un tous les N mois, le jour de semaine du pacte, au plus M par an ; sous la loi, un jour en période interdite est annulé.',
      clause='votation_propositionnelle',
      params=('periodicite_votations_mois', 'max_votations_par_an', 'jour_de_vote'),
      articles=('LO1112-6',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
@per_models
def votation_grid(pact: Pact, scenario: Scenario, regime: Regime = "loi") -> list[VotationDay]:
    """The mandate's votation days: one every ``periodicite_votations_mois`` months counted
    from January of the mandate's first year, on the pact's weekday, at most
    ``max_votations_par_an`` a calendar year. Under the law, a day in a blackout window is
    cancelled (petitions wait for the next one). A period that does not divide 12 runs on
    across the years (5 months: January, June, November, April…); a period longer than the
    mandate leaves no votation day in it."""
    c = _clause(pact)
    start, end = scenario.mandate.start, scenario.mandate.end
    windows = blackout_windows(scenario) if regime == "loi" else []
    days: list[VotationDay] = []
    per_year: dict[int, int] = {}
    for probe in votation_months(pact, scenario):
        d = nth_weekday(probe.year, probe.month, c.vote_day.at(probe), c.vote_day_rank.at(probe))
        if not start < d < end:
            continue
        if per_year.get(d.year, 0) >= c.max_votations_per_year.at(d):
            continue
        if any(w.contains(d) for w in windows):
            continue
        per_year[d.year] = per_year.get(d.year, 0) + 1
        days.append(VotationDay(d, d))
    return days


@rule("Les mois de votation : chaque mois dont l'écart à janvier de la première année est un multiple de la périodicité en vigueur.",
      clause='votation_propositionnelle',
      params=('periodicite_votations_mois',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def votation_months(pact: Pact, scenario: Scenario) -> list[date]:
    """First days of the votation months of the mandate: month k after January of the
    mandate's first year is one when k is a multiple of the period in force that month (a
    period dividing 12 gives the same months every year: 3 → January, April, July, October)."""
    c = _clause(pact)
    anchor = date(scenario.mandate.start.year, 1, 1)
    out: list[date] = []
    k = 0
    while (probe := add_months(anchor, k)) <= scenario.mandate.end:
        if k % c.votation_period_months.at(probe) == 0:
            out.append(probe)
        k += 1
    return out


@rule("Le premier jour de votation groupée à partir d'une date au plus tôt.",
      clause='votation_propositionnelle',
      params=('periodicite_votations_mois',),
      articles=('LO1112-6',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def next_votation_day(
    pact: Pact, scenario: Scenario, earliest: date, regime: Regime = "loi"
) -> date | None:
    for v in votation_grid(pact, scenario, regime):
        if v.day >= earliest:
            return v.day
    return None


@rule('Le vote le plus tôt selon le pacte après une décision du conseil : la campagne (au moins un mois), puis le premier jour de vote.',
      clause='votation_propositionnelle',
      params=('duree_campagne_mois', 'jour_de_vote'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def campaign_vote_day(pact: Pact, decision: date) -> date:
    """The pact's own earliest vote after a council decision: the campaign (≥ 1 month) runs,
    then the vote falls on the first voting weekday (before any grouping or legal bound)."""
    c = _clause(pact)
    campaign_end = add_months(decision, c.campaign_months.at(decision))
    return next_weekday_on_or_after(campaign_end, c.vote_day.at(decision))


@rule("Le parcours daté d'une pétition : dépôt, fin de collecte, vérification des signatures (par la DPC, sinon les services de la mairie), bureau, conseil, campagne, votation groupée, adoption.",
      clause='votation_propositionnelle',
      params=('delai_collecte_mois', 'delai_verification_dpc_jours', 'duree_campagne_mois', 'periodicite_votations_mois'),
      articles=('LO1112-3', 'LO1112-6'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def petition_timeline(
    pact: Pact, scenario: Scenario, submitted: date, regime: Regime = "pacte"
) -> list[Step]:
    """Dated path from submission to the votation day (each step at its latest date).

    Submission → collection deadline (+ delai_collecte_mois) → DPC check (+ délai) →
    next bureau → next CM (adopts, or organises a votation) → campaign (≥ 1 month) →
    next grouped votation day → CM adopts at its next session if « oui »."""
    c = _clause(pact)
    src = lambda param: cite_param(KEY, c, param, submitted)  # noqa: E731
    steps = [step(submitted, "petition_deposee", "Dépôt de la pétition, collecte ouverte", src(c.threshold_pct))]
    deadline = add_months(submitted, c.collection_months.at(submitted))
    steps.append(step(deadline, "fin_collecte", "Fin de la collecte des signatures", src(c.collection_months)))
    checked = add_days(deadline, c.dpc_check_days.at(deadline))
    steps.append(step(checked, "verification_dpc", f"Vérification des signatures par {signature_checker(pact)}, transmission au maire", src(c.dpc_check_days)))
    bureaus = bureau_meetings(pact, scenario)
    after = checked
    if bureaus:
        bureau = next_after(bureaus, checked)
        if bureau is not None:
            cb = cite_param(clause_key(BureauClause), pact.bureau, pact.bureau.meetings_per_month)
            steps.append(step(bureau, "bureau_executif", "Inscription par le bureau exécutif à l'ordre du jour du CM", cb))
            after = bureau
    council = next_council(pact, scenario, after)
    steps.append(step(council, "decision_cm", "Le CM adopte la proposition telle quelle ou organise une votation", council_citation(pact)))
    earliest = campaign_vote_day(pact, council)
    if regime == "loi":
        lawful = earliest_lawful_vote(scenario, council, c.vote_day.at(council))
        earliest = max(earliest, lawful.value)
    vote = next_votation_day(pact, scenario, earliest, regime)
    steps.append(step(add_days(council, 1), "debut_campagne", "Début de la campagne pour et contre (page web publique)", src(c.campaign_months)))
    if vote is None:
        steps.append(step(scenario.mandate.end, "pas_de_votation_avant_la_fin_du_mandat",
                          "Aucun jour de votation possible avant la fin du mandat",
                          cite_law("LO1112-6", "pas de scrutin dans les 6 mois précédant le renouvellement") if regime == "loi" else src(c.votation_period_months)))
        return sorted(steps, key=lambda s: s.day)
    label = f"Jour de votation groupée (majorité simple, {quorum_words(c.quorum_pct.at(vote))})"
    steps.append(step(vote, "votation", label, src(c.votation_period_months)))
    adoption = next_council(pact, scenario, vote)
    steps.append(step(adoption, "adoption_cm_si_oui", "Si le oui l'emporte, le CM adopte la proposition à sa séance suivante", src(c.result_binding)))
    return sorted(steps, key=lambda s: s.day)
