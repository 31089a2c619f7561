"""Page « Simulation » : coûts du pacte, Monte Carlo sur le mandat avec progression, cartes
dont le titre énonce la conclusion, éventails, hypothèses modifiables avec leur source."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard import data, engines, money, safe, session, sim_runner, sim_text, sim_view, tables
from dashboard.safe import md
from engine.core.defaults import DEFAULT_SEED, SEED_HELP
from engine.core.errors import InputError
from engine.core.fr import plural
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
        tables.show(rows, "Poste")


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Simulation du mandat")
    costs = _costs(t, file_overrides(v.overrides))
    top = st.container()  # the conclusions, filled once the simulation's figures are known
    if costs is None:
        data.Module("engine.procedures.cost_table", "coûts (pacte couts)").notice()
    else:
        top.subheader(money.cost_headline(costs))
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
    seed = c2.number_input("Graine", min_value=0, value=DEFAULT_SEED, step=1, key="sim_seed",
                           help=SEED_HELP)
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
    budget = float(scen.commune.budget.operating_spending_eur.at(None))
    if summary is None:
        top.info("Ce pacte tient-il sur six ans ? Lancez la simulation plus bas pour le "
                 "savoir, en coût, en charge de travail et en auditions tenues.")
        st.info("Lancez la simulation pour voir les résultats de cette variante. Les "
                "résultats déjà calculés pour les mêmes entrées s'affichent sans attendre.")
    else:
        st.session_state.setdefault("last_simulation", {})[(t, v.overrides)] = \
            summary.for_report()
        notes = _notes(summary, inputs)
        with top:
            for sentence in sim_text.conclusions(summary, budget, costs):
                st.markdown(md(sentence))
            if notes.get("cost_operating_eur_per_year"):  # the table's budget vs the spend
                st.caption(md(notes["cost_operating_eur_per_year"]))
        _results(summary, budget, costs, notes)
    _assumptions(inputs, v)


def _notes(s: sim_view.SimSummary, inputs) -> dict[str, str]:  # noqa: ANN001
    """Beside a simulated figure that differs by design from the calendar's or the cost
    table's, the engine's sentence that says why (engine.report.explain)."""
    from engine.report.explain import simulation_notes

    return simulation_notes(inputs.pact, inputs.scenario, s.metrics, inputs.assumptions, cli=False)


def _card(title: str, caption: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{title}**")
        st.caption(caption)


def _results(s: sim_view.SimSummary, budget: float, costs: dict | None,
             notes: dict[str, str] | None = None) -> None:
    regime = "la loi (délais légaux, périodes sans scrutin)" if s.regime == "loi" else \
        "le pacte seul"
    st.caption(f"{s.runs} futurs simulés, graine {s.seed} ; les votes suivent {regime}. "
               "Fourchette : 90 % des futurs simulés (du 5e au 95e centile).")
    if s.violations:
        st.warning(f"{plural(s.violations, 'futur simulé', 'futurs simulés')} "
                   f"enfrei{'gnent' if s.violations > 1 else 'nt'} un invariant du modèle : "
                   "voir `pacte simuler` pour le détail.")
    _cards(s)
    if (notes or {}).get("max_audit_gap_days"):
        st.caption(md(notes["max_audit_gap_days"]))
    _cost_chart(s, budget, costs)
    if (notes or {}).get("cost_operating_eur_per_year"):
        st.caption(md(notes["cost_operating_eur_per_year"]))
    _workload_chart(s)
    c1, c2 = st.columns(2)
    with c1:
        st.markdown(f"#### {md(sim_text.delay_title(s))}")
        st.plotly_chart(sim_view.distribution_figure(
            s, "petition_to_vote_days", "délai moyen du dépôt des signatures au vote (jours)"),
            width="stretch", config={"displaylogo": False})
        st.caption("Chaque barre compte les futurs simulés dont le délai moyen (sur les "
                   "pétitions arrivées au vote) tombe dans l'intervalle ; traits : 5 %, médiane, "
                   "95 % des futurs.")
    with c2:
        _suspended_chart(s)
    with st.expander("Tous les indicateurs (moyenne, 5 %, médiane, 95 %)"):
        st.caption("Les parts sont en pourcentage ; les nombres d'événements sont arrondis à "
                   "l'unité, chaque colonne sur l'ensemble des futurs simulés.")
        tables.show(sim_text.indicator_rows(s), "Indicateur")


def _cards(s: sim_view.SimSummary) -> None:
    def val(name: str, stat: str = "p50") -> str:
        return sim_text.figure(s.value(name, stat), s.labels.get(name, {}).get("unit", ""), name)

    cols = st.columns(2)
    with cols[0]:
        _petition_card(s, val)
        _suspension_card(s, val)
    with cols[1]:
        _control_cards(s, val)


def _petition_card(s: sim_view.SimSummary, val: Callable[..., str]) -> None:
    if "petition_to_vote_days" in s.idle:
        _card("Pas de votation propositionnelle dans ce pacte",
              f"Sans objet : {s.idle['petition_to_vote_days']}.")
    elif s.value("petition_to_vote_days") is None:
        _card("Aucune pétition n'arrive jusqu'au vote dans les futurs simulés",
              "Le délai pétition → vote n'est pas défini.")
    else:
        _card(f"Une pétition attend {val('petition_to_vote_days')} jours avant son vote "
              "(médiane)",
              f"{sim_text.spread(s, 'petition_to_vote_days', 'jours')} selon les futurs ; "
              f"{val('votation_days')} jours de votation tenus sur le mandat.")


def _suspension_card(s: sim_view.SimSummary, val: Callable[..., str]) -> None:
    if "execution_suspended_days" in s.idle:
        _card("Pas de votation abrogatoire dans ce pacte",
              f"Sans objet : {s.idle['execution_suspended_days']}.")
        return
    _card(f"{val('execution_suspended_days')} jours d'exécution suspendue sur le mandat "
          "(médiane)",
          "Somme, sur toutes les délibérations visées par une demande d'abrogation, des "
          f"jours où elles ne s'appliquent pas ; {val('abrogation_requests')} demandes "
          f"d'abrogation, {val('abrogations_adopted')} délibérations abrogées.")


def _control_cards(s: sim_view.SimSummary, val: Callable[..., str]) -> None:
    """The DPC's load and the audits (each only when the pact has them)."""
    util = s.value("dpc_utilisation")
    if util is not None:
        verdict = "dépasse" if util > 1 else "tient dans"
        _card(f"La DPC {verdict} ses heures disponibles : charge de "
              f"{val('dpc_utilisation')} (médiane)",
              f"{val('dpc_months_over_capacity')} mois au-dessus de sa capacité (médiane), "
              f"{sim_text.spread(s, 'dpc_months_over_capacity', 'mois')} selon les futurs.")
    if s.value("audit_coverage") is not None:
        _card(f"{val('audit_coverage')} des auditions requises ont lieu (médiane)",
              f"Plus long intervalle sans audition d'un binôme : "
              f"{val('max_audit_gap_days')} jours ; "
              f"{plural(round(s.value('revocation_consultations') or 0), 'consultation')} "
              "de révocation "
              f"({sim_text.spread(s, 'revocation_consultations')} selon les futurs).")


