"""The verifier as one pure function, for `pacte verifier`, `pacte bilan` and the dashboard."""

from __future__ import annotations

from typing import Any

from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.verifier.consistency import check_consistency
from engine.verifier.findings import Finding
from engine.verifier.legal import check_legal, legal_context


def check(pact: Pact, scenario: Scenario, law: Law | None = None) -> list[Finding]:
    """Every legal finding (one per clause, plus the commune's figures), then every
    consistency finding. Same inputs, same list."""
    ctx = legal_context(pact, scenario, law)
    return check_legal(pact, scenario, ctx.law) + check_consistency(ctx)


def report(pact: Pact, scenario: Scenario, law: Law | None = None) -> dict[str, Any]:
    """The JSON document of `pacte verifier --format json`."""
    from engine.io.context import commune_note

    return {"pacte": pact.info.id, "commune": scenario.commune.name,
            "commune_du_pacte": pact.info.commune, "note_commune": commune_note(scenario, pact),
            "findings": [f.as_dict() for f in check(pact, scenario, law)]}


def headline(finding: Finding, clause_title: str | None = None) -> str:
    """One line: the finding's problem (its title) and the clause it is about
    (« 3 jours de votation tombent en période interdite — Votations propositionnelles »)."""
    return f"{finding.title} — {clause_title}." if clause_title else f"{finding.title}."


def bilan_section(pact: Pact, scenario: Scenario, law: Law | None = None) -> dict[str, Any]:
    """A compact summary for `pacte bilan`: counts per verdict and the serious findings."""
    from collections import Counter

    found = check(pact, scenario, law)
    titles = {key: clause.title for key, clause in pact.clauses().items()}
    return {
        "legal": dict(Counter(f.verdict for f in found if f.kind == "legal")),
        "consistency": dict(Counter(f.verdict for f in found if f.kind == "consistency")),
        "serious": [{"id": f.id, "clause": f.clause, "verdict": f.verdict, "titre": f.title,
                     "headline": headline(f, titles.get(f.clause)),
                     "articles": list(f.articles)}
                    for f in found if f.verdict in ("conflit", "incoherent")],
    }
