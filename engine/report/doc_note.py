"""The legal memo for the adviser: the verifier's findings, most serious first.

The one layout of the memo: ``pacte rediger --document note`` renders it in Markdown, HTML,
DOCX and PDF, and ``pacte verifier --format markdown`` (with the dashboard's « Télécharger le
mémo ») is its Markdown rendering. It opens with the answer to « Ce pacte est-il légal ? » and
the counts of ``pacte bilan``, word for word; then each finding is titled by its problem and
gives its verdict, the explanation (one bullet per aspect of a clause), each proposed wording
in its own block, its articles, its sources by their titles (never a file name nor an English
heading of the law base), its id and room for annotations; conflicts (and inconsistencies)
first, then what is to be checked, then the rest; closed by a visa block for the adviser.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from engine.core.calendar import format_date
from engine.core.fr import plural
from engine.io.context import commune_note
from engine.io.law import load_law
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.report.doc_common import (
    DISCLAIMER,
    findings_of,
    human_source,
    legal_base_date,
    source_titles,
)
from engine.report.document import (
    Block,
    BulletList,
    Document,
    Paragraph,
    Section,
    Table,
    VisaBlock,
)
from engine.verifier.checks import check
from engine.verifier.findings import (
    CONFIDENCE_FR,
    SEVERITY_FR,
    VERDICT_FR,
    Finding,
    counts_by_kind,
    counts_lines,
    legality_answer,
)

#: the law base's note (LEGAL.md), as a reader names it
LAW_NOTE = "Note de Pacte sur le code général des collectivités territoriales"
#: the end of a sentence followed by another (« … (L2121-2). Avec 45 % … »): a consistency
#: message is read one sentence per paragraph
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«0-9])")
_LEGAL_SECTION = re.compile(r"LEGAL\.md\s*§\s*(\d+)")

#: reading order: what must change first, then what must be checked, then the rest
RANK = {"conflit": 0, "incoherent": 0, "a_verifier": 1, "engagement_politique": 2, "lacune": 2,
        "conforme": 3, "coherent": 3}


def ordered(findings: list[Finding]) -> list[Finding]:
    """Conflicts (and inconsistencies) first, then « à vérifier », then the rest; the
    verifier's order within each rank."""
    return sorted(findings, key=lambda f: RANK[f.verdict])


def _summary(findings: list[Finding], titles: dict[str, str]) -> Section:
    counts = counts_by_kind(findings)
    rows = tuple((titles[f.clause], f.title, VERDICT_FR[f.verdict], ", ".join(f.articles) or "—",
                  CONFIDENCE_FR[f.confidence])
                 for f in ordered([f for f in findings if f.kind == "legal"]))
    return Section("Synthèse", (
        Paragraph(f"Ce pacte est-il légal ? {legality_answer(counts['legal'])}"),
        BulletList(counts_lines(counts["legal"], counts["consistency"])),
        Paragraph("Chaque clause est qualifiée d'après son type et ses paramètres : conforme "
                  "(valable une fois l'organe compétent saisi), engagement politique (licite "
                  "seulement comme engagement, rédaction proposée), conflit avec la loi, ou à "
                  "vérifier (fait incertain ou disposition de faible confiance).", "small"),
        Table(("Clause", "Constat", "Verdict", "Articles", "Confiance"), rows),
    ))


def finding_source_fr(source: str) -> str:
    """A finding's sources as a reader names them: each seed by its document's title
    (:func:`human_source`), each section of the law base by its French label; never a file
    name, never an English heading (« LEGAL.md § 5. How the council works » → « Note de
    Pacte sur le CGCT, § 5 : fonctionnement du conseil municipal »)."""
    out: list[str] = []
    sections: list[str] = []
    for part in (p.strip() for p in source.split(" ; ")):
        match = _LEGAL_SECTION.match(part)
        if match:
            number = match.group(1)
            label = source_titles().sections.get("LEGAL.md", {}).get(number)
            text = f"§ {number} ({label})" if label else f"§ {number}"
            if text not in sections:
                sections.append(text)
            continue
        text = (LAW_NOTE if part.startswith("LEGAL.md") else
                human_source(part).replace("LEGAL.md", "la note de Pacte sur le CGCT")
                .replace("(confiance L)", "(confiance faible)"))
        if text and text not in out:
            out.append(text)
    if sections:
        out = [t for t in out if t != LAW_NOTE] + [f"{LAW_NOTE}, {', '.join(sections)}"]
    return " ; ".join(out)


#: room to write by hand (dots: underscores would be escaped in Markdown)
ANNOTATION_LINE = "…" * 40


