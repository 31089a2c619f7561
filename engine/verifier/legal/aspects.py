"""Building blocks of the legal checks: a clause is judged aspect by aspect (threshold,
voters, effect of the result…), and its verdict is the most serious of its aspects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from engine.core.fr import number, plural
from engine.model.clause import Clause
from engine.model.law import Confidence, Law, combine_confidence
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.commune import CommuneFacts
from engine.verifier.findings import LEGAL_SEVERITY, VERDICT_FR, Finding, unique, worst_legal


@dataclass(frozen=True)
class LegalContext:
    """What every clause check reads: the pact, the scenario, the law and the commune's facts."""

    pact: Pact
    scenario: Scenario
    law: Law
    commune: CommuneFacts


@dataclass(frozen=True)
class Aspect:
    """One legal question about a clause, answered from its parameters."""

    name: str
    label: str
    verdict: str
    articles: tuple[str, ...]
    explanation: str
    wording: str | None = None
    data_confidence: Confidence = "H"
    details: dict[str, Any] = field(default_factory=dict)
    #: the problem in one plain sentence with its figure; by default the label and what the
    #: verdict means (« Effet du résultat : la clause contredit la loi »)
    title: str | None = None

    def headline(self) -> str:
        return self.title or f"{self.label} : {VERDICT_SENTENCE[self.verdict]}"

    def confidence(self, law: Law) -> Confidence:
        return combine_confidence(law.confidence(*self.articles), self.data_confidence)

    def as_dict(self, law: Law) -> dict[str, Any]:
        return {"aspect": self.name, "label": self.label, "verdict": self.verdict,
                "articles": list(self.articles), "explanation": self.explanation,
                "suggested_wording": self.wording, "titre": self.headline(),
                "confidence": self.confidence(law),
                **({"details": self.details} if self.details else {})}


#: what a verdict means, as the end of a sentence about one aspect
VERDICT_SENTENCE = {
    "conflit": "la clause contredit la loi",
    "a_verifier": "un point reste à vérifier par un·e juriste",
    "engagement_politique": "la clause ne vaut que comme engagement politique",
    "conforme": "la clause est conforme à la loi",
}

#: « et 1 autre point contraire à la loi », « et 2 autres points à vérifier »
OTHER_POINTS = {
    "conflit": ("autre point contraire à la loi", "autres points contraires à la loi"),
    "a_verifier": ("autre point à vérifier", "autres points à vérifier"),
    "engagement_politique": ("autre point qui n'engage que politiquement",
                             "autres points qui n'engagent que politiquement"),
}

#: one quoted wording followed by another: « … » « … »
_NEXT_QUOTE = re.compile(r"(?<=»)\s+(?=«)")


def split_wordings(wording: str) -> list[str]:
    """The quoted wordings of one aspect, each on its own (« … » « … » → two)."""
    return [w.strip() for w in _NEXT_QUOTE.split(wording) if w.strip()]


def clause_title(aspects: list[Aspect], verdict: str) -> str:
    """The title of a clause's finding: the first aspect that carries its verdict, and how
    many others do (« Effet du résultat : la clause contredit la loi ; 1 autre point aussi »);
    a clause lawful on every point says how many points were checked."""
    worst = [a for a in aspects if a.verdict == verdict]
    if verdict == "conforme" and len(aspects) > 1:
        return f"La clause est conforme à la loi sur les {len(aspects)} points examinés"
    title = worst[0].headline()
    if len(worst) > 1:
        title += f" ; et {plural(len(worst) - 1, *OTHER_POINTS[verdict])}"
    return title


def clause_finding(ctx: LegalContext, key: str, clause: Clause, aspects: list[Aspect]) -> Finding:
    """The clause's finding: worst verdict, every article, each aspect explained."""
    if not aspects:
        raise ValueError(f"{key} : aucun aspect jugé")
    verdict = worst_legal([a.verdict for a in aspects])
    articles = unique([art for a in aspects for art in a.articles])
    parts = [f"{clause.title} : {VERDICT_FR[verdict]}."]
    for a in aspects:
        parts.append(f"[{VERDICT_FR[a.verdict]}] {a.label} — {a.explanation}")
    wordings = [a.wording for a in aspects if a.verdict != "conforme" and a.wording]
    wording = "\n".join(unique(wordings)) if wordings else None
    each = unique([w for text in unique(wordings) for w in split_wordings(text)])
    if verdict != "conforme" and wording is None:
        raise ValueError(f"{key} : rédaction proposée manquante")
    confidence = combine_confidence(*(a.confidence(ctx.law) for a in aspects))
    source = f"{clause.source}"
    law_sections = ctx.law.source(*articles)
    if law_sections:
        source += f" ; {law_sections}"
    details: dict[str, Any] = {"aspects": [a.as_dict(ctx.law) for a in aspects]}
    return Finding(
        id=f"legal.{key}",
        clause=key,
        kind="legal",
        verdict=verdict,
        severity=LEGAL_SEVERITY[verdict],
        articles=articles,
        message="\n".join(parts),
        suggested_wording=wording,
        confidence=confidence,
        source=source,
        details=details,
        title=clause_title(aspects, verdict),
        wordings=each,
    )


# Formulas of LEGAL.md § 12, reused by several clauses.

CONSULTATION_WORDING = (
    "« Les élu·es de la majorité s'engagent politiquement à proposer au conseil municipal de "
    "suivre le résultat de toute consultation organisée en application des articles L1112-15 "
    "et suivants du CGCT, quel que soit le taux de participation ; le conseil municipal "
    "demeure seul compétent pour décider. La délibération qui organise la consultation précise "
    "qu'il ne s'agit que d'une demande d'avis (L1112-17), est transmise au préfet au moins deux "
    "mois avant le scrutin, respecte les périodes d'interdiction et l'espacement d'un an entre "
    "deux votes sur le même objet (L1112-21). »"
)

VOTERS_WORDING = (
    "« Seuls votent les électeurs inscrits sur les listes électorales de la commune, y compris "
    "les ressortissants de l'Union européenne inscrits sur les listes complémentaires "
    "(LO1112-11, L1112-22). Une participation ouverte à d'autres habitant·es ne peut être "
    "qu'une association du public non contraignante (CRPA L131-1), sans engagement de mise en "
    "œuvre automatique. »"
)


def petition_wording(percent: str, legal: int) -> str:
    return (
        f"« Le maire et les élu·es de la majorité s'engagent à inscrire à l'ordre du jour de la "
        f"séance suivante du conseil municipal, pour débat et vote sur la suite à donner, toute "
        f"question relevant de la compétence de la commune soutenue par {percent} des électeurs "
        f"inscrits (signatures vérifiées sur la liste électorale) ; le conseil municipal décide "
        f"librement. Ce seuil est un engagement politique : le droit légal de pétition "
        f"(L1112-16) demande {number(legal)} signatures, un dixième des électeurs, et une signature par "
        f"électeur et par trimestre. »"
    )
