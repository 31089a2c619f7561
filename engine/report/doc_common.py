"""What the three written documents share: sources cited by their titles
(``rules/sources.yaml``), the date of the legal base, the disclaimer, the verifier's
findings filed by clause, and the French date of the day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, Field

from engine.core.calendar import format_date
from engine.core.paths import REPO
from engine.io.load import read_document
from engine.io.validation import validate
from engine.model.pact import Pact
from engine.model.params import STRICT, Source
from engine.model.scenario import Scenario
from engine.report.clauses import absent_title, listed_titles
from engine.verifier.findings import Finding

SOURCES_FILE = REPO / "rules" / "sources.yaml"

DISCLAIMER = ("Ce document n'est pas un avis juridique : il est produit automatiquement par Pacte "
              "à partir du pacte et d'une base de règles du code général des collectivités "
              "territoriales qui peut être incomplète ou dépassée. Faites-le relire par un·e "
              "juriste avant de le signer, de le présenter ou de le voter.")

class LegalBase(BaseModel):
    model_config = STRICT
    day: date = Field(alias="date", description="Date du texte le plus récent lu.")
    text: str = Field(alias="texte", min_length=1, description="L'état du droit, en clair.")


class SourceTitles(BaseModel):
    """Les titres des documents cités, et l'état du droit de la base de règles."""

    model_config = STRICT
    documents: dict[str, str] = Field(description="Nom de fichier → titre du document.")
    sections: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="Nom de fichier → (titre anglais d'une section → son titre français).")
    legal_base: LegalBase = Field(alias="base_legale", description="État du droit.")


@lru_cache(maxsize=1)
def source_titles() -> SourceTitles:
    return validate(SourceTitles, read_document(SOURCES_FILE))


def human_source(source: Source | str | None) -> str:
    """« Programme ouvert : … — section « Pétitions » » for « 004_….txt § Pétitions »: the
    document's title, never its file name (the file name when its title is unknown)."""
    if source is None:
        return ""
    if isinstance(source, str):
        if "§" not in source:
            return source_titles().documents.get(source.strip(), source.strip())
        document, section = (part.strip() for part in source.split("§", 1))
    else:
        document, section = source.document, source.section
    known = source_titles()
    titles = known.documents
    match = next((f for f in titles if document.startswith(f)), None)
    name = document if match is None else f"{titles[match]}{document[len(match):]}"
    words = section_fr(document, section)
    return f"{name}, {words}" if words.startswith("§ ") else f"{name}, section « {words} »"


#: a numbered section (« 3. Mayor and adjoints », « 12.4 Rotation »): its chapter number
_NUMBERED = re.compile(r"^(\d+)(?:\.\d+)*\.?\s")


def section_fr(document: str, section: str) -> str:
    """A section's French title where the document is in English (``sections`` of
    rules/sources.yaml): « Petition growth curve (…) » → « courbe de croissance des
    signatures d'une pétition (…) »; what follows the title is kept."""
    titles = source_titles().sections.get(document.strip(), {})
    numbered = _NUMBERED.match(section)
    if numbered and numbered.group(1) in titles:  # « 3. Mayor and adjoints » (LEGAL.md)
        return f"§ {numbered.group(1)} ({titles[numbered.group(1)]})"
    for english, french in titles.items():
        if section == english or section.startswith(english + " "):
            return french + section[len(english):]
    return section


def legal_base_date() -> str:
    base = source_titles().legal_base
    return f"{format_date(base.day)} — {base.text}"


@dataclass(frozen=True)
class Findings:
    """The verifier's findings, the legal one of each clause by its key, and clause titles."""

    all: tuple[Finding, ...]
    legal: dict[str, Finding]
    titles: dict[str, str]


def findings_of(pact: Pact, scenario: Scenario, found: list[Finding]) -> Findings:
    """File ``found`` (from :func:`engine.verifier.checks.check`) by clause, with the title of
    every clause a finding names (typed clauses, list items, the commune)."""
    titles = {key: clause.title for key, clause in pact.clauses().items()}
    titles["commune"] = f"Commune de {scenario.commune.name}"
    titles.update(listed_titles(pact))
    legal: dict[str, Finding] = {}
    for f in found:
        titles.setdefault(f.clause, absent_title(f.clause))
        if f.kind == "legal":
            legal.setdefault(f.clause, f)
    return Findings(tuple(found), legal, titles)
