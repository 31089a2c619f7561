"""engine.procedures.blackout: the votation days of the pact's grid the law cancels."""

from __future__ import annotations

from _pacts import chambery

from engine.procedures.blackout import votation_days_cancelled_by_law
from engine.procedures.petition import votation_grid
from engine.procedures.referendum import in_blackout

SCEN, PACT = chambery()


def test_cancelled_days_are_the_pact_days_missing_under_the_law() -> None:
    cancelled = votation_days_cancelled_by_law(PACT, SCEN)
    pact_days = {v.day for v in votation_grid(PACT, SCEN, "pacte")}
    law_days = {v.day for v in votation_grid(PACT, SCEN, "loi")}
    assert {c.day for c in cancelled} == pact_days - law_days
    assert cancelled, "la grille de Chambéry croise des périodes interdites"
    for c in cancelled:
        window = in_blackout(SCEN, c.day)
        assert window is not None and c.period == window.name
