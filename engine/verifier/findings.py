"""Findings: what `pacte verifier` reports about a pact in a commune.

A finding is either *legal* (a clause against the CGCT) or *consistency* (the pact against
itself, its commune and the calendar). Verdicts:

- legal: ``conforme`` (binding once the competent organ acts), ``engagement_politique``
  (lawful only as a political commitment, worded as such), ``conflit`` (contradicts a
  provision), ``a_verifier`` (depends on an uncertain fact or a low-confidence provision);
- consistency: ``coherent`` (the figures add up), ``incoherent`` (they do not),
  ``a_verifier`` (depends on an uncertain fact), ``lacune`` (the pact says nothing, the
  matter is left to goodwill; the finding names what the law offers by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["legal", "consistency"]
Severity = Literal["info", "warning", "error"]
Confidence = Literal["H", "M", "L"]

LEGAL_VERDICTS = ("conforme", "engagement_politique", "a_verifier", "conflit")
CONSISTENCY_VERDICTS = ("coherent", "lacune", "a_verifier", "incoherent")

LEGAL_SEVERITY: dict[str, Severity] = {
    "conforme": "info",
    "engagement_politique": "info",
    "a_verifier": "warning",
    "conflit": "error",
}

VERDICT_FR = {
    "conforme": "conforme",
    "engagement_politique": "engagement politique",
    "conflit": "conflit avec la loi",
    "a_verifier": "à vérifier",
    "coherent": "cohérent",
    "incoherent": "incohérent",
    "lacune": "laissé à la bonne volonté",
}

VERDICT_PLURAL_FR = {
    "conforme": "conformes",
    "engagement_politique": "engagements politiques",
    "conflit": "conflits avec la loi",
    "a_verifier": "à vérifier",
    "coherent": "cohérents",
    "incoherent": "incohérents",
    "lacune": "laissés à la bonne volonté",
}

#: the order in which counts are read out: the most serious first
ORDER_LEGAL = ("conflit", "a_verifier", "engagement_politique", "conforme")
ORDER_CONSISTENCY = ("incoherent", "a_verifier", "lacune", "coherent")


def verdict_counts_fr(counts: dict[str, int], kind: str) -> str:
    """« 1 conflit avec la loi, 3 à vérifier, 5 engagements politiques » — the one wording of
    verdict counts, for ``pacte verifier``, ``pacte bilan`` and the dashboard."""
    order = ORDER_LEGAL if kind == "legal" else ORDER_CONSISTENCY
    parts = [f"{counts[v]} {VERDICT_FR[v] if counts[v] == 1 else VERDICT_PLURAL_FR[v]}"
             for v in order if counts.get(v)]
    return ", ".join(parts) if parts else "aucun constat"


SEVERITY_FR = {"info": "information", "warning": "attention", "error": "erreur"}
CONFIDENCE_FR = {"H": "haute", "M": "moyenne", "L": "faible"}


def worst_legal(verdicts: list[str]) -> str:
    """The most serious legal verdict: conflit > a_verifier > engagement_politique > conforme."""
    return max(verdicts, key=LEGAL_VERDICTS.index) if verdicts else "conforme"


@dataclass(frozen=True)
class Finding:
    """One result of the verifier, JSON-ready through :meth:`as_dict`."""

    id: str
    clause: str
    kind: Kind
    verdict: str
    severity: Severity
    articles: tuple[str, ...]
    message: str
    suggested_wording: str | None
    confidence: Confidence
    source: str
    details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        allowed = LEGAL_VERDICTS if self.kind == "legal" else CONSISTENCY_VERDICTS
        if self.verdict not in allowed:
            raise ValueError(f"verdict « {self.verdict} » impossible pour un constat {self.kind}")
        if self.kind == "legal" and self.verdict != "conforme" and not self.suggested_wording:
            raise ValueError(f"{self.id} : une rédaction proposée est requise pour « {self.verdict} »")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "clause": self.clause,
            "kind": self.kind,
            "verdict": self.verdict,
            "severity": self.severity,
            "articles": list(self.articles),
            "message": self.message,
            "suggested_wording": self.suggested_wording,
            "confidence": self.confidence,
            "source": self.source,
            "details": self.details,
        }


def unique(items: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Items in first-seen order, without duplicates."""
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)
