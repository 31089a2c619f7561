"""Glue between the variant, ``st.session_state`` and ``st.query_params``."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import data
from dashboard.safe import (
    LOG,
    MAX_OVERRIDE_CHARS,
    MAX_OVERRIDES,
    MESSAGE_CHARS,
    callback,
    count,
    internal_error,
    md,
    message,
    short,
)
from dashboard.state import (
    ERRORS_KEY,
    KEY,
    PACT_ERROR_KEY,
    Variant,
    one_per_field,
    read_query,
    scenario_of_pact,
)
from engine.core.errors import InputError
from engine.io.overrides import SCENARIO_KEYS
from engine.io.variant import Texts, assumption_overrides, is_assumption


def restore_from_url() -> None:
    """On the session's first run, rebuild the variant from the URL: identifiers and limits
    checked first (``state.read_query``), then each edit validated by the engine exactly like
    ``--set``; what is refused is dropped, with a French message."""
    if KEY in st.session_state:
        return
    try:
        wanted, errors = _from_url()
    except Exception as exc:  # noqa: BLE001 — the default pact, and a French message
        LOG.error("lien illisible", exc_info=exc)
        wanted, errors = Variant(), [internal_error(exc)]
    st.session_state[KEY] = wanted
    st.session_state[ERRORS_KEY] = errors


def _from_url() -> tuple[Variant, list[str]]:
    params = {k: st.query_params.get_all(k) for k in ("pacte", "scenario", "set")}
    wanted, errors = read_query(params)
    try:
        texts = data.texts_for(wanted.pact, wanted.scenario, None, None)
    except InputError as exc:
        errors.append(f"Lien : {message(exc)}")
        wanted = Variant(overrides=wanted.overrides)
        texts = data.texts_for(wanted.pact, wanted.scenario, None, None)
    kept = keep_valid(texts, wanted.overrides, errors, "Modification du lien ignorée")
    return one_per_field(replace(wanted, overrides=kept)), errors


def try_variant(texts: Texts, overrides: tuple[str, ...]) -> InputError | None:
    """The engine's refusal of these edits (pact and scenario fields, and the simulation's
    « hypotheses.* »), or ``None`` when they are valid."""
    result = data.try_context(texts, overrides)
    if isinstance(result, InputError):
        return result
    if not any(is_assumption(o) for o in overrides):
        return None
    return data.guarded(_assumptions_ok, texts, overrides)


def _assumptions_ok(texts: Texts, overrides: tuple[str, ...]) -> None:
    from dashboard import sim_runner

    if sim_runner.available():
        sim_runner.inputs(texts, overrides)
    else:  # no simulation here: the values must at least be well-formed
        assumption_overrides(overrides)


def keep_valid(texts: Texts, items: tuple[str, ...], errors: list[str],
               why: str) -> tuple[str, ...]:
    """The edits the engine accepts, in order; a French message for each one refused.

    Each edit alone first (a hostile value is parsed once), then the survivors together (the
    usual case ends here), else one after the other (an edit may conflict with an earlier
    one)."""
    alone: list[str] = []
    for item in items:
        refusal = try_variant(texts, (item,))
        if refusal is None:
            alone.append(item)
        else:
            errors.append(f"{why} « {short(item)} » : {message(refusal)}")
    if len(alone) < 2 or try_variant(texts, tuple(alone)) is None:
        return tuple(alone)
    kept: list[str] = [alone[0]]
    for item in alone[1:]:
        refusal = try_variant(texts, (*kept, item))
        if refusal is None:
            kept.append(item)
        else:
            errors.append(f"{why} « {short(item)} » : {message(refusal)}")
    return tuple(kept)


def edit_limit(item: str | None, candidate: Variant) -> InputError | None:
    """The per-variant limits of a link (``MAX_OVERRIDES``, ``MAX_OVERRIDE_CHARS``)."""
    if item is not None and len(item) > MAX_OVERRIDE_CHARS:
        return InputError.single("modification", None, item.split("=", 1)[0],
                                 f"valeur trop longue ({count(len(item))} caractères ; "
                                 f"au plus {count(MAX_OVERRIDE_CHARS)} pour une "
                                 "modification)")
    if len(candidate.overrides) > MAX_OVERRIDES:
        return InputError.single("modification", None, "(variante)",
                                 f"au plus {MAX_OVERRIDES} modifications par variante : "
                                 "téléchargez le pacte modifié et importez-le pour aller plus "
                                 "loin")
    return None


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
                 + "\n".join(f"- {md(short(p, MESSAGE_CHARS))}" for p in result.problems))
        st.stop()
    scen, pact = result
    return v, t, scen, pact


def use_pact(name: str, text: str, scenario: str) -> None:
    """Work on a pact given as text (a pact composed on the « Composer » page), with the
    bundled ``scenario``, exactly like an imported pact: every page then reads it."""
    _clear_widgets()
    st.session_state.pop(PACT_ERROR_KEY, None)
    set_variant(replace(variant(), upload_name=name, upload_text=text, overrides=(),
                        scenario=scenario))


def _clear_widgets() -> None:
    for key in [k for k in st.session_state if str(k).startswith("w:")]:
        del st.session_state[key]


@callback
def _pick_pact() -> None:
    """Another bundled pact, evaluated with the scenario of its own commune (as
    ``pacte --pacte ID`` is); a commune without a bundled scenario keeps the current one and
    shows the engine's French refusal. The scenario's and simulation's edits that still
    validate are kept."""
    v = variant()
    pact = st.session_state["pick_pact"]
    keep = tuple(o for o in v.overrides if is_assumption(o) or o.split(".", 1)[0] in
                 SCENARIO_KEYS)
    try:
        scenario = scenario_of_pact(pact)
    except InputError as exc:
        scenario = v.scenario
        st.session_state[PACT_ERROR_KEY] = message(exc)
    else:
        st.session_state.pop(PACT_ERROR_KEY, None)
    new = replace(v, pact=pact, scenario=scenario, upload_name=None, upload_text=None,
                  overrides=())
    errors: list[str] = []
    kept = keep_valid(texts(new), keep, errors, "Modification abandonnée pour ce pacte")
    _clear_widgets()
    st.session_state[ERRORS_KEY] = errors
    set_variant(replace(new, overrides=kept))


@callback
def _pick_scenario() -> None:
    """Another commune: the edits that still validate are kept, the others dropped."""
    v = variant()
    st.session_state.pop(PACT_ERROR_KEY, None)
    new = replace(v, scenario=st.session_state["pick_scenario"], overrides=())
    errors: list[str] = []
    kept = keep_valid(texts(new), v.overrides, errors, "Modification abandonnée pour ce "
                      "scénario")
    _clear_widgets()
    st.session_state[ERRORS_KEY] = errors
    set_variant(replace(new, overrides=kept))


def pickers() -> None:
    """Choose the bundled pact and the commune (scenario)."""
    from engine.io.variant import bundled_pacts, bundled_scenarios

    v = variant()
    pacts = list(bundled_pacts())
    scenarios = list(bundled_scenarios())
    titles, communes = data.bundled_names()
    if v.upload_text is None and v.pact in pacts:
        st.session_state["pick_pact"] = v.pact
        st.selectbox("Pacte fourni", pacts, key="pick_pact", on_change=_pick_pact,
                     format_func=lambda k: titles.get(k, k))
    if v.scenario in scenarios:
        st.session_state["pick_scenario"] = v.scenario
        st.selectbox("Commune (scénario)", scenarios, key="pick_scenario",
                     on_change=_pick_scenario, format_func=lambda k: communes.get(k, k))
    refusal = st.session_state.get(PACT_ERROR_KEY)
    if refusal and v.upload_text is None:
        st.error(md(refusal))
