"""engine.procedures.referendum: LO1112-7 outcome, the promise, lawful polling days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from _pacts import chambery, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import add_days, add_months
from engine.procedures.referendum import (
    blackout_windows,
    earliest_lawful_vote,
    in_blackout,
    referendum_outcome,
    renewal_blackout,
)

FAST = settings(max_examples=80, deadline=None)
SCEN, PACT = chambery()
in_mandate = st.dates(min_value=SCEN.mandate.start, max_value=date(2031, 6, 30))


@st.composite
def ballots(draw):
    electors = draw(st.integers(min_value=1, max_value=200_000))
    cast = draw(st.integers(min_value=0, max_value=electors))
    yes = draw(st.integers(min_value=0, max_value=cast))
    return electors, cast, yes


# --- examples ---------------------------------------------------------------------------

@pytest.mark.parametrize(("cast", "yes", "adopted"), [
    (17379, 8690, True), (17379, 8689, False), (17378, 17378, False), (0, 0, False)])
def test_lo1112_7_boundaries_at_chambery(cast: int, yes: int, adopted: bool) -> None:
    assert referendum_outcome(PACT, 34757, cast, yes).value.adopted is adopted


def test_the_promise_is_a_separate_visible_fact() -> None:
    d = referendum_outcome(PACT, 34757, 12000, 9000)
    assert not d.value.adopted and not d.value.turnout_met
    assert d.value.majority_for_yes and d.value.promise_to_follow
    assert "suivre ce oui malgré tout" in d.explanation
    assert any(c.clause == "referendum_municipal.suivre_sans_quorum" for c in d.trace)
    assert any(c.legal_basis == ("LO1112-7",) for c in d.trace)


def test_without_the_promise() -> None:
    pact = with_params(PACT, "referendum", follow_without_quorum=False)
    d = referendum_outcome(pact, 34757, 12000, 9000)
    assert not d.value.promise_to_follow and "malgré tout" not in d.explanation


def test_pact_without_referendum_clause_uses_the_law() -> None:
    d = referendum_outcome(without(PACT, "referendum"), 1000, 500, 251)
    assert d.value.adopted and not d.value.promise_to_follow


@pytest.mark.parametrize(("electors", "cast", "yes"), [(0, 0, 0), (10, 11, 1), (10, 5, 6), (10, -1, 0)])
def test_inconsistent_figures_are_refused(electors: int, cast: int, yes: int) -> None:
    with pytest.raises(ValueError):
        referendum_outcome(PACT, electors, cast, yes)


@pytest.mark.parametrize(("deliberation", "vote"), [
    (date(2026, 10, 15), date(2026, 12, 27)),
    (date(2027, 1, 25), date(2027, 5, 2)),
    (date(2027, 3, 22), date(2027, 5, 30)),
    (date(2027, 3, 23), date(2027, 6, 27)),
])
def test_earliest_lawful_vote_examples(deliberation: date, vote: date) -> None:
    assert earliest_lawful_vote(SCEN, deliberation).value == vote


def test_renewal_blackout_starts_on_the_first_day_of_the_sixth_month_before() -> None:
    w = renewal_blackout(SCEN)
    assert (w.start, w.end) == (date(2031, 9, 1), date(2032, 3, 14))
    assert in_blackout(SCEN, date(2031, 8, 31)) is None
    assert in_blackout(SCEN, date(2031, 9, 1)) is not None
    assert in_blackout(SCEN, date(2028, 2, 29)) is not None  # leap day, regional elections


# --- properties -------------------------------------------------------------------------

@FAST
@given(ballots())
def test_prop_adopted_iff_half_the_electors_vote_and_yes_exceeds_half(b: tuple[int, int, int]) -> None:
    electors, cast, yes = b
    r = referendum_outcome(PACT, electors, cast, yes).value
    assert r.adopted == (2 * cast >= electors and 2 * yes > cast)
    assert r.turnout_met == (2 * cast >= electors)
    assert r.majority_for_yes == r.majority_met == (2 * yes > cast)
    assert r.promise_to_follow is True  # the pact's promise, whatever the result


@FAST
@given(ballots())
def test_prop_a_tie_is_never_adopted(b: tuple[int, int, int]) -> None:
    electors, cast, _ = b
    if cast % 2 == 0:
        assert not referendum_outcome(PACT, electors, cast, cast // 2).value.adopted


@FAST
@given(in_mandate, st.sampled_from(["dimanche", "samedi", "mercredi"]))
def test_prop_earliest_lawful_vote(deliberation: date, weekday: str) -> None:
    got = earliest_lawful_vote(SCEN, deliberation, weekday).value
    floor = add_months(add_days(deliberation, 8), 2)
    assert got >= floor
    assert got.weekday() == ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                             "dimanche"].index(weekday)
    assert in_blackout(SCEN, got) is None
    # The earliest: no such weekday between the floor and the result is outside every window.
    probe = floor
    while probe < got:
        if probe.weekday() == got.weekday():
            assert in_blackout(SCEN, probe) is not None
        probe += timedelta(days=1)


def test_blackouts_cover_every_election_window() -> None:
    names = {w.name for w in blackout_windows(SCEN)}
    assert {e.name for e in SCEN.elections} <= names


@FAST
@given(in_mandate)
def test_prop_blackout_periods_are_disjoint_and_hold_every_forbidden_day(day: date) -> None:
    """Each period is counted once (no two touch or overlap), and a day of the mandate lies in
    a period exactly when the law forbids a local vote on it."""
    from engine.procedures.referendum import blackout_periods

    periods = blackout_periods(SCEN)
    assert all((b.start - a.end).days > 1 for a, b in zip(periods, periods[1:], strict=False))
    assert all(SCEN.mandate.start <= p.start <= p.end <= SCEN.mandate.end for p in periods)
    assert any(p.start <= day <= p.end for p in periods) == (in_blackout(SCEN, day) is not None)


def test_windows_that_touch_make_one_period_under_both_names() -> None:
    from engine.procedures.referendum import blackout_periods

    last = blackout_periods(SCEN)[-1]
    assert renewal_blackout(SCEN).name in last.names and len(last.names) == 2
    assert last.end == SCEN.mandate.end
