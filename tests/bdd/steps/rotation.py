"""Rotation steps: the handovers of the mayor / first-adjoint pair and their legal steps.

Context key written: ``passages`` (the list of ``Handover``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.calendar import format_date
from engine.io.law import load_law
from engine.procedures.commune import convocation_clear_days
from engine.procedures.rotation import Handover, handovers
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day


@when("on calcule les passages de relais du mandat")
def when_handovers(ctx: dict[str, Any]) -> None:
    ctx["passages"] = handovers(pact_of(ctx), scenario_of(ctx))


def _all(ctx: dict[str, Any]) -> list[Handover]:
    return result(ctx, "passages", "calculer les passages de relais du mandat")


def _handover(ctx: dict[str, Any], number: int) -> Handover:
    found = [h for h in _all(ctx) if h.number == number]
    assert found, f"pas de passage de relais n° {number} ({len(_all(ctx))} au total)"
    return found[0]


@then(p("le mandat compte {n:Nombre} passages de relais"))
def then_count(ctx: dict[str, Any], n: int) -> None:
    got = _all(ctx)
    assert len(got) == n, f"{len(got)} passages de relais : {[format_date(h.resignation) for h in got]}"


HANDOVER_DATES = {
    "le maire et le 1er adjoint adressent leur démission au préfet le": ("resignation", "démission au préfet"),
    "la démission devient définitive le": ("final", "démission définitive"),
    "à défaut d'acceptation, la démission devient définitive le": ("final_if_refused", "démission définitive à défaut d'acceptation"),
    "le conseil municipal est convoqué le": ("convocation", "convocation du conseil"),
    "le conseil municipal élit le maire et tous les adjoints le": ("election", "élection du maire et des adjoints"),
}


@then(p("au passage de relais n° {k:d}, {quoi:EtapeRotation} {jour:Date}",
        EtapeRotation=choice_type(HANDOVER_DATES)))
def then_handover_date(ctx: dict[str, Any], k: int, quoi: str, jour: date) -> None:
    attribute, what = HANDOVER_DATES[quoi]
    same_day(getattr(_handover(ctx, k), attribute), jour, f"passage n° {k}, {what}")


@then(p("chaque élection a lieu au plus tard {n:Nombre} jours après la démission définitive"))
def then_within(ctx: dict[str, Any], n: int) -> None:
    late = [(h.number, (h.election - h.final).days) for h in _all(ctx) if (h.election - h.final).days > n]
    assert not late, f"élections trop tardives (n°, jours) : {late}"


@then(p("chaque convocation précède l'élection de {n:Nombre} jours francs"))
def then_clear_days(ctx: dict[str, Any], n: int) -> None:
    population = scenario_of(ctx).commune.population.at()
    assert convocation_clear_days(population, load_law())[0] == n
    wrong = [h.number for h in _all(ctx) if (h.election - h.convocation).days - 1 != n]
    assert not wrong, f"passages dont la convocation n'a pas {n} jours francs : {wrong}"


@then("chaque convocation suit la démission définitive")
def then_convocation_after_final(ctx: dict[str, Any]) -> None:
    wrong = [(h.number, format_date(h.final), format_date(h.convocation))
             for h in _all(ctx) if h.convocation < h.final]
    assert not wrong, f"convocations envoyées avant la démission définitive : {wrong}"


@then("l'élection porte sur le maire et tous les adjoints")
def then_all_adjoints(ctx: dict[str, Any]) -> None:
    for h in _all(ctx):
        election = [s for s in h.steps if s.event == "election_maire_et_adjoints"]
        assert election and "tous les adjoints" in election[0].label, h.steps
