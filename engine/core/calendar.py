"""Month arithmetic and the mandate's calendar facts.

Months are added with ``relativedelta`` (31 January + 1 month = 28 or 29 February), days
are real days, weekdays are French names, and blackout windows come from the scenario.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


def months_apart(start: date, end: date) -> int:
    """Calendar months from ``start``'s month to ``end``'s month, the day of the month
    ignored (14 March 2026 → 1 September 2026 : 6) ; négatif si ``end`` précède ``start``.
    Built on ``relativedelta`` between the first days of both months."""
    delta = relativedelta(end.replace(day=1), start.replace(day=1))
    return delta.years * 12 + delta.months


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def nth_weekday(year: int, month: int, weekday: str, rank: int) -> date:
    """The ``rank``-th ``weekday`` (French name) of a month; rank 1 to 4 always exists."""
    wd = WEEKDAYS.index(weekday)
    first = date(year, month, 1)
    offset = (wd - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (rank - 1))


def next_weekday_on_or_after(day: date, weekday: str) -> date:
    wd = WEEKDAYS.index(weekday)
    return day + timedelta(days=(wd - day.weekday()) % 7)


def months_between(start: date, end: date) -> Iterator[tuple[int, int]]:
    """(year, month) pairs from ``start``'s month to ``end``'s month, inclusive."""
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def monthly_dates(
    start: date, end: date, weekday: str, ranks: Iterable[int], months: Iterable[int] | None = None
) -> list[date]:
    """Every ``rank``-th ``weekday`` of each month in [start, end] (optionally some months only)."""
    allowed = set(months) if months is not None else None
    out = []
    for y, m in months_between(start, end):
        if allowed is not None and m not in allowed:
            continue
        for rank in ranks:
            d = nth_weekday(y, m, weekday, rank)
            if start <= d <= end:
                out.append(d)
    return sorted(out)


def format_date(day: date) -> str:
    """« 15 octobre 2026 », « 1er novembre 2026 »."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Window:
    """A closed interval of days with a name (an election campaign, a blackout)."""

    name: str
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def first_free_day(day: date, windows: Iterable[Window]) -> date:
    """The first day on or after ``day`` outside every window."""
    windows = sorted(windows, key=lambda w: w.start)
    moved = True
    while moved:
        moved = False
        for w in windows:
            if w.contains(day):
                day = w.end + timedelta(days=1)
                moved = True
    return day


def blackout_at(day: date, windows: Iterable[Window]) -> Window | None:
    for w in windows:
        if w.contains(day):
            return w
    return None