def _cost_chart(s: sim_view.SimSummary, budget: float, costs: dict | None) -> None:
    share = costs["share_of_operating_spending"] if costs else None
    mid = sim_view.yearly_cost_shares(s, budget)[2]
    st.markdown(f"#### {md(sim_text.cost_title(mid, share))}")
    st.plotly_chart(sim_view.yearly_cost_figure(s, budget, share), width="stretch",
                    config={"displaylogo": False})
    st.caption("Dépenses de fonctionnement simulées de chaque année de mandat (douze mois à "
               "partir de l'installation), rapportées aux dépenses réelles de fonctionnement de "
               "la commune ; bande : 90 % des futurs simulés ; tirets : la part que budgète le "
               "tableau des coûts du pacte — la simulation ne paie que ce qui a lieu (les jours "
               "de scrutin tenus, par exemple).")


def _workload_chart(s: sim_view.SimSummary) -> None:
    title = st.empty()  # the title states the peak of the role chosen below it
    role = st.radio("Rôle", list(sim_view.ROLES), horizontal=True, key="sim_role",
                    format_func=lambda r: sim_text.role_name(s, r))
    peak = sim_view.peak(s.months, sim_view.monthly_median(s, role))
    title.markdown(f"#### {md(sim_text.peak_title(s, role, peak))}")
    st.plotly_chart(sim_view.monthly_figure(
        s, role, sim_text.role_name(s, role), y_title="heures de travail dans le mois",
        hover="%{y:,.0f} h",
        capacity="dpc_capacity_hours" if role == "dpc_staff_hours" and sim_text.has_dpc(s)
        else None),
        width="stretch", config={"displaylogo": False})
    st.caption("Heures de travail de chaque mois du mandat que les procédures du pacte "
               "demandent à ce rôle (toutes personnes confondues) ; bande : 90 % des futurs "
               "simulés.")


