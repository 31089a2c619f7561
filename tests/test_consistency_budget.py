"""Budget vs rules: votations paid for vs votation days allowed."""

from dataclasses import replace

from engine.verifier.consistency import budget
from engine.verifier.consistency.budget import BudgetedVotes
from tests.verifier_support import legal_ctx


def test_without_a_cost_table_the_pact_leaves_voting_costs_unbudgeted(monkeypatch):
    monkeypatch.setattr(budget, "budgeted_votes", lambda ctx: None)
    f = budget.votations(legal_ctx())
    assert f.verdict == "lacune" and "LO1112-5" in f.articles


def test_cost_table_read_from_the_pact():
    ctx = legal_ctx()
    found = budget.budgeted_votes(ctx)
    if "couts" in ctx.pact.clauses():  # the cost clause of issue 4
        assert (found.per_year, found.unit_eur) == (12, 50_000.0)
    else:
        assert found is None


def test_twelve_budgeted_votations_vs_four_days(monkeypatch):
    monkeypatch.setattr(budget, "budgeted_votes",
                        lambda ctx: BudgetedVotes(12, 50_000.0, "000_721ebb8a9b1c3e2a.txt § Quel coût ?"))
    f = budget.votations(legal_ctx())
    assert f.verdict == "incoherent"
    d = f.details
    assert (d["votations_budgetees_par_an"], d["jours_de_votation_max_par_an"]) == (12, 4)
    assert d["budget_votations_eur_par_an"] == 600_000 and d["votations_non_expliquees_par_an"] == 8
    assert d["jours_legaux_par_annee"]["2027"] == 3
    assert "600" in f.message and "au plus 4 jours" in f.message


def test_four_budgeted_votations_are_coherent(monkeypatch):
    monkeypatch.setattr(budget, "budgeted_votes", lambda ctx: BudgetedVotes(4, 50_000.0, "x § y"))
    assert budget.votations(legal_ctx()).verdict == "coherent"


def test_the_bundled_cost_table_budgets_more_votations_than_days():
    f = budget.votations(legal_ctx())
    assert f.verdict == "incoherent"
    assert f.details["votations_budgetees_par_an"] > f.details["jours_de_votation_max_par_an"]


def test_no_votes_no_finding():
    assert budget.check(legal_ctx("chambery", "collegial-2026")) == []


def test_the_check_reads_the_cost_tables_votations():
    """One fact: the check and the table read the same count and unit cost."""
    from engine.procedures.cost_votes import budgeted_votations

    ctx = legal_ctx()
    found = budgeted_votations(ctx.pact, ctx.scenario)
    budgeted = budget.budgeted_votes(ctx)
    assert (budgeted.per_year, budgeted.unit_eur) == (found.count, float(found.unit_eur))


def test_without_couts_the_default_unit_cost_is_said_and_the_cap_is_kept():
    ctx = legal_ctx()
    bare = ctx.pact.model_copy(update={"costs": None})
    f = budget.votations(replace(ctx, pact=bare))
    assert f.verdict == "coherent"
    assert "valeur par défaut" in f.message
    assert f.details["votations_budgetees_par_an"] == bare.petition.max_votations_per_year.at()


def test_votes_neither_counted_nor_capped_are_a_gap():
    ctx = legal_ctx()
    only = ctx.pact.model_copy(update={"costs": None, "petition": None, "referendum": None,
                                       "revocation": None, "conventions": None})
    f = budget.votations(replace(ctx, pact=only))
    assert f.verdict == "lacune" and "LO1112-5" in f.articles
