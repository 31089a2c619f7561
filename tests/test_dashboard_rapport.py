"""Page « Rapport » : un HTML imprimable et autonome de la variante."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dashboard_support import app, texts


def _html(at) -> str:  # noqa: ANN001
    button = at.get("download_button")[0]
    return button.proto.url if hasattr(button.proto, "url") else ""


def test_report_page_builds_a_self_contained_report() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2"]}, page="rapport")
    assert "Rapport à imprimer" in texts(at.title)
    assert at.get("download_button")
    assert not at.exception


def test_report_page_opens_with_its_conclusions_in_the_words_of_bilan() -> None:
    from engine.io.variant import Texts, bundled_text, load_texts
    from engine.verifier.checks import check
    from engine.verifier.findings import counts_by_kind, counts_lines, legality_answer

    at = app({"set": ["votation_propositionnelle.seuil_pct=2"]}, page="rapport")
    t = Texts(*bundled_text("pacte", "chambery-2026"), *bundled_text("scenario", "chambery"))
    scen, pact = load_texts(t, ("votation_propositionnelle.seuil_pct=2",))
    counts = counts_by_kind(check(pact, scen))
    first = texts(at.subheader)[0]
    assert first == f"Ce pacte est-il légal ? {legality_answer(counts['legal'])}"
    assert re.search(r"\d+ conflits? avec la loi", first)  # a sentence with a figure
    said = texts(at.markdown)
    assert counts_lines(counts["legal"], counts["consistency"])[1] in said
    assert any(x.startswith("Le pacte coûte ") and " M€ par an" in x for x in said)


def test_report_html_content() -> None:
    import datetime as dt

    from dashboard import graph_view, report_html
    from engine import powers
    from engine.io.variant import Texts, bundled_text, load_texts
    from engine.report.clauses import describe

    t = Texts(*bundled_text("pacte", "chambery-2026"), *bundled_text("scenario", "chambery"))
    scen, pact = load_texts(t, ("votation_propositionnelle.seuil_pct=2",))
    g = powers.build(pact)
    html = report_html.build(pact, scen, overrides=("votation_propositionnelle.seuil_pct=2",),
                             described=describe(pact), powers_report=powers.analyse(g),
                             powers_svg=graph_view.svg(g), findings=None, costs=None,
                             simulation=None, calendar={"Jours de votation possibles": 21},
                             today=dt.date(2026, 1, 15))
    assert html.startswith("<!doctype html>") and "lang='fr'" in html
    assert "15 janvier 2026" in html and "votation_propositionnelle.seuil_pct=2" in html
    assert "<svg" in html and "@page{size:A4" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "2 %" in html  # the edited value, formatted in French
    assert "n'est pas disponible" in html  # missing modules are said, never invented
    assert "n&#x27;est pas un avis juridique" in html and "counter(page)" in html
    assert "Base légale : " in html and ".txt" not in html  # sources by their titles


def test_report_findings_and_simulation_read_as_french() -> None:
    import datetime as dt

    from dashboard import graph_view, report_html
    from engine import powers
    from engine.io.variant import Texts, bundled_text, load_texts
    from engine.report.clauses import describe
    from engine.verifier.checks import check

    t = Texts(*bundled_text("pacte", "chambery-2026"), *bundled_text("scenario", "chambery"))
    scen, pact = load_texts(t, ())
    g = powers.build(pact)
    sim = {"caption": "2 futurs simulés", "labels": {},
           "metrics": {"cost_operating_eur_per_year": {"mean": 2054658.74, "p50": 2e6},
                       "audit_coverage": {"mean": 0.83}}}
    html = report_html.build(pact, scen, overrides=(), described=describe(pact),
                             powers_report=powers.analyse(g), powers_svg=graph_view.svg(g),
                             findings=[f.as_dict() for f in check(pact, scen)], costs=None,
                             simulation=sim, calendar=None, today=dt.date(2026, 1, 15))
    assert f"<b>{pact.petition.title}</b> — conflit avec la loi (L1112-16" in html.replace(
        "&#x27;", "'")
    assert " — incoherent (" not in html and "confiance moyenne" in html
    assert "2\u202f054\u202f659 €/an" in html and "83,0 %" in html and "2054658" not in html
    # « En bref » opens with the answer of the Rapport page, in the words of `pacte bilan`
    assert "<h2>En bref</h2><ul><li>Ce pacte est-il légal ? Non, pas tel qu'il est écrit : " \
        in html.replace("&#x27;", "'")


def test_pdf_is_printed_by_debian_chromium() -> None:
    import os
    from pathlib import Path

    import pytest

    from dashboard.report_html import pdf_from_html

    if not Path("/usr/bin/chromium").exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium absent en CI")
        pytest.skip("/usr/bin/chromium absent")
    pdf = pdf_from_html("<!doctype html><html lang='fr'><body><h1>Rapport</h1></body></html>")
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert pdf_from_html("<p>x</p>", chromium="/nexiste/pas") is None


# --- the texts of the variant: prepared on demand, offered for this variant only ---------

DOCS_KEY = "report_documents"
VARIANT = {"set": ["votation_propositionnelle.seuil_pct=2"]}
DOCUMENT_OFFERS = ["pacte", "deliberations", "note"]


def _prepare(at, offer_id: str) -> bytes:  # noqa: ANN001
    """Press « Préparer… », then find the download button and the bytes it serves."""
    at.button(key=f"rapport_make_{offer_id}").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, texts(at.error)
    assert [b for b in at.get("download_button") if b.key == f"rapport_download_{offer_id}"]
    digest, content, error = at.session_state[DOCS_KEY][offer_id]
    assert error is None and content
    return content


def test_the_page_offers_each_text_in_pdf_and_docx_and_the_spreadsheet() -> None:
    at = app(VARIANT, page="rapport")
    labels = [b.label for b in at.button]
    for label in ("Pacte à signer", "Délibérations", "Note juridique"):
        assert f"Préparer « {label} » (DOCX)" in labels
        assert f"Préparer « {label} » (PDF)" in labels
    assert "Préparer « Tableau des coûts » (XLSX)" in labels
    # nothing is offered before it is prepared (a stale file of another variant never is)
    assert [b.key for b in at.get("download_button")] == ["report_html"]


def test_each_docx_is_a_word_document_of_the_variant() -> None:
    import io

    import docx

    at = app(VARIANT, page="rapport")
    for kind in DOCUMENT_OFFERS:
        document = docx.Document(io.BytesIO(_prepare(at, f"{kind}_docx")))
        body = "\n".join(p.text for p in document.paragraphs)
        headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert headings and "Chambéry" in body, kind
        if kind == "pacte":
            assert "2 %" in body and "3 % des électeurs" not in body  # the link's edit


def test_the_spreadsheet_is_a_live_workbook() -> None:
    import io

    import openpyxl

    at = app(VARIANT, page="rapport")
    book = openpyxl.load_workbook(io.BytesIO(_prepare(at, "couts_xlsx")))
    formulas = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert len(book.worksheets) >= 2 and formulas


def test_a_file_prepared_for_another_variant_is_not_offered() -> None:
    at = app(VARIANT, page="rapport")
    _prepare(at, "couts_xlsx")
    at.session_state[DOCS_KEY]["couts_xlsx"] = ("autre variante", b"x", None)
    at.run()
    assert at.session_state[DOCS_KEY]["couts_xlsx"][0] == "autre variante"
    assert not [b for b in at.get("download_button") if b.key == "rapport_download_couts_xlsx"]


def test_a_failure_is_said_in_french_never_as_a_traceback(monkeypatch) -> None:  # noqa: ANN001
    import engine.render.document_docx as docx_renderer

    def broken(document):  # noqa: ANN001, ANN202
        raise RuntimeError("shadow")

    monkeypatch.setattr(docx_renderer, "render_docx", broken)
    # an edit no other test uses: the cached file of another test cannot answer
    at = app({"set": ["votation_propositionnelle.seuil_pct=4"]}, page="rapport")
    at.button(key="rapport_make_deliberations_docx").click().run()
    assert not at.exception
    shown = " ".join(texts(at.error))
    assert "« Délibérations » (DOCX) a échoué (RuntimeError)" in shown
    assert "shadow" not in shown and "Traceback" not in shown
    assert not [b for b in at.get("download_button") if b.key.startswith("rapport_download")]


@pytest.mark.slow  # Chromium prints three documents
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium absent")
def test_each_pdf_is_printed_by_chromium() -> None:
    at = app(VARIANT, page="rapport")
    for kind in DOCUMENT_OFFERS:
        pdf = _prepare(at, f"{kind}_pdf")
        assert pdf.startswith(b"%PDF-") and re.search(rb"/Type\s*/Page(?!s)", pdf), kind
