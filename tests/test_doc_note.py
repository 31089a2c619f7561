"""The adviser's legal memo (engine/report/doc_note.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.report.doc_note import RANK, build_note, ordered
from engine.report.document import Document, VisaBlock, all_text
from engine.verifier.checks import check
from engine.verifier.findings import VERDICT_FR

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


@lru_cache(maxsize=8)
def built(pact_id: str) -> tuple[Document, list]:
    scen, pact = load_context(None, pact_id, [])
    return build_note(pact, scen), check(pact, scen)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_every_finding_with_articles_confidence_and_wording(pact_id):
    doc, findings = built(pact_id)
    text = all_text(doc)
    for f in findings:
        assert f"Constat : {f.id} " in text
        assert f.title in text
        for wording in f.wordings:
            assert wording.strip() in text
    finding_sections = [s for s in doc.sections if s.level == 2]
    assert len(finding_sections) == len(findings)


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_most_serious_first(pact_id):
    doc, findings = built(pact_id)
    verdict_of_heading = [s.heading.rsplit(" — ", 1)[1] for s in doc.sections if s.level == 2]
    fr_to_rank = {VERDICT_FR[v]: r for v, r in RANK.items()}
    ranks = [fr_to_rank[v] for v in verdict_of_heading]
    assert ranks == sorted(ranks)
    if any(f.verdict == "conflit" for f in findings):
        assert verdict_of_heading[0] in ("conflit avec la loi", "incohérent")


@pytest.mark.parametrize("pact_id", BUNDLED)
def test_visa_and_disclaimer(pact_id):
    doc, _ = built(pact_id)
    assert doc.kind == "note"
    assert isinstance(doc.sections[-1].blocks[-1], VisaBlock)
    assert "n'est pas un avis juridique" in doc.disclaimer


def test_ordered_is_stable_within_a_rank():
    _, findings = built("chambery-2026")
    out = ordered(findings)
    conflicts = [f.id for f in findings if f.verdict in ("conflit", "incoherent")]
    assert [f.id for f in out[:len(conflicts)]] == conflicts


def test_sources_by_their_titles_never_a_file_name():
    from engine.report.doc_note import finding_source_fr

    doc, findings = built("chambery-2026")
    text = all_text(doc)
    assert "000_721ebb8a9b1c3e2a.txt" not in text and "How the council works" not in text
    said = finding_source_fr("000_721ebb8a9b1c3e2a.txt § Votations abrogatoires ; "
                             "LEGAL.md § 5. How the council works")
    assert said.startswith("Pacte de gouvernance pour Chambéry") and "§ 5 (fonctionnement" in said


def test_each_finding_titled_then_verdict_then_wordings_apart():
    from engine.report.document import BulletList, Paragraph

    doc, findings = built("chambery-2026")
    f = next(x for x in findings if x.id == "legal.votation_abrogatoire")
    section = next(s for s in doc.sections if s.level == 2 and s.heading.split(". ", 1)[1]
                   .startswith(f.title))
    first, aspects = section.blocks[0], section.blocks[1]
    assert isinstance(first, Paragraph) and first.text.startswith("Conflit avec la loi")
    assert isinstance(aspects, BulletList) and len(aspects.items) == len(f.details["aspects"])
    quotes = [b.text for b in section.blocks if isinstance(b, Paragraph) and b.style == "quote"]
    assert quotes == [w.strip() for w in f.wordings] and len(quotes) >= 3
