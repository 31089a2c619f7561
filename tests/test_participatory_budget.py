"""Budget participatif: envelope (in € or % of investment receipts), yearly cycle, cost,
carry-over, cap per project (tests/fixtures/pacte_participation.yaml on Chambéry)."""

from datetime import date

import pytest
from pydantic import ValidationError

from engine.core.errors import InputError
from engine.procedures import participatory_budget as pb
from tests.verifier_support import context

FIXTURE = "tests/fixtures/pacte_participation.yaml"


def ctx(**sets):
    return context("chambery", FIXTURE, **sets)


def test_envelope_from_percentage_of_investment_receipts():
    scen, pact = ctx()
    d = pb.yearly_envelope(pact, scen)
    receipts = scen.commune.budget.investment_receipts_eur.at()
    assert d.value.total_eur == pytest.approx(receipts * 5 / 100)
    assert d.value.from_pct == 5 and d.value.base_eur == receipts
    assert "5 % de" in d.explanation and d.rule == "participatory_budget.yearly_envelope"
    assert sum(d.value.per_quartier.values()) == pytest.approx(d.value.total_eur)
    assert len(d.value.per_quartier) == len(scen.commune.quartiers)
    keys = [c.clause for c in d.trace]
    assert "budget_participatif.enveloppe_pct_investissement" in keys
    assert "commune.budget.recettes_reelles_investissement_eur" in keys


def test_envelope_in_euros_city_wide():
    scen, base = ctx(budget_participatif__perimetre="commune")
    clause = base.participatory_budget.model_validate(
        {**base.participatory_budget.model_dump(by_alias=True, exclude_none=True),
         "enveloppe_pct_investissement": None,
         "enveloppe_annuelle_eur": {"description": "Enveloppe", "unite": "euros", "valeur": 400000.0}})
    pact = base.model_copy(update={"participatory_budget": clause})
    d = pb.yearly_envelope(pact, scen)
    assert d.value.total_eur == 400_000 and d.value.from_pct is None
    assert d.value.per_quartier == {}
    assert pb.mandate_cost(pact, scen).value == 5 * 400_000


def test_one_envelope_only():
    with pytest.raises((InputError, ValidationError)):
        ctx(budget_participatif__enveloppe_annuelle_eur={"description": "x", "unite": "euros",
                                                         "valeur": 100000})


def test_yearly_cycle_dates():
    scen, pact = ctx()
    cy = pb.yearly_cycle(pact, scen, 2027)
    assert (cy.opening, cy.proposals_close, cy.feasibility_end, cy.vote_end) == (
        date(2027, 1, 1), date(2027, 4, 1), date(2027, 8, 1), date(2027, 8, 22))
    # Chambéry's council sits on the 4th Monday: 23 August 2027 follows the vote.
    assert cy.adoption == date(2027, 8, 23)
    assert [s.event for s in cy.steps][-1] == "bp_adoption_cm"


def test_mandate_cycles_and_cost_follow_the_parameters():
    scen, pact = ctx()
    cycles = pb.mandate_cycles(pact, scen)
    assert [c.opening.year for c in cycles] == [2027, 2028, 2029, 2030, 2031]
    cost = pb.mandate_cost(pact, scen)
    one = pb.yearly_envelope(pact, scen).value.total_eur
    assert cost.value == pytest.approx(5 * one)
    _s, late = context("chambery", FIXTURE, budget_participatif__mois_ouverture=11)
    # Opened in November, a cycle is adopted the next summer: the one opened in November
    # 2031 would end after the renewal of March 2032, the one of November 2026 fits.
    assert [c.opening.year for c in pb.mandate_cycles(late, scen)] == [2026, 2027, 2028, 2029, 2030]


def test_carry_over_and_project_cap():
    _scen, pact = ctx()
    assert pb.carried_over(pact, 1000.0).value == 1000.0
    _s, lost = context("chambery", FIXTURE, budget_participatif__report_du_reliquat=False)
    assert pb.carried_over(lost, 1000.0).value == 0.0
    assert pb.project_admissible(pact, 100_000, 1_000_000).value is True
    assert pb.project_admissible(pact, 200_000, 1_000_000).value is False   # over the cap
    assert pb.project_admissible(pact, 100_000, 50_000).value is False      # over what is left
    with pytest.raises(ValueError):
        pb.carried_over(pact, -1.0)


def test_missing_clause_is_a_french_error():
    scen, pact = context()
    with pytest.raises(InputError):
        pb.yearly_envelope(pact, scen)
