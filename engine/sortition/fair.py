"""Fair selection probabilities over *profiles*: people with identical features.

Two volunteers with the same quartier, gender, CSP (and age band) are interchangeable for
every quota, so a fair lottery can give them the same chance. A panel is then a vector
``x`` (how many seats each profile gets), feasible when ``0 ≤ x_k ≤ n_k``, ``Σ x_k = seats``
and every quota holds; a person of profile ``k`` is selected with probability
``E[x_k] / n_k``. With a few dozen profiles instead of hundreds of people the problems the
library solves person by person become small:

- **maximin** (Flanigan et al., Nature 2021): maximise the lowest selection probability,
  by column generation — a linear program over the panels found so far (HiGHS, through
  ``scipy.optimize.linprog``) and an integer program (``scipy.optimize.milp``) that prices
  the best new panel for the current dual prices;
- **leximin**: then raise the second lowest probability without lowering the first, and
  so on — what the library can only do with Gurobi.

Any distribution over individual panels can be averaged within profiles without breaking a
quota or lowering its lowest probability, so the profile maximin is the library's maximin
(verified in the tests and the benchmark against ``find_distribution_maximin``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from engine.sortition.pool import Pool
from engine.sortition.quotas import QuotaSet

PRICE_EPS = 1e-9  # a new panel must beat the current bound by this much
FIX_EPS = 1e-9  # slack when a leximin stage freezes a probability


class Infeasible(Exception):
    """No panel meets every quota with this pool."""


@dataclass(frozen=True)
class ProfileProblem:
    """The draw at the level of profiles: sizes, quota matrix and bounds."""

    features: tuple[str, ...]
    profiles: tuple[tuple[str, ...], ...]
    members: tuple[tuple[str, ...], ...]  # ids of each profile, in pool order
    sizes: np.ndarray  # (K,)
    matrix: np.ndarray  # (Q, K): 1 when profile k has quota q's value
    low: np.ndarray  # (Q,)
    high: np.ndarray  # (Q,)
    seats: int

    @property
    def count(self) -> int:
        return len(self.profiles)


def profile_problem(quotas: QuotaSet, pool: Pool) -> ProfileProblem:
    """Group the pool by feature values and build the quota matrix."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for person in pool.people:
        groups[tuple(person.features.get(f, "") for f in quotas.features)].append(person.id)
    profiles = tuple(sorted(groups))
    column = {p: k for k, p in enumerate(profiles)}
    matrix = np.zeros((len(quotas.quotas), len(profiles)))
    position = {f: i for i, f in enumerate(quotas.features)}
    for q_index, quota in enumerate(quotas.quotas):
        i = position[quota.feature]
        for profile, k in column.items():
            if profile[i] == quota.value:
                matrix[q_index, k] = 1.0
    return ProfileProblem(
        features=quotas.features,
        profiles=profiles,
        members=tuple(tuple(groups[p]) for p in profiles),
        sizes=np.array([len(groups[p]) for p in profiles], dtype=float),
        matrix=matrix,
        low=np.array([q.min for q in quotas.quotas], dtype=float),
        high=np.array([q.max for q in quotas.quotas], dtype=float),
        seats=quotas.seats,
    )


class PanelFinder:
    """Integer program over profile counts: the feasible panel maximising a weighted sum."""

    def __init__(self, problem: ProfileProblem) -> None:
        from scipy.optimize import Bounds, LinearConstraint

        self.problem = problem
        rows = np.vstack([problem.matrix, np.ones((1, problem.count))])
        self.constraint = LinearConstraint(rows, np.append(problem.low, problem.seats),
                                           np.append(problem.high, problem.seats))
        self.bounds = Bounds(np.zeros(problem.count), problem.sizes)
        self.integrality = np.ones(problem.count)
        self.calls = 0

    def best(self, weights: np.ndarray) -> np.ndarray | None:
        """The panel maximising ``weights · x``, or None when no panel meets the quotas."""
        from scipy.optimize import milp

        self.calls += 1
        res = milp(-weights, integrality=self.integrality, bounds=self.bounds,
                   constraints=self.constraint, options={"mip_rel_gap": 1e-9, "presolve": True})
        if res.status == 2:  # infeasible
            return None
        if res.x is None:
            raise RuntimeError(f"HiGHS n'a pas trouvé de panel : {res.message}")
        return np.rint(res.x).astype(int)


@dataclass(frozen=True)
class ProfileDistribution:
    """A lottery over profile-level panels and what it gives each person."""

    problem: ProfileProblem
    panels: np.ndarray  # (J, K) seats per profile
    weights: np.ndarray  # (J,) probabilities, sum 1
    covered: np.ndarray  # (K,) bool: the profile is in some feasible panel
    stages: int
    integer_programs: int

    @property
    def profile_probability(self) -> np.ndarray:
        """Each person's chance of selection, by profile."""
        expected = self.weights @ self.panels
        return expected / self.problem.sizes

    @property
    def lowest(self) -> float:
        return float(self.profile_probability.min())

    def person_probabilities(self) -> dict[str, float]:
        probs = self.profile_probability
        return {pid: float(probs[k]) for k, ids in enumerate(self.problem.members) for pid in ids}

    def sample(self, rng: np.random.Generator) -> list[str]:
        """One panel: a profile-level panel by its weight, then people uniformly in each profile."""
        j = int(rng.choice(len(self.weights), p=self.weights))
        chosen: list[str] = []
        for k, seats in enumerate(self.panels[j]):
            if seats:
                ids = self.problem.members[k]
                picks = rng.choice(len(ids), size=int(seats), replace=False)
                chosen += [ids[i] for i in sorted(picks)]
        return chosen


