"""The verifier as one pure function, for `pacte verifier`, `pacte bilan` and the dashboard."""

from __future__ import annotations

from typing import Any

from engine.consistency import check_consistency
from engine.findings import Finding
from engine.legal import check_legal, legal_context
from engine.legal.provisions import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario


def check(pact: Pact, scenario: Scenario, law: Law | None = None) -> list[Finding]:
    """Every legal finding (one per clause, plus the commune's figures), then every
    consistency finding. Same inputs, same list."""
    ctx = legal_context(pact, scenario, law)
    return check_legal(pact, scenario, ctx.law) + check_consistency(ctx)


def report(pact: Pact, scenario: Scenario, law: Law | None = None) -> dict[str, Any]:
    """The JSON document of `pacte verifier --format json`."""
    return {"pacte": pact.info.id, "commune": scenario.commune.name,
            "findings": [f.as_dict() for f in check(pact, scenario, law)]}
