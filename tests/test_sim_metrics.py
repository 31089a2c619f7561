"""engine.sim.metrics: the figures a run reports, and those a pact cannot produce."""

from __future__ import annotations

import math

import pytest

from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.sim.metrics import METRIC_NAMES, NEEDS, not_applicable
from engine.sim.montecarlo import run_monte_carlo

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


def test_every_metric_named_by_a_clause_exists() -> None:
    for names, _clause, _what in NEEDS:
        assert set(names) <= set(METRIC_NAMES), names


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_a_figure_said_sans_objet_is_zero_or_empty_in_every_future(pact_id: str) -> None:
    """« Sans objet » is a fact of the runs, not a guess: without its clause, the figure is
    zero (or undefined) in every simulated future."""
    scenario, pact = load_context(None, pact_id)
    idle = not_applicable(pact)
    result = run_monte_carlo(scenario, pact, runs=3, seed=7, jobs=1, keep_events=0)
    for name in idle:
        assert all(v == 0 or math.isnan(v) for v in result.metric(name)), (pact_id, name)
    assert all(r.startswith("le pacte ne prévoit pas") for r in idle.values())


def test_the_chambery_pact_misses_only_the_list_of_votes() -> None:
    _, pact = load_context(None, "chambery-2026")
    assert set(not_applicable(pact)) == {"family_votes", "family_votes_adopted"}


def test_bilan_prints_what_the_pact_cannot_produce_once() -> None:
    from engine.render.text import render_text
    from engine.report.bilan import build_report

    scenario, pact = load_context(None, "collegial-2026")
    text = render_text(build_report(pact, scenario, runs=4, seed=3, jobs=1))
    assert "Demandes de votation abrogatoire" not in text
    assert ("Sans objet (le pacte ne prévoit pas de votation abrogatoire) : demandes de "
            "votation abrogatoire ;") in text
