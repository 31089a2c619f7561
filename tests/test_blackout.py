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


def test_each_cancelled_day_says_where_its_dates_come_from() -> None:
    from engine.procedures.blackout import RENEWAL_ORIGIN_FR, election_dates_origin

    for c in votation_days_cancelled_by_law(PACT, SCEN):
        assert c.origin == election_dates_origin(SCEN, c.period)
    # The presidential campaign comes from the national calendar (the scenario no longer
    # copies it); the renewal window is the one Chambéry's scenario writes itself.
    from engine.io.elections import NATIONAL_CALENDAR_FR

    origins = {c.period: c.origin for c in votation_days_cancelled_by_law(PACT, SCEN)}
    assert origins["Élection présidentielle"] == NATIONAL_CALENDAR_FR
    assert set(origins.values()) == {NATIONAL_CALENDAR_FR,
                                     "scénario « chambery » (bloc « elections: »)"}
    assert election_dates_origin(SCEN, "Période précédant le renouvellement général (LO1112-6)") \
        == RENEWAL_ORIGIN_FR


def test_without_its_own_elections_the_scenario_keeps_the_national_blackouts() -> None:
    """The national calendar alone (a scenario without « elections: ») cancels the same days
    as Chambéry's own copy; the renewal period then comes from the mandate (LO1112-6 1°)."""
    from engine.io.elections import NATIONAL_CALENDAR_FR, national_election_windows
    from engine.procedures.blackout import RENEWAL_ORIGIN_FR

    national = SCEN.model_copy(update={"elections": national_election_windows()})
    bare = SCEN.model_copy(update={"elections": []})
    cancelled = votation_days_cancelled_by_law(PACT, national)
    assert [c.day for c in cancelled] == [c.day for c in votation_days_cancelled_by_law(PACT, SCEN)]
    assert {c.origin for c in cancelled} == {NATIONAL_CALENDAR_FR, RENEWAL_ORIGIN_FR}
    # Without any calendar, the presidential campaign would not cancel anything: the national
    # calendar is what makes the difference.
    assert len(votation_days_cancelled_by_law(PACT, bare)) < len(cancelled)
