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
    return _build(quotas, {p: tuple(ids) for p, ids in groups.items()},
                  {p: len(ids) for p, ids in groups.items()})


def problem_from_counts(quotas: QuotaSet, counts: dict[tuple[str, ...], int]) -> ProfileProblem:
    """The same problem for a pool known only by its profile counts (letters simulation)."""
    kept = {p: n for p, n in counts.items() if n > 0}
    return _build(quotas, {p: () for p in kept}, kept)


def _build(quotas: QuotaSet, members: dict[tuple[str, ...], tuple[str, ...]],
           counts: dict[tuple[str, ...], int]) -> ProfileProblem:
    profiles = tuple(sorted(counts))
    matrix = np.zeros((len(quotas.quotas), len(profiles)))
    position = {f: i for i, f in enumerate(quotas.features)}
    for q_index, quota in enumerate(quotas.quotas):
        i = position[quota.feature]
        for k, profile in enumerate(profiles):
            if profile[i] == quota.value:
                matrix[q_index, k] = 1.0
    return ProfileProblem(
        features=quotas.features,
        profiles=profiles,
        members=tuple(members[p] for p in profiles),
        sizes=np.array([counts[p] for p in profiles], dtype=float),
        matrix=matrix,
        low=np.array([q.min for q in quotas.quotas], dtype=float),
        high=np.array([q.max for q in quotas.quotas], dtype=float),
        seats=quotas.seats,
    )


def feasible(problem: ProfileProblem) -> bool:
    """Whether some panel meets every quota (one integer program, after quick counts)."""
    if problem.sizes.sum() < problem.seats:
        return False
    if (problem.matrix @ problem.sizes < problem.low).any():
        return False
    return PanelFinder(problem).best(np.zeros(problem.count)) is not None


class PanelFinder:
    """Integer program over profile counts, kept in one HiGHS model: the feasible panel
    maximising a weighted sum (``best``), for any profile sizes (``resize``)."""

    def __init__(self, problem: ProfileProblem, presolve: bool = True) -> None:
        """``presolve=False`` for many tiny feasibility questions on one model (the letters'
        simulated pools): HiGHS's presolve costs more than it saves there (0.35 → 0.25 s for
        the 100 pools of the bilan), and the answer — a panel exists or not — is the same."""
        import highspy
        from scipy.sparse import csc_matrix

        self.problem = problem
        k = problem.count
        self._highs = highspy.Highs()
        self._highs.setOptionValue("output_flag", False)
        self._highs.setOptionValue("mip_rel_gap", 1e-9)
        if not presolve:
            self._highs.setOptionValue("presolve", "off")
        lp = highspy.HighsLp()
        lp.num_col_ = k
        rows = np.vstack([problem.matrix, np.ones((1, k))])
        lp.num_row_ = rows.shape[0]
        lp.col_cost_ = np.zeros(k)
        lp.col_lower_ = np.zeros(k)
        lp.col_upper_ = problem.sizes.astype(float)
        lp.row_lower_ = np.append(problem.low, problem.seats).astype(float)
        lp.row_upper_ = np.append(problem.high, problem.seats).astype(float)
        matrix = csc_matrix(rows)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = matrix.indptr
        lp.a_matrix_.index_ = matrix.indices
        lp.a_matrix_.value_ = matrix.data
        lp.integrality_ = [highspy.HighsVarType.kInteger] * k
        lp.sense_ = highspy.ObjSense.kMaximize
        self._highs.passModel(lp)
        self._index = np.arange(k, dtype=np.int32)
        self._optimal = highspy.HighsModelStatus.kOptimal
        self._infeasible = highspy.HighsModelStatus.kInfeasible
        self.calls = 0

    def resize(self, sizes: np.ndarray) -> None:
        """New profile sizes (same profiles): a simulated pool."""
        self._highs.changeColsBounds(len(sizes), self._index, np.zeros(len(sizes)), sizes.astype(float))

    def best(self, weights: np.ndarray) -> np.ndarray | None:
        """The panel maximising ``weights · x``, or None when no panel meets the quotas."""
        self.calls += 1
        self._highs.changeColsCost(len(weights), self._index, np.asarray(weights, dtype=float))
        self._highs.run()
        status = self._highs.getModelStatus()
        if status == self._infeasible:
            return None
        if status != self._optimal:
            raise RuntimeError(f"HiGHS : {self._highs.modelStatusToString(status)}")
        return np.rint(np.array(self._highs.getSolution().col_value)).astype(int)


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


