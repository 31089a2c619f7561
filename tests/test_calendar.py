"""engine.core.calendar: month arithmetic (31 January + 1 month), weekdays, windows."""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import (
    WEEKDAYS,
    Window,
    add_days,
    add_months,
    blackout_at,
    first_free_day,
    format_date,
    monthly_dates,
    months_between,
    next_weekday_on_or_after,
    nth_weekday,
)

FAST = settings(max_examples=80, deadline=None)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


# --- examples ---------------------------------------------------------------------------

def test_31_january_plus_one_month_is_end_of_february() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2100, 1, 31), 1) == date(2100, 2, 28)  # not a leap year
    assert add_months(date(2000, 1, 31), 1) == date(2000, 2, 29)  # a leap year


def test_other_month_ends() -> None:
    assert add_months(date(2027, 3, 31), 1) == date(2027, 4, 30)
    assert add_months(date(2026, 12, 30), 2) == date(2027, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 10, 15), -1) == date(2026, 9, 15)


def test_nth_weekday_examples() -> None:
    assert nth_weekday(2026, 10, "lundi", 4) == date(2026, 10, 26)
    assert nth_weekday(2027, 7, "dimanche", 2) == date(2027, 7, 11)
    assert nth_weekday(2026, 9, "mercredi", 2) == date(2026, 9, 9)


def test_format_date_in_french() -> None:
    assert format_date(date(2026, 10, 15)) == "15 octobre 2026"
    assert format_date(date(2026, 11, 1)) == "1er novembre 2026"
    assert format_date(date(2027, 2, 28)) == "28 février 2027"
    assert format_date(date(2027, 8, 11)) == "11 août 2027"


def test_first_free_day_skips_chained_windows() -> None:
    windows = [Window("a", date(2027, 3, 29), date(2027, 4, 25)),
               Window("b", date(2027, 4, 26), date(2027, 4, 30))]
    assert first_free_day(date(2027, 4, 4), windows) == date(2027, 5, 1)
    assert first_free_day(date(2027, 3, 28), windows) == date(2027, 3, 28)
    assert blackout_at(date(2027, 4, 25), windows) == windows[0]
    assert blackout_at(date(2027, 5, 1), windows) is None


def test_months_between_is_inclusive() -> None:
    assert list(months_between(date(2026, 11, 30), date(2027, 2, 1))) == [
        (2026, 11), (2026, 12), (2027, 1), (2027, 2)]


# --- properties -------------------------------------------------------------------------

@FAST
@given(st.integers(min_value=1583, max_value=9998))
def test_prop_31_january_plus_one_month_is_last_day_of_february(year: int) -> None:
    last = 29 if pycal.isleap(year) else 28
    assert add_months(date(year, 1, 31), 1) == date(year, 2, last)


@FAST
@given(days, st.integers(min_value=-120, max_value=120))
def test_prop_add_months_lands_in_the_right_month_clamped(day: date, months: int) -> None:
    got = add_months(day, months)
    index = day.year * 12 + day.month - 1 + months
    assert (got.year, got.month) == (index // 12, index % 12 + 1)
    assert got.day == min(day.day, pycal.monthrange(got.year, got.month)[1])


@FAST
@given(days, st.integers(min_value=0, max_value=72))
def test_prop_add_months_never_goes_backwards(day: date, months: int) -> None:
    assert add_months(day, months) >= day
    assert add_months(day, months) <= add_months(day, months + 1)


@FAST
@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=12),
       st.sampled_from(WEEKDAYS), st.integers(min_value=1, max_value=4))
def test_prop_nth_weekday(year: int, month: int, weekday: str, rank: int) -> None:
    got = nth_weekday(year, month, weekday, rank)
    assert (got.year, got.month) == (year, month)
    assert got.weekday() == WEEKDAYS.index(weekday)
    assert (got.day - 1) // 7 + 1 == rank


@FAST
@given(days, st.sampled_from(WEEKDAYS))
def test_prop_next_weekday_on_or_after(day: date, weekday: str) -> None:
    got = next_weekday_on_or_after(day, weekday)
    assert day <= got < day + timedelta(days=7)
    assert got.weekday() == WEEKDAYS.index(weekday)


@FAST
@given(days, st.integers(min_value=0, max_value=800), st.sampled_from(WEEKDAYS),
       st.sets(st.integers(min_value=1, max_value=4), min_size=1),
       st.none() | st.sets(st.integers(min_value=1, max_value=12), min_size=1))
def test_prop_monthly_dates(start: date, span: int, weekday: str, ranks: set[int],
                            months: set[int] | None) -> None:
    end = add_days(start, span)
    got = monthly_dates(start, end, weekday, sorted(ranks), months)
    assert got == sorted(set(got))
    for d in got:
        assert start <= d <= end and d.weekday() == WEEKDAYS.index(weekday)
        assert months is None or d.month in months
        assert (d.day - 1) // 7 + 1 in ranks


windows_st = st.lists(
    st.tuples(days, st.integers(min_value=0, max_value=60)).map(
        lambda t: Window("w", t[0], t[0] + timedelta(days=t[1]))), max_size=6)


@FAST
@given(days, windows_st)
def test_prop_first_free_day_is_the_first_day_outside_every_window(day: date, windows: list[Window]) -> None:
    got = first_free_day(day, windows)
    assert got >= day
    assert blackout_at(got, windows) is None
    probe = day
    while probe < got:
        assert blackout_at(probe, windows) is not None, "un jour libre a été sauté"
        probe += timedelta(days=1)


# --- months_apart: the one month difference ----------------------------------------------

def test_months_apart_ignores_the_day_of_the_month() -> None:
    from engine.core.calendar import months_apart

    assert months_apart(date(2026, 3, 14), date(2026, 9, 1)) == 6
    assert months_apart(date(2026, 8, 27), date(2032, 3, 14)) == 67
    assert months_apart(date(2026, 1, 31), date(2026, 1, 1)) == 0
    assert months_apart(date(2027, 2, 1), date(2026, 12, 31)) == -2


@FAST
@given(days, days)
def test_prop_months_apart_is_the_year_month_difference(a: date, b: date) -> None:
    from engine.core.calendar import months_apart

    assert months_apart(a, b) == (b.year - a.year) * 12 + b.month - a.month
    assert add_months(a.replace(day=1), months_apart(a, b)) == b.replace(day=1)
