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
from engine.model.clauses_commitments import CommitmentsClause, MayorPowersClause
from engine.model.clauses_common import Electorate, Weekday
from engine.model.clauses_executive import (
    CollegialityClause,
    Delegation,
    ExecutivePairClause,
    PairsClause,
    QuartierPair,
    RotationClause,
)
from engine.model.clauses_family import Assemblies, Assembly, VoteProcedure, VoteProcedures
from engine.model.clauses_free import FreeClause, FreeClauses
from engine.model.clauses_participation import (
    EthicsCharterClause,
    InterpellationClause,
    ParticipatoryBudgetClause,
    TransparencyClause,
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
    "clause_keys", "dump_param", "CommitmentsClause", "MayorPowersClause",
    "Assembly", "FreeClause", "VoteProcedure", "item_key",
    "EthicsCharterClause", "InterpellationClause", "ParticipatoryBudgetClause",
    "TransparencyClause",
]


class PactInfo(BaseModel):
    """Identité du pacte : identifiant, titre, liste signataire, commune, date d'adoption et
    source."""

    model_config = STRICT

    id: str = Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="Identifiant du pacte (minuscules, chiffres et tirets), par exemple "
                    "chambery-2026.")
    title: str = Field(
        alias="titre", min_length=1,
        description="Titre du pacte.")
    list_name: str = Field(
        alias="liste", min_length=1,
        description="Nom de la liste signataire.")
    commune: str = Field(
        min_length=1,
        description="Commune du pacte.")
    adopted_on: date | None = Field(
        default=None, alias="date",
        description="Date d'adoption (AAAA-MM-JJ). Facultatif ; sans valeur : pacte non daté.")
    source: Source = Field(
        description="Document d'où vient le pacte : « fichier § section ».")


