"""One run of the model: determinism, invariants on every run, the event log."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

import pytest

from engine.procedures.referendum import in_blackout
from engine.sim.context import CACHE
from engine.sim.metrics import METRIC_NAMES, out_of_domain
from engine.sim.run import event_rows, simulate
from tests.sim_scenarios import VARIANTS, bare_inputs, inputs

VOTE_EVENTS = ("votation", "vote", "referendum")


def test_same_seed_same_run_bit_for_bit() -> None:
    ctx = CACHE.get(inputs("chambery"))
    a = simulate(ctx, 3, 42, keep_log=True)
    b = simulate(ctx, 3, 42, keep_log=True)
    assert a.metrics == b.metrics or all(
        (x == y) or (math.isnan(x) and math.isnan(y)) for x, y in zip(a.metrics.values(), b.metrics.values(), strict=True))
    assert a.monthly == b.monthly and a.events == b.events and a.behaviour == b.behaviour
    c = simulate(ctx, 4, 42)
    assert c.metrics != a.metrics


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_invariants_hold_on_every_run(variant) -> None:
    ctx = CACHE.get(inputs(variant))
    law = ctx.regime == "loi"
    for i in range(8):
        r = simulate(ctx, i, 2026, keep_log=True)
        assert r.violations == [], (variant, i, r.violations)
        assert set(r.metrics) == set(METRIC_NAMES)
        assert out_of_domain(r.metrics) == []
        rows = event_rows(ctx, r)
        votes = [row for row in rows if row["event"] in VOTE_EVENTS]
        if law:
            assert not [v for v in votes if in_blackout(ctx.inputs.scenario, v["date"])]
        days = {row["date"] for row in rows if row["event"] == "votation"}
        per_year = Counter(d.year for d in days)
        assert all(n <= ctx.max_votations_per_year for n in per_year.values())
        assert r.metrics["petitions_admissible"] <= r.metrics["petitions_started"]
        assert r.metrics["abrogations_adopted"] <= r.metrics["abrogations_voted"] <= r.metrics["abrogation_requests"]
        assert r.metrics["quartier_budget_spent_eur"] <= ctx.quartiers * 200_000 * 6 + 1e-6
        assert all(v >= 0 for series in r.monthly for v in series)


def test_the_legal_regime_keeps_votes_out_of_blackouts_the_pact_regime_does_not() -> None:
    law = CACHE.get(inputs("chambery"))
    pact = CACHE.get(inputs("chambery-pacte"))
    in_law = sum(simulate(law, i, 5).metrics["votes_in_blackout"] for i in range(10))
    in_pact = sum(simulate(pact, i, 5).metrics["votes_in_blackout"] for i in range(10))
    assert in_law == 0
    assert in_pact > 0


def test_a_pact_without_citizen_council_or_quartiers_still_runs() -> None:
    ctx = CACHE.get(bare_inputs())
    r = simulate(ctx, 0, 1)
    assert r.violations == []
    assert math.isnan(r.metrics["audit_coverage"]) and r.metrics["audits_done"] == 0
    assert r.metrics["quartier_budget_spent_eur"] == 0 and r.metrics["rotations"] == 0


def test_fixed_costs_follow_the_cost_table() -> None:
    """With no vote and no convention, the operating cost is the table minus its vote line."""
    from engine.procedures.cost_table import cost_table

    base = inputs("chambery")
    ctx = CACHE.get(base)
    r = simulate(ctx, 0, 9)
    table = cost_table(base.pact, base.scenario)
    fixed = float(table.operating_total - table.amount("votations_conventions"))
    variable = (r.metrics["polling_days"] * ctx.votation_unit_eur
                + r.metrics["conventions"] * ctx.convention_unit_eur) / ctx.years
    assert r.metrics["cost_operating_eur_per_year"] == pytest.approx(fixed + variable, rel=1e-9)


def test_event_log_is_dated_and_cites_clauses() -> None:
    ctx = CACHE.get(inputs("chambery"))
    r = simulate(ctx, 1, 7, keep_log=True)
    rows = event_rows(ctx, r)
    assert rows == sorted(rows, key=lambda row: row["date"])
    assert all(ctx.start <= row["date"] <= date(2032, 3, 14) for row in rows)
    kinds = {row["event"] for row in rows}
    assert {"seance_cm", "bureau_executif", "cc_reunion_travail", "tirage_au_sort",
            "election_maire_et_adjoints"} <= kinds
    assert all(row["clause"] for row in rows if row["event"] == "seance_cm")


def test_monthly_series_add_up_to_the_metrics() -> None:
    from engine.sim.state import SERIES

    ctx = CACHE.get(inputs("chambery"))
    r = simulate(ctx, 2, 12)
    total = dict(zip(SERIES, (sum(s) for s in r.monthly), strict=True))
    assert total["execution_suspended_days"] == pytest.approx(r.metrics["execution_suspended_days"])
    assert total["dpc_staff_hours"] == pytest.approx(r.metrics["dpc_staff_hours"])
    assert total["elected_hours"] == pytest.approx(r.metrics["elected_hours"])
    assert total["polls"] == r.metrics["polling_days"]
    assert total["cost_operating_eur"] / ctx.years == pytest.approx(r.metrics["cost_operating_eur_per_year"])


def test_the_pacts_quorum_decides_the_simulated_votes() -> None:
    """« --set votation_propositionnelle.quorum_pct=40 » : with the default turnout of a
    votation without quorum (≈ 7 %, DEFAULTS.md), no simulated votation adopts any more."""
    from engine.sim.montecarlo import prepare

    free = CACHE.get(inputs("chambery"))
    strict = CACHE.get(prepare(None, None, [("votation_propositionnelle.quorum_pct", 40),
                                            ("votation_abrogatoire.quorum_pct", 40)]))
    votes_free = votes_strict = 0
    CITIZEN_VOTES = ("votation_propositionnelle.", "votation_abrogatoire.")  # noqa: N806
    adopted_free = adopted_strict = 0
    for seed in range(1, 13):
        a, b = simulate(free, seed, 7, keep_log=True), simulate(strict, seed, 7, keep_log=True)
        adopted_free += a.metrics["propositions_adopted"] + a.metrics["abrogations_adopted"]
        adopted_strict += b.metrics["propositions_adopted"] + b.metrics["abrogations_adopted"]
        votes_free += sum(1 for e in a.events or [] if e[1] in ("votation", "vote") and e[3].startswith(CITIZEN_VOTES))
        strict_votes = [e for e in b.events or [] if e[1] in ("votation", "vote") and e[3].startswith(CITIZEN_VOTES)]
        votes_strict += len(strict_votes)
        assert all("quorum" in e[5] and "non atteint" in e[5] for e in strict_votes)
    assert votes_free > 0 and votes_strict > 0
    assert adopted_strict < adopted_free


def _with_pact(pact) -> object:  # noqa: ANN001
    from engine.sim.context import ContextInputs

    base = inputs("chambery")
    return ContextInputs.of(base.scenario, pact, base.assumptions)


def test_a_pact_without_dpc_loads_and_charges_no_dpc() -> None:
    """Seed 002 creates no DPC and promises no vote: no DPC overload, no vote cost, no DPC
    cost; the capacity metrics are « sans objet » and the hours are the mayor's services'."""
    from engine.core.paths import PACTS_DIR
    from engine.io.context import load_pact
    from engine.sim.metrics import metric_labels

    ctx = CACHE.get(_with_pact(load_pact(PACTS_DIR / "collegial-2026.yaml")))
    assert not ctx.has_dpc and ctx.votation_unit_eur == 0 and ctx.fixed_operating_per_year == 0
    for i in range(3):
        r = simulate(ctx, i, 11)
        assert r.violations == []
        assert math.isnan(r.metrics["dpc_utilisation"])
        assert math.isnan(r.metrics["dpc_months_over_capacity"])
        assert r.metrics["polling_days"] == 0 and r.metrics["cost_operating_eur_per_year"] == 0
    assert "services du maire" in metric_labels(False)["dpc_staff_hours"]["label"]
    assert metric_labels(True)["dpc_staff_hours"]["label"].startswith("Heures de travail de la DPC")


def test_without_a_dpc_the_work_of_the_procedures_still_counts() -> None:
    base = inputs("chambery")
    ctx = CACHE.get(_with_pact(base.pact.model_copy(update={"dpc": None})))
    r = simulate(ctx, 0, 3)
    assert r.metrics["dpc_staff_hours"] > 0  # petitions, polls, draws: the mayor's services
    assert math.isnan(r.metrics["dpc_utilisation"])
    with_dpc = simulate(CACHE.get(base), 0, 3)
    assert with_dpc.metrics["dpc_utilisation"] > 0


def test_the_participatory_budget_is_spent_when_the_council_adopts_each_cycle() -> None:
    """Each cycle's envelope (participatory_budget.yearly_envelope) enters the simulated
    investment on the day the council adopts the projects: the same total as the rule."""
    from engine.io.assumptions import load_assumptions
    from engine.io.context import load_context
    from engine.procedures.participatory_budget import mandate_cost
    from engine.sim.context import ContextInputs, build_context

    scen, pact = load_context(pact="tests/fixtures/pacte_participation.yaml")
    ctx = build_context(ContextInputs.of(scen, pact, load_assumptions()))
    assert sum(a for _, a in ctx.participatory_budget_payments) == mandate_cost(pact, scen).value
    assert len(ctx.participatory_budget_payments) == 5
