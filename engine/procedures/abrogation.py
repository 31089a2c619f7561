"""Votation abrogatoire (000_721ebb8a9b1c3e2a.txt § Votations abrogatoires).

« Les habitant·es disposent d'un mois après le CM pour annoncer à la DPC une demande de
votation abrogatoire ; sans demande, la décision est exécutée. Une demande suspend
l'exécution. Les pétitionnaires ont 2 mois pour réunir 500 signatures valides, que la DPC
vérifie dans les 2 semaines ; sinon l'exécution reprend. Si elles sont valides, le CM
déclenche dans les deux semaines une campagne d'un mois, suivie d'un vote à la majorité des
suffrages exprimés ; si le oui l'emporte, le CM suivant abroge ; si le non l'emporte,
l'exécution commence. »
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from engine.core.calendar import add_days, add_months, format_date, next_weekday_on_or_after
from engine.core.errors import InputError
from engine.core.fr import number
from engine.model.law import Law
from engine.model.pact import AbrogationClause, Pact, clause_key
from engine.model.regime import Regime
from engine.model.scenario import Scenario
from engine.procedures import require
from engine.procedures.ballot import count_vote, quorum_words
from engine.procedures.commune import LegalPetitionComparison, compare_with_legal_petition
from engine.procedures.referendum import earliest_lawful_vote
from engine.procedures.rule import rule
from engine.procedures.services import signature_checker
from engine.procedures.sessions import council_citation, next_council
from engine.procedures.trace import Decision, Step, cite_param, param_path, step

KEY = clause_key(AbrogationClause)
Branch = Literal["sans_demande", "signatures_insuffisantes", "oui", "non"]
BRANCHES: tuple[Branch, ...] = ("sans_demande", "signatures_insuffisantes", "oui", "non")


def _clause(pact: Pact) -> AbrogationClause:
    return require(pact.abrogation, pact.info.id, KEY, "de clause de votation abrogatoire")


@dataclass(frozen=True)
class AbrogationPath:
    """Every dated step from a council session, and what happens in each branch."""

    council_day: date
    steps: list[Step]
    request_deadline: date
    request_day: date
    collection_deadline: date
    verification_deadline: date
    trigger_deadline: date
    campaign_end: date
    vote_day: date
    abrogating_council: date
    suspension: dict[Branch, tuple[date, date] | None]
    execution_starts: dict[Branch, date | None]
    outcomes: dict[Branch, str]


@rule("Le parcours daté d'une votation abrogatoire : demande dans le mois, collecte, vérification, déclenchement, campagne, vote, abrogation ; la suspension de l'exécution selon l'issue.",
      clause='votation_abrogatoire',
      params=('delai_demande_mois', 'delai_collecte_mois', 'delai_verification_dpc_jours', 'delai_declenchement_cm_jours', 'duree_campagne_mois', 'suspension_execution'),
      articles=('LO1112-3', 'LO1112-6'),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations abrogatoires',))
def abrogation_path(
    pact: Pact,
    scenario: Scenario,
    council_day: date,
    request_day: date | None = None,
    regime: Regime = "pacte",
) -> AbrogationPath:
    """The whole dated path from the council session that adopted a deliberation.

    Each step falls on its latest date unless ``request_day`` (the day a request is filed)
    is given. Suspension runs from the request to the DPC's verdict (too few signatures) or
    to the vote; it never outlasts the vote."""
    c = _clause(pact)
    ck = lambda param, d=council_day: cite_param(KEY, c, param, d)  # noqa: E731
    request_deadline = add_months(council_day, c.request_months.at(council_day))
    if request_day is None:
        request_day = request_deadline
    if not council_day <= request_day <= request_deadline:
        raise InputError.single("(calendrier)", None, param_path(KEY, c, c.request_months),
                                f"la demande du {request_day.isoformat()} est hors de la fenêtre "
                                f"{council_day.isoformat()} – {request_deadline.isoformat()}")
    collection_deadline = add_months(request_day, c.collection_months.at(request_day))
    verification = add_days(collection_deadline, c.dpc_check_days.at(collection_deadline))
    trigger = add_days(verification, c.council_trigger_days.at(verification))
    campaign_end = add_months(trigger, c.campaign_months.at(trigger))
    weekday = c.vote_day.at(trigger)
    vote = next_weekday_on_or_after(campaign_end, weekday)
    if regime == "loi":
        vote = earliest_lawful_vote(scenario, trigger, weekday, not_before=vote).value
    abrogating = next_council(pact, scenario, vote)
    suspends = c.suspends_execution.at(council_day)
    need = number(c.signatures_required.at(request_day))

    steps = [
        step(council_day, "seance_cm", "Séance du CM : délibération publiée avec un résumé simple", council_citation(pact)),
        step(request_deadline, "fin_delai_demande", f"Fin du délai pour annoncer une demande de votation abrogatoire à {signature_checker(pact)}", ck(c.request_months)),
    ]
    if request_day != request_deadline:
        steps.append(step(request_day, "demande_deposee", f"Demande déposée à {signature_checker(pact)}", ck(c.request_months)))
    if suspends:
        steps.append(step(request_day, "debut_suspension", "Exécution de la délibération suspendue", ck(c.suspends_execution)))
    quorum_pct = c.quorum_pct.at(trigger)
    quorum = "" if quorum_pct == 0 else f", {quorum_words(quorum_pct)}"
    steps += [
        step(collection_deadline, "fin_collecte", f"Fin de la collecte des {need} signatures valides", ck(c.collection_months, request_day)),
        step(verification, "verification_dpc", f"Fin de la vérification des signatures par {signature_checker(pact)}", ck(c.dpc_check_days, collection_deadline)),
        step(trigger, "declenchement_cm", "Le CM déclenche la campagne (au plus tard)", ck(c.council_trigger_days, verification)),
        step(campaign_end, "fin_campagne", "Fin de la campagne d'un mois", ck(c.campaign_months, trigger)),
        step(vote, "vote", f"Vote sur l'abrogation (majorité des suffrages exprimés{quorum})", ck(c.quorum_pct, trigger)),
        step(abrogating, "cm_abrogation_si_oui", "Si le oui l'emporte, le CM suivant abroge la délibération", ck(c.result_binding, vote)),
    ]
    suspension: dict[Branch, tuple[date, date] | None] = {
        "sans_demande": None,
        "signatures_insuffisantes": (request_day, verification) if suspends else None,
        "oui": (request_day, vote) if suspends else None,
        "non": (request_day, vote) if suspends else None,
    }
    execution: dict[Branch, date | None] = {
        "sans_demande": request_deadline,
        "signatures_insuffisantes": verification,
        "oui": None,
        "non": vote,
    }
    outcomes: dict[Branch, str] = {
        "sans_demande": f"Aucune demande au {format_date(request_deadline)} : la délibération est exécutée.",
        "signatures_insuffisantes": f"Moins de {need} signatures valides : l'exécution reprend le {format_date(verification)}.",
        "oui": f"Le oui l'emporte le {format_date(vote)} : le CM du {format_date(abrogating)} doit abroger la délibération.",
        "non": f"Le non l'emporte le {format_date(vote)} : l'exécution commence.",
    }
    return AbrogationPath(council_day, sorted(steps, key=lambda s: s.day), request_deadline,
                          request_day, collection_deadline, verification, trigger, campaign_end,
                          vote, abrogating, suspension, execution, outcomes)


@rule("Les signatures de la demande d'abrogation atteignent-elles le dixième des électeurs "
      "inscrits (droit d'interpellation) ? Oui, non, ou selon l'électorat quand il n'est pas établi.",
      clause=KEY, params=('signatures_requises',), articles=('L1112-16',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations abrogatoires',))
def abrogation_vs_legal(pact: Pact, scenario: Scenario, law: Law) -> LegalPetitionComparison:
    """L1112-16 II : les signatures qu'exige la demande d'abrogation atteignent-elles le
    dixième légal des électeurs (droit d'interpellation), au chiffre retenu et aux bornes de
    l'électorat ? La seule comparaison que reprennent les deux familles du vérificateur."""
    c = _clause(pact)
    need = c.signatures_required.at()
    commune = scenario.commune
    return compare_with_legal_petition(lambda _electors: need, commune.electors.at(),
                                       commune.electors_bounds(), commune.electors_confidence or "H", law)


@rule("Les signatures de la demande d'abrogation en pourcentage des électeurs inscrits.",
      clause=KEY, params=('signatures_requises',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations abrogatoires',))
def share_of_electors_pct(pact: Pact, scenario: Scenario) -> float:
    """Les signatures de la demande d'abrogation en pourcentage des électeurs inscrits
    (000 § Votations abrogatoires : 500 signatures), arrondi à deux décimales."""
    return round(100 * _clause(pact).signatures_required.at() / scenario.commune.electors.at(), 2)


@rule('La demande va au vote quand les signatures valides atteignent le nombre fixé par le pacte.',
      clause='votation_abrogatoire',
      params=('signatures_requises',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations abrogatoires',))
def signatures_sufficient(pact: Pact, valid_signatures: int, day: date | None = None) -> Decision[bool]:
    """500 valid signatures or more: the request goes to a vote."""
    c = _clause(pact)
    need = c.signatures_required.at(day)
    ok = valid_signatures >= need
    why = (f"{number(valid_signatures)} signatures valides "
           f"{'≥' if ok else '<'} {number(need)} requises : "
           + ("la demande est transmise au maire puis au CM." if ok else "l'exécution reprend."))
    return Decision(ok, why, (cite_param(KEY, c, c.signatures_required, day),))


@rule("La délibération est abrogée si le oui l'emporte à la majorité des suffrages exprimés "
      "(l'égalité n'abroge pas) et si la participation atteint le quorum du pacte.",
      clause=KEY, params=("quorum_pct", "resultat_contraignant"), articles=("LO1112-7",),
      seeds=("000_721ebb8a9b1c3e2a.txt § Votations abrogatoires",))
def abrogation_outcome(pact: Pact, electors: int, yes: int, no: int, voters: int | None = None,
                       day: date | None = None) -> Decision[bool]:
    """« Un vote à la majorité des suffrages exprimés ; si le oui l'emporte, le CM suivant
    abroge ; si le non l'emporte, l'exécution commence » — sous le quorum « quorum_pct »."""
    c = _clause(pact)
    count = count_vote(yes, no, electors, c.quorum_pct.at(day), voters)
    if count.adopted:
        verdict = "le CM suivant doit abroger la délibération."
    elif not count.quorum_met:
        verdict = "quorum non atteint, l'exécution commence."
    else:
        verdict = "pas de majorité pour l'abrogation, l'exécution commence."
    why = f"{yes} oui contre {no} non ({count.quorum_sentence()}) : {verdict}"
    return Decision(count.adopted, why, (cite_param(KEY, c, c.quorum_pct, day),
                                         cite_param(KEY, c, c.result_binding, day)))


@rule("Les jours pendant lesquels l'exécution de la délibération reste suspendue, selon l'issue de la demande.",
      clause='votation_abrogatoire',
      params=('suspension_execution',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations abrogatoires',))
def suspended_days(path: AbrogationPath, branch: Branch) -> int:
    interval = path.suspension[branch]
    return 0 if interval is None else (interval[1] - interval[0]).days
