"""The schema of a pact de gouvernance: every clause is optional, every value cited.

French keys (aliases) are the words of the pact file; attributes are English. The clauses
live in thematic modules (``clauses_votes``, ``clauses_bodies``, ``clauses_executive``,
``clauses_plans``) and are re-exported here, where most of the engine imports them from.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from engine.model.clause import Clause
from engine.model.clauses_bodies import (
    BureauClause,
    CitizenCouncilClause,
    CommitteesClause,
    CouncilClause,
    DpcClause,
    QuartierCouncilsClause,
    StaffAuditClause,
)
from engine.model.clauses_common import Electorate, Weekday
from engine.model.clauses_executive import (
    CollegialityClause,
    Delegation,
    ExecutivePairClause,
    PairsClause,
    QuartierPair,
    RotationClause,
)
from engine.model.clauses_plans import CostClause, PluihdClause, PpiClause
from engine.model.clauses_votes import (
    AbrogationClause,
    ConventionClause,
    PetitionClause,
    ReferendumClause,
    RevocationClause,
)
from engine.model.params import STRICT, Param, Source

__all__ = [
    "AbrogationClause", "BureauClause", "CitizenCouncilClause", "CollegialityClause",
    "CommitteesClause", "ConventionClause", "CostClause", "CouncilClause", "Delegation",
    "DpcClause", "Electorate", "ExecutivePairClause", "PairsClause", "Pact", "PactInfo",
    "PetitionClause", "PluihdClause", "PpiClause", "QuartierCouncilsClause", "QuartierPair",
    "ReferendumClause", "RevocationClause", "RotationClause", "StaffAuditClause", "Weekday",
    "clause_keys", "dump_param",
]


class PactInfo(BaseModel):
    """Identity of the pact."""

    model_config = STRICT

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(alias="titre", min_length=1)
    list_name: str = Field(alias="liste", min_length=1)
    commune: str = Field(min_length=1)
    adopted_on: date | None = Field(default=None, alias="date")
    source: Source


class Pact(BaseModel):
    """A whole pact: its identity and its clauses, each one optional."""

    model_config = STRICT

    info: PactInfo = Field(alias="pacte")
    petition: PetitionClause | None = Field(default=None, alias="votation_propositionnelle")
    abrogation: AbrogationClause | None = Field(default=None, alias="votation_abrogatoire")
    referendum: ReferendumClause | None = Field(default=None, alias="referendum_municipal")
    citizen_council: CitizenCouncilClause | None = Field(default=None, alias="conseil_citoyen")
    revocation: RevocationClause | None = Field(default=None, alias="consultation_revocation")
    pairs: PairsClause | None = Field(default=None, alias="binomes")
    rotation: RotationClause | None = Field(default=None, alias="rotation")
    bureau: BureauClause | None = Field(default=None, alias="bureau_executif")
    committees: CommitteesClause | None = Field(default=None, alias="commissions")
    council: CouncilClause | None = Field(default=None, alias="conseil_municipal")
    conventions: ConventionClause | None = Field(default=None, alias="conventions_citoyennes")
    quartier_councils: QuartierCouncilsClause | None = Field(default=None, alias="conseils_de_quartier")
    ppi: PpiClause | None = Field(default=None, alias="ppi")
    pluihd: PluihdClause | None = Field(default=None, alias="pluihd")
    staff_audit: StaffAuditClause | None = Field(default=None, alias="audit_dircab_dgs")
    dpc: DpcClause | None = Field(default=None, alias="direction_pouvoir_citoyen")
    executive: ExecutivePairClause | None = Field(default=None, alias="executif")
    collegiality: CollegialityClause | None = Field(default=None, alias="collegialite")
    costs: CostClause | None = Field(default=None, alias="couts")

    def clauses(self) -> dict[str, Clause]:
        """The clauses present, by their French key, in file order of the schema."""
        out: dict[str, Clause] = {}
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, Clause):
                out[field.alias or name] = value
        return out

    def clause_key(self, clause: Clause) -> str:
        for key, value in self.clauses().items():
            if value is clause:
                return key
        raise KeyError(type(clause).__name__)


def clause_key(kind: type[Clause]) -> str:
    """The French key under which a pact file writes a clause of this type
    (``clause_key(PetitionClause)`` → « votation_propositionnelle »), read from the schema:
    the one place that names each clause."""
    for field in Pact.model_fields.values():
        if kind in typing.get_args(field.annotation) and field.alias:
            return field.alias
    raise KeyError(kind.__name__)


def clause_keys() -> list[str]:
    """Every clause key the schema knows (for messages about unknown clauses)."""
    return [f.alias or n for n, f in Pact.model_fields.items() if n != "info"]


def dump_param(param: Param[Any]) -> Any:
    """A parameter's value(s) as JSON-ready data."""
    if param.values is not None:
        return {d.isoformat(): v for d, v in sorted(param.values.items())}
    return param.value
