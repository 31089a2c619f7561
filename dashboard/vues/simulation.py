"""Page « Simulation » : coûts du pacte, Monte Carlo sur le mandat avec progression, cartes
dont le titre énonce la conclusion, éventails, hypothèses modifiables avec leur source."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, engines, money, safe, session, sim_runner, sim_view
from dashboard.safe import md
from engine.core.errors import InputError
from engine.io.variant import file_overrides, override

MAX_RUNS = 2000


@st.cache_data(max_entries=128, show_spinner=False)
def _costs(texts, overrides: tuple[str, ...]) -> dict | None:  # noqa: ANN001
    fn = engines.cost_table()
    if fn is None:
        return None
    scen, pact = data.context(texts, overrides)
    return engines.as_dict(fn(pact, scen))


def headline_costs(c: dict) -> None:
    op, inv = c["operating"]["total_eur"], c["investment"]["total_eur"]
    st.subheader(money.cost_headline(c))
    cols = st.columns(3)
    with cols[0], st.container(border=True):
        st.markdown(f"**{money.pct(c['share_of_operating_spending'])} des dépenses de "
                    "fonctionnement de la commune**")
        st.caption(f"{money.eur(op)} de fonctionnement par an sur "
                   f"{money.eur(c['operating_spending_eur'])} de dépenses réelles.")
    with cols[1], st.container(border=True):
        st.markdown(f"**{money.eur(inv)} d'investissement par an, "
                    f"{money.pct(c['share_of_investment_receipts'])} des recettes "
                    "d'investissement**")
        st.caption("Budgets de quartier et équipement.")
    with cols[2], st.container(border=True):
        st.markdown(f"**{money.number(c['per_elector_eur'])} € par électeur inscrit et par an**")
        st.caption(f"{money.number(c['electors'])} électeurs, "
                   f"{money.number(c['population'])} habitants.")
    with st.expander("Le tableau des coûts, ligne par ligne"):
        rows = [{"Poste": line["label"], "Base de calcul": line["basis"],
                 "€ par an": money.number(line["amount_eur"]), "Nature": part}
                for part, key in (("fonctionnement", "operating"), ("investissement", "investment"))
                for line in c[key]["lines"]]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Simulation du mandat")
    costs = _costs(t, file_overrides(v.overrides))
    if costs is None:
        data.Module("engine.procedures.cost_table", "coûts (pacte couts)").notice()
    else:
        headline_costs(costs)

    if not sim_runner.available():
        data.Module("engine.sim", "simulation (pacte simuler)").notice()
        return
    try:
        inputs = sim_runner.inputs(t, v.overrides)
    except InputError as exc:
        safe.show_error("Hypothèses invalides :", exc)
        return

    st.markdown("### Simuler six ans de futurs possibles")
    c1, c2, c3 = st.columns([2, 2, 3])
    runs = c1.number_input("Nombre de futurs simulés", min_value=1, max_value=MAX_RUNS,
                           value=100, step=50, key="sim_runs",
                           help="Chaque futur tire les comportements (participation, "
                                "pétitions, avis…) dans la fourchette de chaque hypothèse.")
    seed = c2.number_input("Graine", min_value=0, value=2026, step=1, key="sim_seed",
                           help="Mêmes entrées et même graine : mêmes résultats, au chiffre près.")
    if c3.button("Lancer la simulation", type="primary", key="sim_run"):
        bar = st.progress(0.0, text="Simulation en cours…")
        done = [0]

        def progress(n: int) -> None:
            done[0] += n
            bar.progress(min(1.0, done[0] / runs),
                         text=f"{done[0]} futurs simulés sur {int(runs)}")

        sim_runner.run(t, v.overrides, int(runs), int(seed), progress)
        bar.empty()
    summary = sim_runner.cached(t, v.overrides, int(runs), int(seed))
    if summary is None:
        st.info("Lancez la simulation pour voir les résultats de cette variante. Les "
                "résultats déjà calculés pour les mêmes entrées s'affichent sans attendre.")
    else:
        st.session_state.setdefault("last_simulation", {})[(t, v.overrides)] = \
            summary.for_report()
        _results(summary, scen, costs)
    _assumptions(inputs, v)


def _card(title: str, caption: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{title}**")
        st.caption(caption)


def _results(s: sim_view.SimSummary, scen, costs: dict | None) -> None:  # noqa: ANN001
    regime = "la loi (délais légaux, périodes sans scrutin)" if s.regime == "loi" else \
        "le pacte seul"
    st.caption(f"{s.runs} futurs simulés, graine {s.seed} ; les votes suivent {regime}. "
               "Fourchette : 90 % des futurs simulés (du 5e au 95e centile).")
    if s.violations:
        st.warning(f"{s.violations} futur(s) simulé(s) enfreignent un invariant du modèle : "
                   "voir `pacte simuler` pour le détail.")

    def val(name: str, stat: str = "p50") -> float:
        x = s.value(name, stat)
        return float("nan") if x is None else float(x)

    cols = st.columns(2)
    with cols[0]:
        delay = s.value("petition_to_vote_days")
        if delay is None:
            _card("Aucune pétition n'arrive jusqu'au vote dans les futurs simulés",
                  "Le délai pétition → vote n'est pas défini.")
        else:
            _card(f"Une pétition attend {money.number(delay)} jours avant son vote (médiane)",
                  f"De {money.number(val('petition_to_vote_days', 'p5'))} à "
                  f"{money.number(val('petition_to_vote_days', 'p95'))} jours ; "
                  f"{money.number(val('votation_days'))} jours de votation tenus sur le mandat.")
        _card(f"{money.number(val('execution_suspended_days'))} jours d'exécution suspendue "
              "sur le mandat (médiane)",
              f"{money.number(val('abrogation_requests'))} demandes d'abrogation, "
              f"{money.number(val('abrogations_adopted'))} délibérations abrogées.")
    with cols[1]:
        util = s.value("dpc_utilisation")
        if util is not None:
            verdict = "dépasse" if util > 1 else "tient dans"
            _card(f"La DPC {verdict} ses heures disponibles : charge de "
                  f"{money.pct(util * 100, 0)} (médiane)",
                  f"{money.number(val('dpc_months_over_capacity'))} mois au-dessus de sa "
                  "capacité.")
        cov = s.value("audit_coverage")
        if cov is not None:
            _card(f"{money.pct(cov * 100, 0)} des auditions requises ont lieu (médiane)",
                  f"Plus long intervalle sans audition : "
                  f"{money.number(val('max_audit_gap_days'))} jours ; "
                  f"{money.number(val('revocation_consultations'))} consultation(s) de "
                  "révocation.")

    st.markdown("#### Coût de fonctionnement par année de mandat, en part du budget")
    budget = float(scen.commune.budget.operating_spending_eur.at(None))
    share = costs["share_of_operating_spending"] if costs else None
    st.plotly_chart(sim_view.yearly_cost_figure(s, budget, share), width="stretch",
                    config={"displaylogo": False})
    st.markdown("#### Charge de travail mensuelle par rôle")
    role = st.radio("Rôle", list(sim_view.ROLES), horizontal=True, key="sim_role",
                    format_func=lambda r: sim_view.ROLES[r])
    st.plotly_chart(sim_view.monthly_figure(
        s, role, f"heures — {sim_view.ROLES[role]}",
        capacity="dpc_capacity_hours" if role == "dpc_staff_hours" else None),
        width="stretch", config={"displaylogo": False})
    c1, c2 = st.columns(2)
    with c1:
        st.markdown("#### Délai de la pétition au vote")
        st.plotly_chart(sim_view.distribution_figure(s, "petition_to_vote_days", "jours"),
                        width="stretch", config={"displaylogo": False})
    with c2:
        st.markdown("#### Décisions suspendues (jours par mois)")
        st.plotly_chart(sim_view.monthly_figure(s, "execution_suspended_days",
                                                "jours suspendus", "rgb(217,119,6)"),
                        width="stretch", config={"displaylogo": False})
    with st.expander("Tous les indicateurs (moyenne, 5 %, médiane, 95 %)"):
        rows = [{"Indicateur": s.labels.get(k, {}).get("label", k),
                 "Unité": s.labels.get(k, {}).get("unit", ""),
                 "Moyenne": m.get("mean"), "5 %": m.get("p5"), "Médiane": m.get("p50"),
                 "95 %": m.get("p95")} for k, m in s.metrics.items()]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


@safe.callback
def _apply_assumption(key: str, widget: str, default: float) -> None:
    v = session.variant()
    value = st.session_state[widget]
    item = None if float(value) == float(default) else override(f"hypotheses.{key}", value)
    candidate = v.with_override(f"hypotheses.{key}", item)
    refusal = session.try_variant(session.texts(candidate), candidate.overrides)
    if refusal is not None:
        st.session_state.setdefault("assumption_errors", {})[key] = safe.message(refusal)
        return
    st.session_state.setdefault("assumption_errors", {}).pop(key, None)
    session.set_variant(candidate)


def _assumptions(inputs, v) -> None:  # noqa: ANN001
    st.markdown("### Les hypothèses de comportement")
    st.caption("Chaque futur simulé tire chaque hypothèse incertaine dans sa fourchette "
               "(min–max) autour de la valeur la plus probable. Modifier une valeur la fait "
               "entrer dans le lien partageable (« hypotheses.<clé>=… »).")
    from engine.io.assumptions import load_assumptions

    defaults = {k: a.value for k, _n, a in load_assumptions().items()}
    with st.expander("Modifier les hypothèses", expanded=False):
        a = inputs.assumptions
        regime_key = "w:hypotheses.regime_des_votes"
        if regime_key not in st.session_state:
            st.session_state[regime_key] = a.regime
        st.radio("Les votes suivent", ["loi", "pacte"], horizontal=True, key=regime_key,
                 format_func=lambda r: {"loi": "les délais légaux et les périodes sans "
                                               "scrutin (défaut)",
                                        "pacte": "les délais du pacte seul"}[r],
                 on_change=_switch, args=("regime_des_votes", regime_key, "loi"))
        errors = st.session_state.get("assumption_errors", {})
        cols = st.columns(2)
        for i, (key, _name, item) in enumerate(a.items()):
            widget = f"w:hypotheses.{key}"
            if widget not in st.session_state:
                st.session_state[widget] = float(item.value)
            with cols[i % 2]:
                st.number_input(f"{md(item.description)} ({md(item.unit)})", key=widget,
                                step=_step(item.value), format="%g",
                                help=f"Fourchette : {item.low:g} – {item.high:g}. "
                                     f"Source : {md(item.source)}",
                                on_change=_apply_assumption,
                                args=(key, widget, defaults.get(key, item.value)))
                st.caption(f"Fourchette {item.low:g} – {item.high:g} · Source : "
                           f"{md(item.source)}")
                if key in errors:
                    st.error(md(errors[key]))


@safe.callback
def _switch(key: str, widget: str, default: str) -> None:
    v = session.variant()
    value = st.session_state[widget]
    item = None if value == default else override(f"hypotheses.{key}", value)
    session.set_variant(v.with_override(f"hypotheses.{key}", item))


def _step(value: float) -> float:
    if value >= 1000:
        return 100.0
    if value >= 50:
        return 1.0
    return 0.5


main()
