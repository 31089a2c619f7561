"""Mandat impératif and mayor's powers steps: the objectives of each pair, the opinion an
audit gives, the reporting calendars, the items of L2122-22 delegated or kept.

Context keys written: ``objectifs`` (list of ``PairObjectives``), ``avis`` (the opinion),
``comptes_rendus`` (the elected members' reports), ``pouvoirs`` (``PowersSplit``),
``comptes_rendus_maire`` (the mayor's reports on delegated decisions) and ``decision``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.io.law import load_law
from engine.procedures.commitments import (
    PairObjectives,
    opinion_scale,
    pair_objectives,
    report_calendar,
)
from engine.procedures.mayor_powers import delegation_reports, delegation_split
from engine.procedures.sessions import council_sessions
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day

OPINIONS = {"favorable": "favorable", "mitigé": "mitige", "défavorable": "defavorable"}


@when("on dresse la liste des objectifs du mandat impératif")
def when_objectives(ctx: dict[str, Any]) -> None:
    ctx["decision"] = pair_objectives(pact_of(ctx))
    ctx["objectifs"] = ctx["decision"].value


def _objectives(ctx: dict[str, Any]) -> list[PairObjectives]:
    return result(ctx, "objectifs", "dresser la liste des objectifs du mandat impératif")


@then(p("les binômes répondent de {n:Nombre} objectifs en tout"))
def then_total(ctx: dict[str, Any], n: int) -> None:
    got = sum(o.count for o in _objectives(ctx))
    assert got == n, f"{got} objectifs en tout, pas {n}"


@then(p("le binôme « {nom} » répond de {n:Nombre} objectifs"))
def then_pair_count(ctx: dict[str, Any], nom: str, n: int) -> None:
    found = [o for o in _objectives(ctx) if o.pair == nom or o.pair.startswith(nom + " — ")]
    assert found, f"pas de binôme « {nom} » : {[o.pair for o in _objectives(ctx)]}"
    assert found[0].count == n, f"« {nom} » répond de {found[0].count} objectifs, pas {n}"


@then(p("{n:Nombre} binômes ont leurs objectifs écrits dans le pacte"))
def then_written(ctx: dict[str, Any], n: int) -> None:
    got = sum(1 for o in _objectives(ctx) if o.written)
    assert got == n, f"{got} binômes ont leurs objectifs écrits, pas {n}"


@when(p("un binôme atteint {k:Nombre} de ses {n:Nombre} objectifs"))
def when_met(ctx: dict[str, Any], k: int, n: int) -> None:
    ctx["decision"] = opinion_scale(pact_of(ctx), n)
    ctx["avis"] = ctx["decision"].value[k]


@then(p("l'avis du Conseil Citoyen est {avis:Avis}", Avis=choice_type(OPINIONS)))
def then_opinion(ctx: dict[str, Any], avis: str) -> None:
    got = result(ctx, "avis", "dire combien d'objectifs le binôme atteint")
    assert got == OPINIONS[avis], f"avis « {got} », pas « {avis} »"


@when("on établit le calendrier des comptes rendus des élu·es")
def when_reports(ctx: dict[str, Any]) -> None:
    ctx["comptes_rendus"] = report_calendar(pact_of(ctx), scenario_of(ctx))


@then(p("les élu·es rendent {n:Nombre} comptes rendus publics pendant le mandat"))
def then_report_count(ctx: dict[str, Any], n: int) -> None:
    got = result(ctx, "comptes_rendus", "établir le calendrier des comptes rendus des élu·es")
    assert len(got) == n, f"{len(got)} comptes rendus, pas {n}"


@then(p("le premier compte rendu des élu·es a lieu le {jour:Date}"))
def then_first_report(ctx: dict[str, Any], jour: date) -> None:
    got = result(ctx, "comptes_rendus", "établir le calendrier des comptes rendus des élu·es")
    same_day(got[0].day if got else None, jour, "premier compte rendu")


@when("on répartit les pouvoirs entre le conseil et le maire")
def when_split(ctx: dict[str, Any]) -> None:
    ctx["decision"] = delegation_split(pact_of(ctx), load_law())
    ctx["pouvoirs"] = ctx["decision"].value


@then(p("le maire reçoit les alinéas {items} de L2122-22"))
def then_granted(ctx: dict[str, Any], items: str) -> None:
    split = result(ctx, "pouvoirs", "répartir les pouvoirs entre le conseil et le maire")
    got = ", ".join(f"{i.number}°" for i in split.granted)
    assert got == items, f"le maire reçoit {got or 'aucun alinéa'}, pas {items}"


@then(p("le conseil garde {n:Nombre} alinéas de L2122-22"))
def then_retained(ctx: dict[str, Any], n: int) -> None:
    split = result(ctx, "pouvoirs", "répartir les pouvoirs entre le conseil et le maire")
    assert len(split.retained) == n, f"le conseil garde {len(split.retained)} alinéas, pas {n}"


@when("on établit le calendrier des comptes rendus du maire")
def when_mayor_reports(ctx: dict[str, Any]) -> None:
    ctx["comptes_rendus_maire"] = delegation_reports(pact_of(ctx), scenario_of(ctx), load_law())


@then("le maire rend compte de ses décisions déléguées à chaque séance du conseil")
def then_each_session(ctx: dict[str, Any]) -> None:
    got = result(ctx, "comptes_rendus_maire", "établir le calendrier des comptes rendus du maire")
    sessions = council_sessions(pact_of(ctx), scenario_of(ctx))
    days = [s.day for s in got if s.event == "compte_rendu_delegations"]
    assert days == sessions and sessions, f"{len(days)} comptes rendus pour {len(sessions)} séances"


@then("le maire n'a aucun compte rendu de délégation à faire")
def then_no_report(ctx: dict[str, Any]) -> None:
    got = result(ctx, "comptes_rendus_maire", "établir le calendrier des comptes rendus du maire")
    assert got == [], f"{len(got)} comptes rendus"
