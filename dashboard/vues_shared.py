"""Cached computations shared by several pages."""

from __future__ import annotations

import streamlit as st

from dashboard import data, engines


@st.cache_data(max_entries=128, show_spinner=False)
def findings_for(texts, overrides: tuple[str, ...]) -> list[dict]:  # noqa: ANN001
    """The verifier's findings as dicts (JSON contract of `pacte verifier`)."""
    check = engines.checker()
    scen, pact = data.context(texts, overrides)
    return [engines.as_dict(f) for f in check(pact, scen)]


@st.cache_data(max_entries=128, show_spinner=False)
def costs_for(texts, overrides: tuple[str, ...]) -> dict | None:  # noqa: ANN001
    """The yearly cost table as a dict (JSON contract of `pacte couts`), ``None`` while this
    installation has no cost module."""
    fn = engines.cost_table()
    if fn is None:
        return None
    scen, pact = data.context(texts, overrides)
    return engines.as_dict(fn(pact, scen))
