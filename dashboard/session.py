"""Glue between the variant, ``st.session_state`` and ``st.query_params``."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import data
from dashboard.state import ERRORS_KEY, KEY, Variant, from_query
from engine.errors import InputError
from engine.variant import Texts


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
