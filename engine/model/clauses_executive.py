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
    informative,
)


class Delegation(BaseModel):
    """Une délégation du tableau du pacte, tenue par un binôme d'élu·es (000_721ebb8a9b1c3e2a.txt §
    Les binômes d'élu·es, la gestion collégiale et la rotation du binôme maire-1er adjoint·e)."""

    model_config = STRICT

    number: Annotated[int, Field(ge=1, le=MAX_BODY_MEMBERS)] = Field(
        alias="numero",
        description="Numéro de la délégation dans le tableau du pacte (unique).")
    name: str = Field(
        alias="nom", min_length=1,
        description="Intitulé de la délégation.")
    holders: str = Field(
        alias="nature_du_binome", min_length=1,
        description="Qui compose le binôme, en toutes lettres (par exemple « maire + conseiller·e"
                    " délégué·e »).")
    mayor: bool = Field(
        default=False, alias="maire",
        description="true si le ou la maire tient cette délégation ; facultatif ; sans valeur : "
                    "false.")
    adjoints: Seats = Field(
        alias="adjoints",
        description="Nombre d'adjoint·es dans le binôme.")
    councillors: Seats = Field(
        alias="conseillers_delegues",
        description="Nombre de conseiller·es délégué·es dans le binôme.")
    committees: list[str] = Field(
        alias="commissions",
        description="Commissions de travail rattachées à la délégation.")
    community_council_priority: bool = Field(
        alias="prioritaire_conseil_communautaire",
        description="true si la délégation est prioritaire pour siéger au conseil communautaire.")
    audited: bool = Field(
        default=True, alias="auditee",
        description="true si le Conseil Citoyen audite ce binôme ; facultatif ; sans valeur : "
                    "true.")


class QuartierPair(BaseModel):
    """Le binôme d'élu·es chargé d'un quartier."""

    model_config = STRICT

    quartier: str = Field(
        min_length=1,
        description="Nom du quartier (tel qu'écrit dans le scénario de la commune).")
    adjoints: Seats = Field(
        alias="adjoints",
        description="Nombre d'adjoint·es dans le binôme de quartier.")
    councillors: Seats = Field(
        alias="conseillers_delegues",
        description="Nombre de conseiller·es délégué·es dans le binôme de quartier.")
    adjoint_kind: Literal["special", "quartier", "ordinaire", "aucun"] = Field(
        alias="type_adjoint",
        description="Statut de l'adjoint·e : special (L2122-3), quartier (L2122-2-1), ordinaire "
                    "ou aucun.")


class PairsClause(Clause):
    """Binômes d'élu·es : les délégations et les binômes de quartier, chacun audité par le Conseil
    Citoyen (000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la
    rotation du binôme maire-1er adjoint·e)."""

    delegations: list[Delegation] = Field(
        alias="delegations",
        description="Les délégations du tableau, chacune tenue par un binôme.")
    quartier_pairs: list[QuartierPair] = Field(
        alias="binomes_de_quartier",
        description="Les binômes chargés d'un quartier.")
    pair_size: Param[PosSeats] = Field(
        alias="elus_par_binome", json_schema_extra={"unite": "personnes"},
        description="Nombre d'élu·es par binôme (2).")
    committee_chair_is_non_adjoint: Param[bool] = Field(
        alias="presidence_commission_non_adjoint", json_schema_extra={"unite": "booleen"},
        description="true si chaque commission est présidée par l'élu·e du binôme qui n'est pas "
                    "adjoint·e.")

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
    """Rotation du binôme maire / premier·e adjoint·e en cours de mandat, par démission et nouvelle
    élection du maire (000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et
    la rotation du binôme maire-1er adjoint·e)."""

    period_months: Param[PeriodMonths] = Field(
        alias="periodicite_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux rotations du binôme maire / premier·e adjoint·e, en "
                    "mois.")
    keeps_council_seat: Param[bool] = Field(
        alias="garde_le_siege_de_conseiller", json_schema_extra={"unite": "booleen"},
        description="true si le ou la maire sortant·e reste conseiller·e municipal·e.")
    automatic: Param[bool] = Field(
        alias="automatique", json_schema_extra={"unite": "booleen"},
        description="true si la rotation se fait sans nouveau vote de la majorité.")
    presigned_letters: Param[bool] = Field(
        alias="lettres_de_demission_pre_signees", json_schema_extra={"unite": "booleen"},
        description="true si des lettres de démission sont signées d'avance (le moteur signale "
                    "leur fragilité juridique).")
    prefect_acceptance_days: Param[Days] = Field(
        alias="delai_acceptation_prefet_jours", json_schema_extra={"unite": "jours"},
        description="Délai d'acceptation de la démission du maire par le préfet, en jours.")
    convocation_days: Param[Days] = Field(
        alias="delai_convocation_cm_jours", json_schema_extra={"unite": "jours"},
        description="Délai de convocation du conseil municipal pour élire le nouveau maire, en "
                    "jours.")


