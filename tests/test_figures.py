"""Figures reported in several places agree, or the note beside them says why (issue 14 § 1):
the calendar's longest audit interval against the simulated one, the letters of one draw
against those of the mandate, the cost table's budgeted votes against the simulated spend."""

from __future__ import annotations

import math

import pytest

from engine.procedures import figures as fig
from engine.procedures.audits import (
    audit_schedule,
    council_start,
    longest_audit_interval,
    scheduled_longest_interval,
)
from engine.procedures.cost_table import cost_table
from engine.procedures.cost_votes import budget_and_rules, budgeted_votations
from engine.procedures.invitations import letters_for
from engine.report import explain
from engine.sim.metrics import BY_NAME, metric_labels
from engine.sim.montecarlo import run_monte_carlo
from tests._pacts import chambery, with_params, without


def test_longest_interval_counts_from_the_start_between_audits_and_to_the_end() -> None:
    assert longest_audit_interval(0, [10, 200, 300], 400) == 190
    assert longest_audit_interval(0, [], 400) == 400
    assert longest_audit_interval(0, [300, 10], 330) == 290  # order does not matter


def test_the_calendar_interval_is_the_period_plus_the_longest_delay_at_most() -> None:
    scenario, pact = chambery()
    longest = scheduled_longest_interval(pact, scenario)
    assert longest is not None
    sched = audit_schedule(pact, scenario)
    start, end = council_start(pact, scenario).toordinal(), scenario.mandate.end.toordinal()
    for p in sched.pairs:
        days = [d.toordinal() for d in sched.audits_of(p.name)]
        assert longest_audit_interval(start, days, end) <= longest.days
    # Chambéry: 26 pairs for 4 slots an evening, every 6 months → some pair waits 6 months
    # plus the longest delay of the calendar (64 days), i.e. 245 days.
    assert longest.max_excess_days == max(g.excess_days for g in sched.gaps)
    assert 6 * 28 + longest.max_excess_days <= longest.days <= 6 * 31 + longest.max_excess_days


@pytest.fixture(scope="module")
def no_missed() -> object:
    scenario, pact = chambery()
    return run_monte_carlo(scenario, pact, runs=4, seed=3, jobs=1, keep_events=0,
                           overrides=[("hypotheses.audition_reportee_pct", 0)])


def test_with_no_missed_audit_the_simulated_interval_is_the_calendars(no_missed) -> None:
    scenario, pact = chambery()
    longest = scheduled_longest_interval(pact, scenario)
    gaps = no_missed.metric("max_audit_gap_days")
    assert list(gaps) == [longest.days] * 4
    assert list(no_missed.metric("audits_missed")) == [0] * 4


def test_with_missed_audits_the_simulated_interval_is_longer_and_the_note_says_why() -> None:
    scenario, pact = chambery()
    result = run_monte_carlo(scenario, pact, runs=4, seed=3, jobs=1, keep_events=0,
                             overrides=[("hypotheses.audition_reportee_pct", 20)])
    longest = scheduled_longest_interval(pact, scenario)
    assert min(result.metric("max_audit_gap_days")) > longest.days
    notes = explain.simulation_notes(pact, scenario, result.summary(), result.inputs.assumptions)
    note = notes["max_audit_gap_days"]
    assert f"{longest.days} jours" in note and "20 % des auditions prévues" in note
    assert "ne sont pas reprogrammées" in note


def test_the_note_says_the_two_agree_when_no_audit_is_missed(no_missed) -> None:
    scenario, pact = chambery()
    notes = explain.simulation_notes(pact, scenario, no_missed.summary(), no_missed.inputs.assumptions)
    assert "les deux coïncident" in notes["max_audit_gap_days"]


def test_letters_of_the_mandate_are_at_least_one_planned_wave_per_draw() -> None:
    """Without conventions (the council alone draws by lot), fixed assumptions: each future
    draws as many times as the council has compositions, and sends at least the letters of
    one planned pool per draw; the bilan's letters per draw are that pool's letters, rounded
    up by quartier."""
    from engine.sortition.summary import council_draw_summary

    scenario, pact = chambery()
    pact = without(pact, "conventions")
    result = run_monte_carlo(scenario, pact, runs=4, seed=5, jobs=1, keep_events=0,
                             overrides=[("hypotheses.incertitude", False)])
    a = result.inputs.assumptions
    seats = pact.citizen_council.members.at()
    first_wave = letters_for(seats * a.volunteers_per_seat.value, a.sortition_acceptance_pct.value)
    summary = council_draw_summary(pact, scenario, seed=1)
    draws = len(summary["councils"])
    assert list(result.metric("sortition_draws")) == [draws] * 4
    assert all(n >= draws * first_wave for n in result.metric("sortition_letters"))
    quartiers = len(scenario.commune.quartiers)
    assert first_wave <= summary["letters_per_draw"] <= first_wave + quartiers
    assert summary["draws"] == draws
    assert summary["letters_of_mandate"] == draws * summary["letters_per_draw"]
    note = explain.letters_note(summary, float(result.metric("sortition_letters").mean()),
                                float(result.metric("sortition_draws").mean()))
    assert f"{draws} tirages sur le mandat" in note and fig.LETTERS_PER_DRAW.label in note


