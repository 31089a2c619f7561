"""The rule book: memoised rule calls, with dated parameters kept day-dependent."""

from __future__ import annotations

from engine.io.context import load_context
from engine.io.overrides import parse_override
from engine.procedures.petition import admissibility
from engine.sim.rulebook import RuleBook


def test_cached_decisions_equal_direct_calls() -> None:
    scen, pact = load_context()
    book = RuleBook(pact, scen, "loi")
    for valid in (0, 1042, 1043, 5000):
        day = book.offset(scen.mandate.start) + 400
        assert book.admissibility(valid, day) == admissibility(pact, scen, valid, book.day(day))
        assert book.admissibility(valid, day) is book.admissibility(valid, day + 30)


def test_a_dated_threshold_makes_decisions_depend_on_the_day() -> None:
    sets = [parse_override("votation_propositionnelle.seuil_pct.valeurs={2026-01-01: 3, 2029-01-01: 10}")]
    scen, pact = load_context(None, None, sets)
    book = RuleBook(pact, scen, "loi")
    before = book.offset(scen.mandate.start) + 100
    after = book.offset(scen.mandate.start) + 1500
    assert book.admissibility(2000, before).value is True
    assert book.admissibility(2000, after).value is False


def test_plans_are_offsets_of_the_rule_dates() -> None:
    from engine.procedures.petition import petition_timeline

    scen, pact = load_context()
    book = RuleBook(pact, scen, "pacte")
    plan = book.petition_plan(200)
    steps = petition_timeline(pact, scen, book.day(200), "pacte")
    assert plan.at["fin_collecte"] == book.offset(next(s.day for s in steps if s.event == "fin_collecte"))
    assert plan.step("votation") is not None
