"""Population-dependent rules of the CGCT, as pure functions of the commune's figures.

- L2121-2: legal council size by population municipale (table in rules/cgct/taille_conseil.yaml).
- L2122-2: at most 30 % of the legal council size as adjoints, rounded down.
- L2122-2-1: adjoints de quartier beyond that cap, at most 10 % of the council size, in
  communes ≥ 80,000, or 20,000–79,999 that create quartier councils (floor rounding: L).
- L2143-1: quartier councils mandatory from 80,000, optional from 20,000, otherwise not
  applicable (use L2143-2 consultative committees).
- L2121-11 / L2121-12: convocation 3 clear days below 3,500 inhabitants, 5 from 3,500.
- L1112-16: a legal petition needs 1/10 of registered electors (rounded up).
Every number comes from ``rules/cgct`` through :class:`~engine.model.law.Law`.
Sources: LEGAL.md § 3, § 5 and § 10.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from engine.core.rounding import floor_pct
from engine.model.law import Confidence, Law, combine_confidence
from engine.model.pact import Pact
from engine.model.scenario import Scenario

QuartierRegime = Literal["obligatoire", "facultatif", "non_applicable"]


def max_adjoints(seats: int, law: Law) -> int:
    """At most 30 % of the legal council size, rounded down (L2122-2)."""
    return floor_pct(seats, law.float_number("L2122-2", "plafond_pct"))


def max_quartier_adjoints(seats: int, law: Law) -> int:
    """At most 10 % of the legal council size beyond the cap, rounded down (L2122-2-1)."""
    return floor_pct(seats, law.float_number("L2122-2-1", "plafond_pct"))


def max_quartier_adjoints_if_rounded_up(seats: int, law: Law) -> int:
    """The same cap rounded up: the rounding of L2122-2-1 is not verified (confidence L)."""
    return math.ceil(seats * law.float_number("L2122-2-1", "plafond_pct") / 100 - 1e-9)


def quartier_council_regime(population: int, law: Law) -> QuartierRegime:
    """L2143-1: mandatory from 80,000 inhabitants, optional from 20,000, else not applicable."""
    if population >= law.int_number("L2143-1", "seuil_obligatoire_habitants"):
        return "obligatoire"
    if population >= law.int_number("L2143-1", "seuil_facultatif_habitants"):
        return "facultatif"
    return "non_applicable"


def convocation_clear_days(population: int, law: Law) -> tuple[int, str]:
    """Clear days of notice for a council session and the article that sets them."""
    if population >= law.int_number("L2121-12", "seuil_habitants"):
        return law.int_number("L2121-12", "jours_francs"), "L2121-12"
    return law.int_number("L2121-11", "jours_francs"), "L2121-11"


def legal_petition_signatures(electors: int, law: Law) -> int:
    """Signatures a legal L1112-16 petition needs: 1/10 of registered electors, rounded up."""
    fraction = law.float_number("L1112-16", "fraction_electeurs")
    return math.ceil(round(electors * fraction, 6))


@dataclass(frozen=True)
class CommuneFacts:
    """The commune's figures and the legal consequences every check relies on."""

    name: str
    population: int
    population_low: int
    population_high: int
    population_confidence: Confidence
    electors: int
    electors_low: int
    electors_high: int
    electors_confidence: Confidence
    seats: int
    seats_candidates: tuple[int, ...]
    seats_overridden: bool
    quartier_regime: QuartierRegime
    quartier_regimes: tuple[QuartierRegime, ...]
    creates_quartier_councils: bool
    clear_days: int
    clear_days_article: str
    legal_signatures: int
    legal_signatures_low: int
    legal_signatures_high: int
    list_vote: bool
    quartiers: tuple[str, ...]
    former_communes: tuple[str, ...]

    @property
    def seats_certain(self) -> bool:
        return len(self.seats_candidates) == 1

    @property
    def quartier_adjoints_allowed(self) -> bool:
        """L2122-2-1 applies: mandatory quartier councils, or optional ones the pact creates."""
        return self.quartier_regime == "obligatoire" or (
            self.quartier_regime == "facultatif" and self.creates_quartier_councils)

    def adjoint_caps(self, law: Law) -> dict[int, int]:
        return {s: max_adjoints(s, law) for s in self.seats_candidates}

    def quartier_caps(self, law: Law) -> dict[int, int]:
        return {s: max_quartier_adjoints(s, law) for s in self.seats_candidates}

    @property
    def confidence(self) -> Confidence:
        return combine_confidence(self.population_confidence, self.electors_confidence)


def commune_facts(scenario: Scenario, pact: Pact, law: Law) -> CommuneFacts:
    """Figures of the scenario's commune with their uncertainty, and what the law derives."""
    c = scenario.commune
    pop = c.population.at()
    pop_low, pop_high = c.population_bounds()
    electors = c.electors.at()
    el_low, el_high = c.electors_bounds()
    override = scenario.council_seats_override
    if override:
        seats, candidates = override, (override,)
    else:
        seats, candidates = law.council_size(pop), law.council_sizes_between(pop_low, pop_high)
    regimes = tuple(sorted({quartier_council_regime(pop_low, law), quartier_council_regime(pop_high, law)}))
    clear, article = convocation_clear_days(pop, law)
    return CommuneFacts(
        name=c.name,
        population=pop,
        population_low=pop_low,
        population_high=pop_high,
        population_confidence=c.population_confidence or "H",
        electors=electors,
        electors_low=el_low,
        electors_high=el_high,
        electors_confidence=c.electors_confidence or "H",
        seats=seats,
        seats_candidates=candidates,
        seats_overridden=bool(override),
        quartier_regime=quartier_council_regime(pop, law),
        quartier_regimes=regimes,
        creates_quartier_councils=pact.quartier_councils is not None,
        clear_days=clear,
        clear_days_article=article,
        legal_signatures=legal_petition_signatures(electors, law),
        legal_signatures_low=legal_petition_signatures(el_low, law),
        legal_signatures_high=legal_petition_signatures(el_high, law),
        list_vote=pop >= law.int_number("L2122-7-2", "seuil_habitants"),
        quartiers=tuple(q.name for q in c.quartiers),
        former_communes=tuple(q.name for q in c.quartiers if q.former_commune),
    )
