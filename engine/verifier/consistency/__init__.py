"""Consistency and feasibility checks: the pact against itself, its commune and the
calendar, each finding with its arithmetic in ``details`` and in the message.

Verdicts: ``coherent``, ``incoherent``, ``a_verifier``, ``lacune``.
"""

from __future__ import annotations

from engine.verifier.consistency import (
    audits,
    budget,
    calendar,
    commitments,
    goodwill,
    quartiers,
    staffing,
    thresholds,
    transparency,
    votes_family,
)
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext

MODULES = (staffing, audits, calendar, budget, thresholds, quartiers, goodwill, commitments,
           transparency, votes_family)


def check_consistency(ctx: LegalContext) -> list[Finding]:
    out: list[Finding] = []
    for module in MODULES:
        out += module.check(ctx)
    return out
