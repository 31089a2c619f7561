"""Consultation de révocation d'un binôme (000_721ebb8a9b1c3e2a.txt § 2.1).

« En cas de manquements significatifs, le CC demande au maire de déclencher une
consultation au sujet de la révocation du binôme. Le maire la met à l'ordre du jour du
prochain CM, qui émet une délibération dès sa prochaine réunion. La consultation est
précédée d'un débat de 15 jours ; elle se fait en bureaux de vote à la majorité simple des
suffrages exprimés. Si le non l'emporte, le binôme est maintenu ; si le oui l'emporte, il
est enjoint à démissionner et ses délégations sont confiées à deux autres élu·es. »
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import add_days, next_weekday_on_or_after
from engine.model.pact import CitizenCouncilClause, Pact, RevocationClause, clause_key
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.referendum import earliest_lawful_vote
from engine.procedures.rule import rule
from engine.procedures.sessions import council_citation, next_council
from engine.procedures.trace import Decision, Step, cite_param, step

KEY = clause_key(RevocationClause)


def _clause(pact: Pact) -> RevocationClause:
    return require(pact.revocation, pact.info.id, KEY, "de consultation de révocation")


@dataclass(frozen=True)
class RevocationPath:
    steps: list[Step]
    council_day: date
    debate_end: date
    vote_day: date


@rule("D'un avis défavorable du Conseil Citoyen au vote : demande au maire, conseil suivant, débat de 15 jours, consultation.",
      clause='consultation_revocation',
      articles=('L2122-18', 'LO1112-1'),
      seeds=('000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen',))
def revocation_path(
    pact: Pact, scenario: Scenario, opinion_day: date, regime: Regime = "pacte"
) -> RevocationPath:
    """From an unfavourable opinion: request to the mayor, next CM, 15-day debate, vote."""
    c = _clause(pact)
    council = next_council(pact, scenario, opinion_day)
    debate_end = add_days(council, c.debate_days.at(council))
    weekday = c.vote_day.at(council)
    vote = next_weekday_on_or_after(debate_end, weekday)
    if regime == "loi":
        vote = earliest_lawful_vote(scenario, council, weekday, not_before=vote).value
    cc = pact.citizen_council
    first = (cite_param(clause_key(CitizenCouncilClause), cc, cc.can_request_revocation) if cc is not None
             else cite_param(KEY, c, c.outcome_if_yes))
    steps = [
        step(opinion_day, "avis_defavorable", "Avis défavorable du Conseil Citoyen et demande de consultation au maire", first),
        step(council, "deliberation_cm", "Le CM délibère pour déclencher la consultation (prochaine séance)", council_citation(pact)),
    ]
    if debate_end > council:  # a pact without a public debate (0 days) has no debate steps
        steps += [
            step(add_days(council, 1), "debut_debat", "Début du débat public (le CC explique, le binôme répond)", cite_param(KEY, c, c.debate_days, council)),
            step(debate_end, "fin_debat", "Fin du débat public", cite_param(KEY, c, c.debate_days, council)),
        ]
    steps.append(step(vote, "vote", "Consultation en bureaux de vote, majorité simple des suffrages exprimés", cite_param(KEY, c, c.majority_pct, council)))
    return RevocationPath(sorted(steps, key=lambda s: s.day), council, debate_end, vote)


@rule('Si le oui dépasse la majorité des suffrages exprimés fixée par le pacte, le binôme est invité à démissionner ; sinon il est maintenu.',
      clause='consultation_revocation',
      params=('majorite_suffrages_pct',),
      articles=('L1112-15',),
      seeds=('000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen',))
def revocation_outcome(pact: Pact, yes: int, no: int) -> Decision[str]:
    """« oui » > 50 % of votes cast: the pair is asked to resign; otherwise it stays."""
    if yes < 0 or no < 0:
        raise ValueError("les voix ne peuvent pas être négatives")
    c = _clause(pact)
    cast = yes + no
    majority = c.majority_pct.at()
    won = cast > 0 and 100 * yes > majority * cast
    if won:
        value = c.outcome_if_yes.at()
        why = ("Le oui l'emporte : le binôme est enjoint à démissionner et ses délégations sont "
               "confiées à deux autres membres du conseil.")
    else:
        value = "maintien"
        why = "Le non l'emporte ou égalité : le binôme est maintenu et doit mieux tenir ses engagements."
    return Decision(value, why, (cite_param(KEY, c, c.majority_pct), cite_param(KEY, c, c.outcome_if_yes)))
