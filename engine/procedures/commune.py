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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from engine.core.rounding import floor_pct
from engine.model.law import Confidence, Law, combine_confidence
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.pairs import executive_needs, pair_counts
from engine.procedures.rule import rule

QuartierRegime = Literal["obligatoire", "facultatif", "non_applicable"]
#: why a comparison with the law cannot be settled: the council size (uncertain population),
#: the rounding of L2122-2-1, whether the commune has quartier councils, the electorate.
Uncertainty = Literal["effectif", "arrondi", "conseils_de_quartier", "electorat"]
STANDING_FR = {True: "oui", False: "non", None: "incertain"}


@rule("Au plus 30 % de l'effectif légal du conseil comme adjoint·es, arrondi à l'inférieur.", articles=('L2122-2',))
def max_adjoints(seats: int, law: Law) -> int:
    """At most 30 % of the legal council size, rounded down (L2122-2)."""
    return floor_pct(seats, law.float_number("L2122-2", "plafond_pct"))


@rule("Au-delà, au plus 10 % de l'effectif légal comme adjoint·es de quartier, arrondi à l'inférieur.", articles=('L2122-2-1',))
def max_quartier_adjoints(seats: int, law: Law) -> int:
    """At most 10 % of the legal council size beyond the cap, rounded down (L2122-2-1)."""
    return floor_pct(seats, law.float_number("L2122-2-1", "plafond_pct"))


@rule("Le même plafond de 10 % arrondi au supérieur : l'arrondi de L2122-2-1 n'est pas vérifié.", articles=('L2122-2-1',))
def max_quartier_adjoints_if_rounded_up(seats: int, law: Law) -> int:
    """The same cap rounded up: the rounding of L2122-2-1 is not verified (confidence L)."""
    return math.ceil(seats * law.float_number("L2122-2-1", "plafond_pct") / 100 - 1e-9)


#: confidence of a cap judgement that rests on the unverified rounding of L2122-2-1
ROUNDING_CONFIDENCE: Confidence = "L"


@rule("Conseils de quartier obligatoires dès 80 000 habitants, facultatifs dès 20 000, sinon non applicables.", articles=('L2143-1',))
def quartier_council_regime(population: int, law: Law) -> QuartierRegime:
    """L2143-1: mandatory from 80,000 inhabitants, optional from 20,000, else not applicable."""
    if population >= law.int_number("L2143-1", "seuil_obligatoire_habitants"):
        return "obligatoire"
    if population >= law.int_number("L2143-1", "seuil_facultatif_habitants"):
        return "facultatif"
    return "non_applicable"


@rule("Convocation du conseil 5 jours francs avant la séance dès 3 500 habitants, 3 en dessous.", articles=('L2121-11', 'L2121-12'))
def convocation_clear_days(population: int, law: Law) -> tuple[int, str]:
    """Clear days of notice for a council session and the article that sets them."""
    if population >= law.int_number("L2121-12", "seuil_habitants"):
        return law.int_number("L2121-12", "jours_francs"), "L2121-12"
    return law.int_number("L2121-11", "jours_francs"), "L2121-11"


@rule("La pétition légale demande un dixième des électeurs inscrits, arrondi au supérieur.", articles=('L1112-16',))
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


@rule("Les chiffres de la commune, leur incertitude, et ce que la loi en déduit (effectif, plafonds, convocation, dixième).",
      articles=('L2121-2', 'L2122-2', 'L2143-1', 'L2121-12', 'L1112-16'))
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


@dataclass(frozen=True)
class LegalPetitionComparison:
    """A pact's signature threshold against the legal petition (L1112-16 : un dixième des
    électeurs inscrits), at the retained electorate and at both of its bounds."""

    signatures: int          # the pact's figure at the retained electorate
    legal: int               # 1/10 of the retained electorate, rounded up
    legal_low: int
    legal_high: int
    electors: int
    electors_low: int
    electors_high: int
    reaches: bool | None     # None: the answer depends on the uncertain electorate
    confidence: Confidence

    @property
    def stricter(self) -> bool:
        """The pact asks for more signatures than the law (at the retained electorate)."""
        return self.signatures > self.legal

    def as_details(self) -> dict[str, Any]:
        """The figures both verifier families quote, under the same keys."""
        return {"signatures_pacte": self.signatures, "signatures_legales_1_10": self.legal,
                "signatures_legales_min": self.legal_low, "signatures_legales_max": self.legal_high,
                "electeurs": self.electors, "electeurs_min": self.electors_low,
                "electeurs_max": self.electors_high, "atteint_le_dixieme": STANDING_FR[self.reaches],
                "confiance": self.confidence}


