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


def counts_by_kind(findings: list[dict[str, Any]] | list[Finding]) -> dict[str, dict[str, int]]:
    """Verdict counts per kind (« legal », « consistency ») of findings or their dicts."""
    out: dict[str, dict[str, int]] = {"legal": {}, "consistency": {}}
    for f in findings:
        kind, verdict = (f["kind"], f["verdict"]) if isinstance(f, dict) else (f.kind, f.verdict)
        out[kind][verdict] = out[kind].get(verdict, 0) + 1
    return out


def counts_lines(legal: dict[str, int], consistency: dict[str, int]) -> tuple[str, str]:
    """« Clauses au regard du CGCT : … » and « Cohérence du pacte : … », the two count lines
    of ``pacte bilan``, word for word, for ``pacte verifier``, the memo and the dashboard."""
    return (f"Clauses au regard du CGCT : {verdict_counts_fr(legal, 'legal')}.",
            f"Cohérence du pacte : {verdict_counts_fr(consistency, 'consistency')}.")


def legality_answer(legal: dict[str, int]) -> str:
    """The answer to « Ce pacte est-il légal ? » in one sentence, with the counts of
    :func:`verdict_counts_fr` (the same words as ``pacte bilan``)."""
    said = verdict_counts_fr(legal, "legal")
    if legal.get("conflit"):
        return f"Non, pas tel qu'il est écrit : {said}."
    if legal.get("a_verifier"):
        return f"Oui, sous réserve des points à vérifier : {said}."
    return f"Oui : {said}."


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
    #: the problem in one plain sentence, with its figure (« 3 jours de votation tombent en
    #: période interdite »), computed from the same values as ``message``
    title: str = field(kw_only=True)
    #: each proposed wording on its own; ``suggested_wording`` is their join, kept for readers
    #: of the single string
    wordings: tuple[str, ...] = field(default=(), kw_only=True)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError(f"{self.id} : titre manquant")
        if not self.wordings and self.suggested_wording:
            object.__setattr__(self, "wordings", (self.suggested_wording,))
        if self.wordings and not self.suggested_wording:
            object.__setattr__(self, "suggested_wording", "\n".join(self.wordings))
        allowed = LEGAL_VERDICTS if self.kind == "legal" else CONSISTENCY_VERDICTS
        if self.verdict not in allowed:
            raise ValueError(f"verdict « {self.verdict} » impossible pour un constat {self.kind}")
        if self.kind == "legal" and self.verdict != "conforme" and not self.suggested_wording:
            raise ValueError(f"{self.id} : une rédaction proposée est requise pour « {self.verdict} »")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "titre": self.title,
            "clause": self.clause,
            "kind": self.kind,
            "verdict": self.verdict,
            "severity": self.severity,
            "articles": list(self.articles),
            "message": self.message,
            "suggested_wording": self.suggested_wording,
            "redactions_proposees": list(self.wordings),
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
