"""engine.procedures.abrogation: dated path, suspension, branches, outcome."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from _pacts import chambery, with_params, without
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from engine.core.calendar import add_days, add_months
from engine.core.errors import InputError
from engine.procedures.abrogation import (
    BRANCHES,
    abrogation_outcome,
    abrogation_path,
    signatures_sufficient,
    suspended_days,
)
from engine.procedures.referendum import earliest_lawful_vote, in_blackout

FAST = settings(max_examples=60, deadline=None)
SCEN, PACT = chambery()
in_mandate = st.dates(min_value=SCEN.mandate.start, max_value=SCEN.mandate.end)
delays = st.fixed_dictionaries({
    "request_months": st.integers(min_value=1, max_value=6),
    "collection_months": st.integers(min_value=1, max_value=6),
    "dpc_check_days": st.integers(min_value=0, max_value=60),
    "council_trigger_days": st.integers(min_value=0, max_value=60),
    "campaign_months": st.integers(min_value=0, max_value=3),
    "suspends_execution": st.booleans(),
})


# --- examples ---------------------------------------------------------------------------

def test_path_from_the_15_october_2026_session() -> None:
    path = abrogation_path(PACT, SCEN, date(2026, 10, 15))
    assert path.request_deadline == date(2026, 11, 15)
    assert path.collection_deadline == date(2027, 1, 15)
    assert path.verification_deadline == date(2027, 1, 29)
    assert path.trigger_deadline == date(2027, 2, 12)
    assert path.campaign_end == date(2027, 3, 12)
    assert path.vote_day == date(2027, 3, 14)
    assert path.abrogating_council == date(2027, 3, 22)
    assert path.suspension == {
        "sans_demande": None,
        "signatures_insuffisantes": (date(2026, 11, 15), date(2027, 1, 29)),
        "oui": (date(2026, 11, 15), date(2027, 3, 14)),
        "non": (date(2026, 11, 15), date(2027, 3, 14)),
    }
    assert path.execution_starts == {"sans_demande": date(2026, 11, 15),
                                     "signatures_insuffisantes": date(2027, 1, 29),
                                     "oui": None, "non": date(2027, 3, 14)}
    assert suspended_days(path, "oui") == 119
    assert suspended_days(path, "sans_demande") == 0


def test_every_step_cites_a_clause_and_a_source() -> None:
    for s in abrogation_path(PACT, SCEN, date(2026, 10, 15)).steps:
        assert s.clause and "§" in s.source


@pytest.mark.parametrize(("council", "deadline"), [
    (date(2027, 1, 31), date(2027, 2, 28)),
    (date(2028, 1, 31), date(2028, 2, 29)),
    (date(2027, 3, 31), date(2027, 4, 30)),
])
def test_request_deadline_at_month_ends(council: date, deadline: date) -> None:
    assert abrogation_path(PACT, SCEN, council).request_deadline == deadline


def test_request_window_boundaries() -> None:
    council = date(2026, 10, 15)
    assert abrogation_path(PACT, SCEN, council, request_day=date(2026, 11, 15)).request_day == date(2026, 11, 15)
    assert abrogation_path(PACT, SCEN, council, request_day=council).request_day == council
    for outside in (date(2026, 11, 16), date(2026, 10, 14)):
        with pytest.raises(InputError) as err:
            abrogation_path(PACT, SCEN, council, request_day=outside)
        assert "hors de la fenêtre" in str(err.value)


def test_law_regime_moves_the_vote() -> None:
    path = abrogation_path(PACT, SCEN, date(2026, 10, 15), regime="loi")
    assert path.vote_day == date(2027, 5, 2)
    assert path.suspension["oui"] == (date(2026, 11, 15), date(2027, 5, 2))
    assert abrogation_path(PACT, SCEN, date(2026, 11, 10), regime="pacte").vote_day == date(2027, 4, 11)
    assert abrogation_path(PACT, SCEN, date(2026, 11, 10), regime="loi").vote_day == date(2027, 5, 23)


def test_signatures_and_outcome() -> None:
    assert signatures_sufficient(PACT, 500).value is True
    assert signatures_sufficient(PACT, 499).value is False
    assert abrogation_outcome(PACT, 34_757, 10, 9).value is True
    assert abrogation_outcome(PACT, 34_757, 10, 10).value is False
    with pytest.raises(ValueError):
        abrogation_outcome(PACT, 34_757, 1, -1)


def test_abrogation_outcome_applies_the_quorum_the_pact_sets() -> None:
    """Avec « quorum_pct » à 20 %, 6 951 votants sur 34 757 inscrits ne suffisent pas."""
    pact = with_params(PACT, "abrogation", quorum_pct=20)
    assert abrogation_outcome(pact, 34_757, 6_000, 951).value is False
    assert "quorum non atteint" in abrogation_outcome(pact, 34_757, 6_000, 951).explanation
    assert abrogation_outcome(pact, 34_757, 6_000, 952).value is True
    assert abrogation_outcome(pact, 34_757, 6_000, 952).trace[0].value == 20


def test_pact_without_abrogation_clause() -> None:
    with pytest.raises(InputError):
        abrogation_path(without(PACT, "abrogation"), SCEN, date(2026, 10, 15))


# --- properties -------------------------------------------------------------------------

@FAST
@given(in_mandate, delays, st.floats(min_value=0, max_value=1), st.sampled_from(["pacte", "loi"]))
def test_prop_timeline_is_ordered_and_suspension_never_outlasts_the_vote(
        council: date, changes: dict, where: float, regime: str) -> None:
    pact = with_params(PACT, "abrogation", **changes)
    deadline = add_months(council, changes["request_months"])
    request = council + timedelta(days=round(where * (deadline - council).days))
    path = abrogation_path(pact, SCEN, council, request_day=request, regime=regime)

    days = [s.day for s in path.steps]
    assert days == sorted(days)
    assert council <= path.request_day <= path.request_deadline
    assert path.request_deadline > council
    # Strictly increasing key steps (every delay in months is at least one month here).
    assert path.request_day < path.collection_deadline <= path.verification_deadline \
        <= path.trigger_deadline <= path.campaign_end <= path.vote_day < path.abrogating_council
    assert path.vote_day - path.campaign_end < timedelta(days=7) or regime == "loi"
    if regime == "loi":
        assert in_blackout(SCEN, path.vote_day) is None
        assert path.vote_day >= earliest_lawful_vote(SCEN, path.trigger_deadline).value

    assert path.suspension["sans_demande"] is None
    for branch in BRANCHES:
        interval = path.suspension[branch]
        if not changes["suspends_execution"]:
            assert interval is None
            continue
        if interval is not None:
            start, end = interval
            assert start == path.request_day
            assert start <= end <= path.vote_day
        assert suspended_days(path, branch) <= (path.vote_day - path.request_day).days
    starts = path.execution_starts
    assert starts["sans_demande"] == path.request_deadline
    assert starts["signatures_insuffisantes"] == path.verification_deadline
    assert starts["non"] == path.vote_day and starts["oui"] is None


@FAST
@given(in_mandate, st.integers(min_value=0, max_value=6))
def test_prop_request_after_the_window_is_refused(council: date, months: int) -> None:
    pact = with_params(PACT, "abrogation", request_months=months)
    late = add_days(add_months(council, months), 1)
    with pytest.raises(InputError):
        abrogation_path(pact, SCEN, council, request_day=late)


@FAST
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000),
       st.integers(min_value=0, max_value=5_000))
def test_prop_signatures_monotone_and_tie_never_abrogates(a: int, b: int, need: int) -> None:
    pact = with_params(PACT, "abrogation", signatures_required=need)
    low, high = sorted((a, b))
    if signatures_sufficient(pact, low).value:
        assert signatures_sufficient(pact, high).value
    assert signatures_sufficient(pact, need).value
    assert abrogation_outcome(pact, 20_000, a, a).value is False
    assert abrogation_outcome(pact, 20_000, a, b).value == (a > b)


month_ends = st.tuples(st.integers(min_value=2026, max_value=2031), st.integers(min_value=1, max_value=12),
                       st.integers(min_value=0, max_value=3)).map(
    lambda t: date(t[0], t[1], calendar.monthrange(t[0], t[1])[1] - t[2]))


@FAST
@given(month_ends)
def test_prop_month_end_sessions_give_a_deadline_in_the_next_month(council: date) -> None:
    assume(SCEN.mandate.start <= council <= SCEN.mandate.end)
    deadline = abrogation_path(PACT, SCEN, council).request_deadline
    assert (deadline.year * 12 + deadline.month) - (council.year * 12 + council.month) == 1
    assert deadline.day == min(council.day, calendar.monthrange(deadline.year, deadline.month)[1])


any_delays = st.fixed_dictionaries({
    "request_months": st.integers(min_value=0, max_value=72),
    "collection_months": st.integers(min_value=0, max_value=72),
    "dpc_check_days": st.integers(min_value=0, max_value=2200),
    "council_trigger_days": st.integers(min_value=0, max_value=2200),
    "campaign_months": st.integers(min_value=0, max_value=72),
})


@FAST
@given(in_mandate, any_delays, st.sampled_from(["pacte", "loi"]))
def test_prop_any_valid_delays_give_an_ordered_path_or_a_french_error(council: date, changes: dict,
                                                                      regime: str) -> None:
    """Over the schema's whole range (0–72 months, 0–2 200 days) the path stays in order;
    past the known council sessions the answer is an InputError in French, not a crash."""
    pact = with_params(PACT, "abrogation", **changes)
    try:
        path = abrogation_path(pact, SCEN, council, regime=regime)
    except InputError as exc:
        assert "aucune séance du conseil" in str(exc)
        return
    days = [s.day for s in path.steps]
    assert days == sorted(days)
    assert council <= path.request_deadline <= path.collection_deadline <= path.verification_deadline \
        <= path.trigger_deadline <= path.campaign_end <= path.vote_day < path.abrogating_council
    for interval in path.suspension.values():
        assert interval is None or interval[1] <= path.vote_day


def test_law_regime_moves_a_vote_later_than_the_legal_floor_out_of_a_campaign() -> None:
    pact = with_params(PACT, "abrogation", campaign_months=3)
    assert abrogation_path(pact, SCEN, date(2026, 9, 4)).vote_day == date(2027, 4, 4)
    assert abrogation_path(pact, SCEN, date(2026, 9, 4), regime="loi").vote_day == date(2027, 5, 2)


# --- the request's signatures against the legal tenth, and their share of electors --------

def test_abrogation_vs_legal_and_share_of_electors() -> None:
    from engine.io.law import load_law
    from engine.procedures.abrogation import abrogation_vs_legal, share_of_electors_pct

    law = load_law()
    cmp = abrogation_vs_legal(PACT, SCEN, law)
    assert (cmp.signatures, cmp.legal, cmp.reaches, cmp.confidence) == (500, 3_476, False, "H")
    assert share_of_electors_pct(PACT, SCEN) == 1.44
    many = with_params(PACT, "abrogation", signatures_required=4_000)
    assert abrogation_vs_legal(many, SCEN, law).reaches is True
    assert abrogation_vs_legal(many, SCEN, law).stricter
    assert share_of_electors_pct(many, SCEN) == round(100 * 4_000 / 34_757, 2)
