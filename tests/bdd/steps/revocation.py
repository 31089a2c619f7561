"""Consultation de révocation steps: from an unfavourable opinion to the vote and its outcome.

Context keys written: ``revocation`` (the ``RevocationPath``), ``decision`` (the outcome).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.procedures.revocation import RevocationPath, revocation_outcome, revocation_path
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.steps._common import event_day, p, same_day


@when(p("le Conseil Citoyen rend un avis défavorable le {jour:Date}"))
def when_opinion(ctx: dict[str, Any], jour: date) -> None:
    ctx["revocation"] = revocation_path(pact_of(ctx), scenario_of(ctx), jour, ctx["regime"])


def _path(ctx: dict[str, Any]) -> RevocationPath:
    return result(ctx, "revocation", "dire quand le Conseil Citoyen rend son avis")


@then(p("le conseil municipal délibère sur la consultation le {jour:Date}"))
def then_council(ctx: dict[str, Any], jour: date) -> None:
    same_day(_path(ctx).council_day, jour, "délibération du CM")


@then(p("le débat public dure du {debut:Date} au {fin:Date}"))
def then_debate(ctx: dict[str, Any], debut: date, fin: date) -> None:
    path = _path(ctx)
    same_day(event_day(path.steps, "debut_debat"), debut, "début du débat public")
    same_day(path.debate_end, fin, "fin du débat public")


@then(p("la consultation a lieu le {jour:Date}"))
def then_vote(ctx: dict[str, Any], jour: date) -> None:
    same_day(_path(ctx).vote_day, jour, "jour de la consultation")


@when(p("la consultation donne {oui:Nombre} oui et {non:Nombre} non"))
def when_result(ctx: dict[str, Any], oui: int, non: int) -> None:
    ctx["decision"] = revocation_outcome(pact_of(ctx), oui, non)


@then("le binôme est enjoint à démissionner")
def then_resign(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "dépouiller la consultation")
    assert d.value == "demission_demandee", d.explanation


@then("le binôme est maintenu")
def then_stays(ctx: dict[str, Any]) -> None:
    d = result(ctx, "decision", "dépouiller la consultation")
    assert d.value == "maintien", d.explanation
