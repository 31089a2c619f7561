"""Helpers shared by the step modules (not steps themselves)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pytest_bdd import parsers

from engine.core.calendar import format_date
from engine.procedures.trace import Step
from tests.bdd.parsing import EXTRA_TYPES


def p(text: str, **types: object) -> parsers.parse:
    """``parsers.parse`` with the French types ``{x:Date}``, ``{n:Nombre}`` and any extra
    named types (e.g. a :func:`tests.bdd.parsing.choice_type`)."""
    return parsers.parse(text, extra_types={**EXTRA_TYPES, **types})


def same_day(got: date | None, expected: date, what: str) -> None:
    """Assert a date with a French message naming both dates."""
    shown = "aucune date" if got is None else format_date(got)
    assert got == expected, f"{what} : attendu le {format_date(expected)}, obtenu {shown}"


def event_day(steps: Iterable[Step], event: str) -> date:
    """The date of the (first) step named ``event`` of a procedure."""
    steps = list(steps)
    for s in steps:
        if s.event == event:
            return s.day
    names = ", ".join(sorted({s.event for s in steps}))
    raise AssertionError(f"aucune étape « {event} » (étapes présentes : {names})")
