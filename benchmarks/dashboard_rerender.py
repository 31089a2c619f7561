"""How fast does the dashboard answer a what-if change? Printed figures, never asserted.

1. Script time (Streamlit AppTest, server side): cold start, a new edit (cache miss: the
   pact is re-validated and re-analysed), an edit back to a value already seen (cache hit),
   and each page with the current variant.
2. Round trip in a real browser (Debian Chromium + Playwright, if installed): from pressing
   Enter in a field to the page being redrawn, as a citizen sees it.

Run: ``python benchmarks/dashboard_rerender.py [--repeat N] [--no-browser]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PAGES = ["pacte", "legalite", "calendrier", "simulation", "pouvoirs", "comparer", "rapport"]


def _stats(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"médiane {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ms)})"


def apptest(repeat: int) -> None:
    from streamlit.testing.v1 import AppTest

    app = str(ROOT / "dashboard" / "app.py")
    t = time.perf_counter()
    at = AppTest.from_file(app, default_timeout=120)
    at.run()
    cold = time.perf_counter() - t
    print(f"Démarrage à froid (imports + premier rendu)      {cold * 1000:7.1f} ms")
    miss, hit = [], []
    key = "w:votation_propositionnelle.seuil_pct"
    for i in range(repeat):
        value = 1.0 + (i % 30) * 0.5 + (i // 30) * 0.01 + 0.25  # never seen before
        t = time.perf_counter()
        at.slider(key=key).set_value(value).run()
        miss.append(time.perf_counter() - t)
        t = time.perf_counter()
        at.slider(key=key).set_value(3.0).run()  # seen before: cached
        hit.append(time.perf_counter() - t)
    print(f"Modification nouvelle (défaut de cache)          {_stats(miss)}")
    print(f"Modification déjà vue (cache)                    {_stats(hit)}")
    at.slider(key=key).set_value(2.0).run()
    for page in PAGES:
        at.switch_page(f"vues/{page}.py")
        at.run()  # first visit of the page for this variant: fills its caches
        times = []
        for _ in range(max(3, repeat // 4)):
            t = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t)
        print(f"Page {page:<12} (variante en cache)            {_stats(times)}")
    from dashboard import sim_runner

    if sim_runner.available():
        at.switch_page("vues/simulation.py")
        at.run()
        at.number_input(key="sim_runs").set_value(100).run()
        t = time.perf_counter()
        at.button(key="sim_run").click().run()
        print(f"Simulation de 100 futurs (Monte Carlo + rendu)   {(time.perf_counter() - t) * 1000:7.1f} ms")
        times = []
        for _ in range(max(3, repeat // 4)):
            t = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t)
        print(f"Page simulation, résultats en cache              {_stats(times)}")
        times = []
        key = "w:hypotheses.participation_votation_pct"
        for i in range(max(3, repeat // 4)):
            t = time.perf_counter()
            at.number_input(key=key).set_value(7.0 + i * 0.25).run()
            times.append(time.perf_counter() - t)
        print(f"Hypothèse modifiée (sans relancer)               {_stats(times)}")


def browser(repeat: int) -> None:
    from test_browser_e2e import CHROMIUM, IDLE_JS, browser_page, served_app

    if not Path(CHROMIUM).exists():
        print("Navigateur : /usr/bin/chromium absent, mesure ignorée")
        return
    with served_app() as base, browser_page() as page:
        page.goto(f"{base}/")
        page.wait_for_function(IDLE_JS, timeout=60_000)
        field = page.get_by_role("spinbutton", name="Durée de collecte des signatures").first
        times = []
        for i in range(repeat):
            value = str(2 + i % 20)
            t = time.perf_counter()
            field.fill(value)
            field.press("Enter")
            page.wait_for_url(f"**delai_collecte_mois%3D{value}**" if value != "6" else "**",
                              timeout=30_000)
            page.wait_for_function(IDLE_JS, timeout=60_000)
            times.append(time.perf_counter() - t)
        print(f"Navigateur : modification → page redessinée      {_stats(times)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    print(f"Tableau de bord — temps de réponse ({args.repeat} répétitions)\n")
    apptest(args.repeat)
    if not args.no_browser:
        browser(args.repeat)


if __name__ == "__main__":
    main()
