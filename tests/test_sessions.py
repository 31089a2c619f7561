"""engine.procedures.sessions: council sessions and bureau meetings other procedures wait for."""

from __future__ import annotations

from datetime import date

import pytest
from _pacts import chambery, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.procedures.sessions import (
    bureau_meetings,
    council_citation,
    council_sessions,
    next_after,
    next_council,
    next_on_or_after,
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
