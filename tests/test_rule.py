"""engine.procedures.rule: every rule describes itself, and docs/regles.md says what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.io.law import load_law
from engine.procedures.petition import votation_outcome
from engine.procedures.rule import all_rules, public_functions, rule, rule_of
from engine.render.regles import render
from tests._pacts import chambery

ROOT = Path(__file__).resolve().parent.parent
#: modules of engine.procedures that hold tools of the rules, not rules
TOOLS = {"engine.procedures.trace"}


def test_every_public_function_of_the_procedures_is_a_described_rule() -> None:
    bare = [f"{module}.{fn.__name__}" for module, fn in public_functions()
            if module not in TOOLS and rule_of(fn) is None]
    assert bare == []


def test_every_article_a_rule_cites_is_in_the_law() -> None:
    law = load_law()
    unknown = [(r.ident, a) for r in all_rules() for a in r.articles if a not in law.provisions]
    assert unknown == []


def test_every_seed_section_a_rule_cites_names_its_document() -> None:
    seeds = {p.name for p in (ROOT.parent / "shared" / "seeds").glob("*.txt")}
    cited = {s.split(" § ")[0] for r in all_rules() for s in r.seeds}
    if not seeds:
        pytest.skip("../shared/seeds absent")
    assert cited <= seeds


def test_a_rule_names_itself_in_the_decisions_it_takes() -> None:
    _scen, pact = chambery()
    assert votation_outcome(pact, 34_757, 3, 2).rule == "petition.votation_outcome"
    assert "rule" in votation_outcome(pact, 34_757, 3, 2).as_dict()


def test_a_rule_without_reference_or_statement_is_refused() -> None:
    with pytest.raises(ValueError):
        rule("Énoncé sans source")
    with pytest.raises(ValueError):
        rule("   ", articles=("L2121-7",))


def test_docs_regles_md_is_generated_from_the_rules() -> None:
    """Regenerate with: python -m engine.render.regles > docs/regles.md"""
    assert (ROOT / "docs" / "regles.md").read_text(encoding="utf-8") == render()


def test_every_parameter_a_rule_reads_exists_in_its_clause() -> None:
    """« clause » and « params » name the pact's French keys; a typo would cite nothing."""
    import typing

    from engine.model.pact import Pact

    clauses = {}
    for field in Pact.model_fields.values():
        kinds = [a for a in typing.get_args(field.annotation) if isinstance(a, type)]
        if field.alias and kinds and hasattr(kinds[0], "model_fields"):
            clauses[field.alias] = {f.alias or n for n, f in kinds[0].model_fields.items()}
    wrong = [(r.ident, r.clause, p) for r in all_rules() if r.clause
             for p in (r.params or ()) if p not in clauses.get(r.clause, set())]
    unknown = [(r.ident, r.clause) for r in all_rules() if r.clause and r.clause not in clauses]
    assert unknown == [] and wrong == []
