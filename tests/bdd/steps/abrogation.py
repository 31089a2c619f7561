"""Votation abrogatoire steps: the dated path from a council session, branches, suspension.

Context keys written: ``seance`` (the council session's day), ``abrogation`` (the
``AbrogationPath``), ``branche`` (the branch the scenario follows), ``decision``,
``erreur`` (a request outside the window).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.errors import InputError
from engine.procedures.abrogation import (
    AbrogationPath,
    abrogation_outcome,
    abrogation_path,
    signatures_sufficient,
    suspended_days,
)
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day


def _path(ctx: dict[str, Any]) -> AbrogationPath:
    return result(ctx, "abrogation", "dire quand le conseil municipal délibère")


def _branch(ctx: dict[str, Any]) -> str:
    """The branch followed; without one, a valid request goes to a vote (``oui`` and ``non``
    suspend execution over the same interval)."""
    return ctx.get("branche", "non")


@when(p("le conseil municipal délibère le {jour:Date}"))
def when_council(ctx: dict[str, Any], jour: date) -> None:
    ctx["seance"] = jour
    ctx["abrogation"] = abrogation_path(pact_of(ctx), scenario_of(ctx), jour, regime=ctx["regime"])


@when(p("une demande d'abrogation est déposée le {jour:Date}"))
def when_request(ctx: dict[str, Any], jour: date) -> None:
    council = result(ctx, "seance", "dire quand le conseil municipal délibère")
    try:
        ctx["abrogation"] = abrogation_path(pact_of(ctx), scenario_of(ctx), council,
                                            request_day=jour, regime=ctx["regime"])
    except InputError as exc:
        ctx["erreur"] = exc


@then("la demande est refusée car hors délai")
def then_request_refused(ctx: dict[str, Any]) -> None:
    error = ctx.get("erreur")
    assert error is not None, "la demande a été acceptée"
    assert any("hors de la fenêtre" in pr.message for pr in error.problems), str(error)


@then("la demande est acceptée")
def then_request_accepted(ctx: dict[str, Any]) -> None:
    assert ctx.get("erreur") is None, str(ctx.get("erreur"))


ABROGATION_DATES = {
    "la demande d'abrogation doit être déposée au plus tard le": ("request_deadline", "fin du délai de demande"),
    "les signatures doivent être réunies au plus tard le": ("collection_deadline", "fin de la collecte"),
    "la DPC vérifie les signatures au plus tard le": ("verification_deadline", "vérification par la DPC"),
    "le conseil municipal déclenche la campagne au plus tard le": ("trigger_deadline", "déclenchement par le CM"),
    "la campagne se termine le": ("campaign_end", "fin de la campagne"),
    "le vote a lieu le": ("vote_day", "jour du vote"),
    "le conseil municipal suivant abroge la délibération le": ("abrogating_council", "CM d'abrogation"),
}


@then(p("{quoi:EtapeAbrogation} {jour:Date}", EtapeAbrogation=choice_type(ABROGATION_DATES)))
def then_abrogation_date(ctx: dict[str, Any], quoi: str, jour: date) -> None:
    attribute, what = ABROGATION_DATES[quoi]
    same_day(getattr(_path(ctx), attribute), jour, what)


# --- branches ---------------------------------------------------------------------------

@when("aucune demande n'est déposée")
def when_no_request(ctx: dict[str, Any]) -> None:
    _path(ctx)
    ctx["branche"] = "sans_demande"


@when(p("{n:Nombre} signatures valides sont réunies"))
def when_signatures(ctx: dict[str, Any], n: int) -> None:
    path = _path(ctx)
    decision = signatures_sufficient(pact_of(ctx), n, path.request_day)
    ctx["decision"] = decision
    if not decision.value:
        ctx["branche"] = "signatures_insuffisantes"


@then("la demande est soumise au vote")
def then_goes_to_vote(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "compter les signatures")
    assert decision.value is True, decision.explanation


@then("l'exécution reprend")
def then_execution_resumes(ctx: dict[str, Any]) -> None:
    decision = result(ctx, "decision", "compter les signatures")
    assert decision.value is False, decision.explanation


@when(p("le vote donne {oui:Nombre} oui et {non:Nombre} non"))
def when_vote(ctx: dict[str, Any], oui: int, non: int) -> None:
    _path(ctx)
    decision = abrogation_outcome(pact_of(ctx), scenario_of(ctx).commune.electors.at(), oui, non)
    ctx["decision"] = decision
    ctx["branche"] = "oui" if decision.value else "non"


@then(p("l'exécution est suspendue du {debut:Date} au {fin:Date}"))
def then_suspended(ctx: dict[str, Any], debut: date, fin: date) -> None:
    interval = _path(ctx).suspension[_branch(ctx)]
    assert interval is not None, f"aucune suspension dans la branche « {_branch(ctx)} »"
    same_day(interval[0], debut, "début de la suspension")
    same_day(interval[1], fin, "fin de la suspension")


@then("l'exécution n'est pas suspendue")
def then_not_suspended(ctx: dict[str, Any]) -> None:
    interval = _path(ctx).suspension[_branch(ctx)]
    assert interval is None, f"suspension du {interval[0]} au {interval[1]}"


@then(p("la suspension dure {n:Nombre} jours"))
def then_suspension_length(ctx: dict[str, Any], n: int) -> None:
    got = suspended_days(_path(ctx), _branch(ctx))  # type: ignore[arg-type]
    assert got == n, f"la suspension dure {got} jours"


@then(p("l'exécution commence le {jour:Date}"))
def then_execution_starts(ctx: dict[str, Any], jour: date) -> None:
    same_day(_path(ctx).execution_starts[_branch(ctx)], jour, "début de l'exécution")


@then("la délibération est abrogée")
def then_abrogated(ctx: dict[str, Any]) -> None:
    path = _path(ctx)
    assert ctx.get("branche") == "oui", f"branche suivie : {ctx.get('branche')}"
    assert path.execution_starts["oui"] is None
    assert "doit abroger" in path.outcomes["oui"], path.outcomes["oui"]


@then(p("l'issue annoncée contient « {texte} »"))
def then_outcome_text(ctx: dict[str, Any], texte: str) -> None:
    said = _path(ctx).outcomes[_branch(ctx)]
    assert texte in said, f"issue « {_branch(ctx)} » : {said}"
