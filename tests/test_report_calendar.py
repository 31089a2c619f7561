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


def test_periods_without_vote_are_counted_once() -> None:
    """The national calendar's municipal renewal and LO1112-6's period before the renewal
    are the same months: one period under both names, not two (issue 15, « Calendrier »)."""
    from datetime import timedelta

    from engine.procedures.referendum import blackout_periods, blackout_windows, in_blackout

    periods = blackout_periods(SCEN)
    assert mandate_overview(PACT, SCEN)["Périodes sans scrutin local"] == len(periods)
    windows = [w for w in blackout_windows(SCEN) if w.start < SCEN.mandate.end]
    assert len(periods) == len(windows) - 1  # the two windows before the renewal merge
    last = periods[-1]
    assert len(last.names) == 2 and any("LO1112-6" in n for n in last.names)
    for before, after in zip(periods, periods[1:], strict=False):  # disjoint, in order
        assert (after.start - before.end).days > 1
    day = SCEN.mandate.start  # a day is in a period exactly when the law forbids a vote
    while day < SCEN.mandate.end:
        inside = any(p.start <= day <= p.end for p in periods)
        assert inside == (in_blackout(SCEN, day) is not None), day
        day += timedelta(days=1)
