"""The Sortition Foundation's ``sortition-algorithms`` (GPL-3.0), used as they ship it.

- ``maximin`` / ``nash``: the library's distribution over panels (HiGHS), then its own
  lottery rounding picks the panel — the same calls, in the same order, as
  ``run_stratification`` → ``find_random_sample``, so the same seed gives the same panel;
  per-person probabilities are the marginals of that distribution.
- ``legacy``: the library's greedy draw; it has no distribution, so each person's
  probability is estimated by repeating the draw (``legacy_runs`` times, seeds derived
  from the draw's seed).
- ``relaxation``: when the quotas cannot be met, the library's smallest relaxation
  (``InfeasibleQuotasError.features``).

The library keeps its random generator in a module global (``set_random_provider``): a
draw sets it from the seed right before using it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from engine.sortition.pool import Pool
from engine.sortition.quotas import Quota, QuotaSet

BACKEND = "highspy"


def library_version() -> str:
    try:
        return version("sortition-algorithms")
    except PackageNotFoundError:  # pragma: no cover - the « tirage » extra is missing
        return "absent"


@contextmanager
def quiet() -> Iterator[None]:
    """The library logs its progress, and HiGHS prints a banner from C, on stdout: silence
    the logs and send fd 1 to stderr while it runs (machine output goes to stdout)."""
    from engine.core.stdout_guard import third_party_quiet

    loggers = [logging.getLogger(n) for n in ("sortition_algorithms", "sortition_algorithms_user")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        with third_party_quiet():
            yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


@dataclass(frozen=True)
class LibraryResult:
    panel: list[str]
    probabilities: dict[str, float]
    panels_in_support: int
    estimated: bool  # probabilities estimated by repetition (legacy)


def features_and_people(quotas: QuotaSet, pool: Pool):
    """The library's FeatureCollection and People for our quotas and pool."""
    from sortition_algorithms import Settings, read_in_features, read_in_people

    features, _, _ = read_in_features(["feature", "value", "min", "max"], quotas.rows(), quotas.seats)
    settings = Settings(id_column="id", columns_to_keep=[], check_same_address=False)
    head = ["id", *quotas.features]
    body = [{"id": p.id, **{f: p.features[f] for f in quotas.features}} for p in pool.people]
    people, _ = read_in_people(head, body, features, settings)
    return features, people


def smallest_relaxation(quotas: QuotaSet, pool: Pool) -> list[Quota] | None:
    """None when the quotas can be met; else the library's relaxed quotas (same order).

    Raises ``CannotRelax`` when no relaxation helps (e.g. fewer volunteers than seats).
    """
    from sortition_algorithms import (
        InfeasibleQuotasCantRelaxError,
        InfeasibleQuotasError,
        find_random_sample,
    )

    if len(pool) < quotas.seats:
        raise CannotRelax()
    features, people = features_and_people(_loose(quotas), pool)
    try:
        with quiet():
            find_random_sample(features, people, quotas.seats, [], test_selection=True,
                               solver_backend=BACKEND)
    except InfeasibleQuotasError as exc:
        relaxed = exc.features
        return [_replace_bounds(q, relaxed[q.feature][q.value].min, relaxed[q.feature][q.value].max)
                for q in quotas.quotas]
    except InfeasibleQuotasCantRelaxError:
        raise CannotRelax() from None
    return None


class CannotRelax(Exception):
    """Even relaxed, the quotas cannot be met (too few volunteers)."""


def hash_seed_fixed() -> bool:
    """True when this interpreter runs with PYTHONHASHSEED=0 (no hash randomisation)."""
    return sys.flags.hash_randomization == 0


