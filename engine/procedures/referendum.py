"""Référendum municipal and the legal bounds on every local vote.

LO1112-7 : un projet soumis à référendum local est adopté si la moitié au moins des
électeurs inscrits a pris part au scrutin et s'il réunit la majorité des suffrages
exprimés ; sinon il n'est simplement pas adopté. LO1112-3 : le scrutin a lieu au moins
2 mois après la transmission de la délibération au préfet (transmise sous 8 jours).
LO1112-6 / L1112-21 : pas de scrutin local pendant les campagnes électorales ni à partir
du 1er jour du 6e mois précédant le renouvellement général du conseil.
Sources : LEGAL.md § 1, § 2 et § 11 ; 000_721ebb8a9b1c3e2a.txt § Référendums municipaux.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import (
    Window,
    add_days,
    add_months,
    first_free_day,
    next_weekday_on_or_after,
)
from engine.core.fr import percent, percent_exact
from engine.model.pact import Pact, ReferendumClause, clause_key
from engine.model.scenario import Scenario
from engine.procedures.ballot import quorum_met
from engine.procedures.rule import rule
from engine.procedures.trace import Citation, Decision, cite_law, cite_param


def _law_int(article: str, key: str) -> int:
    """A legal number read from ``rules/cgct/`` (the one source of the law's figures)."""
    from engine.io.law import load_law

    return load_law().int_number(article, key)


@rule('Le maire transmet la délibération qui organise un référendum local au préfet dans les 8 jours.',
      articles=('LO1112-3',))
def transmission_days() -> int:
    """LO1112-3: the mayor sends the deliberation to the préfet within 8 days."""
    return _law_int("LO1112-3", "transmission_prefet_max_jours")


@rule('Le scrutin a lieu au moins 2 mois après la transmission de la délibération au préfet.',
      articles=('LO1112-3', 'L1112-17'))
def min_months_after_transmission() -> int:
    """LO1112-3 / L1112-17: the vote is at least 2 months after transmission."""
    return _law_int("LO1112-3", "delai_min_transmission_scrutin_mois")


@rule('Aucun référendum ni consultation locale à partir du premier jour du 6e mois précédant le renouvellement du conseil.',
      articles=('LO1112-6',))
def renewal_blackout_months() -> int:
    """LO1112-6 1°: no vote from the 1st day of the 6th month before the renewal month."""
    return _law_int("LO1112-6", "interdiction_avant_renouvellement_mois")


@rule("La période interdite avant le renouvellement court du 1er du 6e mois précédant le mois du renouvellement jusqu'au renouvellement.",
      articles=('LO1112-6',))
def renewal_blackout(scenario: Scenario) -> Window:
    """From the 1st day of the 6th month before the renewal month, to the renewal (LO1112-6)."""
    renewal = scenario.mandate.next_renewal
    first_of_month = date(renewal.year, renewal.month, 1)
    start = add_months(first_of_month, -renewal_blackout_months())
    return Window("Période précédant le renouvellement général (LO1112-6)", start, renewal)


@rule('Les périodes sans vote local : les campagnes électorales du scénario et la période précédant le renouvellement.',
      articles=('LO1112-6', 'L1112-21'))
def blackout_windows(scenario: Scenario) -> list[Window]:
    """Every period during which no local referendum or consultation may be held."""
    windows = [Window(e.name, e.start, e.end) for e in scenario.elections]
    windows.append(renewal_blackout(scenario))
    return sorted(windows, key=lambda w: w.start)


@dataclass(frozen=True)
class BlackoutPeriod:
    """One period of the mandate without any local vote, under every name the law base and
    the scenario give it."""

    start: date
    end: date
    names: tuple[str, ...]

    @property
    def name(self) -> str:
        return " ; ".join(self.names)


@rule("Les périodes du mandat sans vote local, chacune comptée une fois : des fenêtres qui se "
      "chevauchent ou se touchent forment une seule période, sous tous leurs noms.",
      articles=('LO1112-6', 'L1112-21'))
def blackout_periods(scenario: Scenario) -> list[BlackoutPeriod]:
    """The windows of :func:`blackout_windows` cut to the mandate, merged where they overlap
    or touch: the national calendar's « Renouvellement général des conseils municipaux » and
    LO1112-6's « Période précédant le renouvellement général » are the same months before
    the renewal, one period."""
    first, last = scenario.mandate.start, scenario.mandate.end
    merged: list[BlackoutPeriod] = []
    for w in blackout_windows(scenario):
        if w.start >= last or w.end < first:
            continue
        start, end = max(w.start, first), min(w.end, last)
        prev = merged[-1] if merged else None
        if prev is not None and (start - prev.end).days <= 1:
            names = prev.names if w.name in prev.names else (*prev.names, w.name)
            merged[-1] = BlackoutPeriod(prev.start, max(prev.end, end), names)
        else:
            merged.append(BlackoutPeriod(start, end, (w.name,)))
    return merged


@rule('Le premier jour de scrutin légal après une délibération : transmission au préfet, délai de 2 mois, hors périodes interdites.',
      articles=('LO1112-3', 'LO1112-6'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Référendums municipaux',))
def earliest_lawful_vote(
    scenario: Scenario, deliberation: date, weekday: str = "dimanche", not_before: date | None = None
) -> Decision[date]:
    """The earliest lawful polling day for a vote decided by the council on ``deliberation``.

    Deliberation → transmission to the préfet within 8 days → polling day at least 2 months
    after (and not before ``not_before``, e.g. the end of the pact's own campaign) → first
    ``weekday`` outside every blackout window.
    """
    transmission = add_days(deliberation, transmission_days())
    floor = add_months(transmission, min_months_after_transmission())
    if not_before is not None:
        floor = max(floor, not_before)
    windows = blackout_windows(scenario)
    day = next_weekday_on_or_after(floor, weekday)
    while True:
        free = first_free_day(day, windows)
        day2 = next_weekday_on_or_after(free, weekday)
        if day2 == day:
            break
        day = day2
    trace = (
        cite_law("LO1112-3", "délibération transmise au préfet sous 8 jours, scrutin au moins "
                 "2 mois après la transmission"),
        cite_law("LO1112-6", "aucun scrutin local pendant les campagnes électorales ni dans "
                 "les 6 mois précédant le renouvellement général"),
    )
    why = (f"Délibération le {deliberation.isoformat()}, transmission au préfet au plus tard le "
           f"{transmission.isoformat()}, scrutin au plus tôt le {floor.isoformat()}, "
           f"premier {weekday} hors période interdite : {day.isoformat()}.")
    return Decision(day, why, trace)


@rule('Un jour tombe-t-il dans une période où aucun vote local ne peut se tenir ?',
      articles=('LO1112-6',))
def in_blackout(scenario: Scenario, day: date) -> Window | None:
    for w in blackout_windows(scenario):
        if w.contains(day):
            return w
    return None


@dataclass(frozen=True)
class ReferendumResult:
    adopted: bool
    turnout_pct: float
    yes_pct: float
    turnout_met: bool
    majority_met: bool
    promise_to_follow: bool  # the pact's political promise to follow the result anyway
    majority_for_yes: bool   # yes won among votes cast (what the promise refers to)


@rule('Le projet est adopté si la moitié au moins des inscrits a voté et si le oui dépasse la moitié des suffrages exprimés ; la promesse du pacte de suivre le résultat sans quorum est un fait distinct.',
      clause='referendum_municipal',
      params=('participation_min_pct', 'majorite_suffrages_pct', 'suivre_sans_quorum'),
      articles=('LO1112-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Référendums municipaux',))
def referendum_outcome(
    pact: Pact, electors: int, votes_cast: int, yes: int, voters: int | None = None
) -> Decision[ReferendumResult]:
    """LO1112-7: adopted iff at least half the registered electors took part (``voters``,
    blank and spoilt ballots included; by default the votes cast) and yes > 50 % of votes cast.

    The pact's promise to follow a result without the quorum is a separate, visible fact.
    """
    if voters is None:
        voters = votes_cast
    if (electors <= 0 or votes_cast < 0 or yes < 0 or yes > votes_cast or votes_cast > voters
            or voters > electors):
        raise ValueError("chiffres incohérents : 0 ≤ oui ≤ suffrages exprimés ≤ votants ≤ inscrits")
    clause = pact.referendum
    turnout_min = clause.turnout_pct.at() if clause else 50.0
    majority = clause.majority_pct.at() if clause else 50.0
    promise = bool(clause and clause.follow_without_quorum.at())
    turnout = 100.0 * voters / electors
    yes_pct = 100.0 * yes / votes_cast if votes_cast else 0.0
    turnout_met = quorum_met(voters, electors, turnout_min)
    majority_met = votes_cast > 0 and 100 * yes > majority * votes_cast
    adopted = turnout_met and majority_met
    trace: list[Citation] = [cite_law("LO1112-7", "participation ≥ 50 % des inscrits et "
                                      "majorité des suffrages exprimés")]
    if clause:
        trace += [cite_param(clause_key(ReferendumClause), clause, clause.turnout_pct),
                  cite_param(clause_key(ReferendumClause), clause, clause.majority_pct),
                  cite_param(clause_key(ReferendumClause), clause, clause.follow_without_quorum)]
    if adopted:
        why = (f"Adopté : {percent(turnout)} de participation (≥ {percent_exact(turnout_min)}) et "
               f"{percent(yes_pct)} de oui (> {percent_exact(majority)}).")
    elif not turnout_met:
        why = (f"Non adopté : participation de {percent(turnout)}, sous les {percent_exact(turnout_min)} "
               f"des inscrits exigés par LO1112-7.")
        if promise and majority_met:
            why += " Le pacte engage politiquement le CM à suivre ce oui malgré tout."
    else:
        why = f"Non adopté : {percent(yes_pct)} de oui, pas plus de {percent_exact(majority)} des suffrages exprimés."
    result = ReferendumResult(adopted, turnout, yes_pct, turnout_met, majority_met, promise,
                              majority_met)
    return Decision(result, why, tuple(trace))
