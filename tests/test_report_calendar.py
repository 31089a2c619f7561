"""engine.report.calendar: one procedure's dated steps, and the mandate at a glance."""

from __future__ import annotations

from datetime import date

import pytest
from _pacts import chambery, with_params, without

from engine.core.errors import InputError
from engine.procedures.rotation import handovers
from engine.report.calendar import mandate_overview, parse_day, procedure_steps

SCEN, PACT = chambery()


def test_the_overview_counts_what_the_pact_schedules() -> None:
    overview = mandate_overview(PACT, SCEN)
    assert overview["Élections d'un nouveau binôme maire"] == len(handovers(PACT, SCEN))
    assert overview["Séances du conseil municipal"] > 0
    assert overview["Mandat"].startswith("du ")
    bare = mandate_overview(without(without(PACT, "rotation"), "citizen_council"), SCEN)
    assert bare["Élections d'un nouveau binôme maire"] == 0
    assert bare["Soirées d'auditions du Conseil Citoyen"] == 0
    assert overview["Comptes rendus publics des conseils de quartier"] == 11
    assert overview["Votes sur la PPI (y compris un second vote)"] == 1
    assert overview["Séminaires de la majorité"] == 0
    strict = with_params(PACT, "ppi", decision_rule="majorite_absolue")
    assert mandate_overview(strict, SCEN)["Votes sur la PPI (y compris un second vote)"] == 2


def test_procedure_steps_and_dates() -> None:
    assert parse_day("2027-01-31") == date(2027, 1, 31)
    with pytest.raises(InputError):
        parse_day("2027-02-30")
    steps = procedure_steps(PACT, SCEN, "petition", date(2027, 1, 4), "loi")
    days = [s["date"] for s in steps["steps"]]
    assert days == sorted(days)