def draw_with_library(quotas: QuotaSet, pool: Pool, algorithm: str, seed: int,
                      legacy_runs: int = 200) -> LibraryResult:
    """One draw with the library's own algorithm; ``seed`` must not be 0 (0 = unseeded).

    The library keeps panels in Python sets, whose order — and so its distribution and the
    panel drawn — changes from one interpreter to the next unless ``PYTHONHASHSEED=0``.
    When this interpreter has random hashing, the draw runs in a child interpreter with
    ``PYTHONHASHSEED=0``, so the same seed gives the same panel every time.
    """
    if hash_seed_fixed():
        return draw_in_process(quotas, pool, algorithm, seed, legacy_runs)
    import pickle
    import subprocess

    from engine.core.paths import REPO

    env = {**os.environ, "PYTHONHASHSEED": "0",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    # The result travels on the child's original stdout, which nothing else may use:
    # fd 1 is pointed at stderr while the library runs (HiGHS prints its banner there).
    code = ("import pickle, sys\n"
            "from engine.core.stdout_guard import private_channel\n"
            "with private_channel() as channel:\n"
            "    from engine.sortition.library import LibraryFailure, draw_in_process\n"
            "    args = pickle.load(sys.stdin.buffer)\n"
            "    try:\n"
            "        out = draw_in_process(*args)\n"
            "    except LibraryFailure as exc:\n"
            "        out = exc\n"
            "    channel.write(pickle.dumps(out))\n")
    run = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(
        (quotas, pool, algorithm, seed, legacy_runs)), capture_output=True, env=env, check=False)
    if run.returncode != 0:
        error = run.stderr.decode(errors="replace").strip().splitlines()
        raise RuntimeError("le tirage par sortition-algorithms a échoué : " + (error[-1] if error else "?"))
    out = pickle.loads(run.stdout)  # noqa: S301 - our own child process
    if isinstance(out, LibraryFailure):
        raise out
    return out


class LibraryFailure(Exception):
    """The library could not draw a panel (e.g. legacy gave up after its attempts)."""


def draw_in_process(quotas: QuotaSet, pool: Pool, algorithm: str, seed: int, legacy_runs: int) -> LibraryResult:
    """The draw in this interpreter (reproducible across runs only with PYTHONHASHSEED=0)."""
    from sortition_algorithms import SortitionBaseError

    try:
        return _library_draw(quotas, pool, algorithm, seed, legacy_runs)
    except SortitionBaseError as exc:
        raise LibraryFailure(str(exc)) from None


def _library_draw(quotas: QuotaSet, pool: Pool, algorithm: str, seed: int, legacy_runs: int) -> LibraryResult:
    from sortition_algorithms.committee_generation import (
        find_distribution_maximin,
        find_distribution_nash,
        standardize_distribution,
    )
    from sortition_algorithms.core import lottery_rounding
    from sortition_algorithms.utils import set_random_provider

    features, people = features_and_people(quotas, pool)
    if algorithm == "legacy":
        with quiet():
            return _legacy(features, people, quotas.seats, seed, legacy_runs)
    finder = {"maximin": find_distribution_maximin, "nash": find_distribution_nash}[algorithm]
    set_random_provider(seed)
    with quiet():
        committees, probabilities, _report = finder(features, people, quotas.seats, [], BACKEND)
    committees, probabilities = standardize_distribution(committees, probabilities)
    marginals = dict.fromkeys(pool.ids(), 0.0)
    for committee, prob in zip(committees, probabilities, strict=True):
        for pid in committee:
            marginals[pid] += prob
    panel = lottery_rounding(committees, probabilities, 1)[0]
    order = {pid: i for i, pid in enumerate(pool.ids())}
    return LibraryResult(sorted(panel, key=order.__getitem__), marginals, len(committees), False)


def _legacy(features, people, seats: int, seed: int, runs: int) -> LibraryResult:
    from sortition_algorithms.committee_generation import find_random_sample_legacy
    from sortition_algorithms.utils import set_random_provider

    order = {pid: i for i, pid in enumerate(people)}
    set_random_provider(seed)
    first, _ = find_random_sample_legacy(people, features, seats, [], max_attempts=100)
    panel = sorted(first[0], key=order.__getitem__)
    counts = dict.fromkeys(people, 0)
    for i in range(runs):
        set_random_provider(seed + i + 1)
        committees, _ = find_random_sample_legacy(people, features, seats, [], max_attempts=100)
        for pid in committees[0]:
            counts[pid] += 1
    probs = {pid: counts[pid] / runs for pid in people}
    return LibraryResult(panel, probs, 0, True)


def _loose(quotas: QuotaSet) -> QuotaSet:
    """Negative maxima (seated members already over a max) are clipped for the library."""
    from dataclasses import replace

    return replace(quotas, quotas=tuple(replace(q, max=max(q.max, q.min, 0)) for q in quotas.quotas))


def _replace_bounds(q: Quota, low: int, high: int) -> Quota:
    from dataclasses import replace

    return replace(q, min=low, max=high)
