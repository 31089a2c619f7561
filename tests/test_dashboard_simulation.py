"""Page « Simulation » : coûts, Monte Carlo, hypothèses modifiables."""

from __future__ import annotations

from dashboard_support import app, query_sets, texts


def test_cost_headline_states_the_conclusion_and_follows_edits() -> None:
    at = app(page="simulation")
    assert texts(at.subheader)[0] == "Le pacte coûte 2,5 M€ par an, soit 42 € par habitant"
    fewer = app({"set": ["commissions.participants_par_commission=5"]}, page="simulation")
    assert texts(fewer.subheader)[0] != texts(at.subheader)[0]


def test_run_a_short_simulation_then_edit_an_assumption() -> None:
    at = app(page="simulation")
    at.number_input(key="sim_runs").set_value(8).run()
    assert not at.get("plotly_chart")  # nothing before the run
    at.button(key="sim_run").click().run()
    assert not at.exception
    cards = " ".join(texts(at.markdown))
    assert "avant son vote (médiane)" in cards and "des auditions requises ont lieu" in cards
    assert len(at.get("plotly_chart")) >= 3
    # same inputs again: the result comes from the cache, no new run needed
    at.run()
    assert "avant son vote (médiane)" in " ".join(texts(at.markdown))
    # an assumption edit enters the link and asks for a new run
    key = "w:hypotheses.participation_votation_pct"
    at.number_input(key=key).set_value(20.0).run()
    assert "hypotheses.participation_votation_pct=20" in query_sets(at)
    assert any("Lancez la simulation" in i for i in texts(at.info))
    at.number_input(key=key).set_value(-5.0).run()
    assert any("hypotheses" in e for e in texts(at.error))