def explain(kind: str, message: str, details: dict[str, Any]) -> tuple[list[str], bool]:
    """The explanation of a finding (or of its JSON dict) and whether it is a list: for a
    clause, one line per aspect (its label, verdict and reasons); otherwise the message, one
    paragraph per sentence."""
    aspects = details.get("aspects") if kind == "legal" else None
    if aspects:
        return [f"{a['label']} — {VERDICT_FR[a['verdict']]} : {a['explanation']}"
                for a in aspects], True
    return [sentence for line in message.split("\n") if line.strip()
            for sentence in _SENTENCE_END.split(line.strip())], False


def explanation_lines(f: Finding) -> tuple[list[str], bool]:
    return explain(f.kind, f.message, f.details)


def explanation(f: Finding) -> list[Block]:
    lines, listed = explanation_lines(f)
    return [BulletList(tuple(lines))] if listed else [Paragraph(line) for line in lines]


def wording_heading(count: int) -> str:
    return "Rédaction proposée" if count == 1 else f"{count} rédactions proposées"


def _finding(number: str, f: Finding, titles: dict[str, str]) -> Section:
    """One finding: its problem as heading, then its verdict, the explanation (one paragraph
    per aspect), each proposed wording in its own block, the references and room to annotate."""
    blocks: list[Block] = [Paragraph(
        f"{VERDICT_FR[f.verdict][:1].upper()}{VERDICT_FR[f.verdict][1:]} — {titles[f.clause]} "
        f"(gravité : {SEVERITY_FR[f.severity]} ; confiance : {CONFIDENCE_FR[f.confidence]}).",
        "nature")]
    blocks += explanation(f)
    if f.wordings:
        blocks.append(Paragraph(f"{wording_heading(len(f.wordings))} :"))
        blocks += [Paragraph(w.strip(), "quote") for w in f.wordings if w.strip()]
    blocks.append(BulletList((
        f"Articles : {', '.join(f.articles) if f.articles else '—'}",
        f"Source : {finding_source_fr(f.source) or '—'}",
        f"Constat : {f.id} ({'juridique' if f.kind == 'legal' else 'cohérence'})",
    )))
    blocks.append(Paragraph(f"Annotations : {ANNOTATION_LINE}", "small"))
    return Section(f"{number}. {f.title} — {VERDICT_FR[f.verdict]}", tuple(blocks), 2)


def build_note(pact: Pact, scenario: Scenario, law: Law | None = None,
               today: date | None = None, findings: list[Finding] | None = None) -> Document:
    """The adviser's memo on the pact in the commune of ``scenario`` (``findings``: the
    verifier's, when the caller already has them — the same as :func:`check` would give)."""
    law = law or load_law()
    found = findings_of(pact, scenario, findings if findings is not None
                        else check(pact, scenario, law))
    findings = list(found.all)
    note = commune_note(scenario, pact)
    intro: list[Block] = [Paragraph(
        f"Note de vérification du pacte « {pact.info.title} » dans la commune de "
        f"{scenario.commune.name}, établie à partir des dispositions du code général des "
        "collectivités territoriales que contient Pacte. Les constats sont classés du plus "
        "sérieux au moins sérieux : conflits avec la loi, puis points à vérifier, puis le "
        "reste.")]
    if note:
        intro.append(Paragraph(note, "small"))
    sections = [Section("Objet", tuple(intro)), _summary(findings, found.titles)]
    serious = [f for f in ordered(findings) if RANK[f.verdict] <= 1]
    rest = [f for f in ordered(findings) if RANK[f.verdict] > 1]
    sections.append(Section("1. Ce qui doit changer ou être vérifié", (Paragraph(
        f"{plural(len(serious), 'constat')}, du plus sérieux au moins sérieux." if serious
        else "Aucun conflit ni point à vérifier."),)))
    sections += [_finding(f"1.{i}", f, found.titles) for i, f in enumerate(serious, 1)]
    sections.append(Section("2. Les autres constats", (Paragraph(f"{plural(len(rest), 'constat')}."),)))
    sections += [_finding(f"2.{i}", f, found.titles) for i, f in enumerate(rest, 1)]
    uncertain = tuple(f"{f.title} — {found.titles[f.clause]} ({f.id}) — {VERDICT_FR[f.verdict]}, "
                      f"confiance {CONFIDENCE_FR[f.confidence]}"
                      for f in findings if f.verdict == "a_verifier" or f.confidence == "L")
    sections.append(Section("3. Ce qui reste à vérifier", (BulletList(
        uncertain or ("Rien : tous les constats reposent sur des faits et dispositions "
                      "établis.",)),)))
    sections.append(Section("Visa", (VisaBlock("Visa du ou de la juriste (nom, date, "
                                               "signature, observations)"),)))
    return Document(
        kind="note", title=f"Note juridique — pacte « {pact.info.id} » à {scenario.commune.name}",
        subtitle=f"Pour le ou la juriste qui relit le pacte « {pact.info.title} »",
        pact_id=pact.info.id, commune=scenario.commune.name,
        legal_base_date=legal_base_date(), generated_on=format_date(today or date.today()),
        disclaimer=DISCLAIMER, sections=tuple(sections))