def initial_panels(problem: ProfileProblem, finder: PanelFinder) -> tuple[list[np.ndarray], np.ndarray]:
    """Panels that together include every profile that can be included at all."""
    first = finder.best(np.zeros(problem.count))
    if first is None:
        raise Infeasible()
    panels = [first]
    covered = first > 0
    # Greedy: favour profiles not covered yet, until a panel adds none.
    while not covered.all():
        weights = np.where(covered, 0.0, 1.0)
        panel = finder.best(weights)
        assert panel is not None
        if not (panel[~covered] > 0).any():
            break
        panels.append(panel)
        covered |= panel > 0
    # The rest one by one: either some panel includes them or none does.
    for k in np.flatnonzero(~covered):
        weights = np.zeros(problem.count)
        weights[k] = 1.0
        panel = finder.best(weights)
        assert panel is not None
        if panel[k] > 0:
            panels.append(panel)
            covered |= panel > 0
    return panels, covered


def _stage(problem: ProfileProblem, finder: PanelFinder, panels: list[np.ndarray],
           free: np.ndarray, floors: dict[int, float]) -> tuple[float, np.ndarray, np.ndarray]:
    """Maximise the lowest probability among ``free`` profiles, keeping ``floors``.

    Column generation: the master LP over the known panels gives dual prices ``y``; the
    integer program finds the panel with the largest priced value; it enters when it beats
    the LP's bound. Returns (value, panel weights, duals of the free profiles).
    """
    from scipy.optimize import linprog

    rows_k = [int(k) for k in np.flatnonzero(free)] + sorted(floors)
    inv = 1.0 / problem.sizes
    while True:
        cols = np.array(panels, dtype=float) * inv  # (J, K) probabilities per panel
        n = len(panels)
        # variables: λ_1..λ_J, t ; minimise -t
        c = np.zeros(n + 1)
        c[-1] = -1.0
        a_ub = np.zeros((len(rows_k), n + 1))
        b_ub = np.zeros(len(rows_k))
        for r, k in enumerate(rows_k):
            a_ub[r, :n] = -cols[:, k]
            if k in floors:
                b_ub[r] = -(floors[k] - FIX_EPS)
            else:
                a_ub[r, -1] = 1.0
        a_eq = np.zeros((1, n + 1))
        a_eq[0, :n] = 1.0
        bounds = [(0, None)] * n + [(0, 1)]
        res = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[1.0], bounds=bounds, method="highs")
        if res.status != 0:
            raise RuntimeError(f"programme linéaire non résolu : {res.message}")
        duals = -np.asarray(res.ineqlin.marginals)
        bound = -float(res.eqlin.marginals[0])
        prices = np.zeros(problem.count)
        for r, k in enumerate(rows_k):
            prices[k] = max(duals[r], 0.0)
        panel = finder.best(prices * inv)
        assert panel is not None
        if float(prices * inv @ panel) <= bound + PRICE_EPS or any(np.array_equal(panel, p) for p in panels):
            value = float(res.x[-1])
            weights = np.clip(res.x[:n], 0.0, None)
            free_duals = np.zeros(problem.count)
            for r, k in enumerate(rows_k):
                if k not in floors:
                    free_duals[k] = duals[r]
            return value, weights / weights.sum(), free_duals
        panels.append(panel)


def fair_distribution(problem: ProfileProblem, *, leximin: bool = True) -> ProfileDistribution:
    """Maximin (and, by default, leximin) selection probabilities over profiles.

    Raises ``Infeasible`` when no panel meets the quotas.
    """
    finder = PanelFinder(problem)
    panels, covered = initial_panels(problem, finder)
    free = covered.copy()
    floors: dict[int, float] = {}
    stages = 0
    while True:
        stages += 1
        value, weights, duals = _stage(problem, finder, panels, free, floors)
        if not leximin:
            break
        probs = (weights @ np.array(panels, dtype=float)) / problem.sizes
        tight = [int(k) for k in np.flatnonzero(free) if duals[k] > 1e-9]
        if not tight:  # degenerate duals: freeze every profile at the bound
            tight = [int(k) for k in np.flatnonzero(free) if probs[k] <= value + 1e-7]
        for k in tight:
            floors[k] = value
            free[k] = False
        if not free.any():
            break
    used = weights > 1e-12
    final_panels = np.array(panels)[used]
    final_weights = weights[used] / weights[used].sum()
    return ProfileDistribution(problem, final_panels, final_weights, covered, stages, finder.calls)
