"""Page « Comparer » : deux pactes, ou un pacte et sa variante, côte à côte."""

from __future__ import annotations

import streamlit as st

from dashboard import compare, data, engines, money, safe, session, sim_runner, tables
from dashboard.safe import md
from engine import powers
from engine.core.defaults import DEFAULT_SEED
from engine.core.errors import InputError
from engine.core.fr import plural
from engine.io.variant import bundled_pacts, bundled_text


def _sides(v) -> dict[str, tuple]:  # noqa: ANN001
    """Choices: label → (texts, overrides)."""
    t = session.texts(v)
    out = {"Variante en cours": (t, v.overrides),
           "Pacte en cours sans modification": (t, ())}
    for ident in bundled_pacts():
        text, name = bundled_text("pacte", ident)
        if v.upload_text is None and ident == v.pact:
            continue
        out[f"Pacte fourni : {ident}"] = (type(t)(text, name, t.scenario_text, t.scenario_name),
                                          ())
    return out


@st.cache_data(max_entries=64, show_spinner=False)
def _metrics(texts, overrides: tuple[str, ...]) -> dict[str, float]:  # noqa: ANN001
    """Figures computed by the engine for one side (what exists in this installation)."""
    scen, pact = data.context(texts, overrides)
    g = data.powers_graph(texts, overrides)
    rep = data.powers_report(texts, overrides)
    out: dict[str, float] = {
        "Pouvoirs (liens entre instances)": len(g.powers),
        "Décisions que les citoyen·nes peuvent porter au vote":
            len({x["decision"] for x in rep["citizen_votes"]}),
        "Détenteurs de pouvoir audités par une instance citoyenne":
            sum(a["audited_by_citizens"] for a in rep["accountability"]),
    }
    try:
        from engine.procedures.mandate import institutional_calendar
    except ImportError:
        institutional_calendar = None
    if institutional_calendar is not None:
        steps = institutional_calendar(pact, scen, "loi")
        out["Jours de votation possibles (mandat)"] = sum(s.event == "jour_de_votation"
                                                          for s in steps)
        out["Soirées d'auditions (mandat)"] = sum(s.event == "cc_auditions" for s in steps)
    costs = engines.cost_table()
    if costs is not None:
        out.update(_cost_metrics(costs(pact, scen)))
    return out


def _cost_metrics(table) -> dict[str, float]:  # noqa: ANN001
    d = engines.as_dict(table)
    out = {}
    if "operating" in d:
        out["Coût de fonctionnement (€/an)"] = float(d["operating"]["total_eur"])
    if "investment" in d:
        out["Coût d'investissement (€/an)"] = float(d["investment"]["total_eur"])
    if "per_inhabitant_eur" in d:
        out["Coût par habitant (€/an)"] = float(d["per_inhabitant_eur"])
    return out


SIM_METRICS = {
    "petition_to_vote_days": "Simulation : délai pétition → vote (jours, médiane)",
    "execution_suspended_days": "Simulation : jours d'exécution suspendue (médiane)",
    "audit_coverage": "Simulation : part des auditions tenues (médiane)",
    "dpc_utilisation": "Simulation : charge de la DPC (médiane)",
    "cost_operating_eur_per_year": "Simulation : coût de fonctionnement par an (médiane)",
}


def _sim_metrics(summary) -> dict[str, float]:  # noqa: ANN001
    out = {}
    for name, label in SIM_METRICS.items():
        value = summary.value(name) if summary else None
        if value is not None:
            out[label] = float(value)
    return out


def _fmt(value, signed: bool = False) -> str:  # noqa: ANN001
    if value is None:
        return "—"
    digits = 0 if float(value).is_integer() or abs(value) >= 100 else 2
    text = money.number(value, digits)
    return ("+" + text if signed and value > 0 else text)


def _shown(label: str, texts) -> str:  # noqa: ANN001
    """A bundled pact by its title (its file id is for links), the others as they are."""
    if not label.startswith("Pacte fourni : "):
        return label
    try:
        return f"Pacte fourni : « {data.context(texts, ())[1].info.title} »"
    except InputError:
        return label


def _side_name(label: str, pact) -> str:  # noqa: ANN001
    if label == "Variante en cours":
        return "la variante en cours"
    if label == "Pacte en cours sans modification":
        return f"« {pact.info.title} » sans modification"
    return f"« {pact.info.title} »"


