"""Cached calls into the engine, keyed by their inputs (YAML texts + edits).

A what-if edit that needs no new simulation only re-runs cheap, cached functions: the same
pact text with the same edits is loaded, described, checked and analysed once.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from engine.core.errors import InputError
from engine.io.variant import Texts, bundled_text, load_pact_text, load_texts

Key = tuple[Texts, tuple[str, ...]]


@st.cache_data(max_entries=32, show_spinner=False)
def texts_for(pact: str, scenario: str, upload_name: str | None,
              upload_text: str | None) -> Texts:
    """The YAML texts of a variant (bundled files, or the uploaded pact)."""
    if upload_text is not None:
        pact_text, pact_name = upload_text, upload_name or "pacte importé"
    else:
        pact_text, pact_name = bundled_text("pacte", pact)
    scen_text, scen_name = bundled_text("scenario", scenario)
    return Texts(pact_text, pact_name, scen_text, scen_name)


# Pydantic generic models do not pickle: the (frozen) models are shared, not copied.
@st.cache_resource(max_entries=256, show_spinner=False)
def context(texts: Texts, overrides: tuple[str, ...]) -> tuple[Any, Any]:
    """(scenario, pact), validated exactly like the files; raises InputError."""
    return load_texts(texts, overrides)


@st.cache_resource(max_entries=64, show_spinner=False)
def pact_only(text: str, name: str, overrides: tuple[str, ...] = ()) -> Any:
    return load_pact_text(text, name, overrides)


def try_context(texts: Texts, overrides: tuple[str, ...]) -> tuple[Any, Any] | InputError:
    """(scenario, pact), or the engine's French refusal. Whatever else the engine raises on
    a visitor's input becomes a refusal too (the trace goes to the server log)."""
    try:
        return context(texts, overrides)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001
        return unreadable(exc, overrides)


def guarded(fn: Callable[..., Any], texts: Texts, overrides: tuple[str, ...]) -> InputError | None:
    """Run an engine check of a variant: ``None`` if it passes, else its French refusal."""
    try:
        fn(texts, overrides)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001
        return unreadable(exc, overrides)
    return None


def unreadable(exc: Exception, overrides: tuple[str, ...], file: str = "pacte") -> InputError:
    """A refusal for an input the engine failed on without a French message."""
    from dashboard.safe import LOG, short

    LOG.error("le moteur a échoué sur une entrée du tableau de bord", exc_info=exc)
    field = short(overrides[-1].split("=", 1)[0], 80) if overrides else "(fichier)"
    return InputError.single("modification" if overrides else file, None, field,
                             "valeur impossible à traiter (erreur interne du moteur : "
                             f"{type(exc).__name__})")


@st.cache_data(max_entries=128, show_spinner=False)
def described(texts: Texts, overrides: tuple[str, ...]) -> dict[str, Any]:
    from engine.report.clauses import describe

    _, pact = context(texts, overrides)
    return describe(pact)


@st.cache_resource(max_entries=128, show_spinner=False)
def powers_graph(texts: Texts, overrides: tuple[str, ...]) -> Any:
    from engine import powers

    _, pact = context(texts, overrides)
    return powers.build(pact)


@st.cache_data(max_entries=128, show_spinner=False)
def powers_report(texts: Texts, overrides: tuple[str, ...]) -> dict[str, Any]:
    from engine import powers

    return powers.analyse(powers_graph(texts, overrides))


@st.cache_data(max_entries=64, show_spinner=False)
def edited_pact_yaml(texts: Texts, overrides: tuple[str, ...]) -> str:
    from engine.io.variant import edited_yaml

    return edited_yaml(texts.pact_text, overrides)


@st.cache_data(max_entries=16, show_spinner=False)
def bundled_names() -> tuple[dict[str, str], dict[str, str]]:
    """The bundled pacts' titles and the bundled scenarios' communes, by identifier (what
    the pickers and the sidebar show instead of file names)."""
    from engine.io.context import bundled_scenario_communes
    from engine.io.variant import bundled_pacts

    pacts: dict[str, str] = {}
    for ident in bundled_pacts():
        try:
            pacts[ident] = pact_only(*bundled_text("pacte", ident)).info.title
        except InputError:  # a bundled file that does not load: its identifier
            pacts[ident] = ident
    return pacts, {path.stem: name for path, name, _ in bundled_scenario_communes()}


#: What a calendar step cites when it is not a clause of the pact.
@st.cache_data(max_entries=64, show_spinner=False)
def clause_labels(texts: Texts, overrides: tuple[str, ...]) -> dict[str, str]:
    """The French names of a variant's clause and parameter paths
    (:func:`engine.report.clauses.cited_labels`)."""
    from engine.report.clauses import cited_labels

    _, pact = context(texts, overrides)
    return cited_labels(pact)


@functools.cache
def source_fr(source: object) -> str:
    """A source as a reader names it: each document by its title, each section of the law
    base by its French label, never a file name (``engine.report.doc_note``, as the
    documents and the legal memo print it)."""
    from engine.report.doc_note import finding_source_fr

    return finding_source_fr(str(source)) if source else ""


@dataclass(frozen=True)
class Module:
    """An engine module a page needs, and whether this installation has it."""

    name: str
    label: str

    @property
    def available(self) -> bool:
        try:
            return importlib.util.find_spec(self.name) is not None
        except ModuleNotFoundError:
            return False

    def notice(self) -> None:
        st.info(f"Le module « {self.label} » (`{self.name}`) n'est pas encore disponible dans "
                "cette installation de Pacte : cette partie s'affichera dès qu'il le sera. "
                "Aucun chiffre n'est inventé en attendant.", icon=":material/info:")
