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
        if f.suggested_wording:
            for line in (w.strip() for w in f.suggested_wording.split("\n")):
                assert not line or line in text
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
