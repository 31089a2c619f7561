"""Droit d'interpellation (000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM) ;
004_34d1b869cbc1b691.txt § PRENDRE EN COMPTE L'INTERPELLATION CITOYENNE).

« 1 heure par CM est dédiée à la réponse aux interpellations de citoyen·nes […] les
interpellations devront être faites au préalable puis les dépositaires pourront être
accueillis en Conseil Municipal, non seulement pour poser leur question mais pour rebondir à
la réponse fournie. » Au-delà d'un seuil de signatures, la question est inscrite à l'ordre
du jour. En droit, seul un dixième des électeurs ouvre le droit de L1112-16 II, et le
conseil reste libre ; la parole du public en séance passe par le règlement intérieur
(L2121-8) sous la police du maire (L2121-16).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from engine.core.calendar import add_days
from engine.core.fr import number
from engine.model.clauses_participation import InterpellationClause
from engine.model.law import Law
from engine.model.pact import CouncilClause, Pact, clause_key
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.commune import LegalPetitionComparison, compare_with_legal_petition
from engine.procedures.petition import threshold_from
from engine.procedures.rule import rule
from engine.procedures.sessions import council_citation, next_council
from engine.procedures.trace import Citation, Decision, Step, cite_clause, cite_param, step

KEY = clause_key(InterpellationClause)
SEED = "000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM)"


def _clause(pact: Pact) -> InterpellationClause:
    return require(pact.interpellation, pact.info.id, KEY, "de clause d'interpellation")


def _required(c: InterpellationClause, electors: int, day: date | None) -> int | None:
    """Signatures needed for the agenda at an electorate (None: no threshold)."""
    absolute = c.threshold_absolute.at(day) if c.threshold_absolute is not None else None
    if c.threshold_pct is None:
        return absolute
    return threshold_from(c.threshold_pct.at(day), absolute, electors)[0]


@rule("Les signatures qu'il faut pour inscrire une interpellation à l'ordre du jour : le "
      "pourcentage des inscrits arrondi au supérieur, ou le nombre absolu s'il est plus élevé ; "
      "aucun seuil si le pacte n'en fixe pas.",
      clause=KEY, params=("seuil_pct", "seuil_absolu"), articles=("L1112-16",), seeds=(SEED,))
def signatures_needed(pact: Pact, scenario: Scenario, day: date | None = None) -> Decision[int | None]:
    """Seuil du pacte appliqué à l'électorat du scénario, par la règle de seuil des pétitions
    (:func:`petition.threshold_from`) : une seule façon de compter des signatures."""
    c = _clause(pact)
    electors = scenario.commune.electors.at(day)
    need = _required(c, electors, day)
    trace: list[Citation] = [cite_param(KEY, c, p, day)
                             for p in (c.threshold_pct, c.threshold_absolute) if p is not None]
    if need is None:
        return Decision(None, "Le pacte ne fixe pas de seuil : toute interpellation, même "
                              "individuelle, reçoit une réponse en séance.", tuple(trace))
    trace.append(Citation("commune.electeurs_inscrits", electors,
                          str(scenario.commune.electors.source or ""), ()))
    return Decision(need, f"{number(need)} signatures pour {number(electors)} électeurs inscrits.",
                    tuple(trace))


@rule("Le seuil d'interpellation du pacte atteint-il le dixième des électeurs inscrits du droit "
      "légal d'interpellation (L1112-16 II) ?",
      clause=KEY, params=("seuil_pct", "seuil_absolu"), articles=("L1112-16",), seeds=(SEED,))
def interpellation_vs_legal(pact: Pact, scenario: Scenario, law: Law) -> LegalPetitionComparison | None:
    """La comparaison au dixième légal, aux bornes de l'électorat (None : pas de seuil)."""
    c = _clause(pact)
    commune = scenario.commune
    if _required(c, commune.electors.at(), None) is None:
        return None
    return compare_with_legal_petition(
        lambda electors: _required(c, electors, None) or 0, commune.electors.at(),
        commune.electors_bounds(), commune.electors_confidence or "H", law)