@rule("Un seuil de signatures atteint-il le dixième des électeurs inscrits ? Oui, non, ou selon l'électorat s'il n'est pas établi.",
      articles=('L1112-16',))
def compare_with_legal_petition(
    signatures_at: Callable[[int], int], electors: int, bounds: tuple[int, int],
    electors_confidence: Confidence, law: Law,
) -> LegalPetitionComparison:
    """L1112-16 : le seuil du pacte atteint-il le dixième des électeurs inscrits ? Jugé au
    chiffre retenu et aux deux bornes de l'électorat (``signatures_at`` donne le seuil du pacte
    pour un électorat) ; si les réponses diffèrent, elle dépend de l'électorat (incertaine).
    La confiance est celle de l'électorat et de l'article."""
    low, high = bounds
    outcomes = {signatures_at(e) >= legal_petition_signatures(e, law) for e in {low, electors, high}}
    reaches = next(iter(outcomes)) if len(outcomes) == 1 else None
    return LegalPetitionComparison(
        signatures=signatures_at(electors), legal=legal_petition_signatures(electors, law),
        legal_low=legal_petition_signatures(low, law), legal_high=legal_petition_signatures(high, law),
        electors=electors, electors_low=low, electors_high=high, reaches=reaches,
        confidence=combine_confidence(electors_confidence, law.number_confidence("L1112-16", "fraction_electeurs")))


@dataclass(frozen=True)
class CapCheck:
    """A number of adjoints against a legal cap, for every council size the population
    allows (L2122-2 for ordinary adjoints, L2122-2-1 for quartier adjoints)."""

    count: int
    caps: dict[int, int]                  # council size → cap, rounded down
    caps_if_rounded_up: dict[int, int]    # the same rounded up (quartier cap only)
    allowed: bool                         # the cap exists (L2122-2-1: quartier councils)
    within: bool | None                   # None: depends on ``uncertain_because``
    uncertain_because: Uncertainty | None
    confidence: Confidence

    def as_details(self) -> dict[str, Any]:
        """The figures both verifier families quote, under the same keys."""
        return {"nombre": self.count, "plafonds": {str(s): c for s, c in self.caps.items()},
                "plafonds_si_arrondi_superieur": {str(s): c for s, c in self.caps_if_rounded_up.items()},
                "plafond_applicable": self.allowed, "dans_le_plafond": STANDING_FR[self.within],
                "incertitude": self.uncertain_because, "confiance": self.confidence}


def _settled_confidence(facts: CommuneFacts) -> Confidence:
    """A cap verdict the same for every possible council size rests on the council size
    only when the population leaves several sizes open."""
    return "H" if facts.seats_certain else facts.population_confidence


@rule("Les adjoint·es ordinaires contre le plafond de 30 % pour chaque effectif possible du conseil.",
      articles=('L2122-2', 'L2121-2'))
def ordinary_adjoint_cap(facts: CommuneFacts, law: Law, count: int) -> CapCheck:
    """L2122-2 : au plus 30 % de l'effectif légal, arrondi à l'inférieur, pour chaque effectif
    possible ; si le résultat change selon l'effectif, il dépend de la population (incertain)."""
    caps = facts.adjoint_caps(law)
    oks = {count <= cap for cap in caps.values()}
    if len(oks) == 1:
        return CapCheck(count, caps, {}, True, oks.pop(), None, _settled_confidence(facts))
    return CapCheck(count, caps, {}, True, None, "effectif", facts.population_confidence)


