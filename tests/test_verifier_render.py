"""Text and Markdown renderings of `pacte verifier`: each finding titled by its problem, its
verdict, its explanation aspect by aspect, each wording on its own; the Markdown memo is the
note document of engine/report/doc_note.py, rendered; sources by their titles."""

import re

from engine.render.document_md import render_markdown as document_markdown
from engine.render.verifier import render_markdown, render_text, summary_line
from engine.report.doc_note import build_note
from engine.verifier.checks import check
from tests.verifier_support import context


def test_text_titles_verdict_then_wordings():
    scen, pact = context()
    found = check(pact, scen)
    titles = {k: c.title for k, c in pact.clauses().items()}
    text = render_text(found, "chambery-2026", "Chambéry", titles)
    f = next(x for x in found if x.id == "legal.votation_abrogatoire")
    block = text.split(f"[CONFLIT AVEC LA LOI] {f.title}\n", 1)[1].split("\n\n", 1)[0]
    lines = block.split("\n")
    assert "conflit avec la loi (constat legal.votation_abrogatoire)" in lines[0]
    assert sum(line.startswith("  • ") for line in lines) == len(f.details["aspects"])
    assert f"  {len(f.wordings)} rédactions proposées :" in lines
    for i, w in enumerate(f.wordings, 1):
        assert f"    {i}. {w}" in lines
    assert "000_721ebb8a9b1c3e2a.txt" not in text and "How the council works" not in text
    assert "Pacte de gouvernance pour Chambéry" in text


def test_markdown_is_the_note_document_rendered():
    scen, pact = context()
    found = check(pact, scen)
    md = render_markdown(pact, scen, found)
    assert md.split("- Produit le", 1)[0] == \
        document_markdown(build_note(pact, scen, findings=found)).split("- Produit le", 1)[0]
    assert md.count("Annotations :") == len(found)
    for f in found:
        assert f.id.replace("_", "\\_") in md  # each finding keeps its id, to annotate
    assert "## 3. Ce qui reste à vérifier" in md
    assert "000_721ebb8a9b1c3e2a.txt" not in md
    assert not re.search(r"LEGAL\.md § \d+\. [A-Z]", md)  # no English heading of the law base


def test_summary_counts_are_the_bilan_lines():
    scen, pact = context()
    line = summary_line(check(pact, scen))
    assert line.startswith("Clauses au regard du CGCT : 7 conflits avec la loi")
    assert "Cohérence du pacte : 11 incohérents" in line
