"""Dashboard: an imported pact gets the scenario of its own commune, and a scenario of another
commune is said in the sidebar (as every output of the command line says it)."""

from __future__ import annotations

from dashboard_support import app, texts

from engine.core.paths import DEFAULT_PACT


def _warnings(at) -> str:  # noqa: ANN001
    return " ".join(texts(at.sidebar.warning))


def test_an_imported_pact_of_grenoble_is_evaluated_with_grenoble_figures() -> None:
    at = app()
    assert "écrit pour" not in _warnings(at)
    text = DEFAULT_PACT.read_text(encoding="utf-8").replace("  commune: Chambéry\n",
                                                            "  commune: grenoble\n", 1)
    at.file_uploader(key="upload").set_value(("grenoble.yaml", text.encode(), "application/x-yaml")).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.query_params.get("scenario") in ("grenoble", ["grenoble"])
    assert "écrit pour" not in _warnings(at)


def test_an_imported_pact_of_a_commune_without_scenario_is_flagged() -> None:
    at = app()
    text = DEFAULT_PACT.read_text(encoding="utf-8").replace("  commune: Chambéry\n",
                                                            "  commune: Pau\n", 1)
    at.file_uploader(key="upload").set_value(("pau.yaml", text.encode(), "application/x-yaml")).run()
    assert not at.exception, [e.message for e in at.exception]
    assert "ce pacte est écrit pour Pau, mais il est évalué ici avec les chiffres de Chambéry" \
        in _warnings(at)


def test_a_scenario_of_another_commune_is_said_in_the_sidebar() -> None:
    at = app({"scenario": "grenoble"})
    assert "et si ce pacte était appliqué à Grenoble ?" in _warnings(at)