@rule("Les adjoint·es de quartier contre le plafond de 10 %, s'il s'applique (conseils de quartier), arrondi compris.",
      articles=('L2122-2-1', 'L2143-1'))
def quartier_adjoint_cap(facts: CommuneFacts, law: Law, count: int) -> CapCheck:
    """L2122-2-1 : des adjoint·es de quartier au-delà du plafond, au plus 10 % de l'effectif
    légal, si la commune a 80 000 habitants ou plus, ou de 20 000 à 79 999 et des conseils de
    quartier (L2143-1). Sous 20 000 habitants, aucun ; entre 20 000 et 79 999 sans conseils
    créés par le pacte, cela dépend de conseils existants (incertain) ; un nombre permis
    seulement si les 10 % s'arrondissent au-dessus dépend d'un arrondi non vérifié (confiance L)."""
    caps = facts.quartier_caps(law)
    up = {s: max_quartier_adjoints_if_rounded_up(s, law) for s in facts.seats_candidates}
    if count == 0:
        return CapCheck(0, caps, up, facts.quartier_adjoints_allowed, True, None, "H")
    if facts.quartier_regime == "non_applicable":
        return CapCheck(count, {s: 0 for s in caps}, {}, False, False, None, "H")
    standing = {s: "ok" if count <= caps[s] else "arrondi" if count <= up[s] else "non" for s in caps}
    kinds = set(standing.values())
    if kinds == {"non"}:
        return CapCheck(count, caps, up, facts.quartier_adjoints_allowed, False, None, _settled_confidence(facts))
    if "non" in kinds:
        return CapCheck(count, caps, up, facts.quartier_adjoints_allowed, None, "effectif",
                        facts.population_confidence)
    if "arrondi" in kinds:
        return CapCheck(count, caps, up, facts.quartier_adjoints_allowed, None, "arrondi", ROUNDING_CONFIDENCE)
    if not facts.quartier_adjoints_allowed:
        return CapCheck(count, caps, up, False, None, "conseils_de_quartier", facts.population_confidence)
    return CapCheck(count, caps, up, True, True, None, _settled_confidence(facts))


@dataclass(frozen=True)
class AdjointCaps:
    """The adjoints a pact needs (binômes or collegial executive) against both caps."""

    clause: str
    ordinary: CapCheck
    quartier: CapCheck
    special: int

    @property
    def within(self) -> bool | None:
        """Both caps met (True), one exceeded (False), else undecided (None)."""
        standings = (self.ordinary.within, self.quartier.within)
        if False in standings:
            return False
        return None if None in standings else True

    @property
    def confidence(self) -> Confidence:
        """The confidence of the checks that carry the overall standing."""
        carrying = [c for c in (self.ordinary, self.quartier) if c.within == self.within]
        return combine_confidence(*(c.confidence for c in carrying))


@rule("Les adjoint·es que demande le pacte (binômes ou exécutif collégial) contre les deux plafonds légaux.",
      clause='binomes', params=('delegations', 'binomes_de_quartier'), articles=('L2122-2', 'L2122-2-1', 'L2122-3'))
def adjoint_caps(pact: Pact, facts: CommuneFacts, law: Law) -> AdjointCaps | None:
    """L2122-2, L2122-2-1 (L2122-3 : les adjoint·es spéciaux s'y ajoutent) : les adjoint·es
    que demandent les binômes du pacte, ou à défaut son exécutif collégial (au minimum), contre
    les deux plafonds. None si le pacte ne fixe ni l'un ni l'autre."""
    counts = pair_counts(pact)
    if counts is not None:
        ordinary, special, quartier, clause = (counts.ordinary_adjoints, counts.special_adjoints,
                                              counts.quartier_adjoints, "binomes")
    else:
        execu = executive_needs(pact, len(facts.quartiers), len(facts.former_communes))
        if execu is None:
            return None
        ordinary, special, quartier, clause = (execu.ordinary_adjoints_min, execu.special_adjoints,
                                              execu.quartier_adjoints, "executif")
    return AdjointCaps(clause, ordinary_adjoint_cap(facts, law, ordinary),
                       quartier_adjoint_cap(facts, law, quartier), special)