@pytest.mark.parametrize("budgeted, cap", [(None, None), (6, 2)])
def test_the_cost_note_counts_come_from_the_cost_tables_rule(budgeted, cap) -> None:
    scenario, pact = chambery()
    if budgeted is not None:
        pact = with_params(pact, "costs", votations_budgeted_per_year=budgeted)
        pact = with_params(pact, "petition", max_votations_per_year=cap)
    found = budgeted_votations(pact, scenario)
    b = budget_and_rules(pact, scenario)
    assert b.budgeted_per_year == found.count
    assert b.allowed_per_year == pact.petition.max_votations_per_year.at()
    table = cost_table(pact, scenario)
    line = next(li for li in table.as_dict()["operating"]["lines"] if li["id"] == "votations_conventions")
    assert f"{found.count} votations" in line["basis"]
    note = explain.cost_note(b, float(table.operating_total), 2_000_000.0, 3.4)
    assert f"budgète {found.count} votations par an" in note
    assert f"en permettent {b.allowed_per_year} par an" in note
    assert "la simulation en compte 3,4 par an" in note


def test_simulated_figures_carry_the_labels_of_their_named_definitions() -> None:
    labels = metric_labels(True)
    for f in (fig.AUDIT_INTERVAL_SIMULATED, fig.LETTERS_OVER_MANDATE, fig.COST_SIMULATED,
              fig.VOTATION_DAYS_SIMULATED, fig.SUSPENDED_DAYS_SIMULATED):
        assert labels[f.name]["label"] == f.label and BY_NAME[f.name].unit == f.unit
    names = [f.label for f in fig.FIGURES]
    assert len(set(names)) == len(names)  # two figures, two names


def test_counts_print_as_whole_numbers_and_shares_as_percentages() -> None:
    from engine.render.text import _fmt_metric, metric_value

    assert metric_value(0.794, "part") == "79,4 %"
    assert _fmt_metric({"mean": 4.29, "p5": 0.0, "p95": 13.05}, "pétitions", integer=True) == \
        "4,3 en moyenne (90 % des futurs entre 0 et 13)"
    assert not math.isnan(float(metric_value(12.0, "jours").replace("\u202f", "")))


def test_the_bilan_prints_each_note_beside_both_figures() -> None:
    """JSON and text say the same: the calendar's interval in the audits section and under
    the simulated one, the letters note under the draw and under the mandate's letters, the
    cost note in the costs section and under the simulated cost."""
    from engine.render.text import render_text
    from engine.report.bilan import build_report

    scenario, pact = chambery()
    data = build_report(pact, scenario, runs=4, seed=1)
    notes = data["notes"]
    audits = data["calendar"]["audits"]
    assert audits["longest_interval_days"] == scheduled_longest_interval(pact, scenario).days
    assert f"{audits['longest_interval_days']} jours" in notes["audits"]
    assert f"{data['calendar']['votation_days']['loi']} jours en respectant la loi" in notes["votation_days"]
    example = data["abrogation_example"]["loi"]["suspended_days_if_vote"]
    assert f"dure {example} jours" in notes["suspended"]
    text = render_text(data)
    for key in ("audits", "letters", "costs", "votation_days", "suspended"):
        assert text.count(notes[key]) >= 1, key
    assert text.count(notes["costs"]) == 2 and text.count(notes["letters"]) == 2
    assert audits["note"] in text


def test_the_dashboard_explains_the_simulated_gap_and_cost_beside_them() -> None:
    """Simulation page: under the cards, the calendar's interval and the missed audits; under
    the cost chart, the budgeted votes against the rules. Pacte page: beside the percentage,
    which figure of the petition applies."""
    from dashboard_support import app, texts

    at = app(page="simulation")
    at.number_input(key="sim_runs").set_value(4).run()
    at.button(key="sim_run").click().run()
    assert not at.exception
    captions = " ".join(texts(at.caption))
    assert "selon le calendrier (aucune audition manquée) : 245 jours" in captions
    assert "Le tableau budgète 12 votations par an" in captions
    pacte = app({"set": ["votation_propositionnelle.seuil_pct=2"]}, page="pacte")
    assert not pacte.exception
    infos = " ".join(texts(pacte.info))
    assert "Avec 2 %, le plancher de 1\u202f000 signatures s'applique" in infos
