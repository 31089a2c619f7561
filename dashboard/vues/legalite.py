"""Page « Légalité » : les constats du vérificateur (CGCT et cohérence), filtrables, avec
articles, explication et rédaction proposée ; mémo à télécharger."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, engines, session
from dashboard.labels import SEVERITY_FR, VERDICT_FR
from dashboard.safe import clean, md
from dashboard.vues_shared import findings_for

ICON = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}


@st.cache_data(max_entries=32, show_spinner=False)
def _memo(texts, overrides: tuple[str, ...]) -> str:  # noqa: ANN001
    scen, pact = data.context(texts, overrides)
    return engines.memo_markdown(pact, scen)


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Légalité et cohérence")
    if engines.checker() is None:
        data.Module("engine.verifier", "vérificateur (pacte verifier)").notice()
        return
    items = findings_for(t, v.overrides)
    conflicts = [f for f in items if f["verdict"] in ("conflit", "incoherent")]
    commitments = [f for f in items if f["verdict"] == "engagement_politique"]
    n_conf = len({f["clause"] for f in conflicts})
    st.subheader(f"{n_conf} clause(s) en conflit avec la loi ou incohérente(s), "
                 f"{len(commitments)} à écrire comme engagement politique"
                 if conflicts or commitments else "Aucun conflit ni incohérence relevé")
    titles = {key: clause.title for key, clause in pact.clauses().items()}
    c = st.columns(4)
    c[0].metric("Constats", len(items))
    c[1].metric("Erreurs", sum(f["severity"] == "error" for f in items))
    c[2].metric("Points d'attention", sum(f["severity"] == "warning" for f in items))
    c[3].metric("Informations", sum(f["severity"] == "info" for f in items))
    verdicts = sorted({f["verdict"] for f in items})
    severities = [s for s in ("error", "warning", "info") if any(f["severity"] == s for f in items)]
    f1, f2, f3 = st.columns(3)
    chosen_v = f1.multiselect("Verdict", verdicts, default=verdicts, key=f"f_verdict:{'/'.join(verdicts)}",
                              format_func=lambda x: clean(VERDICT_FR.get(x, x)))
    chosen_s = f2.multiselect("Gravité", severities, default=severities, key=f"f_severity:{'/'.join(severities)}",
                              format_func=lambda x: clean(SEVERITY_FR.get(x, x)))
    kinds = sorted({f["kind"] for f in items})
    chosen_k = f3.multiselect("Nature", kinds, default=kinds, key=f"f_kind:{'/'.join(kinds)}",
                              format_func=lambda x: {"legal": "légalité (CGCT)",
                                                     "consistency": "cohérence"}.get(x, x))
    shown = [f for f in items if f["verdict"] in chosen_v and f["severity"] in chosen_s
             and f["kind"] in chosen_k]
    st.caption(f"{len(shown)} constat(s) affiché(s) sur {len(items)}.")
    for f in sorted(shown, key=lambda f: ("error", "warning", "info").index(f["severity"])):
        arts = list(f["articles"])
        shown_arts = ", ".join(arts[:3]) + (" …" if len(arts) > 3 else "")
        verdict = VERDICT_FR.get(f["verdict"], f["verdict"])
        head = (f"{ICON.get(f['severity'], '')} {md(verdict[:1].upper() + verdict[1:])} — "
                f"{md(titles.get(f['clause'], f['clause']))} "
                f"({md(shown_arts or 'sans article')})")
        with st.expander(head, expanded=f["severity"] == "error"):
            st.markdown(md(f["message"]))
            if f.get("suggested_wording"):
                st.markdown("**Rédaction proposée**")
                st.info(md(f["suggested_wording"]))
            conf = {"H": "haute", "M": "moyenne", "L": "faible"}.get(f.get("confidence", ""), "")
            st.caption(md(f"Articles : {', '.join(f['articles']) or '—'} · Confiance : "
                          f"{conf or '—'} · Source : {f.get('source', '—')} · Clause "
                          f"« {f['clause']} » · Constat {f['id']}"))
    st.download_button("Télécharger le mémo (Markdown)",
                       lambda: _memo(t, v.overrides).encode("utf-8"),
                       file_name=f"memo-{pact.info.id}.md", mime="text/markdown",
                       key="memo_md")
    with st.expander("Tableau de tous les constats"):
        st.dataframe(pd.DataFrame([{
            "Clause": f["clause"], "Nature": f["kind"],
            "Verdict": VERDICT_FR.get(f["verdict"], f["verdict"]),
            "Gravité": SEVERITY_FR.get(f["severity"], f["severity"]),
            "Articles": ", ".join(f["articles"]), "Constat": f["message"]} for f in items]),
            hide_index=True, width="stretch")


main()
