"""Page « Composer » : écrire son pacte à partir du catalogue des mesures — choisir la commune
et les mesures (chacune expliquée en une phrase, avec sa nature juridique), régler leurs
chiffres clés, voir les constats et les coûts se mettre à jour, télécharger le YAML, puis
l'analyser sur les autres pages.

Le pacte est construit par le même constructeur que ``pacte nouveau``
(:mod:`engine.io.template`) ; cette page ne fait que le présenter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, money, safe, session, widgets
from dashboard.labels import SEVERITY_FR, VERDICT_FR
from dashboard.safe import md
from dashboard.vues_shared import costs_for, findings_for
from engine.core.errors import InputError
from engine.core.fr import UNITS_FR, format_value, plural
from engine.model.catalogue import KeyFigure, Measure

#: Where the page keeps its choices (widget state is dropped when another page is shown).
STORE = "composer"
PREFIX = "c:"
COMMUNE, LIST_NAME, PACT_ID = f"{PREFIX}commune", f"{PREFIX}liste", f"{PREFIX}id"
NATURE_PLURAL = {"engagement politique": "engagements politiques",
                 "délibération du conseil": "délibérations du conseil",
                 "acte du maire": "actes du maire"}
NATURE_ICON = {"engagement politique": ":material/handshake:",
               "délibération du conseil": ":material/account_balance:",
               "acte du maire": ":material/stylus:"}
VERDICT_ORDER = ("conflit", "incoherent", "a_verifier", "lacune", "engagement_politique",
                 "conforme", "coherent")


def _kept(key: str, default: Any) -> None:
    """Give the widget ``key`` the value chosen earlier in this session (or ``default``)."""
    store = st.session_state.setdefault(STORE, {})
    if key not in st.session_state:
        st.session_state[key] = store.get(key, default)


def _remember(key: str) -> Any:
    value = st.session_state[key]
    st.session_state.setdefault(STORE, {})[key] = value
    return value


@st.cache_data(max_entries=64, show_spinner=False)
def _compose(commune: str, ids: tuple[str, ...], figures: tuple[tuple[str, Any], ...],
             pact_id: str, list_name: str) -> str:
    """The commented YAML of the pact the shared builder writes (``pacte nouveau``'s)."""
    from engine.io.template import build_pact, pact_yaml

    return pact_yaml(build_pact(commune, list(ids), dict(figures), pact_id=pact_id,
                                list_name=list_name))


def _communes() -> dict[str, str]:
    """Bundled scenario id → its commune's name."""
    from engine.io.context import bundled_scenario_communes

    return {path.stem: name for path, name, _ in bundled_scenario_communes()}


def _default_value(block: dict[str, Any]) -> Any:
    value = block.get("valeur", block.get("valeurs"))
    return list(value.values())[-1] if isinstance(value, dict) else value


def _unit(unit: str) -> str:
    return UNITS_FR.get(unit) or unit


def _figure_widget(m: Measure, figure: KeyFigure) -> tuple[str, Any] | None:
    """The widget of one key figure; (path, value) when the list changed the default."""
    block = m.default[figure.param]
    default, unit = _default_value(block), str(block.get("unite", ""))
    key = f"{PREFIX}fig:{m.figure_path(figure)}"
    percent = unit == "pourcent" and isinstance(default, (int, float)) \
        and not isinstance(default, bool)
    _kept(key, widgets.percent_text(default) if percent else default)
    help_ = (f"{md(block.get('description', ''))} — valeur par défaut : "
             f"{md(format_value(default, unit))} ({md(data.source_fr(block.get('source', '')))})")
    label = md(figure.question)
    if percent:  # typed freely (« 3,3 », « 4.75 »); the builder checks the bounds
        st.text_input(label, key=key, help=help_, max_chars=20, placeholder="par exemple 3,3")
    elif isinstance(default, bool):
        st.toggle(label, key=key, help=help_)
    elif isinstance(default, int):
        st.number_input(label, step=1, key=key, help=help_)
    elif isinstance(default, float):
        st.number_input(label, step=0.1, format="%.2f", key=key, help=help_)
    else:
        st.text_input(label, key=key, help=help_, max_chars=safe.MAX_OVERRIDE_CHARS)
    value = _remember(key)
    if percent:
        try:
            value = widgets.parse_percent(str(value), widgets.Spec("percent"))
        except ValueError as exc:
            st.error(f"Valeur non retenue : {md(str(exc))}.")
            value = default
    if unit and unit not in ("nombre", "texte", "booleen"):
        st.caption(f"En {md(_unit(unit))} — défaut : {md(format_value(default, unit))}, "
                   f"{md(data.source_fr(block.get('source', '')))}")
    return None if value == default else (m.figure_path(figure), value)


def _measure_box(m: Measure) -> tuple[bool, list[tuple[str, Any]]]:
    """A measure: its box, its sentence and legal nature; its key figures once chosen."""
    key = f"{PREFIX}mesure:{m.id}"
    _kept(key, False)
    with st.container(border=True):
        st.checkbox(f"**{md(m.title)}**", key=key)
        chosen = _remember(key)
        st.markdown(md(m.explanation))
        st.caption(f"{NATURE_ICON.get(m.nature, '')} Nature : **{md(m.nature)}** "
                   f"({md(', '.join(m.articles))}). {md(m.nature_detail)}")
        figures = [f for f in (_figure_widget(m, fig) for fig in m.key_figures)
                   if f is not None] if chosen else []
    return chosen, figures


def _choices(catalogue: list[Measure]) -> tuple[list[str], list[tuple[str, Any]]]:
    """The chosen measures' ids and the key figures the list changed, in catalogue order."""
    ids: list[str] = []
    figures: list[tuple[str, Any]] = []
    cols = st.columns(2)
    for i, m in enumerate(catalogue):
        with cols[i % 2]:
            chosen, changed = _measure_box(m)
        if chosen:
            ids.append(m.id)
            figures += changed
    return ids, figures


def _findings(items: list[dict], titles: dict[str, str]) -> None:
    """Counts per verdict and the serious findings, as on the « Légalité » page."""
    from engine.report.clauses import titled

    st.markdown("### Ce que dit le vérificateur")
    counts = {v: sum(f["verdict"] == v for f in items) for v in VERDICT_ORDER}
    counts.update({f["verdict"]: sum(g["verdict"] == f["verdict"] for g in items)
                   for f in items if f["verdict"] not in counts})
    shown = {v: n for v, n in counts.items() if n}
    cols = st.columns(max(len(shown), 1))
    for col, (verdict, n) in zip(cols, shown.items(), strict=False):
        label = VERDICT_FR.get(verdict, verdict)
        col.metric(label[:1].upper() + label[1:], n)
    serious = [f for f in items if f["severity"] == "error"]
    st.caption(f"{plural(len(items), 'constat')}, dont {plural(len(serious), 'erreur')} : le "
               "détail de chaque constat est sur la page « Légalité » une fois le pacte analysé.")
    for f in serious:
        verdict = VERDICT_FR.get(f["verdict"], f["verdict"])
        title = f.get("titre") or titled(f["clause"], titles)
        with st.expander(f":material/error: {md(title)}", expanded=True):
            st.markdown(f"**{md(verdict[:1].upper() + verdict[1:])}** "
                        f"({md(', '.join(f['articles']) or 'sans article')})")
            st.markdown(md(f["message"]))
            for wording in f.get("redactions_proposees") or ([f["suggested_wording"]]
                                                             if f.get("suggested_wording") else []):
                st.info(md(wording))
            st.caption(f"Gravité : {md(SEVERITY_FR.get(f['severity'], f['severity']))}")


def _conclusion(place, commune: str, catalogue: list[Measure], ids: list[str],  # noqa: ANN001
                texts) -> None:  # noqa: ANN001
    """The sentences that answer « que donnerait mon pacte ? » at the top of the page: the
    legal verdicts in the one wording of ``pacte verifier`` and ``pacte bilan``, the cost."""
    from engine.verifier.findings import verdict_counts_fr

    with place:
        if texts is None:
            natures = Counter(m.nature for m in catalogue)
            st.subheader(f"Le catalogue propose {plural(len(catalogue), 'mesure')} tirées de "
                         "pactes réels et de catalogues de mesures : " + ", ".join(
                             plural(n, nature, NATURE_PLURAL.get(nature))
                             for nature, n in natures.most_common()) + ".")
            st.markdown("Cochez-en au moins une ci-dessous : le pacte est écrit, vérifié et "
                        "chiffré à chaque changement.")
            return
        items = findings_for(texts, ())
        legal = Counter(f["verdict"] for f in items if f.get("kind") == "legal")
        st.subheader(f"Votre pacte de {plural(len(ids), 'mesure')} pour {md(commune)} : "
                     f"{verdict_counts_fr(dict(legal), 'legal')}.")
        costs = costs_for(texts, ())
        if costs is not None:
            st.markdown(f"{md(money.cost_headline(costs))} (tableau des coûts). Le détail "
                        "des constats et des coûts suit les mesures choisies, plus bas.")


def _costs(c: dict | None) -> None:
    st.markdown("### Ce que coûte ce pacte")
    if c is None:
        data.Module("engine.procedures.cost_table", "coûts (pacte couts)").notice()
        return
    st.markdown(f"**{md(money.cost_headline(c))}** ; {money.eur(c['investment']['total_eur'])} "
                "d'investissement par an.")
    st.caption(f"{money.pct(c['share_of_operating_spending'])} des dépenses de fonctionnement "
               f"de la commune ({money.number(c['population'])} habitants, "
               f"{money.number(c['electors'])} électeurs inscrits).")
    rows = [{"Poste": line["label"], "Base de calcul": line["basis"],
             "€ par an": money.number(line["amount_eur"]), "Nature": part}
            for part, key in (("fonctionnement", "operating"), ("investissement", "investment"))
            for line in c[key]["lines"]]
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    for reason in c.get("non_chiffre", []):
        st.caption(f"Non chiffré : {md(reason)}")


def _analyse(name: str, text: str, scenario: str) -> Callable[[], None]:
    def run() -> None:
        session.use_pact(name, text, scenario)

    return safe.callback(run)


def _identity(communes: dict[str, str]) -> tuple[str, str, str]:
    """(scenario id, list name, pact id) chosen at the top of the page."""
    current = session.variant().scenario
    for place in (st.session_state, st.session_state.setdefault(STORE, {})):
        if place.get(COMMUNE) not in (None, *communes):  # a scenario no longer bundled
            del place[COMMUNE]
    _kept(COMMUNE, current if current in communes else next(iter(communes)))
    _kept(LIST_NAME, "Ma liste")
    _kept(PACT_ID, "mon-pacte")
    c1, c2, c3 = st.columns([2, 2, 1])
    c1.selectbox("Commune", list(communes), key=COMMUNE,
                 format_func=lambda k: safe.clean(f"{communes[k]} (scénario {k})"))
    c2.text_input("Nom de la liste", key=LIST_NAME, max_chars=120)
    c3.text_input("Identifiant du pacte", key=PACT_ID, max_chars=60)
    return _remember(COMMUNE), _remember(LIST_NAME), _remember(PACT_ID)


def _results(commune: str, scenario: str, ids: list[str], figures: list[tuple[str, Any]],
             pact_id: str, list_name: str) -> Any:
    """The pact written by the shared builder, its findings and costs, and what to do next;
    the pact's texts, or ``None`` when there is no pact to evaluate."""
    if not ids:
        st.info("Cochez au moins une mesure ci-dessous pour écrire le pacte.")
        return None
    try:
        text = _compose(commune, tuple(ids), tuple(figures), pact_id.strip(), list_name.strip())
    except InputError as exc:
        safe.show_error("Ce pacte ne peut pas être écrit ainsi :", exc)
        return None
    name = f"{safe.download_stem(pact_id)}.yaml"
    t = data.texts_for(session.variant().pact, scenario, name, text)
    result = data.try_context(t, ())
    if isinstance(result, InputError):
        safe.show_error("Ce pacte ne peut pas être évalué :", result)
        return None
    chosen = ("aucun chiffre clé changé" if not figures else
              f"{plural(len(figures), 'chiffre clé', 'chiffres clés')} "
              f"choisi{'s' if len(figures) > 1 else ''}")
    st.success(f"Pacte de {plural(len(ids), 'mesure')} pour {md(commune)}, {chosen} par la "
               "liste.")
    c1, c2 = st.columns(2)
    c1.download_button("Télécharger le YAML", text.encode("utf-8"), file_name=name,
                       mime="application/x-yaml", key=f"{PREFIX}download")
    if c2.button("Analyser ce pacte", type="primary", key=f"{PREFIX}analyser",
                 on_click=_analyse(name, text, scenario)):
        st.switch_page("vues/legalite.py")
    _findings(findings_for(t, ()), {key: c.title for key, c in result[1].clauses().items()})
    _costs(costs_for(t, ()))
    return t


def main() -> None:
    from engine.io.template import measures

    st.title("Composer un pacte")
    head = st.container()  # the conclusion, written once the measures below are read
    communes = _communes()
    scenario, list_name, pact_id = _identity(communes)
    results = st.container(border=True)
    st.markdown("### Les mesures du catalogue")
    st.caption("Choisissez les mesures de votre pacte et réglez leurs chiffres clés. Chaque "
               "valeur non choisie est une valeur par défaut citée (pactes réels et catalogues "
               "de mesures), à choisir par la liste.")
    catalogue = measures()
    ids, figures = _choices(catalogue)
    with results:
        t = _results(communes[scenario], scenario, ids, figures, pact_id, list_name)
    _conclusion(head, communes[scenario], catalogue, ids, t)


main()
