"""Page « Légalité » : la réponse à « Ce pacte est-il légal ? » (les mêmes comptes que
`pacte bilan`), puis chaque constat titré par son problème, filtrable, détails repliés
(verdict, explication aspect par aspect, chaque rédaction proposée dans son cadre) ; mémo
à télécharger."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, engines, session
from dashboard.labels import (
    KIND_SHORT_FR,
    SEVERITY_FR,
    SEVERITY_SHORT_FR,
    VERDICT_FR,
    VERDICT_SHORT_FR,
)
from dashboard.safe import md
from dashboard.vues_shared import findings_for

ICON = {"error": "⛔", "warning": "⚠", "info": "ℹ"}
#: the verdicts, most serious first
VERDICT_ORDER = ("conflit", "incoherent", "a_verifier", "engagement_politique", "lacune",
                 "conforme", "coherent")
CONFIDENCE = {"H": "haute", "M": "moyenne", "L": "faible"}


@st.cache_data(max_entries=32, show_spinner=False)
def _memo(texts, overrides: tuple[str, ...]) -> str:  # noqa: ANN001
    scen, pact = data.context(texts, overrides)
    return engines.memo_markdown(pact, scen)


def _chips(label: str, items: list[dict], field: str, order: tuple[str, ...],
           short: dict[str, str]) -> list[str]:
    values = [v for v in order if any(f[field] == v for f in items)]
    return st.multiselect(label, values, default=values, key=f"f_{field}:{'/'.join(values)}",
                          format_func=lambda x: short.get(x, x))


def _details(f: dict, clause_title: str) -> None:
    from engine.report.doc_note import explain, finding_source_fr, wording_heading

    verdict = VERDICT_FR.get(f["verdict"], f["verdict"])
    st.markdown(md(f"**{verdict[:1].upper()}{verdict[1:]}** — {clause_title}"))
    lines, listed = explain(f["kind"], f["message"], f.get("details", {}))
    if listed:  # one bullet per aspect of the clause
        st.markdown("\n".join(f"- {md(line)}" for line in lines))
    else:
        for line in lines:
            st.markdown(md(line))
    wordings = f.get("redactions_proposees") or []
    if wordings:
        st.markdown(f"**{wording_heading(len(wordings))}**")
        for w in wordings:
            st.info(md(w))
    st.caption(md(f"Articles : {', '.join(f['articles']) or '—'} · Confiance : "
                  f"{CONFIDENCE.get(f.get('confidence', ''), '—')} · Source : "
                  f"{finding_source_fr(f.get('source', '')) or '—'} · Constat {f['id']}"))


def main() -> None:
    from engine.core.fr import plural
    from engine.verifier.findings import counts_by_kind, counts_lines, legality_answer

    v, t, scen, pact = session.current()
    st.title("Légalité et cohérence")
    if engines.checker() is None:
        data.Module("engine.verifier", "vérificateur (pacte verifier)").notice()
        return
    items = findings_for(t, v.overrides)
    counts = counts_by_kind(items)
    st.subheader(f"Ce pacte est-il légal ? {legality_answer(counts['legal'])}")
    st.markdown("  \n".join(counts_lines(counts["legal"], counts["consistency"])))
    from engine.report.clauses import titled
    from engine.report.doc_common import findings_of

    titles = findings_of(pact, scen, []).titles
    c = st.columns(4)
    c[0].metric("Constats", len(items))
    c[1].metric("Erreurs", sum(f["severity"] == "error" for f in items))
    c[2].metric("Points d'attention", sum(f["severity"] == "warning" for f in items))
    c[3].metric("Informations", sum(f["severity"] == "info" for f in items))
    f1, f2, f3 = st.columns(3)
    with f1:
        chosen_v = _chips("Verdict", items, "verdict", VERDICT_ORDER, VERDICT_SHORT_FR)
    with f2:
        chosen_s = _chips("Gravité", items, "severity", ("error", "warning", "info"), SEVERITY_SHORT_FR)
    with f3:
        chosen_k = _chips("Nature", items, "kind", ("legal", "consistency"), KIND_SHORT_FR)
    shown = [f for f in items if f["verdict"] in chosen_v and f["severity"] in chosen_s
             and f["kind"] in chosen_k]
    st.caption(f"{plural(len(shown), 'constat')} affiché{'s' if len(shown) > 1 else ''} "
               f"sur {len(items)}.")
    for f in sorted(shown, key=lambda f: ("error", "warning", "info").index(f["severity"])):
        clause_title = titled(f["clause"], titles)
        with st.expander(f"{ICON.get(f['severity'], '')} {md(f['titre'])} — {md(clause_title)}"):
            _details(f, clause_title)
    # Built now (a few hundredths of a second), not on click: a file generated on click
    # reaches the browser after a round trip, outside the click's user gesture, and a
    # browser that already received a file from the site may block it as an automatic
    # download (what CI's Chromium did).
    st.download_button("Télécharger le mémo (Markdown)",
                       _memo(t, v.overrides).encode("utf-8"),
                       file_name=f"memo-{pact.info.id}.md", mime="text/markdown",
                       key="memo_md")
    with st.expander("Tableau de tous les constats"):
        st.dataframe(pd.DataFrame([{
            "Constat": f["titre"], "Clause": titled(f["clause"], titles),
            "Nature": KIND_SHORT_FR.get(f["kind"], f["kind"]),
            "Verdict": VERDICT_FR.get(f["verdict"], f["verdict"]),
            "Gravité": SEVERITY_FR.get(f["severity"], f["severity"]),
            "Articles": ", ".join(f["articles"])} for f in items]),
            hide_index=True, width="stretch")


main()
