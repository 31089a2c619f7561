"""Page « Pacte » : chaque clause, sa valeur, son unité, sa source et sa base légale ;
modifier une valeur, importer un pacte, télécharger le pacte modifié."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import data, safe, session, widgets
from dashboard.safe import md
from dashboard.state import Variant
from engine.core.errors import InputError
from engine.core.fr import format_value, number, plural
from engine.io.variant import load_pact_text, override
from engine.model.pact import PetitionClause, clause_key

EDIT_ERRORS = "edit_errors"
SCENARIO_FIELDS = [
    # (path, label, kind, source)
    ("commune.population_municipale", "Population municipale", "integer"),
    ("commune.electeurs_inscrits", "Électeurs inscrits", "integer"),
    ("commune.budget.depenses_reelles_fonctionnement_eur", "Dépenses réelles de "
     "fonctionnement (€)", "number"),
    ("commune.budget.recettes_reelles_investissement_eur", "Recettes réelles "
     "d'investissement (€)", "number"),
    ("mandat.installation_conseil", "Installation du conseil", "date"),
    ("mandat.prochain_renouvellement", "Prochain renouvellement général", "date"),
    ("score_liste_gagnante_pct", "Score de la liste gagnante (%)", "percent"),
]


@safe.callback
def _apply(path: str, key: str, file_value, spec: widgets.Spec | None = None) -> None:  # noqa: ANN001
    """Widget callback: validate the new value through the engine, keep it only if valid.
    A percentage is typed as text (« 3,3 », « 4.75 ») and read by ``widgets.parse_percent``
    first; a refusal leaves the variant as it was, with a French message."""
    v = session.variant()
    value = st.session_state[key]
    errors = st.session_state.setdefault(EDIT_ERRORS, {})
    if spec is not None and spec.kind == "percent":
        try:
            value = widgets.parse_percent(str(value), spec)
        except ValueError as exc:
            errors[path] = f"Valeur non retenue : {exc}."
            return
        st.session_state[key] = widgets.percent_text(value)
    if isinstance(value, str) and "\n" in value:
        value = [line.strip() for line in value.splitlines() if line.strip()]
    item = None if widgets.same(value, file_value) else override(path, value)
    candidate = v.with_override(path, item)
    result = session.edit_limit(item, candidate) or data.try_context(session.texts(candidate),
                                                         candidate.overrides)
    if isinstance(result, InputError):
        errors[path] = safe.message(result)
        return
    errors.pop(path, None)
    session.set_variant(candidate)


def main() -> None:
    v, t, scen, pact = session.current()
    st.title("Le pacte, clause par clause")
    desc = data.described(t, v.overrides)
    _conclusion(v, t, scen, pact, desc)
    st.caption(f"**{md(pact.info.title)}** — {md(pact.info.list_name)}, "
               f"{md(pact.info.commune)}. Source : {md(data.source_fr(pact.info.source))}.")
    base = data.described(t, ())
    base_values = {p["path"]: p["value"] for c in base["clauses"] for p in c["parameters"]}

    _edits_box(v, desc)
    tab_edit, tab_all, tab_file = st.tabs([":material/edit: Modifier une clause", ":material/table: Toutes les clauses",
                                           ":material/upload_file: Importer / télécharger"])
    with tab_edit:
        options = [c["id"] for c in desc["clauses"]] + ["__scenario__"]
        titles = {c["id"]: safe.clean(c["title"]) for c in desc["clauses"]}
        titles["__scenario__"] = "Commune et mandat (scénario)"
        choice = st.selectbox("Clause à modifier", options, key="clause_choice",
                              format_func=lambda k: titles[k])
        if choice == "__scenario__":
            _scenario_editor(scen)
        else:
            clause = next(c for c in desc["clauses"] if c["id"] == choice)
            st.markdown(f"#### {md(clause['title'])}")
            st.markdown(md(clause["description"]))
            law = ", ".join(clause["legal_basis"]) or "—"
            st.caption(f"Source : {md(data.source_fr(clause['source']))} · Base légale : {md(law)}")
            cols = st.columns(2)
            for i, p in enumerate(clause["parameters"]):
                with cols[i % 2]:
                    _edit_param(choice, p, base_values.get(p["path"]))
                    if p["key"] == "seuil_pct" and choice == clause_key(PetitionClause):
                        from engine.report.explain import threshold_sentence

                        st.info(md(threshold_sentence(pact, scen) or ""))
    with tab_all:
        _table(desc)
    with tab_file:
        _upload(v)
        _download(v, t)


def _conclusion(v: Variant, t, scen, pact, desc: dict) -> None:  # noqa: ANN001
    """The two or three sentences that answer « que promet ce pacte, et à quel prix ? »,
    with the engine's figures for the variant in the URL: the signatures a petition needs
    and why (the sentence shown next to the percentage, ``engine.report.explain``), the
    cost, the clauses."""
    from dashboard import money
    from dashboard.vues_shared import costs_for
    from engine.procedures.petition import signatures_required
    from engine.report.explain import threshold_sentence

    n_clauses = len(desc["clauses"])
    n_params = sum(len(c["parameters"]) for c in desc["clauses"])
    lines = []
    if pact.petition is not None:
        required = signatures_required(pact, scen).value.required
        st.subheader(f"Avec ce pacte, une pétition de {number(required)} signatures fait "
                     "voter les habitant·es sur sa question.")
        lines.append(md(threshold_sentence(pact, scen) or ""))
    else:
        st.subheader(f"Ce pacte règle {plural(n_clauses, 'clause')} par "
                     f"{plural(n_params, 'paramètre')}, chacun cité à sa source.")
    costs = costs_for(t, v.overrides)
    if costs is not None:
        lines.append(f"{money.cost_headline(costs)} (tableau des coûts).")
    edits = (f"{plural(len(v.overrides), 'modification')} dans cette variante"
             if v.overrides else "aucune modification : le pacte tel qu'il est écrit")
    lines.append(f"{plural(n_clauses, 'clause')}, {plural(n_params, 'paramètre')} chacun "
                 f"cité à sa source ; {edits}.")
    st.markdown(" ".join(line for line in lines if line))


def _edit_param(clause_key: str, p: dict, file_value) -> None:  # noqa: ANN001
    path = p["path"]
    spec = widgets.spec_for(clause_key, p["key"], p["unit"])
    key = f"w:{path}"
    value = p["value"]
    if p["dated"]:
        st.caption(f"Valeurs datées : {md(format_value(value, p['unit']))} — une "
                   "modification remplace ces dates par une valeur unique.")
        value = list(value.values())[-1]
        if isinstance(file_value, dict):
            file_value = list(file_value.values())[-1]
    law = f" — base légale : {md(', '.join(p['legal_basis']))}" if p["legal_basis"] else ""
    help_ = f"Source : {md(data.source_fr(p['source']))}{law}"
    unit = widgets.option_label(p["unit"]) if p["unit"] not in (
        "booleen", "texte", "liste", "nombre") else ""
    label = md(p["description"]) + (f" ({md(_unit_fr(p['unit']))})" if unit else "")
    if key not in st.session_state:
        st.session_state[key] = "\n".join(value) if spec.kind == "lines" else value
    _draw(spec, label, key, help_, p["unit"], path, file_value)
    st.caption(help_)
    err = st.session_state.get(EDIT_ERRORS, {}).get(path)
    if err:
        st.error(md(err))


def _unit_fr(unit: str) -> str:
    from engine.core.fr import UNITS_FR

    return UNITS_FR.get(unit) or unit


def _draw(spec: widgets.Spec, label: str, key: str, help_: str, unit: str, path: str,
          file_value) -> None:  # noqa: ANN001
    kwargs = {"key": key, "help": help_, "on_change": _apply,
              "args": (path, key, file_value, spec)}
    if spec.kind == "toggle":
        st.toggle(label, **kwargs)
    elif spec.kind == "percent":
        if isinstance(st.session_state[key], (int, float)):
            st.session_state[key] = widgets.percent_text(st.session_state[key])
        st.text_input(label, max_chars=20, placeholder="par exemple 3,3",
                      **kwargs)
    elif spec.kind == "integer":
        st.number_input(label, step=1, **kwargs)
    elif spec.kind == "number":
        st.session_state[key] = float(st.session_state[key])
        st.number_input(label, step=0.1, format="%.2f", **kwargs)
    elif spec.kind == "choice":
        st.selectbox(label, list(spec.options),
                     format_func=lambda x: safe.clean(widgets.option_label(x)), **kwargs)
    elif spec.kind == "multichoice":
        st.multiselect(label, list(spec.options),
                       format_func=lambda x: safe.clean(widgets.option_label(x, spec.months)),
                       **kwargs)
    elif spec.kind == "lines":
        st.text_area(label + " — une ligne par élément", max_chars=safe.MAX_OVERRIDE_CHARS,
                     **kwargs)
    elif spec.kind == "date":
        st.date_input(label, format="DD/MM/YYYY", **kwargs)
    else:
        st.text_input(label, value=safe.short(st.session_state[key], safe.MAX_OVERRIDE_CHARS),
                      disabled=True)


def _scenario_editor(scen) -> None:  # noqa: ANN001
    st.markdown("#### Commune et mandat")
    st.caption(f"Scénario « {md(scen.info.title)} ». Ces valeurs servent aux seuils, aux "
               "coûts par habitant et au calendrier.")
    base_scen, _ = data.context(session.texts(), ())
    for path, label, kind in SCENARIO_FIELDS:
        value, source = _scenario_value(scen, path)
        file_value, _ = _scenario_value(base_scen, path)
        if value is None:
            continue
        key = f"w:{path}"
        if key not in st.session_state:
            st.session_state[key] = value
        spec = widgets.Spec(kind, 0.0, 100.0) if kind == "percent" else widgets.Spec(kind)
        _draw(spec, label, key, f"Source : {md(data.source_fr(source))}", "pourcent" if kind == "percent" else "",
              path, file_value)
        st.caption(f"Source : {md(data.source_fr(source))}")
        err = st.session_state.get(EDIT_ERRORS, {}).get(path)
        if err:
            st.error(md(err))


def _scenario_value(scen, path: str):  # noqa: ANN001, ANN202
    """(value, source) of a scenario field named by its French path."""
    mapping = {
        "commune.population_municipale": lambda s: s.commune.population,
        "commune.electeurs_inscrits": lambda s: s.commune.electors,
        "commune.budget.depenses_reelles_fonctionnement_eur":
            lambda s: s.commune.budget.operating_spending_eur,
        "commune.budget.recettes_reelles_investissement_eur":
            lambda s: s.commune.budget.investment_receipts_eur,
        "score_liste_gagnante_pct": lambda s: s.winning_list_vote_share_pct,
    }
    if path in mapping:
        param = mapping[path](scen)
        if param is None:
            return None, ""
        return param.at(None), str(param.source or "scénario")
    if path == "mandat.installation_conseil":
        return scen.mandate.installation, str(scen.mandate.source)
    if path == "mandat.prochain_renouvellement":
        return scen.mandate.next_renewal, str(scen.mandate.source)
    return None, ""


def _edit_label(item: str, desc: dict) -> str:
    """« Signatures requises, en pourcentage des électeurs inscrits : 2 % » for an edit."""
    from engine.io.overrides import parse_override

    path, value = parse_override(item)
    for c in desc["clauses"]:
        for p in c["parameters"]:
            if p["path"] == path:
                return (f"{md(c['title'])} — {md(p['description'])} : "
                        f"**{md(format_value(value, p['unit']))}**")
    for field, label, _kind in SCENARIO_FIELDS:
        if field == path:
            import datetime as dt

            from engine.core.calendar import format_date

            shown = format_date(value) if isinstance(value, dt.date) else format_value(value,
                                                                                       "nombre")
            return f"Commune et mandat — {label} : **{md(shown)}**"
    if path.startswith("hypotheses."):
        return (f"Hypothèse de simulation « {md(path.removeprefix('hypotheses.'))} » : "
                f"**{md(safe.short(value))}**")
    return f"{md(path)} : **{md(safe.short(value))}**"


def _edits_box(v: Variant, desc: dict) -> None:
    if not v.overrides:
        st.info("Aucune modification : vous voyez le pacte tel qu'il est écrit. Changez une "
                "valeur ci-dessous ; l'adresse de la page devient un lien à partager.")
        return
    with st.container(border=True):
        st.markdown(f"**{plural(len(v.overrides), 'modification')} en cours** (variante partageable "
                    "par l'adresse de la page)")
        for item in v.overrides:
            path, value = item.split("=", 1)
            c1, c2 = st.columns([5, 1])
            c1.markdown(_edit_label(item, desc))
            c1.caption(md(safe.short(f"{path}={value}")))
            if c2.button("Annuler", key=f"undo:{path}"):
                session.set_variant(v.with_override(path, None))
                st.session_state.pop(f"w:{path}", None)
                st.rerun()
        if st.button("Revenir au pacte d'origine", key="reset_all"):
            for item in v.overrides:
                st.session_state.pop(f"w:{item.split('=', 1)[0]}", None)
            session.set_variant(replace(v, overrides=()))
            st.rerun()


def _table(desc: dict) -> None:
    rows = []
    for c in desc["clauses"]:
        for p in c["parameters"]:
            rows.append({
                "Clause": c["title"],
                "Paramètre": p["description"],
                "Valeur": format_value(p["value"], p["unit"]),
                "Unité": _unit_fr(p["unit"]) if p["unit"] not in ("booleen", "texte") else "",
                "Source": data.source_fr(p["source"]),
                "Base légale": ", ".join(p["legal_basis"] or c["legal_basis"]),
                "Chemin": p["path"],
            })
    st.caption(f"{len(desc['clauses'])} clauses, {len(rows)} paramètres. Chaque valeur cite "
               "sa source (document et section) et, quand la loi parle, l'article du CGCT.")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", height=520)


def _upload(v: Variant) -> None:
    st.markdown("#### Importer un pacte (YAML)")
    st.caption(f"Fichier YAML au format des pactes fournis, {safe.MAX_UPLOAD_BYTES // 1_000_000} "
               "Mo au plus. Il est vérifié exactement comme en ligne de commande.")
    up = st.file_uploader("Pacte à importer", type=["yaml", "yml"], key="upload")
    if up is not None and st.session_state.get("upload_done") != up.file_id:
        name = safe.file_name(up.name)
        try:
            text = _read_upload(up, name)
        except InputError as exc:
            st.session_state["upload_done"] = up.file_id
            st.session_state["upload_error"] = safe.message(exc)
        else:
            st.session_state.pop("upload_error", None)
            st.session_state["upload_done"] = up.file_id
            for key in [k for k in st.session_state if str(k).startswith("w:")]:
                del st.session_state[key]
            scenario = _scenario_of(data.pact_only(text, name).info.commune, v.scenario)
            session.set_variant(replace(v, upload_name=name, upload_text=text, overrides=(),
                                        scenario=scenario))
            st.rerun()
    if st.session_state.get("upload_error"):
        st.error("Ce fichier ne peut pas être utilisé :\n\n" + md(st.session_state["upload_error"]))
    if v.upload_text is not None:
        st.success(f"Pacte importé en cours d'utilisation : {md(v.upload_name)}. (Un pacte "
                   "importé reste dans cette session : le lien partagé renvoie au pacte fourni.)")
        if st.button("Revenir au pacte fourni", key="drop_upload"):
            for key in [k for k in st.session_state if str(k).startswith("w:")]:
                del st.session_state[key]
            session.set_variant(replace(v, upload_name=None, upload_text=None, overrides=()))
            st.rerun()


def _scenario_of(commune: str, current: str) -> str:
    """The bundled scenario of the uploaded pact's commune (as ``pacte --pacte`` picks it);
    without one, the current scenario, and the sidebar says the communes differ."""
    from engine.io.context import bundled_scenario_of

    found = bundled_scenario_of(commune)
    return found.stem if found is not None else current


def _read_upload(up, name: str) -> str:  # noqa: ANN001
    """The uploaded pact's text once the engine accepts it: read with the command line's
    rules (size, NUL bytes, UTF-8) and loaded like a pact file given to ``--pacte``."""
    text = safe.upload_text(up.getvalue(), name)
    try:
        load_pact_text(text, name)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 — an engine failure is a refusal of this file
        raise data.unreadable(exc, (), name) from None
    return text


def _download(v: Variant, t) -> None:  # noqa: ANN001
    st.markdown("#### Télécharger le pacte modifié")
    overrides = v.overrides

    # Built now and cached by variant, not on click: a file generated on click arrives
    # outside the click's user gesture, and a browser may block it as an automatic download.
    text = data.edited_pact_yaml(t, overrides).encode("utf-8")
    name = safe.download_stem((v.upload_name or f"{v.pact}.yaml").removesuffix(".yaml")
                              .removesuffix(".yml"))
    suffix = "-modifie" if v.overrides else ""
    st.download_button("Télécharger le YAML", text, file_name=f"{name}{suffix}.yaml",
                       mime="application/x-yaml", key="download_yaml")
    st.caption("Les commentaires et l'ordre du fichier sont conservés ; seules les valeurs "
               "modifiées changent.")


main()
