"""(a) The model's SimPy events per second against a bare SimPy loop doing the same number
of events, run by run, as a ratio (target ≥ 0.5). Printed, never asserted.

Usage: python benchmarks/bench_events.py [--runs 200] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def bare_loop(events: int, processes: int) -> float:
    """Seconds for SimPy to process ``events`` timeouts spread over ``processes`` processes."""
    import simpy

    env = simpy.Environment()
    per = max(1, events // processes)

    def proc(env: simpy.Environment, n: int, step: float):
        for _ in range(n):
            yield env.timeout(step)

    for k in range(processes):
        env.process(proc(env, per, 1.0 + k / processes))
    t = time.process_time()
    env.run()
    return time.process_time() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from engine.sim.context import CACHE
    from engine.sim.montecarlo import prepare
    from engine.sim.run import simulate

    ctx = CACHE.get(prepare())
    cold_t = time.process_time()
    cold_events = sum(simulate(ctx, i, 1).sim_events for i in range(args.runs))
    cold = time.process_time() - cold_t

    rows = []
    for _ in range(args.repeat):
        t = time.process_time()
        events = 0
        for i in range(args.runs):
            events += simulate(ctx, i, 1).sim_events
        model = time.process_time() - t
        per_run = events // args.runs
        bare1 = sum(bare_loop(per_run, 1) for _ in range(args.runs))
        bare_many = sum(bare_loop(per_run, 40) for _ in range(args.runs))
        rows.append((events / model, events / bare1, events / bare_many))
    model_rate = statistics.median(r[0] for r in rows)
    bare1_rate = statistics.median(r[1] for r in rows)
    bare_many_rate = statistics.median(r[2] for r in rows)
    print(f"runs: {args.runs}, events per run: {cold_events // args.runs}")
    print(f"{'what':<58}{'events/s':>12}{'ratio':>8}")
    print(f"{'model, first pass (rule caches cold)':<58}{cold_events / cold:>12,.0f}{cold_events / cold / bare1_rate:>8.2f}")
    print(f"{'model, warm (median of repeats)':<58}{model_rate:>12,.0f}{model_rate / bare1_rate:>8.2f}")
    print(f"{'bare SimPy loop, 1 process, same events per run':<58}{bare1_rate:>12,.0f}{1:>8.2f}")
    print(f"{'bare SimPy loop, 40 processes, same events per run':<58}{bare_many_rate:>12,.0f}{bare_many_rate / bare1_rate:>8.2f}")
    print(f"ratio model/bare (1 process): {model_rate / bare1_rate:.2f}   "
          f"(40 processes): {model_rate / bare_many_rate:.2f}   target ≥ 0.5")


if __name__ == "__main__":
    main()
