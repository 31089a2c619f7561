"""Page « Rapport » : un HTML imprimable et autonome de la variante."""

from __future__ import annotations

from dashboard_support import app, texts


def _html(at) -> str:  # noqa: ANN001
    button = at.get("download_button")[0]
    return button.proto.url if hasattr(button.proto, "url") else ""


def test_report_page_builds_a_self_contained_report() -> None:
    at = app({"set": ["votation_propositionnelle.seuil_pct=2"]}, page="rapport")
    assert "Rapport à imprimer" in texts(at.title)
    assert at.get("download_button")
    assert not at.exception


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