def _suspended_chart(s: sim_view.SimSummary) -> None:
    import numpy as np

    values = sim_view.suspended_deliberations(s)
    peak = sim_view.peak(s.months, list(np.percentile(values, 50, axis=0)))
    st.markdown(f"#### {md(sim_text.suspended_title(peak))}")
    st.plotly_chart(sim_view.monthly_figure(
        s, "execution_suspended_days", "délibérations suspendues", "rgb(217,119,6)",
        y_title="délibérations suspendues (moyenne du mois)", values=values,
        hover="%{y:.1f} délibérations suspendues"),
        width="stretch", config={"displaylogo": False})
    st.caption("Une demande d'abrogation suspend l'exécution de la délibération visée jusqu'au "
               "vote. Chaque mois : la somme des jours de suspension de toutes les délibérations "
               "visées, divisée par le nombre de jours du mois, soit le nombre de délibérations "
               "suspendues un jour moyen de ce mois.")


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


UNIT_WORDS = {"pourcent": "en %", "points": "en points", "heures": "en heures",
              "par_an": "par an", "signatures": "en signatures", "personnes": "en personnes",
              "euros": "en €", "mois": "en mois", "nombre": ""}


def _assumptions(inputs, v) -> None:  # noqa: ANN001
    from engine.io.assumptions import load_assumptions

    a = inputs.assumptions
    defaults = {k: d.value for k, _n, d in load_assumptions().items()}
    changed = [k for k, _n, item in a.items() if item.value != defaults.get(k, item.value)]
    st.markdown(f"### Les {len(a.items())} hypothèses de comportement, en questions")
    st.caption("Chaque futur simulé tire chaque réponse incertaine dans sa fourchette, autour "
               "de la réponse retenue. " + (f"{plural(len(changed), 'réponse modifiée', 'réponses modifiées')} pour cette "
                                            "variante." if changed else
                                            "Toutes les réponses sont celles par défaut."))
    rows = [{"Question": item.question,
             "Réponse retenue": sim_text.answer(item.value, item.unit, item.question)
             + (" (modifiée)" if key in changed else ""),
             "Fourchette": sim_text.answer_range(item.low, item.high, item.unit, item.question),
             "Source": sim_text.source_fr(item.source)} for key, _n, item in a.items()]
    tables.show(rows, "Question")
    with st.expander("Forme technique des hypothèses, et changer une réponse", expanded=False):
        st.caption("Chaque réponse dans l'unité du modèle, avec sa forme technique (lois de "
                   "probabilité, courbes). Modifier une valeur la fait entrer dans le lien "
                   "partageable (« hypotheses.<clé>=… ») ; une valeur seule fixe l'hypothèse.")
        _regime(a)
        errors = st.session_state.get("assumption_errors", {})
        cols = st.columns(2)
        for i, (key, _name, item) in enumerate(a.items()):
            widget = f"w:hypotheses.{key}"
            if widget not in st.session_state:
                st.session_state[widget] = float(item.value)
            unit = UNIT_WORDS.get(item.unit, "")
            with cols[i % 2]:
                st.number_input(f"{md(item.question)}" + (f" ({unit})" if unit else ""),
                                key=widget, step=_step(item.value), format="%g",
                                help=f"Source : {md(sim_text.source_fr(item.source, True))}",
                                on_change=_apply_assumption,
                                args=(key, widget, defaults.get(key, item.value)))
                st.caption(f"Forme technique : {md(item.description)} · fourchette "
                           f"{md(sim_text.answer_range(item.low, item.high, item.unit, item.question))}"
                           f" · clé « hypotheses.{key} »")
                if key in errors:
                    st.error(md(errors[key]))


def _regime(a) -> None:  # noqa: ANN001
    regime_key = "w:hypotheses.regime_des_votes"
    if regime_key not in st.session_state:
        st.session_state[regime_key] = a.regime
    st.radio("Les votes suivent", ["loi", "pacte"], horizontal=True, key=regime_key,
             format_func=lambda r: {"loi": "les délais légaux et les périodes sans "
                                           "scrutin (défaut)",
                                    "pacte": "les délais du pacte seul"}[r],
             on_change=_switch, args=("regime_des_votes", regime_key, "loi"))


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
