"""The legal memo for the adviser: the verifier's findings, most serious first.

The same findings and wording as ``pacte verifier --format markdown`` (verdict, articles,
confidence, explanation, proposed wording, room for annotations), ordered conflicts first,
then what is to be checked, then the rest, and closed by a visa block for the adviser.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from engine.io.context import commune_note
from engine.io.law import load_law
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.report.doc_common import DISCLAIMER, day_fr, findings_of, legal_base_date
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
    verdict_counts_fr,
)

#: reading order: what must change first, then what must be checked, then the rest
RANK = {"conflit": 0, "incoherent": 0, "a_verifier": 1, "engagement_politique": 2, "lacune": 2,
        "conforme": 3, "coherent": 3}


def ordered(findings: list[Finding]) -> list[Finding]:
    """Conflicts (and inconsistencies) first, then « à vérifier », then the rest; the
    verifier's order within each rank."""
    return sorted(findings, key=lambda f: RANK[f.verdict])


def _summary(findings: list[Finding], titles: dict[str, str]) -> Section:
    def counts(kind: str) -> str:
        return verdict_counts_fr(dict(Counter(f.verdict for f in findings if f.kind == kind)),
                                 kind)

    rows = tuple((titles[f.clause], VERDICT_FR[f.verdict], ", ".join(f.articles) or "—",
                  CONFIDENCE_FR[f.confidence])
                 for f in ordered([f for f in findings if f.kind == "legal"]))
    return Section("Synthèse", (
        Paragraph(f"Légalité : {counts('legal')}. Cohérence : {counts('consistency')}."),
        Paragraph("Chaque clause est qualifiée d'après son type et ses paramètres : conforme "
                  "(valable une fois l'organe compétent saisi), engagement politique (licite "
                  "seulement comme engagement, rédaction proposée), conflit avec la loi, ou à "
                  "vérifier (fait incertain ou disposition de faible confiance).", "small"),
        Table(("Clause", "Verdict", "Articles", "Confiance"), rows),
    ))


def _finding(number: str, f: Finding, titles: dict[str, str]) -> Section:
    lines = [line for line in f.message.split("\n") if line.strip()]
    blocks: list[Block] = [BulletList((
        f"Constat : {f.id} ({'juridique' if f.kind == 'legal' else 'cohérence'})",
        f"Verdict : {VERDICT_FR[f.verdict]} (gravité : {SEVERITY_FR[f.severity]})",
        f"Articles : {', '.join(f.articles) if f.articles else '—'}",
        f"Confiance : {CONFIDENCE_FR[f.confidence]}",
        f"Source : {f.source}",
    )), Paragraph(lines[0] if lines else "")]
    if len(lines) > 1:
        blocks.append(BulletList(tuple(lines[1:])))
    if f.suggested_wording:
        blocks.append(Paragraph("Rédaction proposée :"))
        blocks += [Paragraph(w.strip(), "quote") for w in f.suggested_wording.split("\n")
                   if w.strip()]
    blocks.append(Paragraph("Annotations : ____________________________________________",
                            "small"))
    return Section(f"{number}. {titles[f.clause]} — {VERDICT_FR[f.verdict]}", tuple(blocks), 2)


def build_note(pact: Pact, scenario: Scenario, law: Law | None = None,
               today: date | None = None) -> Document:
    """The adviser's memo on the pact in the commune of ``scenario``."""
    law = law or load_law()
    found = findings_of(pact, scenario, check(pact, scenario, law))
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
        f"{len(serious)} constat(s)." if serious else "Aucun conflit ni point à vérifier."),)))
    sections += [_finding(f"1.{i}", f, found.titles) for i, f in enumerate(serious, 1)]
    sections.append(Section("2. Les autres constats", (Paragraph(f"{len(rest)} constat(s)."),)))
    sections += [_finding(f"2.{i}", f, found.titles) for i, f in enumerate(rest, 1)]
    uncertain = tuple(f"{found.titles[f.clause]} ({f.id}) — {VERDICT_FR[f.verdict]}, confiance "
                      f"{CONFIDENCE_FR[f.confidence]}"
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
        legal_base_date=legal_base_date(), generated_on=day_fr(today or date.today()),
        disclaimer=DISCLAIMER, sections=tuple(sections))
