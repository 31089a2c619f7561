"""Page « Rapport » : les textes de la variante en cours (le pacte à signer, les délibérations
des premières séances, la note juridique, en PDF et en DOCX, et le tableau des coûts en
XLSX), puis le rapport d'analyse en HTML imprimable (et en PDF quand Chromium est installé).

Chaque fichier est préparé sur demande (« Préparer… »), puis offert au téléchargement ; ses
octets sont gardés sous une clé de session qui n'est pas celle d'un widget (Streamlit interdit
d'écrire dans celles-là) avec l'empreinte de la variante : un fichier préparé pour une autre
variante n'est jamais offert."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard import data, engines, graph_view, money, report_html, safe, session
from dashboard.vues_shared import costs_for, findings_for
from engine.core.errors import InputError

CHROMIUM = "/usr/bin/chromium"
PDF_KEY = "report_pdf_bytes"  # not a widget key: Streamlit forbids assigning those
DOCS_KEY = "report_documents"  # not a widget key either: {offer id: (empreinte, octets, erreur)}
MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass(frozen=True)
class Offer:
    """A file the page prepares on demand: ``document`` is a kind of ``pacte rediger``
    (« pacte », « deliberations », « note ») or « couts » for the spreadsheet."""

    document: str
    fmt: str
    label: str

    @property
    def id(self) -> str:
        return f"{self.document}_{self.fmt}"

    def file_name(self, pact_id: str) -> str:
        return f"{self.document}-{safe.download_stem(pact_id)}.{self.fmt}"


DOCUMENTS = (("pacte", "Pacte à signer",
              "les engagements des candidat·es en clair, leur nature juridique, la forme licite "
              "des clauses en conflit, les chiffres de la commune et le bloc des signatures"),
             ("deliberations", "Délibérations",
              "les projets de délibérations des premières séances du conseil et les articles du "
              "règlement intérieur, chacun avec sa clause et sa base légale"),
             ("note", "Note juridique",
              "les constats du vérificateur, des plus sérieux aux autres, avec articles, "
              "confiance, rédaction proposée et la place du visa du ou de la juriste"))
COSTS = Offer("couts", "xlsx", "Tableau des coûts")


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


def _document(kind: str, pact, scen, today: dt.date):  # noqa: ANN001, ANN202
    """The document model of ``pacte rediger --document kind`` (built by the engine)."""
    from engine.report.doc_deliberations import build_deliberations
    from engine.report.doc_note import build_note
    from engine.report.doc_pacte import build_pacte

    builders = {"pacte": build_pacte, "deliberations": build_deliberations, "note": build_note}
    return builders[kind](pact, scen, today=today)


@st.cache_data(max_entries=32, show_spinner=False)
def _file(texts, overrides: tuple[str, ...], offer: Offer, today: dt.date) -> bytes:  # noqa: ANN001
    """The bytes of one offered file; raises (nothing cached) when it cannot be made."""
    scen, pact = data.context(texts, overrides)
    if offer.document == COSTS.document:
        from engine.procedures.cost_table import cost_table
        from engine.render.cost_xlsx import render_xlsx

        return render_xlsx(cost_table(pact, scen))
    document = _document(offer.document, pact, scen, today)
    if offer.fmt == "docx":
        from engine.render.document_docx import render_docx

        return render_docx(document)
    from engine.render.document_html import render_html
    from engine.render.pdf import pdf_from_html

    pdf = pdf_from_html(render_html(document), CHROMIUM)
    if pdf is None:
        raise RuntimeError("Chromium n'a pas produit de PDF")
    return pdf


def _failure(offer: Offer, exc: Exception) -> str:
    """The French sentence shown when a file cannot be prepared (the trace goes to the log)."""
    what = f"« {offer.label} » ({offer.fmt.upper()})"
    if isinstance(exc, InputError):
        return f"{what} ne peut pas être préparé pour cette variante : {safe.message(exc)}"
    safe.LOG.error("préparation d'un document du tableau de bord en échec", exc_info=exc)
    if offer.fmt == "pdf":
        return (f"L'impression de {what} en PDF a échoué ({type(exc).__name__}) : "
                "téléchargez-le en DOCX ou réessayez.")
    return (f"La préparation de {what} a échoué ({type(exc).__name__}) ; le détail est dans "
            "le journal du serveur.")


def _prepared(col, offer: Offer, digest: str, make: Callable[[], bytes], pact_id: str) -> None:  # noqa: ANN001
    """« Préparer » makes the file once; its download button is then offered, for this
    variant only (a failure is said in French, never as a traceback)."""
    if col.button(f"Préparer « {offer.label} » ({offer.fmt.upper()})", key=f"rapport_make_{offer.id}"):
        with st.spinner(f"Préparation de « {offer.label} » ({offer.fmt.upper()})…"):
            try:
                entry = (digest, make(), None)
            except Exception as exc:  # noqa: BLE001 — shown in French, traced in the log
                entry = (digest, None, _failure(offer, exc))
        st.session_state.setdefault(DOCS_KEY, {})[offer.id] = entry
    made, content, error = st.session_state.get(DOCS_KEY, {}).get(offer.id, (None, None, None))
    if made != digest:
        return
    if content is not None:
        col.download_button(f"Télécharger « {offer.label} » ({offer.fmt.upper()})", content,
                            file_name=offer.file_name(pact_id), mime=MIME[offer.fmt],
                            key=f"rapport_download_{offer.id}", on_click="ignore")
    else:
        col.error(safe.md(error))


def _variant_digest(texts, overrides: tuple[str, ...], today: dt.date) -> str:  # noqa: ANN001
    parts = (texts.pact_text, texts.pact_name, texts.scenario_text, texts.scenario_name,
             *overrides, today.isoformat())
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def _documents(t, overrides: tuple[str, ...], pact_id: str, today: dt.date) -> None:  # noqa: ANN001
    st.subheader("Les textes à signer et à voter")
    st.caption("Pour la variante en cours. Le PDF est imprimé par Chromium ; le DOCX s'ouvre "
               "dans un traitement de texte, pour le modifier et suivre les modifications. "
               "Ces textes ne sont pas un avis juridique : faites-les relire.")
    digest = _variant_digest(t, overrides, today)
    with_pdf = shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists()
    for kind, label, what in DOCUMENTS:
        st.markdown(f"**{label}** — {what}.")
        pdf_col, docx_col = st.columns(2, vertical_alignment="top")
        for fmt, col in (("pdf", pdf_col), ("docx", docx_col)):
            offer = Offer(kind, fmt, label)
            if fmt == "pdf" and not with_pdf:
                col.caption("PDF : Chromium n'est pas installé sur ce serveur ; prenez le DOCX.")
                continue
            _prepared(col, offer, digest, lambda o=offer: _file(t, overrides, o, today), pact_id)
    st.markdown(f"**{COSTS.label}** — chaque prix unitaire et chaque quantité dans une feuille "
                "d'entrées, avec sa source ; les lignes et les totaux sont des formules : "
                "changer le SMIC dans la feuille recalcule tout.")
    xlsx_col, _ = st.columns(2, vertical_alignment="top")
    _prepared(xlsx_col, COSTS, digest, lambda: _file(t, overrides, COSTS, today), pact_id)


def _report(html: str, pact_id: str) -> None:
    st.subheader("Le rapport d'analyse, à imprimer ou à discuter avant de signer")
    st.caption("Clauses, constats de légalité, coûts, résumé de simulation, calendrier et "
               "organisation des pouvoirs ; aucune ressource externe, mise en page A4.")
    c1, c2 = st.columns(2)
    c1.download_button("Télécharger le rapport (HTML)", html.encode("utf-8"),
                       file_name=f"rapport-{safe.download_stem(pact_id)}.html",
                       mime="text/html", key="report_html", on_click="ignore")
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        _report_pdf(c2, html, pact_id)
    else:
        c2.caption("PDF : imprimez le HTML depuis votre navigateur (Chromium n'est pas installé "
                   "sur ce serveur).")


def _report_pdf(col, html: str, pact_id: str) -> None:  # noqa: ANN001
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
        col.download_button("Télécharger le PDF", pdf,
                            file_name=f"rapport-{safe.download_stem(pact_id)}.pdf",
                            mime="application/pdf", key="report_pdf", on_click="ignore")
    else:
        col.warning("L'impression en PDF a échoué : imprimez le HTML depuis votre navigateur.")


def _conclusions(t, overrides: tuple[str, ...]) -> None:  # noqa: ANN001
    """What the documents below conclude, first: lawful or not (the counts of ``pacte
    bilan``), coherent or not, what it costs — the report's own « En bref »."""
    findings = findings_for(t, overrides) if engines.checker() else None
    costs = costs_for(t, overrides)
    if costs is not None:
        costs = {**costs, "headline": money.cost_headline(costs)}
    lines = report_html.conclusions(findings, costs)
    if not lines:
        return
    st.subheader(lines[0])
    for line in lines[1:]:
        st.markdown(safe.md(line))
    st.caption("Le détail de chaque constat et de chaque coût est dans les documents "
               "ci-dessous, à télécharger pour la variante en cours.")


def main() -> None:
    v, t, _scen, pact = session.current()
    st.title("Rapport à imprimer")
    today = dt.date.today()
    _conclusions(t, v.overrides)
    _documents(t, v.overrides, pact.info.id, today)
    sim = st.session_state.get("last_simulation", {}).get((t, v.overrides))
    html = _html(t, v.overrides, sim, today)
    _report(html, pact.info.id)
    st.iframe(html, height=1400)


main()
