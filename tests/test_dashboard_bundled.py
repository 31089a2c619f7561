"""Dashboard: every bundled pact (each file of rules/pactes/) is offered with the scenario of
its own commune — chosen in the sidebar or named alone in a link, as ``pacte --pacte ID``
picks it — and the Pacte and Légalité pages render on it with that commune's figures."""

from __future__ import annotations

import re

import pytest
from dashboard_support import app, texts

from engine.core.errors import InputError
from engine.core.fr import number
from engine.core.paths import PACTS_DIR, SCENARIOS_DIR
from engine.io.load import read_document

PACTS = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))


def _fold(name: str) -> str:
    """A commune's name without case, accents or punctuation (« Saint-Étienne » =
    « saint etienne »), written here independently of the engine's matcher."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(w for w in re.split(r"[\W_]+", plain.casefold()) if w)


def _commune_of_pact(pact: str) -> str:
    return read_document(PACTS_DIR / f"{pact}.yaml").data["pacte"]["commune"]


def _scenarios_of(commune: str) -> list[str]:
    """The bundled scenarios whose « commune.nom » is the pact's commune (an unreadable
    scenario file is not offered by the engine either)."""
    found = []
    for path in sorted(SCENARIOS_DIR.glob("*.yaml")):
        try:
            name = read_document(path).data["commune"]["nom"]
        except InputError:
            continue
        if _fold(name) == _fold(commune):
            found.append(path.stem)
    return found


def _query(at, key: str) -> str:  # noqa: ANN001
    value = at.query_params.get(key)
    return value[-1] if isinstance(value, list) else value


def _page_text(at) -> str:  # noqa: ANN001
    """Everything the main area shows: headings, text, alerts, expanders, metrics, tables."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success"):
        parts += texts(getattr(at.main, kind))
    parts += [e.label for e in at.main.expander]
    parts += [f"{m.label} {m.value}" for m in at.main.metric]
    parts += [d.value.to_string() for d in at.main.dataframe]
    return "\n".join(str(p) for p in parts)


def _chambery_figures() -> list[str]:
    """Chambéry's population and electors as the pages would print them (« 59 856 »)."""
    commune = read_document(SCENARIOS_DIR / "chambery.yaml").data["commune"]
    figures = []
    for key in ("population_municipale", "electeurs_inscrits"):
        value = commune[key]
        value = value["valeur"] if isinstance(value, dict) else value
        figures += [number(value), str(value)]
    return figures


def test_every_bundled_pact_is_listed_in_the_picker() -> None:
    """Each bundled pact is offered, shown by its title (never its file name)."""
    from engine.io.variant import load_pact_text

    at = app()
    titles = [load_pact_text(f.read_text(encoding="utf-8"), f.name).info.title
              for f in (PACTS_DIR / f"{p}.yaml" for p in PACTS)]
    assert at.selectbox(key="pick_pact").options == titles


@pytest.mark.parametrize("pact", PACTS)
def test_choosing_a_bundled_pact_switches_to_its_communes_scenario(pact: str) -> None:
    start = next(p for p in PACTS if p != pact)  # the picker reacts to a change only
    at = app({"pacte": start, "scenario": "grenoble"})
    at.selectbox(key="pick_pact").set_value(pact).run()
    assert not at.exception, [e.message for e in at.exception]
    assert _query(at, "pacte") == pact
    commune = _commune_of_pact(pact)
    own = _scenarios_of(commune)
    if not own:
        assert "aucun scénario fourni pour la commune" in " ".join(texts(at.sidebar.error))
        return
    assert _query(at, "scenario") in own
    assert "écrit pour" not in " ".join(texts(at.sidebar.warning))  # no « et si … » note

    page = _page_text(at)
    assert "Le pacte, clause par clause" in page
    assert _fold(commune) in _fold(page)
    at.switch_page("vues/legalite.py").run()
    assert not at.exception, [e.message for e in at.exception]
    legal = _page_text(at)
    assert "Légalité et cohérence" in legal and "Constats" in legal
    if _fold(commune) != _fold("Chambéry"):
        shown = [f for f in _chambery_figures() if f in page or f in legal]
        assert not shown, f"{pact} : chiffres de Chambéry affichés : {shown}"


@pytest.mark.parametrize("pact", PACTS)
def test_a_link_naming_only_the_pact_opens_its_communes_scenario(pact: str) -> None:
    at = app({"pacte": pact}, page="legalite")
    own = _scenarios_of(_commune_of_pact(pact))
    if own:
        assert _query(at, "scenario") in own
        assert not texts(at.sidebar.warning)
    else:
        assert "aucun scénario fourni" in " ".join(texts(at.sidebar.warning))


def test_a_pact_whose_commune_has_no_scenario_shows_the_french_error(monkeypatch) -> None:  # noqa: ANN001
    at = app({"scenario": "grenoble"})
    monkeypatch.setattr("engine.io.context.bundled_scenario_communes", lambda: [])
    other = next(p for p in PACTS if p != _query(at, "pacte"))
    at.selectbox(key="pick_pact").set_value(other).run()
    assert not at.exception, [e.message for e in at.exception]
    errors = " ".join(texts(at.sidebar.error))
    commune = _commune_of_pact(other)
    assert f"aucun scénario fourni pour la commune « {commune} »" in errors
    assert "Traceback" not in errors
    assert _query(at, "pacte") == other and _query(at, "scenario") == "grenoble"
    assert f"ce pacte est écrit pour {commune}" in " ".join(texts(at.sidebar.warning))
    monkeypatch.undo()
    at.selectbox(key="pick_scenario").set_value("saillans").run()
    assert not texts(at.sidebar.error)  # the refusal is gone once a commune is chosen
