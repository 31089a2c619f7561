"""`pacte verifier` output: plain text for the terminal, and the adviser's memo in Markdown.

The Markdown memo is a rendering of the note document of :mod:`engine.report.doc_note`
(the « note juridique » that ``pacte rediger --document note`` also renders in HTML, DOCX
and PDF): one document model, several renderings. The text output follows the same order
inside each finding: its problem (title), its verdict, the explanation (one line per
aspect), each proposed wording on its own, then articles, confidence and sources by their
titles."""

from __future__ import annotations

from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.render.document_md import render_markdown as document_markdown
from engine.report.clauses import titled
from engine.report.doc_note import build_note, explanation_lines, finding_source_fr, wording_heading
from engine.verifier.findings import (
    CONFIDENCE_FR,
    SEVERITY_FR,
    VERDICT_FR,
    Finding,
    counts_by_kind,
    counts_lines,
    legality_answer,
)


def summary_lines(findings: list[Finding]) -> list[str]:
    """The answer to « Ce pacte est-il légal ? » and the two count lines of ``pacte bilan``."""
    counts = counts_by_kind(findings)
    return [f"Ce pacte est-il légal ? {legality_answer(counts['legal'])}",
            *counts_lines(counts["legal"], counts["consistency"])]


def summary_line(findings: list[Finding]) -> str:
    """The two count lines of ``pacte bilan`` on one line."""
    counts = counts_by_kind(findings)
    return " ".join(counts_lines(counts["legal"], counts["consistency"]))


def _finding_text(f: Finding, titles: dict[str, str]) -> list[str]:
    lines = ["", f"[{VERDICT_FR[f.verdict].upper()}] {f.title}",
             f"  {titled(f.clause, titles)} — {VERDICT_FR[f.verdict]} "
             f"(constat {f.id})"]
    explained, listed = explanation_lines(f)
    lines += [f"  {'• ' if listed else ''}{line}" for line in explained]
    if f.wordings:
        lines.append(f"  {wording_heading(len(f.wordings))} :")
        for i, w in enumerate(f.wordings, 1):
            lines.append(f"    {f'{i}. ' if len(f.wordings) > 1 else ''}{w}")
    if f.articles:
        lines.append(f"  Articles : {', '.join(f.articles)}")
    lines.append(f"  Gravité : {SEVERITY_FR[f.severity]} ; confiance : "
                 f"{CONFIDENCE_FR[f.confidence]} ; source : {finding_source_fr(f.source)}")
    return lines


def render_text(findings: list[Finding], pact_id: str, commune: str, titles: dict[str, str],
                note: str | None = None) -> str:
    """``note``: the line saying the scenario's commune is not the pact's (or ``None``)."""
    lines = [f"Vérification du pacte « {pact_id} » à {commune}", *([note] if note else []),
             *summary_lines(findings)]
    for kind, heading in (("legal", "Légalité (CGCT), clause par clause"),
                          ("consistency", "Cohérence et faisabilité")):
        lines += ["", f"■ {heading}"]
        for f in (x for x in findings if x.kind == kind):
            lines += _finding_text(f, titles)
    return "\n".join(lines)


def render_markdown(pact: Pact, scenario: Scenario, findings: list[Finding] | None = None) -> str:
    """The adviser's memo (the note document of :func:`build_note`) in Markdown, each finding
    with its id and room for annotations; ``findings``: the verifier's, when already computed."""
    return document_markdown(build_note(pact, scenario, findings=findings))
