"""Text and Markdown renderings."""

from engine.render.verifier import render_markdown, render_text, summary_line
from engine.verifier.checks import check
from tests.verifier_support import context


def test_text_and_markdown():
    scen, pact = context()
    found = check(pact, scen)
    titles = {k: c.title for k, c in pact.clauses().items()}
    text = render_text(found, "chambery-2026", "Chambéry", titles)
    assert "[CONFLIT AVEC LA LOI] legal.votation_abrogatoire" in text
    md = render_markdown(found, "chambery-2026", "Chambéry", titles)
    assert "| Clause | Verdict | Articles | Confiance |" in md
    assert md.count("**Annotations**") == len(found)
    assert "## 3. Ce qui reste à vérifier" in md and "`legal.commune.effectif`" in md


def test_summary_counts():
    scen, pact = context()
    line = summary_line(check(pact, scen))
    assert line.startswith("Légalité : 7 conflits avec la loi")
