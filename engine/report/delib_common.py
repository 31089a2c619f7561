"""What the operative drafts of the deliberations share: the context they read (the pact, the
commune, the law base), what a drafter returns (its articles and the sentences it adds to the
« Exposé des motifs »), and the article builder that cites the clause and its legal basis.

A drafter writes provisions in the present tense of the law from the pact's parameters and
the rule functions of :mod:`engine.procedures`; the verifier's analysis never becomes an
article (it is the exposé's business).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.fr import number, percent
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.commune import CommuneFacts
from engine.report.document import Article
from engine.verifier.legal.votes import LEGAL_ELECTORATES

#: who may sign or vote, in the words of the deliberations (the legal electorates first)
ELECTORS_FR = {
    "electeurs_inscrits": "électeur·rices inscrit·es sur les listes électorales de la commune",
    "electeurs_et_ue": "électeur·rices inscrit·es sur les listes électorales de la commune, y "
                       "compris sur les listes complémentaires des ressortissant·es de l'Union "
                       "européenne",
    "habitants_16_ans": "habitant·es de la commune âgé·es de 16 ans et plus",
    "habitants": "habitant·es de la commune",
}


@dataclass(frozen=True)
class DraftContext:
    """The pact, its commune, the commune's facts and the law base the drafts read."""

    pact: Pact
    scenario: Scenario
    facts: CommuneFacts
    law: Law
    day: date | None = None


@dataclass(frozen=True)
class Drafted:
    """The operative articles of one clause, and what the exposé must add (« à fixer par le
    conseil », the lawful form chosen instead of the pact's)."""

    articles: tuple[Article, ...]
    notes: tuple[str, ...] = ()


def provision(title: str, text: str, clause_title: str, bases: str) -> Article:
    """An article drafted from a clause: numbered later, citing the clause and the law."""
    return Article("0", title, text, (f"Clause du pacte : {clause_title}", f"Base légale : {bases}"))


def legal_electorate(who: str) -> str:
    """The electorate a consultation or a legal petition may use: the pact's own when lawful,
    the registered electors otherwise (LO1112-11, L1112-22)."""
    return ELECTORS_FR[who if who in LEGAL_ELECTORATES else "electeurs_inscrits"]


def pct(value: float) -> str:
    """« 3 % », « 2,5 % »: a pact's percentage with the decimals it has."""
    return percent(value, 0 if float(value).is_integer() else 1)


def every_months(n: int) -> str:
    """« chaque mois », « tous les 6 mois »."""
    return "chaque mois" if n == 1 else f"tous les {number(n)} mois"


def within_months(n: int, what: str) -> str:
    """« dans le mois qui suit <what> », « dans les 2 mois qui suivent <what> »."""
    return (f"dans le mois qui suit {what}" if n == 1 else
            f"dans les {number(n)} mois qui suivent {what}")
