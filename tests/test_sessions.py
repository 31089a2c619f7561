"""engine.procedures.sessions: council sessions and bureau meetings other procedures wait for."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from _pacts import chambery, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.io.context import load_context
from engine.procedures.sessions import (
    bureau_meeting_ranks,
    bureau_meetings,
    council_citation,
    council_sessions,
    majority_seminars,
    next_after,
    next_council,
    next_on_or_after,
    quartier_reports,
    sessions_in_calendar_per_year,
)

FAST = settings(max_examples=60, deadline=None)
SCEN, PACT = chambery()
SESSIONS = council_sessions(PACT, SCEN)


@pytest.mark.parametrize(("after", "session"), [
    (date(2026, 10, 15), date(2026, 10, 26)), (date(2026, 10, 26), date(2026, 11, 23)),
    (date(2026, 12, 31), date(2027, 1, 25)), (date(2028, 2, 28), date(2028, 3, 27))])
def test_next_council(after: date, session: date) -> None:
    assert next_council(PACT, SCEN, after) == session


def test_sessions_are_fourth_mondays_and_bureaus_first_and_third_tuesdays() -> None:
    assert all(d.weekday() == 0 and 22 <= d.day <= 28 for d in SESSIONS)
    meetings = bureau_meetings(PACT, SCEN)
    assert all(d.weekday() == 1 and (d.day - 1) // 7 + 1 in (1, 3) for d in meetings)
    assert bureau_meetings(without(PACT, "bureau"), SCEN) == []


def test_without_council_clause_the_law_gives_one_session_a_quarter() -> None:
    pact = without(PACT, "council")
    assert {d.month for d in council_sessions(pact, SCEN)} == {1, 4, 7, 10}
    assert council_citation(pact).legal_basis == ("L2121-7",)


def test_far_past_the_mandate_the_sessions_continue_their_pattern() -> None:
    """A 72-month collection reaches past the sessions generated for the mandate: the next
    session follows the same pattern (a date the callers find after the renewal)."""
    day = next_council(PACT, SCEN, date(2040, 1, 1))
    assert date(2040, 1, 1) < day <= date(2041, 1, 31)
    c = PACT.council
    assert day.month in c.session_months.at()
    assert day.weekday() == SESSIONS[0].weekday()
    assert (day.day - 1) // 7 + 1 == c.session_rank.at()


def test_next_helpers() -> None:
    days = [date(2026, 1, 1), date(2026, 2, 1)]
    assert next_on_or_after(days, date(2026, 1, 1)) == date(2026, 1, 1)
    assert next_after(days, date(2026, 1, 1)) == date(2026, 2, 1)
    assert next_after(days, date(2026, 2, 1)) is None


@FAST
@given(st.dates(min_value=SCEN.mandate.start, max_value=SCEN.mandate.end))
def test_prop_next_council_is_the_first_session_strictly_after(day: date) -> None:
    got = next_council(PACT, SCEN, day)
    assert got > day and got in SESSIONS
    assert not [d for d in SESSIONS if day < d < got]


def test_first_council_session_is_the_first_after_the_installation() -> None:
    from engine.procedures.sessions import first_council_session

    first = first_council_session(PACT, SCEN)
    assert first is not None and first > SCEN.mandate.start
    assert first == next_after(council_sessions(PACT, SCEN), SCEN.mandate.start)


def test_bureau_meets_as_often_as_the_pact_says() -> None:
    """« se réunit deux fois par mois » : the meetings per month choose the ranks."""
    bureau = PACT.bureau
    assert bureau is not None
    assert bureau_meeting_ranks(bureau) == [1, 3]
    once = with_params(PACT, "bureau", meetings_per_month=1)
    assert bureau_meeting_ranks(once.bureau) == [1]
    thrice = with_params(PACT, "bureau", meetings_per_month=3)
    assert bureau_meeting_ranks(thrice.bureau) == [1, 2, 3]
    weekly = with_params(PACT, "bureau", meetings_per_month=8)
    assert bureau_meeting_ranks(weekly.bureau) == [1, 2, 3, 4]  # a weekday recurs 4 times a month
    per_month = Counter((d.year, d.month) for d in bureau_meetings(thrice, SCEN))
    assert set(list(per_month.values())[1:-1]) == {3}  # every whole month of the mandate


def test_sessions_in_the_calendar_count_the_listed_months() -> None:
    assert PACT.council is not None
    assert sessions_in_calendar_per_year(PACT.council) == 12
    quarterly = with_params(PACT, "council", session_months=[1, 4, 7, 10])
    assert sessions_in_calendar_per_year(quarterly.council) == 4


def test_quartier_reports_every_six_months_within_the_mandate() -> None:
    reports = quartier_reports(PACT, SCEN)
    assert reports[:2] == [date(2026, 9, 27), date(2027, 3, 27)]
    assert len(reports) == 11 and reports[-1] < SCEN.mandate.end
    yearly = with_params(PACT, "quartier_councils", report_months=12)
    assert len(quartier_reports(yearly, SCEN)) == 5
    assert quartier_reports(without(PACT, "quartier_councils"), SCEN) == []


def test_majority_seminars_from_the_start_then_every_n_months() -> None:
    scen, collegial = load_context("chambery", "collegial-2026")
    seminars = majority_seminars(collegial, scen)
    assert seminars[:2] == [scen.mandate.start, date(2026, 9, 27)] and len(seminars) == 12
    assert majority_seminars(PACT, SCEN) == []
