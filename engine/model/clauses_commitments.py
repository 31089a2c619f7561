"""Clauses of accountability: the mandat impératif (objectives per delegation, audited by a
citizen body) and the mayor's powers (delegations of the council under L2122-22, signature,
building permits, reporting under L2122-23).

000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen : « 3 à 5 objectifs
précis issus du programme » par délégation, évalués par le Conseil Citoyen ; § Les pouvoirs
du/de la maire : délégations « limitées au strict minimum », signature limitée aux affaires
courantes, permis de construire après avis du conseil de quartier.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

from engine.model.clause import Clause
from engine.model.params import (
    MAX_BODY_MEMBERS,
    STRICT,
    Euros,
    Param,
    Percent,
    PeriodMonths,
)

#: A number of objectives (a delegation has a handful; 50 is far beyond any pact).
ObjectiveCount = Annotated[int, Field(ge=1, le=50)]
#: An item of the list of L2122-22 (1° to 29° in the law base, rules/cgct/delegations.yaml).
DelegationItem = Annotated[int, Field(ge=1, le=29)]
#: Who audits the objectives.
Auditor = Literal["conseil_citoyen", "conseils_de_quartier", "assemblee_citoyenne",
                  "conseil_municipal"]

DEFAULT_UNFAVOURABLE_BELOW_PCT = 50.0
DEFAULT_FAVOURABLE_FROM_PCT = 100.0


class DelegationObjectives(BaseModel):
    """Les objectifs écrits d'une délégation du mandat impératif (son numéro dans la clause
    « binomes ») (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen)."""

    model_config = STRICT

    number: Annotated[int, Field(ge=1, le=MAX_BODY_MEMBERS)] = Field(
        alias="numero", description="Numéro de la délégation dans la clause « binomes »")
    name: str = Field(alias="nom", min_length=1, description="Nom de la délégation")
    objectives: list[Annotated[str, Field(min_length=1)]] = Field(
        alias="objectifs", min_length=1, description="Les objectifs précis, un par ligne")


class CommitmentsClause(Clause):
    """Mandat impératif : quelques objectifs précis par délégation, dont les élu·es rendent
    compte et qu'une instance évalue (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et
    Conseil Citoyen)."""

    objectives_min: Param[ObjectiveCount] = Field(
        alias="objectifs_min", description="Nombre minimal d'objectifs par délégation")
    objectives_max: Param[ObjectiveCount] = Field(
        alias="objectifs_max", description="Nombre maximal d'objectifs par délégation")
    report_period_months: Param[PeriodMonths] = Field(
        alias="periodicite_compte_rendu_mois",
        description="Mois entre deux comptes rendus d'activité publics des élu·es")
    auditor: Param[Auditor] = Field(
        alias="auditeur", description="L'instance qui évalue les objectifs")
    reports_published: Param[bool] = Field(
        alias="publication_comptes_rendus",
        description="Les comptes rendus et documents-clés sont publiés")
    unfavourable_below_pct: Param[Percent] | None = Field(
        default=None, alias="seuil_avis_defavorable_pct",
        description="Avis défavorable quand la part des objectifs atteints est sous ce seuil ; "
                    "absent : 50 % (moins de la moitié des objectifs atteints)")
    favourable_from_pct: Param[Percent] | None = Field(
        default=None, alias="seuil_avis_favorable_pct",
        description="Avis favorable à partir de cette part d'objectifs atteints (entre les deux "
                    "seuils : avis mitigé) ; absent : 100 % (tous les objectifs atteints)")
    delegations: list[DelegationObjectives] = Field(
        default_factory=list, alias="delegations",
        description="Les objectifs écrits, délégation par délégation ; une délégation absente "
                    "compte le nombre minimal d'objectifs, encore à préciser")

    @model_validator(mode="after")
    def _bounds(self) -> CommitmentsClause:
        if self.objectives_min.at() > self.objectives_max.at():
            raise ValueError("objectifs_min dépasse objectifs_max")
        numbers = [d.number for d in self.delegations]
        if len(numbers) != len(set(numbers)):
            raise ValueError("deux délégations portent le même numéro")
        low = self.unfavourable_below_pct.at() if self.unfavourable_below_pct else None
        high = self.favourable_from_pct.at() if self.favourable_from_pct else None
        if (low if low is not None else DEFAULT_UNFAVOURABLE_BELOW_PCT) > (
                high if high is not None else DEFAULT_FAVOURABLE_FROM_PCT):
            raise ValueError("seuil_avis_defavorable_pct dépasse seuil_avis_favorable_pct")
        return self


class MayorPowersClause(Clause):
    """Pouvoirs du maire : ce que le conseil lui délègue (L2122-22), ses délégations aux élu·es
    (L2122-18), les permis de construire (code de l'urbanisme L422-1) et son compte rendu au
    conseil (L2122-23) (000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire)."""

    granted: Param[list[DelegationItem] | Literal["aucune", "toutes"]] = Field(
        alias="delegations_accordees",
        description="Les alinéas de L2122-22 que le conseil délègue au maire (numéros 1 à 29), "
                    "ou « aucune », ou « toutes »")
    excluded: Param[list[DelegationItem]] | None = Field(
        default=None, alias="delegations_exclues",
        description="Avec « toutes » : les alinéas que le conseil garde ; absent : aucun")
    loan_cap_eur: Param[Euros] | None = Field(
        default=None, alias="plafond_emprunts_eur",
        description="Limite des emprunts délégués (3°) ; absent : à fixer par la délibération")
    procurement_cap_eur: Param[Euros] | None = Field(
        default=None, alias="plafond_marches_eur",
        description="Limite des marchés délégués (4°) ; absent : crédits inscrits au budget")
    signature_cap_eur: Param[Euros] | None = Field(
        default=None, alias="plafond_signature_eur",
        description="Montant au-delà duquel la signature du maire passe par le conseil ; "
                    "absent : pas de montant fixé")
    current_business_only: Param[bool] | None = Field(
        default=None, alias="signature_affaires_courantes_seulement",
        description="Le maire ne signe seul que la gestion des affaires courantes ; absent : non dit")
    urgent_only: Param[bool] | None = Field(
        default=None, alias="arretes_seulement_urgence",
        description="Le maire ne prend d'arrêté délégué que sur ce qui ne peut attendre le "
                    "conseil ; absent : non dit")
    functions_to_pairs: Param[bool] | None = Field(
        default=None, alias="delegations_de_fonction_aux_binomes",
        description="Le maire délègue ses fonctions par arrêté aux élu·es des binômes "
                    "(L2122-18) ; absent : non dit")
    permit_quartier_opinion: Param[bool] | None = Field(
        default=None, alias="permis_avis_conseil_de_quartier",
        description="Avis du conseil de quartier avant chaque permis de construire ; absent : non")
    permit_council_deliberation: Param[bool] | None = Field(
        default=None, alias="permis_deliberation_cm",
        description="Chaque permis de construire passe d'abord en délibération du conseil ; "
                    "absent : non")
    report_period_months: Param[PeriodMonths] | None = Field(
        default=None, alias="compte_rendu_periodicite_mois",
        description="Compte rendu écrit des décisions déléguées tous les N mois, en plus de "
                    "celui de chaque séance (L2122-23) ; absent : à chaque séance seulement")

    @model_validator(mode="after")
    def _excluded_with_all(self) -> MayorPowersClause:
        if self.excluded is not None and self.granted.at() != "toutes":
            raise ValueError("delegations_exclues ne va qu'avec delegations_accordees: toutes")
        granted = self.granted.at()
        if isinstance(granted, list) and len(granted) != len(set(granted)):
            raise ValueError("un alinéa de L2122-22 est accordé deux fois")
        return self
