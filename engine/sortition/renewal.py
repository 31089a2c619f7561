"""Over the mandate: the council's successive draws and the replacement of members who leave.

Clause « conseil_citoyen » (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil
Citoyen): the members « seront renouvelés tous les 25 mois ». The dates come from the
audit rules (``engine.procedures.audits``: the council starts with the audits, in the 6th
month of the mandate, and is renewed every ``renouvellement_mois`` months).

A member who leaves is replaced by a top-up draw: the seated members stay, the free seats
are drawn from the pool with the quotas that remain (``draw(..., keep=...)``), so the
council keeps the pact's composition. The pact says nothing of replacements: filling them
the same way is a Pacte assumption, stated as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.sortition.audit import Seed
from engine.sortition.draw import DrawResult, draw
from engine.sortition.pool import Pool
from engine.sortition.quotas import QuotaSet

REPLACEMENT_ASSUMPTION = ("Remplacement d'un·e membre qui part : tirage complémentaire dans le vivier, "
                          "les membres en place restent et les quotas restants s'appliquent "
                          "(hypothèse Pacte : le pacte ne dit rien des remplacements).")


@dataclass(frozen=True)
class CouncilTerm:
    """One council: drawn for ``start``, sitting until ``end`` (next renewal or mandate end)."""

    number: int
    start: date
    end: date

    @property
    def kind(self) -> str:
        return "premier tirage" if self.number == 1 else "renouvellement"

    def to_dict(self) -> dict[str, object]:
        return {"number": self.number, "kind": self.kind, "start": self.start.isoformat(),
                "end": self.end.isoformat()}


def council_terms(pact: Pact, scenario: Scenario) -> list[CouncilTerm]:
    """Every council of the mandate, from the audit rules' start and renewal dates."""
    from engine.procedures.audits import council_start, renewals

    starts = [council_start(pact, scenario), *renewals(pact, scenario)]
    ends = [*starts[1:], scenario.mandate.end]
    return [CouncilTerm(i + 1, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def replace_members(
    pool: Pool,
    quotas: QuotaSet,
    seed: Seed,
    *,
    seated: Iterable[str],
    leaving: Iterable[str],
    algorithm: str = "profils",
    exclude: Iterable[str] = (),
) -> DrawResult:
    """Top-up draw: ``seated`` minus ``leaving`` stay, the free seats are drawn.

    The members who leave cannot be drawn back; nor can ``exclude`` (e.g. past members).
    """
    leaving = list(leaving)
    keep = [pid for pid in seated if pid not in set(leaving)]
    return draw(pool, quotas, seed, algorithm=algorithm, keep=keep, exclude=[*leaving, *exclude])


def renew(
    pool: Pool,
    quotas: QuotaSet,
    seed: Seed,
    *,
    previous: Iterable[str] = (),
    algorithm: str = "profils",
) -> DrawResult:
    """A renewal: a whole new council; members of the previous one (if given) are not redrawn."""
    return draw(pool, quotas, seed, algorithm=algorithm, exclude=previous)
