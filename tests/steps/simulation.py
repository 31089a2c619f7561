"""Steps of features/simulation.feature: cost table and Monte Carlo simulation."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from engine.io.overrides import parse_override


@pytest.fixture
def sim() -> dict[str, Any]:
    return {"scenario": None, "sets": [], "results": []}


@given(parsers.parse('le scénario "{name}"'))
def given_scenario(sim: dict[str, Any], name: str) -> None:
    sim["scenario"] = name


@given(parsers.parse('la surcharge "{text}"'))
def given_override(sim: dict[str, Any], text: str) -> None:
    sim["sets"].append(parse_override(text))


@when("je calcule le tableau des coûts")
def when_costs(sim: dict[str, Any]) -> None:
    from engine.io.context import load_context
    from engine.procedures.cost_table import cost_table

    scen, pact = load_context(sim["scenario"], None, sim["sets"])
    sim["table"] = cost_table(pact, scen)


@when(parsers.parse("je simule {runs:d} tirages avec la graine {seed:d} sur {jobs:d} processus"))
def when_simulate_jobs(sim: dict[str, Any], runs: int, seed: int, jobs: int) -> None:
    from engine.sim.montecarlo import run_monte_carlo

    sim["results"].append(run_monte_carlo(sim["scenario"], None, runs=runs, seed=seed, jobs=jobs,
                                          overrides=sim["sets"], keep_events=runs))


@when(parsers.parse("je simule {runs:d} tirages avec la graine {seed:d}"))
def when_simulate(sim: dict[str, Any], runs: int, seed: int) -> None:
    when_simulate_jobs(sim, runs, seed, 1)


@then(parsers.parse("le total de fonctionnement vaut {amount:d} euros"))
def then_operating(sim: dict[str, Any], amount: int) -> None:
    assert sim["table"].operating_total == amount


@then(parsers.parse("le total d'investissement vaut {amount:d} euros"))
def then_investment(sim: dict[str, Any], amount: int) -> None:
    assert sim["table"].investment_total == amount


@then(parsers.parse("le fonctionnement représente {share} % des dépenses réelles de fonctionnement"))
def then_share(sim: dict[str, Any], share: str) -> None:
    assert round(sim["table"].share_of_operating_spending, 1) == float(share.replace(",", "."))


@then(parsers.parse('la ligne "{line}" vaut {amount:d} euros'))
def then_line(sim: dict[str, Any], line: str, amount: int) -> None:
    assert sim["table"].amount(line) == amount


def _last(sim: dict[str, Any]) -> Any:
    return sim["results"][-1]


@then("aucun jour de scrutin ne tombe en période interdite")
def then_no_blackout(sim: dict[str, Any]) -> None:
    assert _last(sim).metric("votes_in_blackout").max() == 0


@then("au moins un jour de scrutin tombe en période interdite")
def then_some_blackout(sim: dict[str, Any]) -> None:
    assert _last(sim).metric("votes_in_blackout").sum() > 0


@then("aucun invariant n'est violé")
def then_invariants(sim: dict[str, Any]) -> None:
    assert _last(sim).violations == {}


@then("les deux résumés sont identiques")
def then_identical(sim: dict[str, Any]) -> None:
    a, b = sim["results"][-2:]
    assert json.dumps(a.as_json(), sort_keys=True) == json.dumps(b.as_json(), sort_keys=True)


@then("la couverture des auditions reste sous 100 %")
def then_coverage(sim: dict[str, Any]) -> None:
    assert _last(sim).metric("audit_coverage").max() < 1.0


@then(parsers.parse("un binôme attend plus de {days:d} jours entre deux auditions"))
def then_gap(sim: dict[str, Any], days: int) -> None:
    assert _last(sim).metric("max_audit_gap_days").min() > days


@then(parsers.parse("le plus long intervalle sans audition vaut {days:d} jours dans chaque "
                    "tirage, comme le calendrier"))
def then_gap_is_the_calendars(sim: dict[str, Any], days: int) -> None:
    from engine.procedures.audits import scheduled_longest_interval

    result = _last(sim)
    calendar = scheduled_longest_interval(result.inputs.pact, result.inputs.scenario)
    assert calendar is not None and calendar.days == days
    assert set(result.metric("max_audit_gap_days")) == {days}


@then(parsers.parse("le premier tirage du Conseil Citoyen envoie au moins {letters:d} lettres"))
def then_letters(sim: dict[str, Any], letters: int) -> None:
    for events in _last(sim).events.values():
        first = next(e for e in events if e[1] == "tirage_au_sort")
        sent = int(re.match(r"(\d+) lettres", first[5]).group(1))
        assert sent >= letters