class Pact(BaseModel):
    """Un pacte de gouvernance : son identité et ses clauses, toutes facultatives ; une mesure que
    Pacte ne connaît pas s'écrit dans « clauses_libres »."""

    model_config = STRICT

    info: PactInfo = Field(
        alias="pacte",
        description="Identité du pacte.")
    petition: PetitionClause | None = Field(
        default=None, alias="votation_propositionnelle",
        description="Pétition d'initiative citoyenne menant à une décision du conseil ou à une "
                    "votation. Facultatif ; sans valeur : le pacte n'en prévoit pas.")
    abrogation: AbrogationClause | None = Field(
        default=None, alias="votation_abrogatoire",
        description="Vote d'abrogation d'une délibération du conseil. Facultatif ; sans valeur : "
                    "le pacte n'en prévoit pas.")
    referendum: ReferendumClause | None = Field(
        default=None, alias="referendum_municipal",
        description="Référendums municipaux (LO1112-1 et suivants). Facultatif ; sans valeur : le"
                    " pacte n'en prévoit pas.")
    citizen_council: CitizenCouncilClause | None = Field(
        default=None, alias="conseil_citoyen",
        description="Conseil Citoyen tiré au sort qui audite les binômes d'élu·es. Facultatif ; "
                    "sans valeur : le pacte n'en prévoit pas.")
    revocation: RevocationClause | None = Field(
        default=None, alias="consultation_revocation",
        description="Consultation de révocation d'un binôme d'élu·es. Facultatif ; sans valeur : "
                    "le pacte n'en prévoit pas.")
    pairs: PairsClause | None = Field(
        default=None, alias="binomes",
        description="Binômes d'élu·es et leurs délégations. Facultatif ; sans valeur : le pacte "
                    "n'en prévoit pas.")
    rotation: RotationClause | None = Field(
        default=None, alias="rotation",
        description="Rotation du binôme maire / premier·e adjoint·e. Facultatif ; sans valeur : "
                    "pas de rotation.")
    bureau: BureauClause | None = Field(
        default=None, alias="bureau_executif",
        description="Bureau exécutif. Facultatif ; sans valeur : le pacte n'en prévoit pas.")
    committees: CommitteesClause | None = Field(
        default=None, alias="commissions",
        description="Commissions de travail ouvertes. Facultatif ; sans valeur : le pacte n'en "
                    "prévoit pas.")
    council: CouncilClause | None = Field(
        default=None, alias="conseil_municipal",
        description="Séances du conseil municipal. Facultatif ; sans valeur : le minimum légal "
                    "(une séance par trimestre, L2121-7).")
    conventions: ConventionClause | None = Field(
        default=None, alias="conventions_citoyennes",
        description="Conventions citoyennes. Facultatif ; sans valeur : le pacte n'en prévoit "
                    "pas.")
    quartier_councils: QuartierCouncilsClause | None = Field(
        default=None, alias="conseils_de_quartier",
        description="Conseils de quartier dotés d'un budget. Facultatif ; sans valeur : le pacte "
                    "n'en prévoit pas.")
    ppi: PpiClause | None = Field(
        default=None, alias="ppi",
        description="Co-construction du plan pluriannuel d'investissement. Facultatif ; sans "
                    "valeur : le pacte n'en prévoit pas.")
    pluihd: PluihdClause | None = Field(
        default=None, alias="pluihd",
        description="Co-construction des modifications du PLUIHD. Facultatif ; sans valeur : le "
                    "pacte n'en prévoit pas.")
    staff_audit: StaffAuditClause | None = Field(
        default=None, alias="audit_dircab_dgs",
        description="Audit du binôme directeur·rice de cabinet / DGS. Facultatif ; sans valeur : "
                    "le pacte n'en prévoit pas.")
    dpc: DpcClause | None = Field(
        default=None, alias="direction_pouvoir_citoyen",
        description="Direction du Pouvoir Citoyen. Facultatif ; sans valeur : le pacte n'en "
                    "prévoit pas.")
    executive: ExecutivePairClause | None = Field(
        default=None, alias="executif",
        description="Binôme exécutif ou exécutif collégial. Facultatif ; sans valeur : le pacte "
                    "n'en prévoit pas.")
    collegiality: CollegialityClause | None = Field(
        default=None, alias="collegialite",
        description="Fonctionnement collégial de la majorité. Facultatif ; sans valeur : le pacte"
                    " n'en prévoit pas.")
    free_clauses: FreeClauses = Field(
        default_factory=list, alias="clauses_libres",
        description="Mesures que le catalogue de Pacte ne connaît pas, chacune avec son titre, "
                    "son texte et sa nature (acte_du_conseil, acte_du_maire, engagement_politique"
                    " ou autre). Facultatif ; sans valeur : aucune.")
    votes: VoteProcedures = Field(
        default_factory=list, alias="votations",
        description="Procédures de vote des habitant·es (famille « votations »), chacune avec son"
                    " identifiant, son cadre et son déclenchement. Facultatif ; sans valeur : "
                    "aucune.")
    assemblies: Assemblies = Field(
        default_factory=list, alias="assemblees_tirees_au_sort",
        description="Assemblées tirées au sort, permanentes ou ponctuelles, chacune avec son "
                    "identifiant. Facultatif ; sans valeur : aucune.")
    commitments: CommitmentsClause | None = Field(
        default=None, alias="engagements",
        description="Mandat impératif : quelques objectifs précis par délégation, suivis et "
                    "audités. Facultatif ; sans valeur : le pacte n'en prévoit pas.")
    mayor_powers: MayorPowersClause | None = Field(
        default=None, alias="pouvoirs_du_maire",
        description="Délégations du conseil au maire (L2122-22) et du maire aux élu·es "
                    "(L2122-18), permis de construire, comptes rendus au conseil (L2122-23). "
                    "Facultatif ; sans valeur : le pacte n'en dit rien.")
    participatory_budget: ParticipatoryBudgetClause | None = Field(
        default=None, alias="budget_participatif",
        description="Budget participatif : une enveloppe annuelle dont les habitant·es proposent "
                    "et votent les projets, que le conseil inscrit au budget. Facultatif ; sans "
                    "valeur : le pacte n'en prévoit pas.")
    interpellation: InterpellationClause | None = Field(
        default=None, alias="interpellation",
        description="Droit d'interpellation : les habitant·es questionnent le conseil municipal, "
                    "qui répond en séance. Facultatif ; sans valeur : le pacte n'en prévoit pas.")
    transparency: TransparencyClause | None = Field(
        default=None, alias="transparence",
        description="Transparence : délibérations publiées avec un résumé simple, comptes rendus "
                    "et avis publics, séances diffusées, données ouvertes. Facultatif ; sans "
                    "valeur : le pacte n'en prévoit pas.")
    ethics: EthicsCharterClause | None = Field(
        default=None, alias="charte_ethique",
        description="Charte éthique : non-cumul au-delà de la loi, limitation des mandats, "
                    "plafonds d'indemnités, déclarations d'intérêts. Facultatif ; sans valeur : "
                    "le pacte n'en prévoit pas.")
    costs: CostClause | None = Field(
        default=None, alias="couts",
        description="Prix et salaires du tableau des coûts. Facultatif ; sans valeur : valeurs "
                    "nationales ou par défaut documentées, sinon coûts « non chiffrés ».")

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


def item_key(item: VoteProcedure | Assembly) -> str:
    """« votations.<id> », « assemblees_tirees_au_sort.<id> » : the key under which an item of
    a list family is cited and its finding filed (also a ``--set`` path)."""
    return f"{clause_key(type(item))}.{item.id}"


def clause_keys() -> list[str]:
    """Every clause key the schema knows (for messages about unknown clauses)."""
    return [f.alias or n for n, f in Pact.model_fields.items() if n != "info"]


def dump_param(param: Param[Any]) -> Any:
    """A parameter's value(s) as JSON-ready data."""
    if param.values is not None:
        return {d.isoformat(): v for d, v in sorted(param.values.items())}
    return param.value
