"""Before the draw: how many invitation letters to send, and the chance the quotas hold.

Invitations go to inhabitants drawn at random in each quartier; a share of them volunteer
(the acceptance rate: 3 % by default, 1.5 to 7.5 % observed — DEFAULTS.md § Sortition:
invitation → volunteer (response) rate, kept with the simulation's assumptions in
``rules/hypotheses/defaut.yaml`` as ``taux_acceptation_tirage_pct``). The volunteers form the pool the council is drawn
from, so the pool must hold enough people of every quota's kind.

- Letters per quartier: the target pool is split across quartiers like the quartier
  quotas (5 seats each → equal parts), and each part divided by the acceptance rate.
- Per stratum (quartier × gender × CSP × age band): the expected letters and volunteers,
  assuming an inhabitant's gender, CSP and age are independent and the same in every
  quartier (the scenario gives commune-wide shares only).
- The probability that every quota can be met: Monte-Carlo over pools (multinomial
  volunteers per stratum, seeded), each checked by the same integer program as the draw;
  plus, quota by quota, the exact binomial chance that the pool holds its minimum.

``letters_needed`` is a pure function (the simulation calls it for renewals and
replacements with the quotas that remain).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from engine.core.errors import InputError
from engine.core.fr import number
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.invitations import ACCEPTANCE_KEY, letters_for
from engine.sortition.quotas import (
    AGE,
    CSP,
    GENRE,
    QUARTIER,
    QUARTIER_GENRE,
    Quota,
    QuotaSet,
    combined_value,
)

DEFAULT_CONFIDENCE = 0.95
DEFAULT_SIMULATIONS = 300


@dataclass(frozen=True)
class Stratum:
    """Expected letters and volunteers for one kind of inhabitant in one quartier."""

    quartier: str
    values: dict[str, str]  # feature → value (genre, csp, tranche_age)
    share: float  # of the quartier's inhabitants
    letters: float
    volunteers: float


@dataclass(frozen=True)
class QuotaChance:
    """The exact binomial chance that the pool holds a quota's minimum."""

    quota: Quota
    expected: float
    probability: float


@dataclass(frozen=True)
class LettersPlan:
    acceptance_pct: float
    acceptance_source: str
    acceptance_range: tuple[float, float]  # observed elsewhere (DEFAULTS.md)
    acceptance_in_range: bool
    seats: int
    pool_target: int
    letters: dict[str, int]  # by quartier
    expected_volunteers: dict[str, float]
    strata: list[Stratum]
    quota_chances: list[QuotaChance]
    feasibility: float  # probability that every quota can be met
    feasibility_interval: tuple[float, float]  # 95 % Wilson interval
    simulations: int
    confidence_target: float | None  # when the pool size was searched for
    population: int | None = None  # inhabitants of the commune, the ceiling of any mailing

    @property
    def total_letters(self) -> int:
        return sum(self.letters.values())

    @property
    def beyond_population(self) -> str | None:
        """In French, when the letters outnumber the inhabitants: the pool cannot be reached
        by mail at this acceptance rate, whatever the draw."""
        if self.population is None or self.total_letters <= self.population:
            return None
        reachable = self.population * self.acceptance_pct / 100
        return (f"il faudrait {number(self.total_letters)} lettres pour {number(self.population)} "
                f"habitant·es : le vivier de {number(self.pool_target)} volontaires est hors "
                f"d'atteinte à {number(self.acceptance_pct, 1)} % de réponses ; en écrivant à "
                f"tout le monde, on peut attendre environ {number(reachable, 0)} volontaires.")

    def to_dict(self) -> dict[str, object]:
        return {
            "acceptance_pct": self.acceptance_pct,
            "acceptance_source": self.acceptance_source,
            "beyond_population": self.beyond_population,
            "acceptance_range": list(self.acceptance_range),
            "acceptance_in_range": self.acceptance_in_range,
            "seats": self.seats,
            "pool_target": self.pool_target,
            "letters": self.letters,
            "total_letters": self.total_letters,
            "expected_volunteers": {k: round(v, 3) for k, v in self.expected_volunteers.items()},
            "feasibility_probability": round(self.feasibility, 4),
            "feasibility_interval_95": [round(x, 4) for x in self.feasibility_interval],
            "simulations": self.simulations,
            "confidence_target": self.confidence_target,
            "quota_chances": [{"feature": c.quota.feature, "value": c.quota.value,
                               "label": c.quota.label, "min": c.quota.min,
                               "expected_in_pool": round(c.expected, 3),
                               "probability_min_reached": round(c.probability, 4)}
                              for c in self.quota_chances],
            "strata": [{"quartier": s.quartier, **s.values, "share": round(s.share, 6),
                        "letters": round(s.letters, 3), "volunteers": round(s.volunteers, 3)}
                       for s in self.strata],
        }


