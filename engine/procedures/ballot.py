"""Counting a citizens' vote: the turnout quorum and the majority of votes cast.

One computation for every vote of a pact — the votation propositionnelle, the votation
abrogatoire and the municipal referendum (LO1112-7 fixes its own quorum: half of the
registered electors). A quorum of 0 % means « aucun quorum ».
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.core.fr import number
from engine.procedures.rule import rule


@rule("Le quorum est atteint quand les votants représentent au moins ce pourcentage des "
      "électeurs inscrits ; 0 % signifie aucun quorum.",
      articles=("LO1112-7",), seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",))
def quorum_met(voters: int, electors: int, quorum_pct: float) -> bool:
    """Exact comparison: votants / inscrits ≥ quorum ⇔ 100 × votants ≥ quorum × inscrits."""
    return 100 * voters >= quorum_pct * electors


@rule("Le quorum tel qu'une étape datée l'annonce : « sans quorum » ou « quorum 40 % des inscrits ».",
      articles=('LO1112-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def quorum_words(quorum_pct: float) -> str:
    """The quorum as a step label says it: « sans quorum » or « quorum 40 % des inscrits »."""
    return "sans quorum" if quorum_pct == 0 else f"quorum {_pct(quorum_pct)} des inscrits"


def _pct(value: float) -> str:
    """« 40 % », « 12,5 % »: one decimal only when the percentage has one."""
    return f"{number(value, 1).removesuffix(',0')} %"


@rule('La participation en pourcentage des électeurs inscrits.',
      articles=('LO1112-7',),
      seeds=('000_721ebb8a9b1c3e2a.txt § Votations propositionnelles',))
def turnout_pct(voters: int, electors: int) -> float:
    """Participation in % of the registered electors."""
    return 100.0 * voters / electors if electors else 0.0


@dataclass(frozen=True)
class Count:
    """A vote counted: whether the quorum and the majority are met, and the result."""

    yes: int
    no: int
    voters: int
    electors: int
    quorum_pct: float
    quorum_met: bool
    majority: bool

    @property
    def adopted(self) -> bool:
        return self.quorum_met and self.majority

    def quorum_sentence(self) -> str:
        """« aucun quorum » or « participation 8,2 % pour un quorum de 40 % des inscrits »."""
        if self.quorum_pct == 0:
            return "aucun quorum"
        turnout = number(turnout_pct(self.voters, self.electors), 1)
        verdict = "atteint" if self.quorum_met else "non atteint"
        return (f"participation {turnout} % des inscrits pour un quorum de "
                f"{_pct(self.quorum_pct)} : {verdict}")


@rule("Un vote est acquis à la majorité simple des suffrages exprimés (oui > non ; "
      "l'égalité n'est pas un oui), si le quorum de participation est atteint.",
      articles=("LO1112-7",), seeds=("000_721ebb8a9b1c3e2a.txt § Votations propositionnelles",
                                    "000_721ebb8a9b1c3e2a.txt § Votations abrogatoires"))
def count_vote(yes: int, no: int, electors: int, quorum_pct: float,
               voters: int | None = None) -> Count:
    """Count a vote; ``voters`` (blank and spoilt ballots included) defaults to yes + no."""
    if voters is None:
        voters = yes + no
    if yes < 0 or no < 0:
        raise ValueError("les voix ne peuvent pas être négatives")
    if yes + no > voters or (electors > 0 and voters > electors) or electors < 0:
        raise ValueError("chiffres incohérents : oui + non ≤ votants ≤ inscrits")
    met = quorum_pct == 0 or quorum_met(voters, electors, quorum_pct)
    return Count(yes, no, voters, electors, quorum_pct, met, yes > no)
