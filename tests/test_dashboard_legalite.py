"""Page « Légalité » : constats du vérificateur, filtres, mémo."""

from __future__ import annotations

from dashboard_support import app, texts

from dashboard import engines


def test_legality_page() -> None:
    at = app(page="legalite")
    assert "Légalité et cohérence" in texts(at.title)
    if engines.checker() is None:
        assert any("n'est pas encore disponible" in i for i in texts(at.info))
        assert not at.metric  # no invented figure
        return
    assert at.metric
