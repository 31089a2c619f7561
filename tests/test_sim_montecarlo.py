"""Monte Carlo: identical results whatever the workers or chunks; the summary's schema."""

from __future__ import annotations

import json

from engine.sim.executors import InlineExecutor, LocalExecutor
from engine.sim.metrics import METRIC_NAMES
from engine.sim.montecarlo import chunks, run_monte_carlo, start_monte_carlo
from tests.sim_scenarios import inputs

REQUIRED = ("cost_operating_eur_per_year", "cost_investment_eur_per_year",
            "cost_per_inhabitant_eur_per_year", "petitions_started", "petitions_admissible",
            "votation_days", "propositions_adopted", "petition_to_vote_days", "abrogation_requests",
            "abrogations_voted", "abrogations_adopted", "execution_suspended_days", "audits_done",
            "audit_coverage", "max_audit_gap_days", "revocation_consultations", "rotations",
            "cc_renewals", "sortition_letters", "conventions", "quartier_budget_spent_eur",
            "elected_hours", "dpc_staff_hours", "dpc_utilisation", "cc_member_hours",
            "citizen_hours", "votes_in_blackout")


def dumped(result) -> str:
    return json.dumps(result.as_json(), sort_keys=True)


def test_one_worker_and_two_workers_give_identical_results() -> None:
    inp = inputs("chambery")
    one = run_monte_carlo(inp, runs=12, seed=11, executor=InlineExecutor())
    with LocalExecutor(2) as pool:
        two = run_monte_carlo(inp, runs=12, seed=11, executor=pool)
    assert dumped(one) == dumped(two)
    assert (one.monthly == two.monthly).all() and (one.metrics == two.metrics)[~(one.metrics != one.metrics)].all()
    assert one.events.keys() == two.events.keys() and one.events == two.events


def test_a_monte_carlo_started_early_gives_the_same_result() -> None:
    """`pacte bilan` queues the runs first and computes its other sections meanwhile: the
    result is the one of a plain run, whether the runs are in this process or two workers."""
    inp = inputs("chambery")
    plain = dumped(run_monte_carlo(inp, runs=10, seed=5, jobs=1))
    inline = start_monte_carlo(inp, runs=10, seed=5, jobs=1)
    pooled = start_monte_carlo(inp, runs=10, seed=5, jobs=2)
    assert dumped(pooled.result()) == plain
    assert dumped(inline.result()) == plain


def test_chunking_does_not_change_results() -> None:
    inp = inputs("chambery")
    a = run_monte_carlo(inp, runs=9, seed=3, chunk_size=2)
    b = run_monte_carlo(inp, runs=9, seed=3, chunk_size=9)
    assert dumped(a) == dumped(b)


def test_a_different_seed_changes_results() -> None:
    inp = inputs("chambery")
    assert dumped(run_monte_carlo(inp, runs=4, seed=1)) != dumped(run_monte_carlo(inp, runs=4, seed=2))


def test_summary_schema_and_percentile_order() -> None:
    r = run_monte_carlo(inputs("chambery"), runs=10, seed=5)
    data = r.as_json()
    assert {"scenario", "runs", "seed", "metrics", "assumptions"} <= set(data)
    assert data["runs"] == 10 and data["seed"] == 5 and data["scenario"] == "chambery"
    assert set(REQUIRED) <= set(data["metrics"]) == set(METRIC_NAMES)
    for name, s in data["metrics"].items():
        assert {"mean", "p5", "p50", "p95"} <= set(s), name
        if s["n"]:
            assert s["p5"] <= s["p50"] <= s["p95"], name
    assert data["assumptions"]["taux_acceptation_tirage_pct"]["source"].startswith("DEFAULTS.md")
    monthly = r.monthly_summary()
    assert len(monthly["months"]) == 73 and len(monthly["dpc_staff_hours"]["mean"]) == 73


def test_only_the_first_runs_keep_their_log() -> None:
    r = run_monte_carlo(inputs("chambery"), runs=5, seed=5, keep_events=2)
    assert sorted(r.events) == [0, 1]


def test_chunks_cover_every_run_once() -> None:
    for runs in (1, 7, 100, 1000):
        for workers in (1, 2, 8):
            flat = [i for c in chunks(runs, workers) for i in c]
            assert flat == list(range(runs))
