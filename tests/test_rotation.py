"""engine.procedures.rotation: handovers of the mayor / first-adjoint pair (L2122-10, -14, -15)."""

from __future__ import annotations

from datetime import date

import pytest
from _pacts import chambery, with_commune, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import add_days, add_months
from engine.core.errors import InputError
from engine.io.law import load_law
from engine.procedures.commune import convocation_clear_days as commune_clear_days
from engine.procedures.rotation import election_delay_exceeds_law, handovers, rotation_steps

FAST = settings(max_examples=60, deadline=None)
SCEN, PACT = chambery()


def convocation_clear_days(scen) -> int:
    """The one rule of L2121-11 / L2121-12, for the scenario's population."""
    return commune_clear_days(scen.commune.population.at(), load_law())[0]


ORDER = ["demission_maire_et_premier_adjoint", "demission_definitive", "convocation_cm",
         "election_maire_et_adjoints"]


# --- examples ---------------------------------------------------------------------------

def test_two_handovers_with_their_legal_steps() -> None:
    got = [(h.resignation, h.final, h.convocation, h.election, h.final_if_refused)
           for h in handovers(PACT, SCEN)]
    assert got == [
        (date(2028, 3, 27), date(2028, 4, 11), date(2028, 4, 20), date(2028, 4, 26), date(2028, 5, 11)),
        (date(2030, 3, 27), date(2030, 4, 11), date(2030, 4, 20), date(2030, 4, 26), date(2030, 5, 11)),
    ]


def test_the_election_is_of_the_mayor_and_all_adjoints() -> None:
    for h in handovers(PACT, SCEN):
        election = next(s for s in h.steps if s.event == "election_maire_et_adjoints")
        assert "tous les adjoints" in election.label
        assert "L2122-14" in election.legal_basis


def test_small_commune_gives_three_clear_days() -> None:
    scen = with_commune(SCEN, population=3000)
    assert convocation_clear_days(scen) == 3
    assert handovers(PACT, scen)[0].convocation == date(2028, 4, 22)
    assert convocation_clear_days(with_commune(SCEN, population=3500)) == 5


def test_handovers_quote_the_commune_rule_for_clear_days() -> None:
    for population, (days, article) in ((3000, (3, "L2121-11")), (60000, (5, "L2121-12"))):
        h = handovers(PACT, with_commune(SCEN, population=population))[0]
        assert (h.clear_days, h.clear_days_article) == (days, article)
        assert (h.election - h.convocation).days - 1 == days


def test_election_delay_against_the_fortnight_of_l2122_14() -> None:
    law = load_law()
    assert election_delay_exceeds_law(PACT, law) == (15, 15, False)
    assert election_delay_exceeds_law(with_params(PACT, "rotation", convocation_days=16), law) == (16, 15, True)


def test_short_convocation_delay_never_convenes_before_the_vacancy() -> None:
    h = handovers(with_params(PACT, "rotation", convocation_days=3), SCEN)[0]
    assert h.convocation == date(2028, 4, 11) == h.final
    assert h.election == date(2028, 4, 17)


def test_yearly_rotation_and_no_rotation_clause() -> None:
    assert len(handovers(with_params(PACT, "rotation", period_months=12), SCEN)) == 5
    assert handovers(with_params(PACT, "rotation", period_months=72), SCEN) == []
    with pytest.raises(InputError):
        handovers(without(PACT, "rotation"), SCEN)


# --- properties -------------------------------------------------------------------------

@FAST
@given(st.integers(min_value=1, max_value=72), st.integers(min_value=0, max_value=60),
       st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=200_000))
def test_prop_every_handover_is_ordered(period: int, acceptance: int, convocation: int,
                                        population: int) -> None:
    pact = with_params(PACT, "rotation", period_months=period,
                       prefect_acceptance_days=acceptance, convocation_days=convocation)
    scen = with_commune(SCEN, population=population)
    clear = convocation_clear_days(scen)
    hs = handovers(pact, scen)
    start, end = scen.mandate.start, scen.mandate.end
    assert [h.number for h in hs] == list(range(1, len(hs) + 1))
    assert [h.resignation for h in hs] == [add_months(start, k * period) for k in range(1, len(hs) + 1)]
    assert all(h.resignation < end for h in hs)
    assert add_months(start, (len(hs) + 1) * period) >= end
    for h in hs:
        days = [s.day for s in h.steps]
        assert days == sorted(days)
        at = {s.event: s.day for s in h.steps}
        assert [at[e] for e in ORDER] == sorted(at[e] for e in ORDER)
        assert h.final == add_days(h.resignation, acceptance)
        assert h.final <= h.convocation < h.election
        assert (h.election - h.convocation).days == clear + 1
        assert (h.election - h.final).days == max(convocation, clear + 1)
        assert h.final_if_refused == add_months(h.final, 1)
    steps = rotation_steps(pact, scen)
    assert [s.day for s in steps] == sorted(s.day for s in steps)
