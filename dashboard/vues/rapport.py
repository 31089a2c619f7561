"""Page « Rapport » : un rapport HTML imprimable de la variante en cours (et un PDF quand
Chromium est installé)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import streamlit as st

from dashboard import data, engines, graph_view, money, report_html, session
from dashboard.vues_shared import findings_for

CHROMIUM = "/usr/bin/chromium"


@st.cache_data(max_entries=32, show_spinner=False)
def _html(texts, overrides: tuple[str, ...], simulation: dict | None, today: dt.date) -> str:  # noqa: ANN001
    scen, pact = data.context(texts, overrides)
    findings = findings_for(texts, overrides) if engines.checker() else None
    costs = None
    if engines.cost_table() is not None:
        costs = engines.as_dict(engines.cost_table()(pact, scen))
        costs["headline"] = money.cost_headline(costs)
    from engine.report.calendar import mandate_overview

    calendar = mandate_overview(pact, scen)
    g = data.powers_graph(texts, overrides)
    return report_html.build(
        pact, scen, overrides=overrides, described=data.described(texts, overrides),
        powers_report=data.powers_report(texts, overrides), powers_svg=graph_view.svg(g),
        findings=findings, costs=costs, simulation=simulation, calendar=calendar, today=today)


PDF_KEY = "report_pdf_bytes"  # not a widget key: Streamlit forbids assigning those


def _pdf_buttons(col, html: str, pact_id: str) -> None:  # noqa: ANN001
    """« Préparer le PDF » prints this very report with Chromium; the download button then
    serves it (a PDF prepared for another variant is not offered)."""
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()
    if col.button("Préparer le PDF (Chromium)", key="report_pdf_make"):
        with st.spinner("Impression en PDF…"):
            st.session_state[PDF_KEY] = (digest, report_html.pdf_from_html(html, CHROMIUM))
    made, pdf = st.session_state.get(PDF_KEY, (None, None))
    if made != digest:
        return
    if pdf:
        col.download_button("Télécharger le PDF", pdf, file_name=f"rapport-{pact_id}.pdf",
                            mime="application/pdf", key="report_pdf")
    else:
        col.warning("L'impression en PDF a échoué : imprimez le HTML depuis votre navigateur.")


def main() -> None:
    v, t, _scen, pact = session.current()
    st.title("Rapport à imprimer")
    sim = st.session_state.get("last_simulation", {}).get((t, v.overrides))
    html = _html(t, v.overrides, sim, dt.date.today())
    st.subheader("Un rapport complet de la variante en cours, à imprimer ou à discuter avant "
                 "de signer")
    st.caption("Clauses, constats de légalité, coûts, résumé de simulation, calendrier et "
               "organisation des pouvoirs ; aucune ressource externe, mise en page A4.")
    c1, c2 = st.columns(2)
    c1.download_button("Télécharger le rapport (HTML)", html.encode("utf-8"),
                       file_name=f"rapport-{pact.info.id}.html", mime="text/html",
                       key="report_html")
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        _pdf_buttons(c2, html, pact.info.id)
    else:
        c2.caption("PDF : imprimez le HTML depuis votre navigateur (Chromium n'est pas installé "
                   "sur ce serveur).")
    st.iframe(html, height=1400)


main()
