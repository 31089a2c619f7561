"""engine.procedures.audits: audit evenings, gaps, renewals, panel quotas."""

from __future__ import annotations

from datetime import date

import pytest
from _pacts import chambery, param, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import add_months
from engine.core.errors import InputError
from engine.procedures.audits import (
    STAFF_PAIR,
    Member,
    audit_capacity,
    audit_meetings,
    audit_schedule,
    audited_pairs,
    check_panel,
    council_start,
    renewals,
    work_meetings,
)

FAST = settings(max_examples=40, deadline=None)
SCEN, PACT = chambery()
QUARTIERS = [q.name for q in SCEN.commune.quartiers]


def panel(women: int, men: int) -> list[Member]:
    return [m for q in QUARTIERS for m in [Member(q, "femme")] * women + [Member(q, "homme")] * men]


# --- examples ---------------------------------------------------------------------------

def test_schedule_over_the_mandate() -> None:
    sched = audit_schedule(PACT, SCEN)
    assert council_start(PACT, SCEN) == date(2026, 8, 27)
    assert len(sched.pairs) == 26 and sched.pairs[-1].name == STAFF_PAIR
    assert sched.meetings[0].day == date(2026, 9, 9)
    assert sched.meetings[-1].day == date(2032, 3, 10)
    assert len(sched.meetings) == 62
    assert all(len(m.pairs) == 4 for m in sched.meetings)
    assert not sched.never_audited


def test_the_seed_arithmetic_leaves_gaps() -> None:
    sched = audit_schedule(PACT, SCEN)
    bissy = [g for g in sched.gaps if g.pair == "Quartier Bissy"]
    assert bissy[0].previous == date(2027, 1, 13)
    assert bissy[0].following == date(2027, 9, 8)
    assert bissy[0].due == date(2027, 7, 13)
    assert bissy[0].excess_days == 57
    capacity = audit_capacity(PACT, SCEN).value
    assert capacity["slots"] == 62 * 4 and capacity["slots"] < capacity["required"]


def test_six_audits_per_evening_leave_no_gap() -> None:
    assert audit_schedule(with_params(PACT, "citizen_council", audits_per_meeting=6), SCEN).gaps == []


def test_dated_months_without_meeting_follow_the_value_in_force() -> None:
    cc = PACT.citizen_council
    dated = param(cc.months_without_meeting, values={date(2026, 3, 27): [], date(2029, 1, 1): [8]})
    pact = PACT.model_copy(update={"citizen_council": cc.model_copy(update={"months_without_meeting": dated})})
    august = [d for d in audit_meetings(pact, SCEN) if d.month == 8]
    assert august == [date(2027, 8, 11), date(2028, 8, 9)]


def test_work_meetings_are_first_saturdays_except_august() -> None:
    days = work_meetings(PACT, SCEN)
    assert days[0] == date(2026, 9, 5) and len(days) == 62
    assert all(d.weekday() == 5 and d.day <= 7 and d.month != 8 for d in days)


def test_renewals_every_25_months() -> None:
    assert renewals(PACT, SCEN) == [date(2028, 9, 27), date(2030, 10, 27)]


def test_pairs_without_staff_audit_or_pairs_clause() -> None:
    assert len(audited_pairs(without(PACT, "staff_audit"))) == 25
    assert [p.name for p in audited_pairs(without(PACT, "pairs"))] == [STAFF_PAIR]


def test_pact_without_citizen_council() -> None:
    with pytest.raises(InputError):
        audit_schedule(without(PACT, "citizen_council"), SCEN)


@pytest.mark.parametrize(("members", "ok"), [
    (panel(3, 2), True), (panel(5, 0), True), (panel(2, 3), False),
    (panel(3, 3), False), (panel(2, 2), False)])
def test_panel_quotas(members: list[Member], ok: bool) -> None:
    assert check_panel(PACT, SCEN, members).value is ok


def mixed(women_per_quartier: list[int]) -> list[Member]:
    return [Member(q, g) for q, w in zip(QUARTIERS, women_per_quartier, strict=True)
            for g in ["femme"] * w + ["homme"] * (5 - w)]


def test_panel_exactly_half_women_and_one_less() -> None:
    assert check_panel(PACT, SCEN, mixed([3, 3, 3, 2, 2, 2])).value is True  # 15 of 30
    d = check_panel(PACT, SCEN, mixed([3, 3, 2, 2, 2, 2]))  # 14 of 30
    assert d.value is False and "14 femmes sur 30" in d.explanation


def test_panel_unknown_quartier() -> None:
    members = panel(3, 2)[:-5] + [Member("Mérande", "femme")] * 5
    d = check_panel(PACT, SCEN, members)
    assert not d.value and "quartiers inconnus : Mérande" in d.explanation


