"""(b) Wall time of 1,000 six-year runs with 1 and with 2 workers, and the speed-up
(targets: ≤ 10 s on 2 cores, speed-up ≥ 1.8×). Each measure runs in a fresh interpreter
(cold rule caches, like a user's command). Printed, never asserted.

Usage: python benchmarks/bench_montecarlo.py [--runs 1000] [--repeat 3] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import sys, time
t0 = time.perf_counter()
from engine.sim.montecarlo import prepare, run_monte_carlo
inputs = prepare()
t1 = time.perf_counter()
r = run_monte_carlo(inputs, runs={runs}, seed=1, jobs={jobs}, keep_events=0)
t2 = time.perf_counter()
print(f"{{t1 - t0:.3f}} {{t2 - t1:.3f}} {{r.sim_events}}")
"""


def measure(runs: int, jobs: int) -> tuple[float, float, float, int, float]:
    """(wall, loading, Monte Carlo, events, CPU seconds of the command and its workers)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD.format(runs=runs, jobs=jobs)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, float(out[0]), float(out[1]), int(out[2]), cpu


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def calibration(jobs: int, seconds_per_task: float = 0.5, tasks: int = 4) -> float:
    """Speed-up of a trivial CPU-bound task on ``jobs`` processes: what the machine offers now."""
    from concurrent.futures import ProcessPoolExecutor

    n = 1
    t = time.perf_counter()
    _spin(200_000)
    n = int(200_000 * seconds_per_task / max(1e-6, time.perf_counter() - t))
    t = time.perf_counter()
    for _ in range(tasks):
        _spin(n)
    serial = time.perf_counter() - t
    with ProcessPoolExecutor(jobs) as pool:
        t = time.perf_counter()
        list(pool.map(_spin, [n] * tasks))
        parallel = time.perf_counter() - t
    return serial / parallel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"{args.runs} runs of the whole mandate, median of {args.repeat} ; "
          f"cores: {len(os.sched_getaffinity(0))} ; load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'workers':>8}{'wall (s)':>11}{'load (s)':>11}{'Monte Carlo (s)':>17}{'runs/s':>9}"
          f"{'CPU (s)':>10}{'cores used':>12}{'events':>12}")
    results = {}
    for jobs in args.jobs:
        samples = [measure(args.runs, jobs) for _ in range(args.repeat)]
        wall = statistics.median(s[0] for s in samples)
        load = statistics.median(s[1] for s in samples)
        mc = statistics.median(s[2] for s in samples)
        cpu = statistics.median(s[4] for s in samples)
        results[jobs] = wall
        print(f"{jobs:>8}{wall:>11.2f}{load:>11.2f}{mc:>17.2f}{args.runs / mc:>9.0f}"
              f"{cpu:>10.2f}{cpu / wall:>12.2f}{samples[0][3]:>12,}")
    if 1 in results:
        for jobs, wall in results.items():
            if jobs != 1:
                print(f"speed-up with {jobs} workers (wall, whole command): {results[1] / wall:.2f}×")
    for jobs in args.jobs:
        if jobs > 1:
            print(f"calibration: a trivial CPU-bound loop gets {calibration(jobs):.2f}× on {jobs} "
                  "processes right now (the most any program could get)")
    print(f"load average after: {os.getloadavg()[0]:.2f} (other processes on the machine "
          "compete for the cores: « cores used » below the worker count means contention)")


if __name__ == "__main__":
    main()
