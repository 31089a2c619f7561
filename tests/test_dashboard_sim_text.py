"""The Simulation page's sentences (dashboard/sim_text.py): conclusions, chart titles and
figures in French formats — counts whole, shares as percentages, assumptions answered."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard import sim_text, sim_view
from dashboard.sim_view import SimSummary
from engine.sim.state import SERIES


def _summary(metrics: dict[str, dict[str, float]], units: dict[str, str]) -> SimSummary:
    months = [f"2027-{m:02d}" for m in range(1, 13)]
    monthly = np.zeros((4, len(SERIES), len(months)))
    return SimSummary(runs=4, seed=2026, regime="loi", metrics=metrics,
                      labels={k: {"label": k, "unit": u} for k, u in units.items()},
                      per_run={}, series=list(SERIES), months=months,
                      monthly=monthly, assumptions={}, violations=0)


def test_counts_are_whole_and_shares_are_percentages() -> None:
    assert sim_text.figure(0.95, "consultations", "revocation_consultations") == "1"
    assert sim_text.figure(0.7941, "part", "audit_coverage") == "79,4 %"
    assert sim_text.figure(0.463, "ratio", "dpc_utilisation") == "46,3 %"
    assert sim_text.figure(150.8, "jours", "petition_to_vote_days") == "151"
    assert sim_text.figure(None, "jours") == "—"


def test_conclusions_answer_cost_and_holding_with_figures() -> None:
    s = _summary({"cost_operating_eur_per_year": {"p5": 1_900_000.4, "p50": 2_000_000.0,
                                                  "p95": 2_100_000.0},
                  "dpc_utilisation": {"p5": 0.9, "p50": 1.2, "p95": 1.4},
                  "dpc_months_over_capacity": {"p5": 3.0, "p50": 7.0, "p95": 9.0},
                  "audit_coverage": {"p5": 0.7, "p50": 0.794, "p95": 0.9},
                  "max_audit_gap_days": {"p5": 300.0, "p50": 400.2, "p95": 500.0}},
                 {"cost_operating_eur_per_year": "€/an", "dpc_utilisation": "ratio",
                  "dpc_months_over_capacity": "mois", "audit_coverage": "part",
                  "max_audit_gap_days": "jours"})
    cost, dpc, audits = sim_text.conclusions(s, 100_000_000.0,
                                             {"operating": {"total_eur": 2_519_484}})
    assert cost == ("Sur 4 futurs simulés, le pacte coûte 2\u202f000\u202f000 € de fonctionnement "
                    "par an en médiane (de 1\u202f900\u202f000 € à 2\u202f100\u202f000 €), soit "
                    "2,0 % des dépenses de fonctionnement de la commune ; le tableau des coûts "
                    "du pacte en budgète 2,5 M€.")
    assert dpc.startswith("La Direction du Pouvoir Citoyen ne tient pas : sa charge atteint "
                          "120,0 % de ses heures disponibles")
    assert "7 mois sur 12" in dpc
    assert audits == ("Les auditions ne suivent pas : 79,4 % seulement des auditions requises "
                      "ont lieu (médiane), et un binôme peut attendre 400 jours entre deux "
                      "auditions.")


def test_chart_titles_state_the_peak() -> None:
    s = _summary({}, {})
    s.monthly[:, s.series.index("elected_hours"), 2] = 42.4
    peak = sim_view.peak(s.months, sim_view.monthly_median(s, "elected_hours"))
    assert sim_text.peak_title(s, "elected_hours", peak) == (
        "Le pic de charge des élu·es atteint 42 h en mars 2027 (médiane des futurs simulés)")
    # suspended days become the deliberations suspended on an average day of the month
    s.monthly[:, s.series.index("execution_suspended_days"), 1] = 56  # February 2027: 28 days
    per_day = sim_view.suspended_deliberations(s)
    assert per_day[0, 1] == pytest.approx(2.0)
    assert sim_text.suspended_title(sim_view.peak(s.months, list(per_day[0]))).startswith(
        "Jusqu'à 2,0 délibérations en moyenne ont leur exécution suspendue au même moment, en "
        "février 2027")


@pytest.mark.parametrize(("value", "unit", "question", "said"), [
    (6.0, "pourcent", "Sur 100 électeur·rices inscrit·es, combien votent ?", "6 sur 100"),
    (0.86, "pourcent", "Quelle part signe ?", "0,86 %"),
    (0.5, "heures", "Combien de temps pour voter ?", "30 min"),
    (1.7, "heures", "Combien de temps pour 100 signatures ?", "1 h 42"),
    (1607.0, "heures", "Combien d'heures par an ?", "1\u202f607 h"),
    (1.0, "par_an", "Combien de pétitions par an ?", "1 par an"),
    (40000.0, "euros", "Combien coûte un projet ?", "40\u202f000 €"),
    (4.0, "mois", "Combien de temps dure une convention ?", "4 mois"),
])
def test_assumption_answers_in_everyday_units(value: float, unit: str, question: str,
                                              said: str) -> None:
    assert sim_text.answer(value, unit, question) == said


def test_every_default_assumption_is_a_question_with_an_everyday_answer() -> None:
    from engine.io.assumptions import load_assumptions

    items = load_assumptions().items()
    assert len(items) > 50
    for _key, _name, item in items:
        assert "?" in item.question and item.question != item.description
        assert "log-normale" not in item.question and "Poisson" not in item.question
        assert sim_text.answer(item.value, item.unit, item.question)


def test_a_question_must_be_asked() -> None:
    from engine.core.errors import InputError
    from engine.io.assumptions import load_assumptions

    with pytest.raises(InputError, match="point d'interrogation"):
        load_assumptions({"participation_votation_pct": {"question": "Participation."}})


def test_small_and_zero_costs_read_as_such() -> None:
    from dashboard import money

    assert sim_text.share(0.0) == "0 %" and sim_text.share(0.01) == "moins de 0,1 %"
    assert sim_text.cost_title([0.0, 0.0], 0.0) == (
        "Le pacte ne coûte rien en fonctionnement, année après année")
    assert money.cost_headline({"operating": {"total_eur": 0}, "per_inhabitant_eur": 0}) == (
        "Le pacte ne coûte rien en fonctionnement à la commune")
    assert money.cost_headline({"operating": {"total_eur": 15_000},
                                "per_inhabitant_eur": 0.16}) == (
        "Le pacte coûte 15 k€ par an, soit 0,2 € par habitant")
