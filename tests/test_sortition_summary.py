"""The draw in a few figures for the bilan."""

from __future__ import annotations

from engine.sortition.summary import council_draw_summary
from tests.tirage_helpers import context


def test_summary_uses_the_simulation_assumptions():
    scenario, pact = context()
    data = council_draw_summary(pact, scenario)
    assert data["seats"] == 30 and data["pool"] == 90  # 3 volunteers a seat (defaut.yaml)
    assert data["letters_per_draw"] == 3000  # 90 / 3 %
    assert [c["start"] for c in data["councils"]] == ["2026-08-27", "2028-09-27", "2030-10-27"]
    assert 0 <= data["feasibility_probability"] <= 1