def acceptance_rate(scenario: Scenario, override_pct: float | None = None) -> tuple[float, str, tuple[float, float]]:
    """The acceptance rate in % and its source: the option, else the scenario's
    « hypotheses », else the default of ``rules/hypotheses/defaut.yaml`` (3 %); with the
    range observed elsewhere (1,5 to 7,5 %), which the simulation draws from."""
    from engine.io.assumptions import load_assumptions

    default = load_assumptions({}).sortition_acceptance_pct
    observed = (default.low, default.high)
    if override_pct is not None:
        if not 0 < override_pct <= 100:
            raise InputError.single("--taux-acceptation", None, "--taux-acceptation",
                                    f"taux d'acceptation {override_pct:g} : un pourcentage > 0 et ≤ 100 est attendu")
        return float(override_pct), "option --taux-acceptation", observed
    chosen = load_assumptions(scenario.assumptions).sortition_acceptance_pct
    if chosen.value <= 0:
        raise InputError.single("scénario", None, f"hypotheses.{ACCEPTANCE_KEY}",
                                "un taux d'acceptation nul ne permet aucun tirage")
    return float(chosen.value), str(chosen.source), observed


def letters_needed(
    pact: Pact,
    scenario: Scenario,
    *,
    pool_size: int | None = None,
    acceptance_pct: float | None = None,
    confidence: float = DEFAULT_CONFIDENCE,
    quotas: QuotaSet | None = None,
    simulations: int = DEFAULT_SIMULATIONS,
    seed: int = 1,
    day: date | None = None,
) -> LettersPlan:
    """Letters per quartier for a pool of ``pool_size`` volunteers (or, when None, for the
    smallest pool whose quotas can all be met with probability ≥ ``confidence``)."""
    from engine.sortition.quotas import check_consistent, council_quotas

    if quotas is None:
        quotas = council_quotas(pact, scenario, day=day)
    check_consistent(quotas, "quotas")
    rate_pct, source, observed = acceptance_rate(scenario, acceptance_pct)
    rate = rate_pct / 100
    if simulations < 1:
        raise InputError.single("--simulations", None, "simulations", "au moins 1 simulation")
    if not 0 < confidence < 1:
        raise InputError.single("--confiance", None, "confiance", "une probabilité entre 0 et 1 (exclus)")
    model = _Model(scenario, quotas)
    if pool_size is None:
        pool_size = _search_pool(model, rate, confidence, seed, simulations)
        target: float | None = confidence
    else:
        if pool_size < 1:
            raise InputError.single("--vivier", None, "vivier", "la taille visée doit être ≥ 1")
        target = None
    letters = model.letters(pool_size, rate)
    hits = model.simulate(letters, rate, simulations, seed)
    p = hits / simulations
    low, high = _wilson(hits, simulations)
    expected = {q: n * rate for q, n in letters.items()}
    strata = [Stratum(q, dict(zip(model.stratum_features, values, strict=True)), share,
                      letters[q] * share, letters[q] * share * rate)
              for q in model.quartiers for values, share in model.strata]
    in_range = observed[0] <= rate_pct <= observed[1]
    return LettersPlan(rate_pct, source, observed, in_range, quotas.seats, pool_size, letters, expected, strata,
                       model.quota_chances(letters, rate), p, (low, high), simulations, target,
                       scenario.commune.population.at(day))


