"""Référendum municipal steps: LO1112-7 outcome, the pact's promise, lawful polling days.

Context keys written: ``decision`` (the ``ReferendumResult`` decision), ``scrutin`` (the
earliest lawful polling day decision).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.calendar import format_date
from engine.procedures.referendum import earliest_lawful_vote, in_blackout, referendum_outcome
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.steps._common import p, same_day


@when(p("un référendum recueille {exprimes:Nombre} suffrages exprimés sur {inscrits:Nombre} "
        "électeurs inscrits, dont {oui:Nombre} oui"))
def when_referendum(ctx: dict[str, Any], exprimes: int, inscrits: int, oui: int) -> None:
    ctx["decision"] = referendum_outcome(pact_of(ctx), inscrits, exprimes, oui)


def _outcome(ctx: dict[str, Any]):
    return result(ctx, "decision", "dépouiller le référendum")


@then("le projet est adopté")
def then_adopted(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert d.value.adopted, d.explanation


@then("le projet n'est pas adopté")
def then_not_adopted(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert not d.value.adopted, d.explanation


@then("le quorum de participation est atteint")
def then_turnout_met(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert d.value.turnout_met, d.explanation


@then("le quorum de participation n'est pas atteint")
def then_turnout_missed(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert not d.value.turnout_met, d.explanation


@then("le oui est majoritaire parmi les suffrages exprimés")
def then_majority(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert d.value.majority_for_yes, d.explanation


@then("le oui n'est pas majoritaire parmi les suffrages exprimés")
def then_no_majority(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert not d.value.majority_for_yes, d.explanation


@then("le conseil municipal s'est engagé à suivre ce oui malgré tout")
def then_promise(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert d.value.promise_to_follow and d.value.majority_for_yes and not d.value.adopted, d.explanation
    assert "suivre ce oui malgré tout" in d.explanation, d.explanation


@then("le pacte n'engage pas le conseil municipal à suivre le résultat")
def then_no_promise(ctx: dict[str, Any]) -> None:
    d = _outcome(ctx)
    assert not d.value.promise_to_follow, d.explanation
    assert "malgré tout" not in d.explanation, d.explanation


# --- lawful polling days ----------------------------------------------------------------

@when(p("le conseil municipal décide un référendum le {jour:Date}"))
def when_referendum_decided(ctx: dict[str, Any], jour: date) -> None:
    ctx["scrutin"] = earliest_lawful_vote(scenario_of(ctx), jour)
    ctx["decision"] = ctx["scrutin"]


@then(p("le scrutin a lieu au plus tôt le {jour:Date}"))
def then_earliest(ctx: dict[str, Any], jour: date) -> None:
    d = result(ctx, "scrutin", "dire quand le conseil municipal décide le référendum")
    same_day(d.value, jour, "premier jour de scrutin possible")


@then(p("aucun scrutin local n'est possible le {jour:Date}"))
def then_blackout(ctx: dict[str, Any], jour: date) -> None:
    assert in_blackout(scenario_of(ctx), jour) is not None, \
        f"le {format_date(jour)} n'est dans aucune période sans scrutin"


@then(p("un scrutin local est possible le {jour:Date}"))
def then_not_blackout(ctx: dict[str, Any], jour: date) -> None:
    window = in_blackout(scenario_of(ctx), jour)
    assert window is None, f"le {format_date(jour)} tombe dans : {window.name if window else ''}"
