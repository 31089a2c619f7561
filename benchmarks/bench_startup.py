"""(c) Cold start of the `pacte` command against `python -c pass` (median of N).
Printed, never asserted.

Usage: python benchmarks/bench_startup.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    base = timed([sys.executable, "-c", "pass"], args.repeat)
    rows = [("python -c pass", base)]
    for label, cmd in (("pacte --help", ["--help"]), ("pacte simuler --help", ["simuler", "--help"]),
                       ("pacte couts --format json", ["couts", "--format", "json"])):
        rows.append((label, timed([sys.executable, "-m", "engine", *cmd], args.repeat)))
    print(f"median of {args.repeat}")
    print(f"{'command':<30}{'ms':>8}{'over python':>14}")
    for label, t in rows:
        print(f"{label:<30}{t * 1000:>8.0f}{(t - base) * 1000:>12.0f} ms")


if __name__ == "__main__":
    main()