class _Model:
    """Inhabitants' strata per quartier and the quotas, for expectations and simulations."""

    def __init__(self, scenario: Scenario, quotas: QuotaSet) -> None:
        demo = scenario.commune.demographics
        if demo is None:
            raise InputError.single("scénario", None, "commune.demographie",
                                    "le calcul des invitations par quartier et par profil demande "
                                    "la composition des habitant·es : ajoutez le bloc « demographie » "
                                    "à la commune (parts par CSP, genre, tranches d'âge)")
        self.quotas = quotas
        self.quartiers = [q.name for q in scenario.commune.quartiers]
        dims: list[tuple[str, list[tuple[str, float]]]] = [
            (GENRE, list(demo.gender.shares().items())), (CSP, list(demo.csp.shares().items()))]
        if AGE in quotas.features:
            if demo.ages is None:
                raise InputError.single("scénario", None, "commune.demographie.ages",
                                        "la stratification par âge demande les tranches d'âge")
            dims.append((AGE, list(demo.ages.shares().items())))
        self.stratum_features = [name for name, _ in dims]
        self.strata = [(tuple(v for v, _ in combo), math.prod(s for _, s in combo))
                       for combo in itertools.product(*[values for _, values in dims])]
        mins = {q.value: q.min for q in quotas.for_feature(QUARTIER)}
        weights = [mins.get(q, 0) for q in self.quartiers]
        if sum(weights) == 0:
            weights = [1] * len(self.quartiers)
        self.weights = [w / sum(weights) for w in weights]

    def letters(self, pool_size: int, rate: float) -> dict[str, int]:
        return {q: letters_for(pool_size * w, rate * 100) for q, w in zip(self.quartiers, self.weights, strict=True)}

    def _profile(self, quartier: str, values: tuple[str, ...]) -> tuple[str, ...]:
        named = dict(zip(self.stratum_features, values, strict=True))
        named[QUARTIER] = quartier
        if GENRE in named:
            named[QUARTIER_GENRE] = combined_value(quartier, named[GENRE])
        return tuple(named.get(f, "") for f in self.quotas.features)

    def simulate(self, letters: dict[str, int], rate: float, runs: int, seed: int) -> int:
        """How many of ``runs`` simulated pools admit a panel meeting every quota."""
        from engine.sortition.fair import PanelFinder, problem_from_counts

        keys = [self._profile(q, values) for q in self.quartiers for values, _ in self.strata]
        universe = sorted(set(keys))
        problem = problem_from_counts(self.quotas, dict.fromkeys(universe, 1))
        column = {p: k for k, p in enumerate(problem.profiles)}
        cols = np.array([column[key] for key in keys])
        finder = PanelFinder(problem, presolve=False)
        zero = np.zeros(problem.count)
        rng = np.random.default_rng(seed)
        probs = np.append(np.array([s for _, s in self.strata]) * rate, 1 - rate)
        hits = 0
        for _ in range(runs):
            drawn = np.concatenate([rng.multinomial(letters[q], probs)[:-1] for q in self.quartiers])
            sizes = np.bincount(cols, weights=drawn, minlength=problem.count)
            if sizes.sum() < problem.seats or (problem.matrix @ sizes < problem.low).any():
                continue
            finder.resize(sizes)
            if finder.best(zero) is not None:
                hits += 1
        return hits

    def quota_chances(self, letters: dict[str, int], rate: float) -> list[QuotaChance]:
        # P(X > k) of a binomial (scipy.stats costs 0.4 s to import)
        from scipy.special import bdtrc

        out = []
        for quota in self.quotas.quotas:
            n, p = self._binomial(quota, letters, rate)
            prob = 1.0 if quota.min <= 0 else float(bdtrc(quota.min - 1, n, p))
            out.append(QuotaChance(quota, n * p, prob))
        return out

    def _binomial(self, quota: Quota, letters: dict[str, int], rate: float) -> tuple[int, float]:
        """Letters that can reach this quota's kind, and each one's chance to bring one."""
        if quota.feature == QUARTIER:
            return letters.get(quota.value, 0), rate
        if quota.feature == QUARTIER_GENRE:
            quartier, genre = quota.value.split(" | ", 1)
            index = self.stratum_features.index(GENRE)
            share = sum(s for values, s in self.strata if values[index] == genre)
            return letters.get(quartier, 0), share * rate
        index = self.stratum_features.index(quota.feature)
        share = sum(s for values, s in self.strata if values[index] == quota.value)
        return sum(letters.values()), share * rate


def _search_pool(model: _Model, rate: float, confidence: float, seed: int, runs: int) -> int:
    """The smallest pool (in steps of 1 %) whose quotas hold with the wanted probability."""
    def ok(size: int) -> bool:
        return model.simulate(model.letters(size, rate), rate, runs, seed) >= confidence * runs

    low = model.quotas.seats
    high = 2 * low
    while not ok(high):
        low, high = high, high * 2
        if high > 1_000_000:
            raise InputError.single("--confiance", None, "confiance",
                                    "aucun vivier raisonnable n'atteint cette confiance (quotas trop stricts ?)")
    while high - low > max(1, low // 100):
        mid = (low + high) // 2
        if ok(mid):
            high = mid
        else:
            low = mid
    return high


def _wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    p = hits / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)
