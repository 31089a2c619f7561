"""Mandate calendar steps: the whole institutional calendar and council sessions.

Context key written: ``calendrier`` (the sorted list of ``Step``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytest_bdd import then, when

from engine.core.calendar import MONTHS_FR, format_date
from engine.procedures.mandate import institutional_calendar
from engine.procedures.sessions import next_council
from engine.procedures.trace import Step
from tests.bdd.context import pact_of, result, scenario_of
from tests.bdd.parsing import choice_type
from tests.bdd.steps._common import p, same_day


@when("on établit le calendrier du mandat")
def when_calendar(ctx: dict[str, Any]) -> None:
    ctx["calendrier"] = institutional_calendar(pact_of(ctx), scenario_of(ctx), ctx["regime"])


def _calendar(ctx: dict[str, Any]) -> list[Step]:
    return result(ctx, "calendrier", "établir le calendrier du mandat")


@then("le calendrier est trié par date")
def then_sorted(ctx: dict[str, Any]) -> None:
    days = [s.day for s in _calendar(ctx)]
    assert days == sorted(days)


@then("chaque événement du calendrier cite sa source")
def then_sourced(ctx: dict[str, Any]) -> None:
    bare = [s.event for s in _calendar(ctx) if not s.source or not s.clause]
    assert not bare, f"événements sans source : {bare}"


@then(p("le calendrier compte {n:Nombre} événements « {evenement} »"))
def then_count(ctx: dict[str, Any], n: int, evenement: str) -> None:
    got = sum(1 for s in _calendar(ctx) if s.event == evenement)
    assert got == n, f"{got} événements « {evenement} »"


@then(p("le calendrier prévoit « {evenement} » le {jour:Date}"))
def then_has(ctx: dict[str, Any], evenement: str, jour: date) -> None:
    days = [s.day for s in _calendar(ctx) if s.event == evenement]
    assert jour in days, f"« {evenement} » : {', '.join(map(format_date, days[:12]))}…"


@then(p("le calendrier ne prévoit pas « {evenement} » le {jour:Date}"))
def then_has_not(ctx: dict[str, Any], evenement: str, jour: date) -> None:
    assert not any(s.event == evenement and s.day == jour for s in _calendar(ctx))


@then(p("le calendrier ne prévoit aucun « {evenement} » en {mois:Mois}", Mois=choice_type(MONTHS_FR)))
def then_none_in_month(ctx: dict[str, Any], evenement: str, mois: str) -> None:
    number = MONTHS_FR.index(mois) + 1
    found = [s.day for s in _calendar(ctx) if s.event == evenement and s.day.month == number]
    assert not found, f"« {evenement} » en {mois} : {', '.join(map(format_date, found))}"


@then(p("le premier événement « {evenement} » a lieu le {jour:Date}"))
def then_first_event(ctx: dict[str, Any], evenement: str, jour: date) -> None:
    days = [s.day for s in _calendar(ctx) if s.event == evenement]
    same_day(days[0] if days else None, jour, f"premier « {evenement} »")


@then(p("le dernier événement « {evenement} » a lieu le {jour:Date}"))
def then_last_event(ctx: dict[str, Any], evenement: str, jour: date) -> None:
    days = [s.day for s in _calendar(ctx) if s.event == evenement]
    same_day(days[-1] if days else None, jour, f"dernier « {evenement} »")


@then(p("la séance du conseil municipal qui suit le {apres:Date} a lieu le {jour:Date}"))
def then_next_council(ctx: dict[str, Any], apres: date, jour: date) -> None:
    same_day(next_council(pact_of(ctx), scenario_of(ctx), apres), jour, "séance suivante du CM")
