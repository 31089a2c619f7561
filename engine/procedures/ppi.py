"""Co-construction of the multi-year investment plan (PPI), 000_721ebb8a9b1c3e2a.txt
§ Processus de co-construction de la planification pluriannuelle des investissements (PPI).

The elected members write a first version, the Conseil Citoyen amends it, citizens propose
alternatives (« pas plus de 5 si possible »), each proposal is defended by citizen
spokespeople (« 2 par proposition, avec parité de genre », and two elected spokespeople
for the elected members' proposal), then « Le/la maire et le CM déclenchent alors un
référendum … précédé d'un mois de campagne », and « après la votation, le CM choisit celle
qui a reçu le plus de votes ».

The seed gives no date for the first steps: the referendum is triggered at the earliest at
the first council session once the Conseil Citoyen (who amends the first version) is in
place — the mandate's start when the pact has no Conseil Citoyen.
"""

from __future__ import annotations

from datetime import date

from engine.core.calendar import add_months
from engine.model.pact import Pact, PpiClause, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.referendum import earliest_lawful_vote
from engine.procedures.rule import rule
from engine.procedures.sessions import council_citation, next_council
from engine.procedures.trace import Step, cite_param, step

KEY = clause_key(PpiClause)
SEED = "000_721ebb8a9b1c3e2a.txt § Processus de co-construction de la planification pluriannuelle des investissements (PPI)"


def _clause(pact: Pact) -> PpiClause:
    return require(pact.ppi, pact.info.id, KEY, "de clause PPI")


@rule("Les porte-parole que la PPI mobilise : N par proposition, pour chaque proposition "
      "citoyenne retenue et pour celle des élu·es.",
      clause='ppi', params=('porte_paroles_par_proposition', 'max_propositions_citoyennes'),
      seeds=(SEED,))
def ppi_spokespeople(pact: Pact) -> int:
    """« des porte-paroles citoyens recherchés pour défendre chaque PPI – 2 par proposition
    […]. Deux élu·es sont également désignés porte-parole de leur proposition » : the
    spokespeople per proposal times the proposals on the ballot (the citizens' ones at most,
    plus the elected members' one)."""
    c = _clause(pact)
    return c.spokespeople.at() * (c.max_citizen_proposals.at() + 1)


@rule("La parité de genre des porte-parole n'est possible que si chaque proposition en a un "
      "nombre pair.",
      clause='ppi', params=('porte_paroles_par_proposition',), seeds=(SEED,))
def ppi_parity_possible(pact: Pact) -> bool:
    """« 2 par proposition, avec parité de genre » : an odd number per proposal cannot be
    split equally between women and men."""
    return _clause(pact).spokespeople.at() % 2 == 0


@rule("Le référendum sur la PPI est déclenché au plus tôt à la première séance du conseil "
      "une fois le Conseil Citoyen en place (il amende la première version).",
      clause='ppi', articles=('L2121-7',), seeds=(SEED,))
def ppi_trigger(pact: Pact, scenario: Scenario) -> date:
    """The first council session after the Conseil Citoyen starts (after the mandate's
    start without one): the earliest day the maire and the CM can launch the referendum."""
    from engine.procedures.audits import council_start

    ready = council_start(pact, scenario) if pact.citizen_council is not None else scenario.mandate.start
    return next_council(pact, scenario, ready)


@rule("Le parcours daté de la PPI : le CM déclenche le référendum, la campagne dure N mois, "
      "le vote a lieu au plus tôt à la date légale (un second vote si la règle l'exige), puis le "
      "CM ratifie à sa séance suivante.",
      clause='ppi', params=('duree_campagne_mois', 'regle_de_decision', 'ratification_cm'),
      articles=('LO1112-3', 'LO1112-6', 'LO1112-1'), seeds=(SEED,))
def ppi_steps(pact: Pact, scenario: Scenario, trigger: date | None = None) -> list[Step]:
    """Trigger (a council session) → campaign of ``duree_campagne_mois`` → referendum on the
    first lawful Sunday after the campaign (LO1112-3: transmission, two months; LO1112-6:
    no vote in a blackout) → under an absolute majority, a second vote (new deliberation,
    same campaign, lawful date) → ratification at the next council session if asked."""
    c = _clause(pact)
    decided = trigger if trigger is not None else ppi_trigger(pact, scenario)
    campaign_end = add_months(decided, c.campaign_months.at(decided))
    vote = earliest_lawful_vote(scenario, decided, not_before=campaign_end)
    cite = lambda param: cite_param(KEY, c, param, decided)  # noqa: E731
    steps = [
        step(decided, "ppi_declenchement", "PPI : le CM déclenche le référendum sur les propositions",
             council_citation(pact)),
        step(campaign_end, "ppi_fin_campagne",
             f"PPI : fin de la campagne des {ppi_spokespeople(pact)} porte-parole",
             cite(c.campaign_months)),
        step(vote.value, "ppi_referendum", "PPI : référendum (au plus tôt à la date légale)",
             vote.trace[0]),
    ]
    last_vote = vote.value
    if ppi_second_round_possible(pact):
        again = next_council(pact, scenario, vote.value)
        second = earliest_lawful_vote(scenario, again, not_before=add_months(again, c.campaign_months.at(again)))
        steps += [
            step(again, "ppi_second_tour_deliberation",
                 "PPI : sans majorité absolue, le CM organise un second vote entre les deux "
                 "propositions arrivées en tête", cite(c.decision_rule)),
            step(second.value, "ppi_second_tour", "PPI : second vote (au plus tôt à la date légale)",
                 second.trace[0]),
        ]
        last_vote = second.value
    if c.council_ratifies.at(decided):
        steps.append(step(next_council(pact, scenario, last_vote), "ppi_ratification",
                          "PPI : le CM ratifie la proposition qui a reçu le plus de voix",
                          cite(c.council_ratifies)))
    return steps


@rule("À la majorité absolue, un vote entre plus de deux propositions peut ne départager "
      "personne : un second vote entre les deux premières est alors nécessaire ; à la "
      "pluralité, la proposition qui a le plus de voix l'emporte dès le premier vote.",
      clause='ppi', params=('regle_de_decision', 'max_propositions_citoyennes'),
      articles=('LO1112-7',), seeds=(SEED,))
def ppi_second_round_possible(pact: Pact) -> bool:
    """« le CM choisit celle qui a reçu le plus de votes » (pluralité) decides in one vote;
    an absolute majority among more than two proposals (the citizens' ones and the elected
    members') may leave none above half the votes cast."""
    c = _clause(pact)
    return c.decision_rule.at() == "majorite_absolue" and c.max_citizen_proposals.at() + 1 > 2
