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


def headline(finding: Finding) -> str:
    """One line: a consistency message's first sentence block, or a clause's verdict with the
    aspects that carry it (« … : conflit avec la loi (Effet du résultat ; Suspension…) »)."""
    first = finding.message.split("\n")[0]
    if finding.kind != "legal" or "aspects" not in finding.details:
        return first
    labels = [a["label"] for a in finding.details["aspects"] if a["verdict"] == finding.verdict]
    return first.rstrip(".") + (f" ({' ; '.join(labels)})." if labels else ".")


def bilan_section(pact: Pact, scenario: Scenario, law: Law | None = None) -> dict[str, Any]:
    """A compact summary for `pacte bilan`: counts per verdict and the serious findings."""
    from collections import Counter

    found = check(pact, scenario, law)
    return {
        "legal": dict(Counter(f.verdict for f in found if f.kind == "legal")),
        "consistency": dict(Counter(f.verdict for f in found if f.kind == "consistency")),
        "serious": [{"id": f.id, "clause": f.clause, "verdict": f.verdict, "headline": headline(f),
                     "articles": list(f.articles)}
                    for f in found if f.verdict in ("conflit", "incoherent")],
    }
