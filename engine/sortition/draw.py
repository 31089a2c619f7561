"""One draw of the citizen council: the panel, everyone's chance, the quotas achieved.

Algorithms:

- ``profils`` (default): leximin over profiles (``engine.sortition.fair``) — the library's
  maximin lowest probability, then the next lowest raised in turn; a profile-level panel
  is drawn with the seed, then the people within each profile uniformly;
- ``maximin``, ``nash``, ``legacy``: the library's own algorithms
  (``engine.sortition.library``).

Members already seated (``keep``) stay: the draw fills the other seats with the quotas that
remain (a top-up draw, for replacements). When no panel can meet the quotas, the result
says so and carries the library's smallest relaxation, explained in French.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from engine.core.errors import InputError
from engine.core.fr import number
from engine.sortition.audit import Seed
from engine.sortition.pool import Pool
from engine.sortition.quotas import (
    FEATURE_LABELS,
    GENRE,
    QUARTIER,
    QUARTIER_GENRE,
    Quota,
    QuotaSet,
    combined_value,
)
from engine.sortition.relax import Relaxation, headline, relaxations, too_few

ALGORITHMS = ("profils", "maximin", "nash", "legacy")
ALGORITHM_LABELS = {
    "profils": "leximin sur les profils (Pacte, HiGHS)",
    "maximin": "maximin de sortition-algorithms (HiGHS)",
    "nash": "Nash de sortition-algorithms (HiGHS)",
    "legacy": "legacy de sortition-algorithms (glouton, probabilités estimées)",
}

#: Largest pool each library algorithm is run on, from the measures of docs/tirage.md
#: § Mesures (2 cores): the library's maximin takes ≈ 5 s at 300 volunteers, ≈ 90 s at
#: 1 000 (339 s on a loaded machine) and ≈ 400 s at 2 000 (847 s), growing about as the
#: square of the pool; nash is of the same kind. legacy takes ≈ 0.1 s a draw at 2 000.
#: Beyond these, the draw is refused up front with the reason (``profils`` gives the same
#: lowest probability in seconds, up to the pool cap of ``engine.sortition.pool``).
LIBRARY_MAX_POOL = {"maximin": 1_000, "nash": 1_000, "legacy": 2_000}
#: legacy: volunteers × repetitions (2 000 × 200 ≈ 20 s).
LEGACY_MAX_WORK = 400_000


def check_size(size: int, algorithm: str, legacy_runs: int = 200) -> None:
    """Refuse up front a draw that would not end in reasonable time (French reason)."""
    limit = LIBRARY_MAX_POOL.get(algorithm)
    if limit is not None and size > limit:
        raise InputError.single("--algorithme", None, "--algorithme", (
            f"vivier de {_n(size)} personnes : l'algorithme « {algorithm} » de la bibliothèque est "
            f"limité à {_n(limit)} (son temps croît comme le carré du vivier : environ 90 s à "
            f"1 000, 7 min à 2 000) ; l'algorithme par défaut « profils » donne la même plus "
            f"basse probabilité en quelques secondes"))
    if algorithm == "legacy" and size * legacy_runs > LEGACY_MAX_WORK:
        raise InputError.single("--repetitions-legacy", None, "--repetitions-legacy", (
            f"{_n(legacy_runs)} répétitions sur {_n(size)} personnes : au plus "
            f"{_n(LEGACY_MAX_WORK)} personnes × répétitions (ex. 2 000 × 200) ; réduisez "
            f"--repetitions-legacy ou utilisez « profils »"))


def _n(value: int) -> str:
    return number(value)


@dataclass(frozen=True)
class QuotaOutcome:
    """One quota and what the draw gives it."""

    quota: Quota
    in_pool: int
    selected: int
    expected: float

    @property
    def met(self) -> bool:
        return self.quota.min <= self.selected <= self.quota.max

    def to_dict(self) -> dict[str, object]:
        return {**self.quota.to_dict(), "in_pool": self.in_pool, "selected": self.selected,
                "expected": round(self.expected, 9), "met": self.met}


@dataclass(frozen=True)
class DrawResult:
    """Everything a draw decides, as data."""

    feasible: bool
    algorithm: str
    seed: Seed
    library_version: str
    quotas: QuotaSet
    panel: list[str]
    kept: list[str]
    probabilities: dict[str, float]
    outcomes: list[QuotaOutcome]
    relaxation: list[Relaxation] = field(default_factory=list)
    message: str = ""
    estimated: bool = False
    details: dict[str, object] = field(default_factory=dict)

    @property
    def lowest(self) -> float:
        drawn = [p for pid, p in self.probabilities.items() if pid not in set(self.kept)]
        return min(drawn) if drawn else 0.0

    @property
    def highest(self) -> float:
        drawn = [p for pid, p in self.probabilities.items() if pid not in set(self.kept)]
        return max(drawn) if drawn else 0.0


def complete_quotas(quotas: QuotaSet, pool: Pool) -> QuotaSet:
    """Gender values met in the pool but absent from the quotas get a quota with no limit."""
    reason = "genre présent dans le vivier, sans quota"
    genders = sorted({p.features[GENRE] for p in pool.people})
    if GENRE in quotas.features:
        quotas = quotas.with_values(GENRE, genders, reason)
    if QUARTIER_GENRE in quotas.features:
        quartiers = quotas.values(QUARTIER) or sorted({p.features[QUARTIER] for p in pool.people})
        quotas = quotas.with_values(
            QUARTIER_GENRE, [combined_value(q, g) for q in quartiers for g in genders], reason)
    return quotas


def remaining_quotas(quotas: QuotaSet, pool: Pool, keep: Iterable[str]) -> QuotaSet:
    """The quotas left for a top-up draw once the ``keep`` members of ``pool`` stay seated."""
    people = pool.by_id()
    kept = list(keep)
    counts = Counter((f, people[pid].features[f]) for pid in kept for f in quotas.features)
    return quotas.after_keeping(counts, len(kept))


def draw(
    pool: Pool,
    quotas: QuotaSet,
    seed: Seed,
    *,
    algorithm: str = "profils",
    keep: Iterable[str] = (),
    exclude: Iterable[str] = (),
    legacy_runs: int = 200,
) -> DrawResult:
    """Draw the council from ``pool``; ``keep`` stay seated, ``exclude`` cannot be drawn."""
    import numpy as np

    from engine.sortition.library import library_version

    if algorithm not in ALGORITHMS:
        raise InputError.single("--algorithme", None, "algorithme",
                                f"algorithme inconnu « {algorithm} » — attendu : {', '.join(ALGORITHMS)}")
    check_size(len(pool), algorithm, legacy_runs)
    quotas = complete_quotas(quotas, pool)
    people = pool.by_id()
    kept = _known(keep, people, "--garder")
    excluded = set(_known(exclude, people, "--exclure")) - set(kept)
    if len(kept) > quotas.seats:
        raise InputError.single("--garder", None, "--garder",
                                f"{len(kept)} membres gardés pour {quotas.seats} sièges")
    rest = remaining_quotas(quotas, pool, kept)
    candidates = pool.without(set(kept) | excluded)
    base = dict(algorithm=algorithm, seed=seed, library_version=library_version(), quotas=quotas,
                kept=kept)

    if rest.seats == 0:
        probs = {pid: (1.0 if pid in kept else 0.0) for pid in pool.ids()}
        return DrawResult(True, panel=list(kept), probabilities=probs,
                          outcomes=_outcomes(quotas, pool, kept, probs), **base)

    infeasible = _infeasibility(rest, candidates)
    if infeasible is not None:
        relax, message = infeasible
        return DrawResult(False, panel=[], probabilities={}, outcomes=[], relaxation=relax,
                          message=message, **base)

    details: dict[str, object] = {}
    estimated = False
    if algorithm == "profils":
        from engine.sortition.fair import fair_distribution, profile_problem

        dist = fair_distribution(profile_problem(rest, candidates))
        drawn = dist.sample(np.random.default_rng(seed.value))
        sub_probs = dist.person_probabilities()
        details = {"profiles": dist.problem.count, "panels_in_support": len(dist.weights),
                   "leximin_stages": dist.stages, "integer_programs": dist.integer_programs}
    else:
        from engine.sortition.library import LibraryFailure, draw_with_library

        try:
            result = draw_with_library(rest, candidates, algorithm, seed.value, legacy_runs)
        except LibraryFailure as exc:  # e.g. legacy gives up after its attempts
            return DrawResult(False, panel=[], probabilities={}, outcomes=[],
                              message=f"La bibliothèque sortition-algorithms n'a pas pu tirer de "
                                      f"panel ({algorithm}) : {exc}", **base)
        drawn, sub_probs, estimated = result.panel, result.probabilities, result.estimated
        details = {"panels_in_support": result.panels_in_support}
        if estimated:
            details["legacy_runs"] = legacy_runs
    order = {pid: i for i, pid in enumerate(pool.ids())}
    panel = sorted([*kept, *drawn], key=order.__getitem__)
    probs = {pid: (1.0 if pid in kept else round(sub_probs.get(pid, 0.0), 12)) for pid in pool.ids()}
    return DrawResult(True, panel=panel, probabilities=probs,
                      outcomes=_outcomes(quotas, pool, panel, probs), estimated=estimated,
                      details=details, **base)


def _known(ids: Iterable[str], people: dict[str, object], option: str) -> list[str]:
    out: list[str] = []
    for pid in ids:
        pid = pid.strip()
        if not pid:
            continue
        if pid not in people:
            raise InputError.single(option, None, option, f"identifiant « {pid} » absent du vivier")
        if pid not in out:
            out.append(pid)
    return out


def _infeasibility(rest: QuotaSet, candidates: Pool) -> tuple[list[Relaxation], str] | None:
    """None when some panel meets ``rest``; else the relaxation and a French headline."""
    import numpy as np

    from engine.sortition.fair import PanelFinder, profile_problem
    from engine.sortition.library import CannotRelax, smallest_relaxation

    issues = [f"{FEATURE_LABELS[q.feature]} « {q.label} » : {-q.max} membre(s) gardé(s) de trop"
              for q in rest.quotas if q.max < 0]
    for feature in rest.features:
        rows = rest.for_feature(feature)
        low, high = sum(q.min for q in rows), sum(max(q.max, 0) for q in rows)
        if low > rest.seats or high < rest.seats:
            issues.append(f"{FEATURE_LABELS[feature]} : minimums restants {low}, maximums restants {high}")
    if issues:
        return [], (f"Avec les membres gardés, les quotas restants ne tiennent pas dans les "
                    f"{rest.seats} sièges à pourvoir : {' ; '.join(issues)}.")
    problem = profile_problem(rest, candidates)
    if PanelFinder(problem).best(np.zeros(problem.count)) is not None:
        return None
    counts = [candidates.count(q.feature, q.value) for q in rest.quotas]
    try:
        relaxed = smallest_relaxation(rest, candidates)
    except CannotRelax:
        return [], too_few(len(candidates), rest.seats)
    if relaxed is None:  # pragma: no cover - the two integer programs disagree
        raise RuntimeError("sortition-algorithms trouve un panel que le programme de Pacte ne trouve pas")
    return relaxations(list(rest.quotas), relaxed, counts), headline(len(candidates), rest.seats)


def _outcomes(quotas: QuotaSet, pool: Pool, panel: list[str], probs: dict[str, float]) -> list[QuotaOutcome]:
    """Per quota: people in the pool, drawn, and expected (one pass over the pool)."""
    chosen = set(panel)
    in_pool: Counter[tuple[str, str]] = Counter()
    selected: Counter[tuple[str, str]] = Counter()
    expected: dict[tuple[str, str], float] = {}
    for p in pool.people:
        for feature in quotas.features:
            key = (feature, p.features.get(feature, ""))
            in_pool[key] += 1
            selected[key] += p.id in chosen
            expected[key] = expected.get(key, 0.0) + probs.get(p.id, 0.0)
    return [QuotaOutcome(q, in_pool[(q.feature, q.value)], selected[(q.feature, q.value)],
                         expected.get((q.feature, q.value), 0.0)) for q in quotas.quotas]
