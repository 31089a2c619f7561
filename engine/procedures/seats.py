"""Seats won by each list: majority bonus and highest average (code électoral, art. L262).

« La liste arrivée en tête reçoit la moitié des sièges à pourvoir, arrondie à l'entier
supérieur lorsqu'il y a plus de quatre sièges (inférieur lorsqu'il y en a moins de quatre) ;
les autres sièges sont répartis entre toutes les listes ayant obtenu au moins 5 % des
suffrages exprimés, à la représentation proportionnelle suivant la règle de la plus forte
moyenne. » Source: rules/cgct/taille_conseil.yaml (Celec-L262), lexbase, art. L262.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from engine.model.law import Law
from engine.procedures.rule import rule


@rule("La liste arrivée en tête reçoit la moitié des sièges (arrondie à l'entier supérieur au-delà de 4 sièges, inférieur en dessous).",
      articles=('Celec-L262',))
def majority_bonus(seats: int, law: Law) -> int:
    """Half the seats, rounded up above four seats, down below four (L262)."""
    half = Fraction(seats) * Fraction(str(law.float_number("Celec-L262", "prime_fraction")))
    if seats > law.int_number("Celec-L262", "seuil_arrondi_sieges"):
        return math.ceil(half)
    return math.floor(half)


@rule('Répartition à la plus forte moyenne ; à égalité, la liste qui a le plus de voix, puis la première.',
      articles=('Celec-L262',))
def highest_average(seats: int, scores: list[float]) -> list[int]:
    """D'Hondt (plus forte moyenne); ties go to the list with more votes, then the first."""
    won = [0] * len(scores)
    exact = [Fraction(str(s)) for s in scores]
    for _ in range(seats):
        best = max(range(len(scores)), key=lambda i: (exact[i] / (won[i] + 1), exact[i], -i))
        won[best] += 1
    return won


@rule('Les sièges de chaque liste : prime majoritaire à la première, puis plus forte moyenne entre toutes.',
      articles=('Celec-L262',))
def allocate_seats(seats: int, scores_pct: list[float], law: Law) -> list[int]:
    """Seats per list; the first list of ``scores_pct`` is the one that came first (L262)."""
    if not scores_pct:
        raise ValueError("aucune liste")
    if any(s < 0 for s in scores_pct):
        raise ValueError("score négatif")
    threshold = law.float_number("Celec-L262", "seuil_repartition_pct")
    bonus = majority_bonus(seats, law)
    admitted = [s if s >= threshold else 0.0 for s in scores_pct]
    if not any(admitted):
        admitted = list(scores_pct)
    rest = highest_average(seats - bonus, admitted)
    rest[0] += bonus
    return rest


@dataclass(frozen=True)
class WinningSeats:
    """Seats of the winning list, with the arithmetic behind them."""

    seats: int
    bonus: int
    proportional: int
    remaining: int
    winner_pct: float
    opposition_pct: float


@rule("Le moins de sièges qu'obtient une liste arrivée en tête avec un score donné (opposition réunie sur une seule liste).",
      articles=('Celec-L262',),
      seeds=("000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e",))
def winning_list_seats(council: int, winner_pct: float, law: Law) -> WinningSeats:
    """Seats of a list that came first with ``winner_pct`` % of votes cast, the rest of the
    votes going to a single opposition list: the fewest seats the winner can get (the
    highest-average rule favours large lists, so a united opposition takes the most)."""
    opposition = max(0.0, 100.0 - winner_pct)
    scores = [winner_pct, opposition] if opposition > 0 else [winner_pct]
    won = allocate_seats(council, scores, law)
    bonus = majority_bonus(council, law)
    return WinningSeats(won[0], bonus, won[0] - bonus, council - bonus, winner_pct, opposition)
