"""Glue between the variant, ``st.session_state`` and ``st.query_params``."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import data
from dashboard.state import ERRORS_KEY, KEY, Variant, from_query
from engine.errors import InputError
from engine.load import SCENARIO_KEYS
from engine.variant import Texts, is_assumption


def restore_from_url() -> None:
    """On the session's first run, rebuild the variant from the URL (invalid edits dropped,
    with a French message)."""
    if KEY in st.session_state:
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}  # noqa: SIM118
    wanted = from_query(params)
    errors: list[str] = []
    try:
        texts = data.texts_for(wanted.pact, wanted.scenario, None, None)
    except InputError as exc:
        errors.append(f"Lien : {exc}")
        wanted = Variant()
        texts = data.texts_for(wanted.pact, wanted.scenario, None, None)
    kept: list[str] = []
    for item in wanted.overrides:
        result = data.try_context(texts, (*kept, item))
        if isinstance(result, InputError):
            errors.append(f"Modification du lien ignorée « {item} » : {result}")
        else:
            kept.append(item)
    st.session_state[KEY] = replace(wanted, overrides=tuple(kept))
    st.session_state[ERRORS_KEY] = errors


def variant() -> Variant:
    if KEY not in st.session_state:
        restore_from_url()
    return st.session_state[KEY]


def set_variant(new: Variant) -> None:
    st.session_state[KEY] = new
    write_url()


def write_url() -> None:
    """Mirror the variant in the page URL (so the address bar is always a shareable link)."""
    v = variant()
    wanted = v.to_query()
    current = {k: st.query_params.get_all(k) for k in st.query_params.keys()}  # noqa: SIM118
    normal = {k: (val if isinstance(val, list) else [val]) for k, val in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)


def texts(v: Variant | None = None) -> Texts:
    v = v or variant()
    return data.texts_for(v.pact, v.scenario, v.upload_name, v.upload_text)


def current():  # noqa: ANN201
    """(variant, texts, scenario, pact) of the session; stops the page on a French error."""
    v = variant()
    t = texts(v)
    result = data.try_context(t, v.overrides)
    if isinstance(result, InputError):
        st.error("Le pacte ou ses modifications ne sont pas valides :\n\n"
                 + "\n".join(f"- {p}" for p in result.problems))
        st.stop()
    scen, pact = result
    return v, t, scen, pact


def _clear_widgets() -> None:
    for key in [k for k in st.session_state if str(k).startswith("w:")]:
        del st.session_state[key]


def _pick_pact() -> None:
    v = variant()
    keep = tuple(o for o in v.overrides if is_assumption(o) or o.split(".", 1)[0] in
                 SCENARIO_KEYS)
    _clear_widgets()
    set_variant(replace(v, pact=st.session_state["pick_pact"], upload_name=None,
                        upload_text=None, overrides=keep))


def _pick_scenario() -> None:
    """Another commune: the edits that still validate are kept, the others dropped."""
    v = variant()
    new = replace(v, scenario=st.session_state["pick_scenario"], overrides=())
    t = texts(new)
    kept: list[str] = []
    dropped: list[str] = []
    for item in v.overrides:
        result = data.try_context(t, (*kept, item))
        (dropped if isinstance(result, InputError) else kept).append(item)
    _clear_widgets()
    st.session_state[ERRORS_KEY] = [f"Modification abandonnée pour ce scénario : {d}"
                                    for d in dropped]
    set_variant(replace(new, overrides=tuple(kept)))


def pickers() -> None:
    """Choose the bundled pact and the commune (scenario)."""
    from engine.variant import bundled_pacts, bundled_scenarios

    v = variant()
    pacts = list(bundled_pacts())
    scenarios = list(bundled_scenarios())
    if v.upload_text is None and v.pact in pacts:
        st.session_state["pick_pact"] = v.pact
        st.selectbox("Pacte fourni", pacts, key="pick_pact", on_change=_pick_pact)
    if v.scenario in scenarios:
        st.session_state["pick_scenario"] = v.scenario
        st.selectbox("Commune (scénario)", scenarios, key="pick_scenario",
                     on_change=_pick_scenario)
