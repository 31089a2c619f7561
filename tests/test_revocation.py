"""engine.procedures.revocation: from an unfavourable opinion to the vote, and its outcome."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from _pacts import chambery, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.procedures.referendum import earliest_lawful_vote, in_blackout
from engine.procedures.revocation import revocation_outcome, revocation_path
from engine.procedures.sessions import council_sessions

FAST = settings(max_examples=60, deadline=None)
SCEN, PACT = chambery()
in_mandate = st.dates(min_value=SCEN.mandate.start, max_value=SCEN.mandate.end)
ORDER = ["avis_defavorable", "deliberation_cm", "debut_debat", "fin_debat", "vote"]


# --- examples ---------------------------------------------------------------------------

def test_path_from_15_october_2026() -> None:
    path = revocation_path(PACT, SCEN, date(2026, 10, 15))
    assert {s.event: s.day for s in path.steps} == {
        "avis_defavorable": date(2026, 10, 15), "deliberation_cm": date(2026, 10, 26),
        "debut_debat": date(2026, 10, 27), "fin_debat": date(2026, 11, 10),
        "vote": date(2026, 11, 15)}
    assert revocation_path(PACT, SCEN, date(2026, 10, 15), "loi").vote_day == date(2027, 1, 3)


def test_opinion_on_a_council_day_waits_for_the_next_session() -> None:
    path = revocation_path(PACT, SCEN, date(2026, 10, 26))
    assert (path.council_day, path.vote_day) == (date(2026, 11, 23), date(2026, 12, 13))


def test_leap_year_debate() -> None:
    path = revocation_path(PACT, SCEN, date(2028, 1, 30))
    assert (path.council_day, path.debate_end, path.vote_day) == (
        date(2028, 2, 28), date(2028, 3, 14), date(2028, 3, 19))


def test_no_debate_steps_without_a_debate() -> None:
    path = revocation_path(with_params(PACT, "revocation", debate_days=0), SCEN, date(2026, 10, 15))
    assert [s.event for s in path.steps] == ["avis_defavorable", "deliberation_cm", "vote"]
    assert path.vote_day == date(2026, 11, 1)


def test_outcomes() -> None:
    assert revocation_outcome(PACT, 2001, 2000).value == "demission_demandee"
    assert revocation_outcome(PACT, 2000, 2000).value == "maintien"
    assert revocation_outcome(PACT, 0, 0).value == "maintien"
    with pytest.raises(ValueError):
        revocation_outcome(PACT, -1, 0)
    with pytest.raises(InputError):
        revocation_path(without(PACT, "revocation"), SCEN, date(2026, 10, 15))


def test_without_citizen_council_the_path_still_cites_a_clause() -> None:
    path = revocation_path(without(PACT, "citizen_council"), SCEN, date(2026, 10, 15))
    assert path.steps[0].clause == "consultation_revocation.effet_du_oui"


# --- properties -------------------------------------------------------------------------

@FAST
@given(in_mandate, st.integers(min_value=0, max_value=60), st.sampled_from(["pacte", "loi"]))
def test_prop_revocation_path_is_ordered(opinion: date, debate: int, regime: str) -> None:
    path = revocation_path(with_params(PACT, "revocation", debate_days=debate), SCEN, opinion, regime)
    days = [s.day for s in path.steps]
    assert days == sorted(days)
    at = {s.event: s.day for s in path.steps}
    assert [at[e] for e in ORDER if e in at] == sorted(at[e] for e in ORDER if e in at)
    assert opinion < path.council_day <= path.debate_end <= path.vote_day
    assert path.council_day in council_sessions(PACT, SCEN)
    assert not [d for d in council_sessions(PACT, SCEN) if opinion < d < path.council_day]
    assert path.vote_day.weekday() == 6
    assert path.debate_end == path.council_day + timedelta(days=debate)
    if regime == "pacte":
        assert path.vote_day - path.debate_end < timedelta(days=7)
    else:
        assert path.vote_day >= earliest_lawful_vote(SCEN, path.council_day).value
        assert in_blackout(SCEN, path.vote_day) is None


@FAST
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_prop_simple_majority(yes: int, no: int) -> None:
    won = revocation_outcome(PACT, yes, no).value == "demission_demandee"
    assert won == (yes > no)


def test_law_regime_moves_a_late_vote_out_of_a_campaign() -> None:
    pact = with_params(PACT, "revocation", debate_days=127)
    assert revocation_path(pact, SCEN, date(2027, 1, 15), "pacte").vote_day == date(2027, 6, 6)
    assert revocation_path(pact, SCEN, date(2027, 1, 15), "loi").vote_day == date(2027, 6, 27)