# --- properties -------------------------------------------------------------------------

@FAST
@given(st.integers(min_value=1, max_value=8),
       st.sets(st.integers(min_value=1, max_value=12), max_size=4),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_prop_meetings_are_capped_and_skip_the_months_off(per_meeting: int, off: set[int],
                                                          period: int, first_month: int) -> None:
    pact = with_params(PACT, "citizen_council", audits_per_meeting=per_meeting,
                       months_without_meeting=sorted(off), audit_period_months=period,
                       first_audit_month=first_month)
    sched = audit_schedule(pact, SCEN)
    days = [m.day for m in sched.meetings]
    assert days == sorted(set(days))
    start = council_start(pact, SCEN)
    for m in sched.meetings:
        assert len(m.pairs) <= per_meeting
        assert len(set(m.pairs)) == len(m.pairs)
        assert m.day.month not in off
        assert start <= m.day < SCEN.mandate.end
    for g in sched.gaps:
        assert g.excess_days > 0
        assert g.due == add_months(g.previous, period if g.pair != STAFF_PAIR else 6)


@FAST
@given(st.integers(min_value=1, max_value=8))
def test_prop_never_more_than_4_audits_a_meeting_and_none_in_august(per_meeting: int) -> None:
    sched = audit_schedule(with_params(PACT, "citizen_council", audits_per_meeting=min(per_meeting, 4)), SCEN)
    assert all(len(m.pairs) <= 4 for m in sched.meetings)
    assert all(m.day.month != 8 for m in sched.meetings)


@FAST
@given(st.integers(min_value=1, max_value=12))
def test_prop_gaps_are_exactly_the_late_audits(period: int) -> None:
    pact = with_params(PACT, "citizen_council", audit_period_months=period)
    sched = audit_schedule(pact, SCEN)
    reported = {(g.pair, g.previous, g.following) for g in sched.gaps}
    for p in sched.pairs:
        days = sched.audits_of(p.name)
        for prev, nxt in zip(days, days[1:] + [None], strict=True):
            limit = add_months(prev, p.period_months)
            stop = nxt if nxt is not None else SCEN.mandate.end
            late = (stop.year, stop.month) > (limit.year, limit.month)
            assert late == ((p.name, prev, nxt) in reported)


@FAST
@given(st.integers(min_value=1, max_value=72))
def test_prop_renewals_are_regular_and_inside_the_mandate(months: int) -> None:
    pact = with_params(PACT, "citizen_council", renewal_months=months)
    days = renewals(pact, SCEN)
    start = council_start(pact, SCEN)
    assert days == [add_months(start, k * months) for k in range(1, len(days) + 1)]
    assert all(d < SCEN.mandate.end for d in days)
    assert add_months(start, (len(days) + 1) * months) >= SCEN.mandate.end


@FAST
@given(st.lists(st.tuples(st.sampled_from(QUARTIERS + ["Ailleurs"]), st.sampled_from(["femme", "homme"])),
                max_size=40))
def test_prop_panel_check_matches_the_quotas(people: list[tuple[str, str]]) -> None:
    members = [Member(q, g) for q, g in people]
    ok = (len(members) == 30
          and all(sum(m.quartier == q for m in members) == 5 for q in QUARTIERS)
          and 2 * sum(m.genre == "femme" for m in members) >= len(members))
    assert check_panel(PACT, SCEN, members).value == ok


# --- yearly capacity and compositions: the figures the consistency check only judges ------

def test_yearly_capacity_of_the_first_full_year() -> None:
    from engine.procedures.audits import yearly_audit_capacity

    y = yearly_audit_capacity(PACT, SCEN)
    assert (y.year, y.meetings, y.per_meeting, y.slots, y.required, y.pairs) == (2027, 11, 4, 44, 52, 26)
    assert not y.sufficient and (y.per_meeting_needed, y.period_needed) == (5, 8)
    enough = yearly_audit_capacity(with_params(PACT, "citizen_council", audits_per_meeting=5), SCEN)
    assert enough.sufficient


def test_compositions_between_renewals() -> None:
    from engine.core.calendar import months_apart
    from engine.procedures.audits import council_compositions

    cycle, comps = council_compositions(PACT, SCEN)
    assert cycle == 7
    assert [(c.months, c.meetings, c.full_cycles) for c in comps] == [(25, 23, 3), (25, 23, 3), (17, 16, 2)]
    assert all(c.months == months_apart(c.start, c.end) for c in comps)
    assert sum(c.meetings for c in comps) == len(audit_meetings(PACT, SCEN))
