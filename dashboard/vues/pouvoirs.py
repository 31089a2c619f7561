"""Page « Pouvoirs » : le graphe interactif de l'organisation des pouvoirs et ses analyses."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, graph_view, session
from dashboard.safe import md
from engine.powers import EDGE_KIND_FR, FORCE_FR


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(texts, overrides: tuple[str, ...], kinds: tuple[str, ...]):  # noqa: ANN001, ANN202
    return graph_view.figure(data.powers_graph(texts, overrides), set(kinds))


def main() -> None:
    v, t, _scen, pact = session.current()
    g = data.powers_graph(t, v.overrides)
    report = data.powers_report(t, v.overrides)
    votes = report["citizen_votes"]
    n_votes = len({x["decision"] for x in votes})
    alone: dict[str, int] = {}
    for d in report["concentration"]["decisions"]:
        if d["alone"]:
            alone[d["alone"]] = alone.get(d["alone"], 0) + 1
    if votes:
        title = f"Les citoyen·nes peuvent porter au vote {n_votes} type(s) de décision"
    else:
        title = "Les citoyen·nes ne peuvent porter aucune décision au vote eux-mêmes"
    if alone:
        who, k = max(alone.items(), key=lambda kv: kv[1])
        title += f" ; {md(g.label(who))} décide seul·e de {k} autre(s)"
    st.title("Qui a le pouvoir ?")
    st.subheader(title)
    st.caption(f"{len(g.bodies)} organes, votes et décisions ; {len(g.powers)} pouvoirs, chacun "
               "tiré d'une clause du pacte ou d'un article du CGCT. Trait plein : la loi ; "
               "tirets : engagement politique du pacte ; pointillés : simple avis.")
    kinds = st.multiselect("Pouvoirs affichés", list(EDGE_KIND_FR), default=list(EDGE_KIND_FR),
                           format_func=lambda k: EDGE_KIND_FR[k], key="power_kinds")
    st.plotly_chart(_figure(t, v.overrides, tuple(sorted(kinds))), width="stretch",
                    config={"displaylogo": False})

    st.markdown("### En bref")
    for line in report["findings"]:
        st.markdown(f"- {md(line)}")

    left, right = st.columns(2)
    with left:
        st.markdown("### Redevabilité de chaque détenteur de pouvoir")
        for acc in report["accountability"]:
            icon = (":material/verified:" if acc["audited_by_citizens"] else
                    (":material/warning:" if acc["paths"] else ":material/block:"))
            with st.expander(f"{icon} {md(acc['summary'])}"):
                if not acc["paths"]:
                    st.write("Aucun chemin depuis les citoyen·nes.")
                for path in acc["paths"][:8]:
                    st.markdown(f"- {md(path['text'])} — *{FORCE_FR[path['force']]}*")
                if len(acc["paths"]) > 8:
                    st.caption(f"… et {len(acc['paths']) - 8} autre(s) chemin(s).")
    with right:
        st.markdown("### Qui décide quoi")
        rows = []
        for d in report["concentration"]["decisions"]:
            rows.append({
                "Décision": d["label"],
                "Décident": ", ".join(g.label(n) for n in d["deciders"]) or "—",
                "Votes des citoyen·nes": ", ".join(g.label(n) for n in d["votes"]) or "—",
                "Seul·e à décider": g.label(d["alone"]) if d["alone"] else "—",
                "Passage obligé": ", ".join(g.label(n) for n in d["gatekeepers"]) or "aucun",
            })
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        st.markdown("### Centralité (intermédiarité)")
        st.caption("Part des chemins de décision les plus courts qui passent par l'organe.")
        between = report["concentration"]["betweenness"]
        st.dataframe(pd.DataFrame([{"Organe": g.label(n), "Intermédiarité": round(x, 3)}
                                   for n, x in between.items()]),
                     hide_index=True, width="stretch")

    st.markdown("### Tous les pouvoirs et leur source")
    st.dataframe(pd.DataFrame([{
        "De": g.label(p.source), "Pouvoir": EDGE_KIND_FR[p.kind], "Vers": g.label(p.target),
        "Quoi": p.label, "Force": FORCE_FR[p.force], "Clause": p.clause, "Source": p.citation,
        "Base légale": ", ".join(p.legal_basis)} for p in g.powers]),
        hide_index=True, width="stretch")
    st.caption(f"Pacte : {md(pact.info.title)}. Le même graphe s'obtient en ligne de commande : "
               "`pacte pouvoirs --format json` (ou `--format dot` pour Graphviz).")


main()