def main() -> None:
    v, _t, _scen, _pact = session.current()
    st.title("Comparer deux pactes")
    # the conclusion is drawn here, under the title, once the pickers below have chosen A and B
    top = st.container()
    sides = _sides(v)
    labels = list(sides)
    shown = {label: _shown(label, sides[label][0]) for label in labels}
    c1, c2 = st.columns(2)
    a_label = c1.selectbox("A", labels, index=1, key="cmp_a", format_func=shown.get)
    # an unmodified pact against itself says nothing: B is then the next bundled pact
    others = [i for i, label in enumerate(labels) if label.startswith("Pacte fourni : ")]
    b_index = others[0] if others and not v.overrides and v.upload_text is None else 0
    b_label = c2.selectbox("B", labels, index=b_index, key="cmp_b", format_func=shown.get)
    (ta, oa), (tb, ob) = sides[a_label], sides[b_label]
    try:
        _, pa = data.context(ta, oa)
        _, pb = data.context(tb, ob)
    except InputError as exc:
        safe.show_error("Comparaison impossible :", exc)
        return
    c1.caption(f"{md(pa.info.title)}, {plural(len(oa), 'modification')}")
    c2.caption(f"{md(pb.info.title)}, {plural(len(ob), 'modification')}")

    da, db = data.described(ta, oa), data.described(tb, ob)
    rows = compare.clause_changes(da, db)
    ga, gb = data.powers_graph(ta, oa), data.powers_graph(tb, ob)
    diff = powers.diff(ga, gb)
    ma, mb = _metrics(ta, oa), _metrics(tb, ob)
    said = compare.conclusions(_side_name(b_label, pb), ga, gb, diff, (ma, mb), rows)
    decisive = compare.decisive_rows(ga, gb, diff, rows, (ma, mb))
    with top:
        if not rows and not decisive and not said:
            st.subheader(f"Les deux pactes sont identiques : aucune de leurs "
                         f"{plural(len(da['clauses']), 'clause')} ne change.")
        else:
            first = said[0] if said else (f"{plural(len(rows), 'valeur ou clause change', 'valeurs ou clauses changent')} de A à B.")
            st.subheader(md(first))
            for line in said[1:]:
                st.markdown(md(line))
    if decisive:
        st.markdown("### Les différences qui comptent")
        tables.show(decisive, "Ce qui change")
    titles = {c["id"]: c["title"] for d_ in (da, db) for c in d_["clauses"]}
    _details(rows, (ta, oa), (tb, ob), (ma, mb), titles)
    sentences = [compare.readable(s_, titles) for s_ in powers.diff_sentences(ga, gb, diff)]
    with st.expander(f"Organisation des pouvoirs : les {len(sentences)} changements du graphe, "
                     "un par un"):
        for line in sentences or ["Aucune différence."]:
            st.markdown(f"- {md(line)}")


def _details(rows: list[dict[str, str]], a: tuple, b: tuple,
             metrics: tuple[dict[str, float], dict[str, float]],
             titles: dict[str, str]) -> None:
    (ta, oa), (tb, ob) = a, b
    ma, mb = metrics
    with st.expander(f"Toutes les clauses et valeurs qui changent ({len(rows)})"):
        if rows:
            tables.show([{k: r[k] for k in ("Clause", "Paramètre", "A", "B")} for r in rows])
        else:
            st.write("Aucune valeur ne change.")
    with st.expander("Indicateurs chiffrés, et simulation des deux pactes"):
        if sim_runner.available():
            _simulate(ta, oa, tb, ob, ma, mb)
        mrows = compare.metric_rows(ma, mb)
        tables.show([{**r, "A": _fmt(r["A"]), "B": _fmt(r["B"]),
                      "Écart": _fmt(r["Écart"], signed=True)} for r in mrows], "Indicateur")
    if engines.checker() is None:
        data.Module("engine.verifier", "vérificateur (pacte verifier)").notice()
        return
    from dashboard.labels import VERDICT_FR
    from dashboard.vues_shared import findings_for

    frows = compare.finding_changes(findings_for(ta, oa), findings_for(tb, ob))
    with st.expander(f"Légalité : les constats qui changent ({len(frows)})"):
        if frows:
            tables.show([{"Constat": r["Constat"],
                          "Clause": titles.get(r["Clause"], r["Clause"]),
                          "A": VERDICT_FR.get(r["A"], r["A"]),
                          "B": VERDICT_FR.get(r["B"], r["B"]),
                          "Explication (B, sinon A)": r["Message (B)"]} for r in frows])
        else:
            st.write("Les mêmes constats de part et d'autre.")


def _simulate(ta, oa, tb, ob, ma: dict, mb: dict) -> None:  # noqa: ANN001
    runs = st.number_input("Futurs simulés pour chaque pacte", min_value=5, max_value=500,
                           value=50, step=25, key="cmp_runs")
    seed = DEFAULT_SEED
    ready = all(sim_runner.cached(t_, o_, runs, seed) for t_, o_ in ((ta, oa), (tb, ob)))
    if not ready and st.button("Simuler A et B", key="cmp_sim"):
        with st.spinner("Simulation des deux pactes…"):
            for t_, o_ in ((ta, oa), (tb, ob)):
                sim_runner.run(t_, o_, runs, seed)
        ready = True
    if ready:
        for m, (t_, o_) in ((ma, (ta, oa)), (mb, (tb, ob))):
            m.update(_sim_metrics(sim_runner.cached(t_, o_, runs, seed)))
        st.caption(f"Simulation : médianes sur {runs} futurs simulés (graine {seed}), "
                   "mêmes tirages des deux côtés.")
    else:
        st.caption("Les indicateurs de simulation s'ajoutent après « Simuler A et B ».")


main()