class ExecutivePairClause(Clause):
    """Binôme exécutif ou exécutif collégial, avec des groupes d'élu·es par délégation
    (002_c31c8cb8d98f98f2.txt § A. Organiser une équipe municipale collégiale)."""

    members: Param[PosSeats] = Field(
        alias="membres", json_schema_extra={"unite": "personnes"},
        description="Nombre de membres de l'exécutif (2 pour un binôme).")
    group_size_min: Param[PosSeats] = Field(
        alias="elus_par_delegation_min", json_schema_extra={"unite": "personnes"},
        description="Nombre minimal d'élu·es par groupe de délégation.")
    group_size_max: Param[PosSeats] = Field(
        alias="elus_par_delegation_max", json_schema_extra={"unite": "personnes"},
        description="Nombre maximal d'élu·es par groupe de délégation.")
    delegations: Param[PosSeats] | None = Field(
        default=None, alias="nombre_delegations", json_schema_extra={"unite": "nombre"},
        description="Nombre de délégations. Facultatif ; sans valeur : le moteur ne compte pas "
                    "les délégations.")
    transversal_adjoints: Param[Seats] | None = Field(
        default=None, alias="adjoints_transversaux", json_schema_extra={"unite": "nombre"},
        description="Nombre d'adjoint·es aux missions transversales. Facultatif ; sans valeur : "
                    "aucun·e n'est prévu·e.")
    quartier_adjoints: Param[bool] | None = Field(
        default=None, alias="adjoints_de_quartier", json_schema_extra={"unite": "booleen"},
        description="true si le pacte prévoit des adjoint·es de quartier (L2122-2-1). Facultatif "
                    "; sans valeur : le pacte n'en dit rien.")
    special_adjoints: Param[bool] | None = Field(
        default=None, alias="adjoints_speciaux", json_schema_extra={"unite": "booleen"},
        description="true si le pacte prévoit des adjoint·es spéciaux (L2122-3). Facultatif ; "
                    "sans valeur : le pacte n'en dit rien.")
    cabinet_validated_by_first_adjoint: Param[bool] | None = Field(
        default=None, alias="validation_dircab_par_premier_adjoint",
        json_schema_extra={"unite": "booleen"},
        description="true si le choix du directeur ou de la directrice de cabinet est validé par "
                    "le ou la premier·e adjoint·e. Facultatif ; sans valeur : le pacte n'en dit "
                    "rien.")

    @model_validator(mode="after")
    def _group_sizes(self) -> ExecutivePairClause:
        if self.group_size_min.at() > self.group_size_max.at():
            raise ValueError("elus_par_delegation_min dépasse elus_par_delegation_max")
        return self


class CollegialityClause(Clause):
    """Fonctionnement collégial de la majorité : séminaires, réunion hebdomadaire, règle de
    décision (002_c31c8cb8d98f98f2.txt § C. Décider intelligemment)."""

    seminar_months: Param[PeriodMonths] = Field(
        alias="seminaire_majorite_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux séminaires de la majorité, en mois.")
    weekly_meeting: Param[bool] = informative(
        "reunion_municipale_hebdomadaire",
        "le pacte ne fixe ni le jour ni la durée de la réunion hebdomadaire, qui n'a aucune "
        "existence légale (L2121-29) : aucune date, charge ni pouvoir à en tirer",
        extra={"unite": "booleen"},
        description="true si la majorité se réunit chaque semaine.")
    meeting_before_council: Param[bool] = Field(
        alias="reunion_avant_chaque_cm", json_schema_extra={"unite": "booleen"},
        description="true si la majorité se réunit avant chaque conseil municipal.")
    decision_rule: Param[Literal["consensus", "majorite"]] = informative(
        "regle_de_decision",
        "discipline interne de la majorité, sans effet juridique : chaque élu·e vote "
        "librement en séance et le conseil décide à la majorité (L2121-29)",
        extra={"unite": "texte"},
        description="Règle de décision de la majorité : consensus ou majorite.")
    objection_as_abstention: Param[bool] = informative(
        "objection_par_abstention",
        "façon dont un·e élu·e exprime son désaccord en séance : le vote reste libre "
        "(L2121-29), aucun résultat ni calcul n'en dépend",
        extra={"unite": "booleen"},
        description="true si une objection s'exprime par l'abstention plutôt que par un vote "
                    "contre.")
    shared_cabinet_size: Param[Staff] = informative(
        "cabinet_partage",
        "le cabinet du maire existe sans le pacte (son coût n'est pas celui du pacte) et le "
        "plafond réglementaire de ses collaborateurs manque à la base légale (à vérifier)",
        extra={"unite": "personnes"},
        description="Nombre de collaborateur·rices de cabinet partagé·es par la majorité.")
    ethics_charter: Param[bool] | None = informative(
        "charte_ethique",
        "engagement individuel des élu·es, sans date, coût ni pouvoir",
        extra={"unite": "booleen"}, default=None,
        description="true si la majorité signe une charte éthique. Facultatif ; sans valeur : le "
                    "pacte n'en dit rien.")
    rules_in_standing_orders: Param[bool] | None = informative(
        "traduction_reglement_interieur",
        "promesse de rédaction du règlement intérieur (L2121-8), que le conseil adopte seul :"
        " rien à dater ni à compter",
        extra={"unite": "booleen"}, default=None,
        description="true si ces règles sont inscrites au règlement intérieur du conseil "
                    "(L2121-8). Facultatif ; sans valeur : le pacte n'en dit rien.")
    minority_exchanges: Param[bool] | None = informative(
        "echanges_avec_la_minorite",
        "le pacte ne dit ni quand ni combien de fois : aucune date ni charge à en tirer",
        extra={"unite": "booleen"}, default=None,
        description="true si la majorité organise des échanges réguliers avec la minorité. "
                    "Facultatif ; sans valeur : le pacte n'en dit rien.")
