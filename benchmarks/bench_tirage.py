"""Benchmark of the council draw: time and lowest / highest selection probability.

Pacte's profile-level algorithms (leximin, and maximin alone) side by side with the
sortition-algorithms library's maximin and legacy, on synthetic pools of the Chambéry
scenario (30 seats: 6 quartiers × 5, at least 15 women, 8 CSP from the inhabitants' shares).

    python benchmarks/bench_tirage.py              # 300, 1 000 and 2 000 (library maximin
                                                   # on 1 000 and 2 000 takes minutes)
    python benchmarks/bench_tirage.py --rapide     # skips the library's maximin above 300
    python benchmarks/bench_tirage.py --tailles 300 --femmes-par-quartier

The library runs in this interpreter: its maximin is reproducible from one run to the
next only with ``PYTHONHASHSEED=0`` (Pacte's draws run it in such a child interpreter).
Legacy has no distribution: its probabilities are estimated from repeated draws
(``--repetitions``), so its lowest probability is « 0 » when someone was never drawn.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tailles", type=int, nargs="+", default=[300, 1000, 2000])
    parser.add_argument("--rapide", action="store_true", help="pas de maximin de la bibliothèque au-delà de 300")
    parser.add_argument("--repetitions", type=int, default=200, help="tirages legacy pour estimer les probabilités")
    parser.add_argument("--femmes-par-quartier", action="store_true")
    parser.add_argument("--graine", type=int, default=2026)
    args = parser.parse_args()

    from engine.io.context import load_context
    from engine.sortition.draw import complete_quotas
    from engine.sortition.fair import fair_distribution, profile_problem
    from engine.sortition.library import draw_in_process, library_version
    from engine.sortition.pool import parse_pool
    from engine.sortition.quotas import council_quotas
    from engine.sortition.synth import generate_pool, pool_csv

    scenario, pact = load_context()
    print(f"sortition-algorithms {library_version()} ; quotas du pacte de Chambéry"
          f"{' avec au moins la moitié de femmes par quartier' if args.femmes_par_quartier else ''} ; "
          f"graine {args.graine}")
    header = f"{'vivier':>7} {'profils':>7}  {'algorithme':<26} {'temps (s)':>10} {'p min':>9} {'p max':>9}  vérif."
    print(header)
    print("-" * len(header))
    warm = parse_pool(pool_csv(generate_pool(scenario, 100, 1)).encode(), "x", scenario)
    fair_distribution(profile_problem(complete_quotas(council_quotas(pact, scenario), warm), warm))

    for size in args.tailles:
        pool = parse_pool(pool_csv(generate_pool(scenario, size, args.graine)).encode(), "x", scenario)
        quotas = complete_quotas(council_quotas(pact, scenario, women_by_quartier=args.femmes_par_quartier), pool)
        problem = profile_problem(quotas, pool)
        rows = []
        for label, leximin in (("Pacte leximin (profils)", True), ("Pacte maximin (profils)", False)):
            t = time.perf_counter()
            dist = fair_distribution(profile_problem(quotas, pool), leximin=leximin)
            probs = dist.person_probabilities().values()
            rows.append((label, time.perf_counter() - t, min(probs), max(probs)))
        library_low = None
        if not (args.rapide and size > 300):
            t = time.perf_counter()
            res = draw_in_process(quotas, pool, "maximin", args.graine, 0)
            probs = res.probabilities.values()
            library_low = min(probs)
            rows.append(("bibliothèque maximin", time.perf_counter() - t, min(probs), max(probs)))
        t = time.perf_counter()
        draw_in_process(quotas, pool, "legacy", args.graine, legacy_runs=1)
        one = (time.perf_counter() - t) / 2  # one draw + one repetition
        res = draw_in_process(quotas, pool, "legacy", args.graine, legacy_runs=args.repetitions)
        probs = res.probabilities.values()
        rows.append((f"bibliothèque legacy (×{args.repetitions})", one, min(probs), max(probs)))
        for label, seconds, low, high in rows:
            check = ""
            if library_low is not None and label.startswith("Pacte"):
                check = "≥ bibl." if low >= library_low - 1e-6 else "< bibl. !"
            print(f"{size:>7} {problem.count:>7}  {label:<26} {seconds:>10.2f} {low:>9.4%} {high:>9.4%}  {check}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
