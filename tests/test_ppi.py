"""engine.procedures.ppi: the PPI's spokespeople and dated path (seed 000 § Processus de
co-construction de la planification pluriannuelle des investissements (PPI))."""

from __future__ import annotations

from datetime import date

import pytest
from _pacts import chambery, with_params, without

from engine.core.errors import InputError
from engine.procedures.ppi import (
    ppi_parity_possible,
    ppi_second_round_possible,
    ppi_spokespeople,
    ppi_steps,
    ppi_trigger,
)
from engine.procedures.sessions import council_sessions

SCEN, PACT = chambery()


def _days(pact=PACT) -> dict[str, date]:
    return {s.event: s.day for s in ppi_steps(pact, SCEN)}


def test_spokespeople_two_per_proposal_for_five_citizen_proposals_and_the_elected_one() -> None:
    assert ppi_spokespeople(PACT) == 2 * (5 + 1)
    assert ppi_spokespeople(with_params(PACT, "ppi", spokespeople=4)) == 24
    assert ppi_spokespeople(with_params(PACT, "ppi", max_citizen_proposals=2)) == 6


def test_gender_parity_needs_an_even_number_per_proposal() -> None:
    assert ppi_parity_possible(PACT)
    assert not ppi_parity_possible(with_params(PACT, "ppi", spokespeople=3))


def test_trigger_is_the_first_council_session_once_the_citizen_council_sits() -> None:
    # The Conseil Citoyen starts in the 6th month (2026-08-27): next session, 4th Monday of September.
    assert ppi_trigger(PACT, SCEN) == date(2026, 9, 28)
    assert ppi_trigger(PACT, SCEN) in council_sessions(PACT, SCEN)
    assert ppi_trigger(without(PACT, "citizen_council"), SCEN) == date(2026, 4, 27)


def test_path_campaign_then_lawful_vote_then_ratification() -> None:
    days = _days()
    assert days == {"ppi_declenchement": date(2026, 9, 28), "ppi_fin_campagne": date(2026, 10, 28),
                    "ppi_referendum": date(2026, 12, 6), "ppi_ratification": date(2026, 12, 28)}


def test_campaign_months_move_the_campaign_end_and_a_long_campaign_the_vote() -> None:
    days = _days(with_params(PACT, "ppi", campaign_months=4))
    assert days["ppi_fin_campagne"] == date(2027, 1, 28)
    assert days["ppi_referendum"] == date(2027, 1, 31)  # first Sunday on or after the campaign's end


def test_without_ratification_the_path_ends_with_the_vote() -> None:
    assert "ppi_ratification" not in _days(with_params(PACT, "ppi", council_ratifies=False))


def test_absolute_majority_among_several_proposals_may_need_a_second_vote() -> None:
    assert not ppi_second_round_possible(PACT)
    strict = with_params(PACT, "ppi", decision_rule="majorite_absolue")
    assert ppi_second_round_possible(strict)
    days = _days(strict)
    assert days["ppi_second_tour_deliberation"] == date(2026, 12, 28)
    assert days["ppi_second_tour"] == date(2027, 3, 7)
    assert days["ppi_ratification"] > days["ppi_second_tour"]
    two_options = with_params(strict, "ppi", max_citizen_proposals=1)
    assert not ppi_second_round_possible(two_options)


def test_a_pact_without_ppi_clause_is_refused_in_french() -> None:
    with pytest.raises(InputError, match="clause PPI"):
        ppi_steps(without(PACT, "ppi"), SCEN)
