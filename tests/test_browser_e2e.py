"""End to end in a real browser: Debian's Chromium driven by Playwright (no downloaded
browser), the app served by ``streamlit run`` on 127.0.0.1 on a free port.

Skipped when /usr/bin/chromium is missing, except in CI (env var CI set) where it fails.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = ["pacte", "composer", "legalite", "calendrier", "simulation", "pouvoirs", "comparer", "rapport"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} est absent en CI : installer le paquet Debian « chromium »")
        pytest.skip(f"{CHROMIUM} absent (paquet Debian « chromium ») : test navigateur ignoré")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def streamlit_run(port: int) -> list[str]:
    """`streamlit run dashboard/app.py` with no option but the port (the rest comes from the
    dashboard's own dashboard/.streamlit/config.toml)."""
    return [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
            "--server.port", str(port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--server.fileWatcherType", "none"]


@contextlib.contextmanager
def served_app(argv: Callable[[int], list[str]] = streamlit_run, cwd: Path = ROOT,
               log_name: str = "streamlit.log") -> Iterator[str]:
    """Start the dashboard (``argv(port)``, run in ``cwd``), wait until healthy, always stop
    it; its log goes to tests/artifacts/``log_name``."""
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / log_name).open("w+b")
    # Its own process group: `pacte tableau-de-bord` starts Streamlit as a child, stopped too.
    proc = subprocess.Popen(argv(port), cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError("le serveur Streamlit n'a pas démarré :\n"
                                   + log.read().decode(errors="replace"))
            time.sleep(0.3)
        yield base
    finally:
        _stop(proc)
        log.close()


def _stop(proc: subprocess.Popen) -> None:
    """Stop the server and every process it started (its process group)."""
    import signal

    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def browser_page(width: int = 1400, height: int = 1000) -> Iterator:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": width, "height": height}, locale="fr-FR")
        try:
            page = ctx.pages[0] if ctx.pages else ctx.new_page()
            page.set_default_timeout(30_000)
            yield page
        finally:
            ctx.close()


IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stSkeleton"]');
}"""


def _wait_idle(page) -> None:  # noqa: ANN001
    """Wait until Streamlit has finished running the script and drawn every element."""
    page.wait_for_function(IDLE_JS, timeout=60_000)
    page.wait_for_timeout(500)
    page.wait_for_function(IDLE_JS, timeout=60_000)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """One Streamlit server for the module's tests, always stopped at the end."""
    _require_chromium()
    with served_app() as base:
        yield base


def server_log_tail(chars: int = 3000) -> str:
    """The end of the Streamlit server's log (stdout and stderr), for a failure message."""
    path = ARTIFACTS / "streamlit.log"
    return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else ""


def _no_exception(page) -> None:  # noqa: ANN001
    assert page.locator("[data-testid='stException']").count() == 0, page.inner_text("body")


def test_edit_a_clause_simulate_and_read_a_result(server: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    base = server
    with browser_page() as page:
        page.goto(f"{base}/")
        page.get_by_text("Le pacte, clause par clause").wait_for()
        _wait_idle(page)
        field = page.get_by_role("spinbutton", name="Durée de collecte des signatures").first
        field.fill("4")
        field.press("Enter")
        page.wait_for_url("**delai_collecte_mois%3D4**", timeout=30_000)
        _wait_idle(page)
        _no_exception(page)
        body = page.inner_text("body")
        assert "votation_propositionnelle.delai_collecte_mois=4" in body
        assert "Durée de collecte des signatures" in body and ": 4 mois" in body

        page.get_by_role("link", name="Simulation").click()
        page.get_by_text("Simulation du mandat").wait_for()
        _wait_idle(page)
        assert "delai_collecte_mois%3D4" in page.url  # the variant follows the navigation
        runs = page.get_by_role("spinbutton", name="Nombre de futurs simulés").first
        runs.fill("4")
        runs.press("Enter")
        _wait_idle(page)
        page.get_by_role("button", name="Lancer la simulation").click()
        headline = page.get_by_test_id("stHeading").filter(has_text="Le pacte coûte").first
        headline.wait_for(timeout=120_000)
        _wait_idle(page)
        _no_exception(page)
        text = headline.inner_text()
        assert "€ par an" in text and "par habitant" in text
        page.set_viewport_size({"width": 1400, "height": 2600})
        _wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / "e2e-simulation.png"))


def test_every_page_renders_in_a_real_browser(server: str) -> None:
    """Open each page of a shared link and keep a screenshot (tests/artifacts/pages/)."""
    base = server
    out = ARTIFACTS / "pages"
    out.mkdir(parents=True, exist_ok=True)
    query = "?set=votation_propositionnelle.seuil_pct%3D2"
    with browser_page(height=2600) as page:
        for name in PAGES:
            page.goto(f"{base}/{'' if name == 'pacte' else name}{query}")
            _wait_idle(page)
            page.wait_for_timeout(800)
            _no_exception(page)
            assert "seuil_pct%3D2" in page.url, (name, page.url)
            page.screenshot(path=str(out / f"{name}.png"))


def test_two_sessions_at_once_keep_their_own_variant(server: str) -> None:
    """Two citizens on the same server: each link restores its own variant."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # launch() gives the browser a fresh temporary profile; two contexts = two sessions.
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            first = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            second = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            _two_sessions(server, first, second)
        finally:
            browser.close()


def _two_sessions(server: str, first, second) -> None:  # noqa: ANN001
    first.goto(f"{server}/?set=votation_propositionnelle.seuil_pct%3D2")
    second.goto(f"{server}/pouvoirs?set=conseil_citoyen.peut_demander_revocation%3Dfalse")
    _wait_idle(first)
    _wait_idle(second)
    field = first.get_by_role("spinbutton", name="Durée de collecte des signatures").first
    field.fill("5")
    field.press("Enter")
    first.wait_for_url("**delai_collecte_mois%3D5**", timeout=30_000)
    _wait_idle(first)
    second.reload()
    _wait_idle(second)
    _no_exception(first)
    _no_exception(second)
    assert "seuil_pct%3D2" in first.url and "delai_collecte_mois" in first.url
    assert "peut_demander_revocation%3Dfalse" in second.url
    assert "seuil_pct" not in second.url and "delai_collecte_mois" not in second.url
    side = second.get_by_test_id("stSidebar").inner_text()
    assert "Modifications : 1" in side
