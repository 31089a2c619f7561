"""The votes a cost table pays for (engine/procedures/cost_votes.py): counted from the pact's
own clauses, priced by the pact or by the flagged default, never borrowed."""

from __future__ import annotations

from decimal import Decimal

from engine.io.national import load_cost_defaults
from engine.procedures.cost_votes import budgeted_votations, unit_costs, votes_line
from tests.verifier_support import context


def _default_unit(scen) -> Decimal:  # noqa: ANN001
    per_elector = Decimal(str(load_cost_defaults().votation_eur_per_elector.at()))
    return per_elector * scen.commune.electors.at()


def test_a_pact_that_promises_no_vote_budgets_none() -> None:
    scen, pact = context("chambery", "collegial-2026")
    assert budgeted_votations(pact, scen) is None
    assert votes_line(pact, scen) is None
    assert unit_costs(pact, scen).votation_eur is None
    assert unit_costs(pact, scen).convention_eur is None


def test_the_couts_clause_gives_count_and_price() -> None:
    scen, pact = context("chambery", "chambery-2026")
    found = budgeted_votations(pact, scen)
    assert (found.count, found.unit_eur) == (pact.costs.votations_budgeted_per_year.at(),
                                             Decimal(str(pact.costs.votation_unit_eur.at())))
    assert not found.unit_is_default and found.bounded
    units = unit_costs(pact, scen)
    assert units.votation_eur == found.unit_eur
    assert units.convention_eur == Decimal(str(pact.costs.convention_unit_eur.at()))


def test_without_couts_the_count_is_the_petition_cap_and_the_price_a_flagged_default() -> None:
    for commune in ("chambery", "grenoble"):
        scen, pact = context(commune, "chambery-2026")
        bare = pact.model_copy(update={"costs": None})
        found = budgeted_votations(bare, scen)
        assert found.count == bare.petition.max_votations_per_year.at()
        # priced with the commune's own electors, never Chambéry's
        assert found.unit_eur == _default_unit(scen)
        assert found.unit_is_default
        assert any("couts_par_defaut.yaml" in c.source for c in found.inputs.citations)
        assert unit_costs(bare, scen).votation_eur == found.unit_eur
        assert unit_costs(bare, scen).convention_eur is None


def test_votes_the_pact_does_not_cap_stay_uncosted_with_the_reason() -> None:
    scen, pact = context("chambery", "chambery-2026")
    only = pact.model_copy(update={"costs": None, "petition": None, "referendum": None,
                                   "revocation": None, "conventions": None})
    found = budgeted_votations(only, scen)
    assert found.count == 0 and not found.bounded
    assert any("votes d'abrogation" in why and "couts.votations_budgetees_par_an" in why
               for why in found.inputs.missing)
    line = votes_line(only, scen)
    assert line.amount == 0 and "non chiffré" in line.basis


def test_the_votes_line_adds_conventions_at_the_pacts_price() -> None:
    scen, pact = context("chambery", "chambery-2026")
    line = votes_line(pact, scen)
    c = pact.costs
    votations = c.votations_budgeted_per_year.at() * Decimal(str(c.votation_unit_eur.at()))
    conventions = pact.conventions.max_per_year.at() * Decimal(str(c.convention_unit_eur.at()))
    assert line.amount == votations + conventions
    no_conv = pact.model_copy(update={"conventions": None})
    assert votes_line(no_conv, scen).amount == votations
