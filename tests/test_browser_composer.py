"""In a real browser (Debian's Chromium, as tests/test_browser_e2e.py): a newcomer composes a
pact from nothing on the « Composer » page — a commune, three measures, one key figure —
sees its findings and costs, and reaches the Légalité page on it.

Skipped when /usr/bin/chromium is missing, except in CI (env var CI set) where it fails.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_browser_e2e import (
    ARTIFACTS,
    _no_exception,
    _require_chromium,
    _wait_idle,
    browser_page,
    served_app,
)

from engine.io.context import bundled_scenario_communes
from engine.io.template import measures

pytestmark = [pytest.mark.browser, pytest.mark.slow]

COMMUNE = "saillans"
CHOSEN = ("votation", "budget_participatif", "assemblee_tiree_au_sort")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """One Streamlit server for the module's tests, always stopped at the end."""
    _require_chromium()
    with served_app() as base:
        yield base


def _commune_name(scenario: str) -> str:
    return next(name for path, name, _ in bundled_scenario_communes() if path.stem == scenario)


def test_compose_a_pact_from_nothing_and_reach_the_legality_page(server: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    catalogue = {m.id: m for m in measures()}
    commune = _commune_name(COMMUNE)
    with browser_page(height=1400) as page:
        page.goto(f"{server}/composer")
        page.get_by_text("Composer un pacte").first.wait_for()
        _wait_idle(page)
        main = page.get_by_test_id("stMain")  # the sidebar has its own « Commune » picker
        main.get_by_test_id("stSelectbox").filter(has_text="Commune").first.click()
        page.get_by_role("option", name=f"{commune} (scénario {COMMUNE})").click()
        _wait_idle(page)
        for measure in CHOSEN:
            box = main.get_by_test_id("stCheckbox").filter(has_text=catalogue[measure].title)
            box.first.locator("label").click()
            _wait_idle(page)
        votation = catalogue["votation"]
        # a percentage is typed as text (« 3,3 » or « 4,75 % »: French decimal comma accepted)
        field = page.get_by_role("textbox", name=votation.key_figures[0].question).first
        field.fill("4,5")
        field.press("Enter")
        _wait_idle(page)
        _no_exception(page)
        body = page.inner_text("body")
        assert f"Pacte de {len(CHOSEN)} mesures pour {commune}" in body, body[-2000:]
        assert "1 chiffre clé choisi" in body and "(s)" not in body
        assert "Ce que dit le vérificateur" in body and "Le pacte coûte" in body
        page.screenshot(path=str(ARTIFACTS / "composer.png"), full_page=True)

        page.get_by_role("button", name="Analyser ce pacte").click()
        page.get_by_text("Légalité et cohérence").first.wait_for(timeout=60_000)
        _wait_idle(page)
        _no_exception(page)
        assert "/legalite" in page.url and f"scenario={COMMUNE}" in page.url
        side = page.get_by_test_id("stSidebar").inner_text()
        assert "mon-pacte.yaml" in side and COMMUNE in side
        assert "Constats" in page.inner_text("body")
        page.screenshot(path=str(ARTIFACTS / "composer-legalite.png"), full_page=True)
