"""(d) `pacte bilan` on the bundled Chambéry pact: wall time of the command (median of N), then
where the time goes, section by section, in one process (load, each section, the Monte Carlo
alone). Printed, never asserted; the load average is printed with the figures.

Usage: python benchmarks/bench_bilan.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def command_seconds(repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "engine", "bilan"], cwd=ROOT, capture_output=True, check=True)
        samples.append(time.perf_counter() - t)
    return samples


def sections() -> list[tuple[str, float]]:
    """Each step of the bilan, timed one after the other (no overlap)."""
    from engine.io.context import load_context
    from engine.report import bilan

    rows: list[tuple[str, float]] = []

    def timed(label: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        out = fn()
        rows.append((label, time.perf_counter() - t))
        return out

    scen, pact = timed("chargement (pacte, scénario, loi)", lambda: load_context(None, None, []))
    for name in ("thresholds", "calendar", "abrogation", "legality", "catalogue", "costs"):
        fn = getattr(bilan, f"{name}_section")
        timed(f"section {name}", lambda fn=fn: fn(pact, scen))
    timed("section powers", lambda: bilan.powers_section(pact))
    timed("section sortition", lambda: bilan.sortition_section(pact, scen, 2026))
    timed("simulation (200 futurs, 2 processus)",
          lambda: bilan.simulation_section(pact, scen, 200, 2026, 2, []))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    samples = command_seconds(args.repeat)
    print(f"charge : {os.getloadavg()[0]:.2f} ; {os.cpu_count()} cœurs")
    print(f"pacte bilan : médiane {statistics.median(samples):.2f} s sur {args.repeat} "
          f"(min {min(samples):.2f}, max {max(samples):.2f})")
    rows = sections()
    total = sum(t for _, t in rows)
    for label, t in rows:
        print(f"  {label:<42}{t:>7.2f} s")
    print(f"  {'somme, sans recouvrement':<42}{total:>7.2f} s "
          "(la commande lance la simulation d'abord et calcule le reste pendant qu'elle tourne)")


if __name__ == "__main__":
    main()
