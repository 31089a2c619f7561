"""Clauses of the executive: binômes d'élu·es and their delegations, rotation of the mayor,
executive pairs and collegial functioning (seed 002)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

from engine.model.clause import Clause
from engine.model.params import (
    MAX_BODY_MEMBERS,
    STRICT,
    Days,
    Param,
    PeriodMonths,
    PosSeats,
    Seats,
    Staff,
)


class Delegation(BaseModel):
    """One delegation of the seed's table, held by a pair of elected members."""

    model_config = STRICT

    number: Annotated[int, Field(ge=1, le=MAX_BODY_MEMBERS)] = Field(alias="numero")
    name: str = Field(alias="nom", min_length=1)
    holders: str = Field(alias="nature_du_binome", min_length=1)
    mayor: bool = Field(default=False, alias="maire")
    adjoints: Seats = Field(alias="adjoints")
    councillors: Seats = Field(alias="conseillers_delegues")
    committees: list[str] = Field(alias="commissions")
    community_council_priority: bool = Field(alias="prioritaire_conseil_communautaire")
    audited: bool = Field(default=True, alias="auditee")


class QuartierPair(BaseModel):
    """The pair of elected members in charge of one quartier."""

    model_config = STRICT

    quartier: str = Field(min_length=1)
    adjoints: Seats = Field(alias="adjoints")
    councillors: Seats = Field(alias="conseillers_delegues")
    adjoint_kind: Literal["special", "quartier", "ordinaire", "aucun"] = Field(alias="type_adjoint")


class PairsClause(Clause):
    """Binômes d'élu·es: the delegations and the quartier pairs, each audited."""

    delegations: list[Delegation] = Field(alias="delegations")
    quartier_pairs: list[QuartierPair] = Field(alias="binomes_de_quartier")
    pair_size: Param[PosSeats] = Field(alias="elus_par_binome")
    committee_chair_is_non_adjoint: Param[bool] = Field(alias="presidence_commission_non_adjoint")

    @model_validator(mode="after")
    def _unique(self) -> PairsClause:
        numbers = [d.number for d in self.delegations]
        if len(numbers) != len(set(numbers)):
            raise ValueError("deux délégations portent le même numéro")
        return self

    def audited_pairs(self) -> list[str]:
        """Names of the pairs the citizen council audits, in the pact's order."""
        names = [f"Délégation {d.number} — {d.name}" for d in self.delegations if d.audited]
        names += [f"Quartier {q.quartier}" for q in self.quartier_pairs]
        return names


class RotationClause(Clause):
    """Rotation of the mayor / first-adjoint pair every two years."""

    period_months: Param[PeriodMonths] = Field(alias="periodicite_mois")
    keeps_council_seat: Param[bool] = Field(alias="garde_le_siege_de_conseiller")
    automatic: Param[bool] = Field(alias="automatique")
    presigned_letters: Param[bool] = Field(alias="lettres_de_demission_pre_signees")
    prefect_acceptance_days: Param[Days] = Field(alias="delai_acceptation_prefet_jours")
    convocation_days: Param[Days] = Field(alias="delai_convocation_cm_jours")


class ExecutivePairClause(Clause):
    """An executive pair or collegial executive (seed 002's model)."""

    members: Param[PosSeats] = Field(alias="membres")
    group_size_min: Param[PosSeats] = Field(alias="elus_par_delegation_min")
    group_size_max: Param[PosSeats] = Field(alias="elus_par_delegation_max")
    delegations: Param[PosSeats] | None = Field(default=None, alias="nombre_delegations")
    transversal_adjoints: Param[Seats] | None = Field(default=None, alias="adjoints_transversaux")
    quartier_adjoints: Param[bool] | None = Field(default=None, alias="adjoints_de_quartier")
    special_adjoints: Param[bool] | None = Field(default=None, alias="adjoints_speciaux")
    cabinet_validated_by_first_adjoint: Param[bool] | None = Field(
        default=None, alias="validation_dircab_par_premier_adjoint"
    )

    @model_validator(mode="after")
    def _group_sizes(self) -> ExecutivePairClause:
        if self.group_size_min.at() > self.group_size_max.at():
            raise ValueError("elus_par_delegation_min dépasse elus_par_delegation_max")
        return self


class CollegialityClause(Clause):
    """Collegial functioning: seminars, weekly meetings, consensus (seed 002)."""

    seminar_months: Param[PeriodMonths] = Field(alias="seminaire_majorite_mois")
    weekly_meeting: Param[bool] = Field(alias="reunion_municipale_hebdomadaire")
    meeting_before_council: Param[bool] = Field(alias="reunion_avant_chaque_cm")
    decision_rule: Param[Literal["consensus", "majorite"]] = Field(alias="regle_de_decision")
    objection_as_abstention: Param[bool] = Field(alias="objection_par_abstention")
    shared_cabinet_size: Param[Staff] = Field(alias="cabinet_partage")
    ethics_charter: Param[bool] | None = Field(default=None, alias="charte_ethique")
    rules_in_standing_orders: Param[bool] | None = Field(
        default=None, alias="traduction_reglement_interieur"
    )
    minority_exchanges: Param[bool] | None = Field(default=None, alias="echanges_avec_la_minorite")