class _Master:
    """The restricted master LP, kept in one HiGHS model and grown column by column.

    Variables: ``t`` (column 0) and one weight per known panel. Rows: for every profile
    that some panel includes, ``t − Σ_j λ_j x_jk / n_k ≤ 0`` (or, once leximin froze it,
    ``Σ_j λ_j x_jk / n_k ≥ floor``); and ``Σ_j λ_j = 1``. Minimise ``−t``.
    """

    def __init__(self, problem: ProfileProblem, covered: np.ndarray) -> None:
        import highspy

        self.problem = problem
        self.rows = [int(k) for k in np.flatnonzero(covered)]
        self.row_of = {k: r for r, k in enumerate(self.rows)}
        self.inv = 1.0 / problem.sizes
        self.eq_row = len(self.rows)
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        inf = highspy.kHighsInf
        h.addRows(len(self.rows) + 1, np.append(np.full(len(self.rows), -inf), 1.0),
                  np.append(np.zeros(len(self.rows)), 1.0), 0, np.array([], dtype=np.int32),
                  np.array([], dtype=np.int32), np.array([], dtype=float))
        h.addCol(-1.0, 0.0, 1.0, len(self.rows), np.arange(len(self.rows), dtype=np.int32),
                 np.ones(len(self.rows)))
        self._highs = h
        self.panels: list[np.ndarray] = []
        self._known: set[bytes] = set()

    def add(self, panel: np.ndarray) -> bool:
        """Add a panel as a new column; False when it is already there."""
        key = panel.tobytes()
        if key in self._known:
            return False
        self._known.add(key)
        self.panels.append(panel)
        idx = [self.row_of[k] for k in np.flatnonzero(panel) if k in self.row_of]
        vals = [-panel[self.rows[r]] * self.inv[self.rows[r]] for r in idx]
        self._highs.addCol(0.0, 0.0, highs_inf(), len(idx) + 1,
                           np.array([*idx, self.eq_row], dtype=np.int32), np.array([*vals, 1.0]))
        return True

    def freeze(self, k: int, floor: float) -> None:
        """Leximin: profile ``k`` keeps at least ``floor`` and leaves the objective."""
        r = self.row_of[k]
        self._highs.changeCoeff(r, 0, 0.0)
        self._highs.changeRowBounds(r, -highs_inf(), -(floor - FIX_EPS))

    def solve(self) -> tuple[float, np.ndarray, np.ndarray, float]:
        """(t, panel weights, dual price of every profile, bound on a new panel's value)."""
        import highspy

        self._highs.run()
        status = self._highs.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(f"programme linéaire non résolu : {self._highs.modelStatusToString(status)}")
        sol = self._highs.getSolution()
        col = np.array(sol.col_value)
        row_dual = np.array(sol.row_dual)
        prices = np.zeros(self.problem.count)
        prices[self.rows] = np.maximum(-row_dual[: self.eq_row], 0.0)
        return float(col[0]), np.clip(col[1:], 0.0, None), prices, -float(row_dual[self.eq_row])


def highs_inf() -> float:
    import highspy

    return highspy.kHighsInf


def _stage(master: _Master, finder: PanelFinder) -> tuple[float, np.ndarray, np.ndarray]:
    """Maximise the lowest probability among the profiles not frozen yet.

    Column generation: the master LP over the known panels gives dual prices ``y``; the
    integer program finds the panel with the largest priced value ``Σ y_k x_k / n_k``; it
    enters when it beats the LP's bound. Returns (value, panel weights, dual prices).
    """
    while True:
        value, weights, prices, bound = master.solve()
        weighted = prices * master.inv
        panel = finder.best(weighted)
        assert panel is not None
        if float(weighted @ panel) <= bound + PRICE_EPS or not master.add(panel):
            return value, weights / weights.sum(), prices


def fair_distribution(problem: ProfileProblem, *, leximin: bool = True) -> ProfileDistribution:
    """Maximin (and, by default, leximin) selection probabilities over profiles.

    Raises ``Infeasible`` when no panel meets the quotas.
    """
    finder = PanelFinder(problem)
    panels, covered = initial_panels(problem, finder)
    master = _Master(problem, covered)
    for panel in panels:
        master.add(panel)
    free = covered.copy()
    stages = 0
    while True:
        stages += 1
        value, weights, prices = _stage(master, finder)
        if not leximin:
            break
        probs = (weights @ np.array(master.panels, dtype=float)) / problem.sizes
        tight = [int(k) for k in np.flatnonzero(free) if prices[k] > 1e-9]
        if not tight:  # degenerate duals: freeze every profile at the bound
            tight = [int(k) for k in np.flatnonzero(free) if probs[k] <= value + 1e-7]
        for k in tight:
            master.freeze(k, value)
            free[k] = False
        if not free.any():
            break
    used = weights > 1e-12
    final_panels = np.array(master.panels)[used]
    final_weights = weights[used] / weights[used].sum()
    return ProfileDistribution(problem, final_panels, final_weights, covered, stages, finder.calls)
