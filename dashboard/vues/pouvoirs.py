"""Page « Pouvoirs » : qui a le pouvoir, en réponses aux questions d'un·e citoyen·ne (qui
décide du budget, comment faire abroger une délibération…), chacune avec ses phrases, ses
chiffres et son petit graphe ; les pouvoirs que la loi interdit marqués ; le graphe complet et
les tableaux repliés en dessous."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, graph_view, session
from dashboard.safe import md
from engine.core.fr import plural
from engine.powers import EDGE_KIND_FR, FORCE_FR
from engine.verifier.findings import CONFIDENCE_FR


@st.cache_data(max_entries=64, show_spinner=False)
def _report(texts, overrides: tuple[str, ...]) -> dict[str, Any]:  # noqa: ANN001
    from engine.report.pouvoirs import report

    scen, pact = data.context(texts, overrides)
    return report(pact, scen)


@st.cache_resource(max_entries=64, show_spinner=False)
def _figure(texts, overrides: tuple[str, ...], kinds: tuple[str, ...]):  # noqa: ANN001, ANN202
    unlawful = frozenset((e["from"], e["to"], e["kind"], e["clause"])
                         for e in _report(texts, overrides)["unlawful_powers"])
    return graph_view.figure(data.powers_graph(texts, overrides), set(kinds), unlawful=unlawful)


def main() -> None:
    from engine.report.pouvoirs import clause_titles, headline

    v, t, _scen, pact = session.current()
    g = data.powers_graph(t, v.overrides)
    report = _report(t, v.overrides)
    first, second = headline(report, g)
    st.title("Qui a le pouvoir ?")
    st.subheader(md(first))
    st.markdown(("✕ " if report["unlawful_powers"] else "") + md(second))
    st.caption("Chaque pouvoir vient d'une clause du pacte ou d'un article du CGCT. Trait plein "
               ": la loi ; tirets : engagement politique du pacte ; pointillés : simple avis ; "
               "✕ rouge : pouvoir que la loi interdit, selon le vérificateur.")
    titles = clause_titles(pact)
    for q in report["questions"]:
        _question(g, q, titles)
    st.divider()
    _decisions(g, report)
    with st.expander("Le graphe complet de l'organisation des pouvoirs"):
        kinds = st.multiselect("Pouvoirs affichés", list(EDGE_KIND_FR),
                               default=list(EDGE_KIND_FR), format_func=lambda k: EDGE_KIND_FR[k],
                               key="power_kinds")
        st.plotly_chart(_figure(t, v.overrides, tuple(sorted(kinds))), width="stretch",
                        config={"displaylogo": False}, key="full_graph")
    _accountability(g, report)
    _all_powers(g, report, titles)
    st.caption(f"Pacte : {md(pact.info.title)}. En ligne de commande : `pacte pouvoirs` (les "
               "mêmes questions), `--complet` (tout le graphe), `--format json`, ou "
               "`--question budget --format dot` (le petit graphe, pour Graphviz).")


def _question(g: Any, q: dict[str, Any], titles: dict[str, str]) -> None:
    """One question: its answer, each path in a sentence with its force, clause, articles and
    the conflicts the verifier finds, and its small graph."""
    st.markdown(f"### {md(q['question'])}")
    st.markdown(f"**{md(q['answer'])}**")
    left, right = st.columns([3, 2])
    with left:
        for path in q["paths"]:
            st.markdown(f"- {md(path['text'])}")
            force = FORCE_FR[path["force"]]
            arts = f" — {', '.join(path['articles'])}" if path["articles"] else ""
            st.caption(f"{force[0].upper()}{force[1:]} — "
                       f"{md(_title(titles, path['clause']))}{md(arts)}")
            for c in path["conflicts"]:  # red text, not an error box: the page works
                st.markdown(f":red[✕ **Conflit avec la loi — {md(c['label'])}**] : "
                            f"{md(c['explanation'])} ({md(', '.join(c['articles']))})")
            for c in path["to_verify"]:
                st.markdown(f":orange[**? À vérifier — {md(c['label'])}**] : "
                            f"{md(c['explanation'])} ({md(', '.join(c['articles']))} ; "
                            f"confiance {CONFIDENCE_FR[c['confidence']]})")
    with right:
        st.plotly_chart(graph_view.question_figure(g, q), width="stretch",
                        config={"displaylogo": False}, key=f"question_{q['id']}")
        st.caption(f"{plural(len(q['nodes']), 'organe')} en jeu, de haut en bas : "
                   "citoyen·nes, instances, votes, élu·es, exécutif, décisions.")


def _title(titles: dict[str, str], clause: str) -> str:
    parts = clause.split(".")
    return titles.get(".".join(parts[:2])) or titles.get(parts[0]) or clause


def _decisions(g: Any, report: dict[str, Any]) -> None:
    """« Qui décide quoi », each unlawful power marked, and who every path must go through."""
    st.markdown("### Qui décide quoi")
    rows = []
    for d in report["decisions"]:
        lawful = [w["label"] for w in d["deciders"] if not w["conflit_avec_la_loi"]]
        unlawful = [w for w in d["deciders"] if w["conflit_avec_la_loi"]]
        why = " ; ".join(dict.fromkeys(
            f"{w['label']} : {c['label']} ({', '.join(c['articles'])})"
            for w in unlawful for c in w["conflicts"]))
        rows.append({
            "Décision": d["label"],
            "Décident": " ; ".join(dict.fromkeys(lawful)) or "—",
            "✕ Pouvoir contraire à la loi": why or "—",
            "Seul·e à décider": g.label(d["alone"]) if d["alone"] else "—",
            "Passage obligé": ", ".join(g.label(n) for n in d["gatekeepers"]) or "aucun",
        })
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    blockers = report["concentration"]["blockers"]
    total = len(report["decisions"])
    if blockers:
        who, cut = max(blockers.items(), key=lambda kv: (len(kv[1]), kv[0]))
        st.markdown(f"{md(g.label(who))} est un passage obligé vers "
                    f"{len(cut)} des {plural(total, 'décision')} : tout chemin des citoyen·nes "
                    "vers elles passe par lui ou elle.")
    with st.expander("Mesure technique : centralité d'intermédiarité"):
        st.caption("Part des plus courts chemins de décision entre deux organes qui passent par "
                   "l'organe (0 : jamais, 1 : tous). Elle repère les intermédiaires ; la phrase "
                   "ci-dessus dit la même chose en nombre de décisions.")
        between = report["concentration"]["betweenness"]
        st.dataframe(pd.DataFrame([{"Organe": g.label(n), "Intermédiarité": round(x, 3)}
                                   for n, x in between.items()]),
                     hide_index=True, width="stretch")
    st.markdown("### En bref")
    for line in report["findings"]:
        st.markdown(f"- {md(line)}")


def _accountability(g: Any, report: dict[str, Any]) -> None:
    with st.expander("Redevabilité de chaque détenteur de pouvoir"):
        for acc in report["accountability"]:
            icon = ("✔" if acc["audited_by_citizens"] else ("⚠" if acc["paths"] else "⛔"))
            st.markdown(f"**{icon} {md(acc['summary'])}**")
            for path in acc["paths"][:8]:
                st.markdown(f"- {md(path['text'])} — *{FORCE_FR[path['force']]}*")
            if len(acc["paths"]) > 8:
                st.caption(f"… et {plural(len(acc['paths']) - 8, 'autre chemin', 'autres chemins')}.")


def _all_powers(g: Any, report: dict[str, Any], titles: dict[str, str]) -> None:
    from engine.report.doc_note import finding_source_fr

    with st.expander("Tous les pouvoirs et leur source"):
        st.dataframe(pd.DataFrame([{
            "De": g.label(e["from"]), "Pouvoir": EDGE_KIND_FR[e["kind"]], "Vers": g.label(e["to"]),
            "Quoi": e["label"], "Force": FORCE_FR[e["force"]],
            "Conflit avec la loi": "✕ oui" if e["conflit_avec_la_loi"] else "non",
            "Clause": _title(titles, e["clause"]), "Source": finding_source_fr(e["citation"]),
            "Base légale": ", ".join(e["legal_basis"])} for e in report["edges"]]),
            hide_index=True, width="stretch")


main()
