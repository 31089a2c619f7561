"""Shared helper: a consistency finding with its arithmetic, articles and confidence."""

from __future__ import annotations

from typing import Any

from engine.model.law import Confidence, combine_confidence
from engine.verifier.findings import Finding, Severity
from engine.verifier.legal.aspects import LegalContext


def clause_source(ctx: LegalContext, clause: str) -> str:
    c = ctx.pact.clauses().get(clause)
    return str(c.source) if c is not None else f"{ctx.scenario.info.id} (scénario)"


def consistency(
    ctx: LegalContext,
    id_: str,
    clause: str,
    verdict: str,
    severity: Severity,
    articles: tuple[str, ...],
    message: str,
    details: dict[str, Any],
    *,
    title: str,
    data_confidence: Confidence = "H",
    wording: str | None = None,
    source: str | None = None,
) -> Finding:
    """A consistency finding; confidence is the weakest of the articles and the data used.
    ``title``: the problem (or the fact checked) in one sentence, with its figure, from the
    same values as ``message``."""
    src = source or clause_source(ctx, clause)
    law_sections = ctx.law.source(*articles)
    if law_sections:
        src += f" ; {law_sections}"
    return Finding(
        id=f"consistency.{id_}",
        clause=clause,
        kind="consistency",
        verdict=verdict,
        severity=severity,
        articles=articles,
        message=message,
        suggested_wording=wording,
        confidence=combine_confidence(ctx.law.confidence(*articles), data_confidence),
        source=src,
        details=details,
        title=title,
    )