@rule("Le temps réservé aux interpellations à chaque séance : celui de la clause "
      "d'interpellation, sinon celui de la clause du conseil municipal.",
      clause=KEY, params=("temps_en_seance_heures",), articles=("L2121-8",), seeds=(SEED,))
def session_hours(pact: Pact, day: date | None = None) -> Decision[float | None]:
    """Heures d'interpellation par séance, lues à un seul endroit : la clause
    d'interpellation si elle les donne, la clause « conseil_municipal » sinon."""
    c = pact.interpellation  # absent: the council clause's time for the public, if any
    if c is not None and c.session_hours is not None:
        hours = float(c.session_hours.at(day))
        return Decision(hours, f"{number(hours, 0 if hours == int(hours) else 1)} h par séance (clause d'interpellation).",
                        (cite_param(KEY, c, c.session_hours, day),))
    council = pact.council
    if council is not None:
        hours = float(council.interpellation_hours.at(day))
        return Decision(hours, f"{number(hours, 0 if hours == int(hours) else 1)} h par séance (clause du conseil municipal).",
                        (cite_param(clause_key(CouncilClause), council, council.interpellation_hours, day),))
    return Decision(None, "Le pacte ne réserve pas de temps aux interpellations en séance.", ())


@dataclass(frozen=True)
class InterpellationPath:
    """What happens to an interpellation filed on a day."""

    filed: date
    session: date                 # the council session that answers it
    answer_deadline: date | None  # the pact's answer delay, if any
    answered_in_time: bool | None
    on_agenda: bool               # registered on that session's agenda for a vote
    steps: tuple[Step, ...]


@rule("Le parcours daté d'une interpellation : dépôt, réponse à la première séance qui suit le "
      "délai de dépôt, inscription à l'ordre du jour si le seuil de signatures est atteint, "
      "délai de réponse du pacte.",
      clause=KEY, params=("depot_avant_seance_jours", "delai_reponse_jours", "inscription_ordre_du_jour"),
      articles=("L2121-10", "L1112-16"), seeds=(SEED,))
def interpellation_path(pact: Pact, scenario: Scenario, filed: date,
                        signatures: int | None = None) -> InterpellationPath:
    """L'interpellation déposée le ``filed`` est traitée à la première séance du conseil
    tombant au moins « depot_avant_seance_jours » après le dépôt (la séance suivante sans ce
    paramètre) ; avec ``signatures`` au seuil et « inscription_ordre_du_jour », elle est
    inscrite à l'ordre du jour de cette séance."""
    c = _clause(pact)
    cite = lambda param: cite_param(KEY, c, param, filed)  # noqa: E731
    first = cite(c.filing_days) if c.filing_days is not None else cite_clause(KEY, c)
    steps = [step(filed, "interpellation_deposee", "Dépôt de l'interpellation", first)]
    earliest = add_days(filed, c.filing_days.at(filed)) if c.filing_days is not None else filed
    session = next_council(pact, scenario, earliest - timedelta(days=1))
    if session == filed:  # filed on a session day without notice: the next one
        session = next_council(pact, scenario, filed)
    steps.append(step(session, "interpellation_reponse_en_seance",
                      "Réponse à l'interpellation en séance du conseil municipal", council_citation(pact)))
    need = signatures_needed(pact, scenario, filed).value
    agenda = bool(c.on_agenda.at(filed)) and signatures is not None and (need is None or signatures >= need)
    if agenda:
        steps.append(step(session, "interpellation_ordre_du_jour",
                          "Inscription à l'ordre du jour, débat et vote sur la suite à donner", cite(c.on_agenda)))
    deadline = in_time = None
    if c.answer_days is not None:
        deadline = add_days(filed, c.answer_days.at(filed))
        in_time = session <= deadline
        steps.append(step(deadline, "interpellation_delai_reponse",
                          "Fin du délai de réponse fixé par le pacte", cite(c.answer_days)))
    return InterpellationPath(filed, session, deadline, in_time, agenda,
                              tuple(sorted(steps, key=lambda s: s.day)))
