"""Page « Simulation »."""

from __future__ import annotations

from dashboard_support import app, texts


def test_simulation_page_without_module_says_so() -> None:
    at = app(page="simulation")
    assert "Simulation du mandat" in texts(at.title)
    assert any("n'est pas encore disponible" in i for i in texts(at.info))
