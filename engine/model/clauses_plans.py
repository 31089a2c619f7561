"""Clauses of co-construction and money: the PPI, the PLUIHD, and the cost inputs of the
seed's « Quel coût ? » table."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from engine.model.clause import Clause
from engine.model.params import (
    Euros,
    Members,
    Months,
    Param,
    PerMonth,
    PerYear,
    PosPerYear,
    SmicMultiple,
    Staff,
    informative,
)


class PpiClause(Clause):
    """Co-construction du plan pluriannuel d'investissement (PPI) avec les habitant·es, jusqu'à un
    vote (000_721ebb8a9b1c3e2a.txt § Processus de co-construction de la planification
    pluriannuelle des investissements (PPI))."""

    max_citizen_proposals: Param[Staff] = Field(
        alias="max_propositions_citoyennes", json_schema_extra={"unite": "nombre"},
        description="Nombre maximal de propositions citoyennes retenues.")
    spokespeople: Param[Members] = Field(
        alias="porte_paroles_par_proposition", json_schema_extra={"unite": "personnes"},
        description="Nombre de porte-parole par proposition.")
    campaign_months: Param[Months] = Field(
        alias="duree_campagne_mois", json_schema_extra={"unite": "mois"},
        description="Durée de la campagne avant le vote, en mois.")
    decision_rule: Param[Literal["pluralite", "majorite_absolue"]] = Field(
        alias="regle_de_decision", json_schema_extra={"unite": "texte"},
        description="Règle du vote : pluralite ou majorite_absolue.")
    council_ratifies: Param[bool] = Field(
        alias="ratification_cm", json_schema_extra={"unite": "booleen"},
        description="true si le conseil municipal ratifie le résultat (il reste seul compétent "
                    "pour voter le budget).")


class PluihdClause(Clause):
    """Co-construction des modifications du PLUIHD avec les conseils de quartier et le Conseil
    Citoyen (000_721ebb8a9b1c3e2a.txt § Processus de co-construction des modifications du
    PLUIHD)."""

    quartier_reviews: Param[PosPerYear] = informative(
        "relectures_conseils_de_quartier",
        "Pacte ne calcule pas encore la durée d'une modification du PLUIHD (procédure "
        "intercommunale du code de l'urbanisme, hors de la base légale de Pacte) : le nombre "
        "de relectures est affiché dans le graphe des pouvoirs et ne change aucun calcul.",
        extra={"unite": "nombre"},
        description="Nombre de relectures du projet par les conseils de quartier.")
    citizen_council_approval: Param[bool] = Field(
        alias="approbation_conseil_citoyen", json_schema_extra={"unite": "booleen"},
        description="true si le Conseil Citoyen doit approuver le projet.")
    referendum_on_conflict: Param[bool] = Field(
        alias="referendum_en_cas_de_conflit", json_schema_extra={"unite": "booleen"},
        description="true si un désaccord est tranché par référendum.")


class CostClause(Clause):
    """Prix, salaires et coûts unitaires du budget annuel du pacte (le tableau
    000_721ebb8a9b1c3e2a.txt § Quel coût ?).

    Les quantités (membres, heures, participant·es, séances, quartiers, budgets) viennent des
    autres clauses ; cette clause donne les prix. Chacun est facultatif : sans lui, le tableau
    prend la valeur nationale (``rules/national/prix.yaml``, le SMIC), sinon la valeur par
    défaut documentée et signalée « valeur par défaut » (``rules/national/couts_par_defaut.yaml``),
    sinon laisse la part qui en dépend « non chiffrée » avec la raison
    (``engine/procedures/cost_table.py``).
    """

    smic_hourly_eur: Param[Euros] | None = Field(
        default=None, alias="smic_horaire_eur", json_schema_extra={"unite": "euros_par_heure"},
        description="SMIC horaire brut, en euros par heure. Facultatif ; sans valeur : le SMIC "
                    "horaire brut national en vigueur (rules/national/prix.yaml, cité comme « "
                    "donnée nationale »).")
    bus_ticket_eur: Param[Euros] | None = Field(
        default=None, alias="prix_ticket_bus_eur", json_schema_extra={"unite": "euros"},
        description="Prix d'un ticket de bus, en euros. Facultatif ; sans valeur (prix local, pas "
                    "de valeur par défaut) : les tickets promis restent « non chiffrés ».")
    paid_months_per_year: Param[Annotated[int, Field(ge=0, le=12)]] | None = Field(
        default=None, alias="mois_indemnises_par_an", json_schema_extra={"unite": "mois"},
        description="Nombre de mois indemnisés par an (les mois sans réunion ne le sont pas). "
                    "Facultatif ; sans valeur : 12 mois, valeur par défaut signalée "
                    "(rules/national/couts_par_defaut.yaml).")
    childcare_smic_multiple: Param[SmicMultiple] | None = Field(
        default=None, alias="garde_enfants_multiple_smic", json_schema_extra={"unite": "nombre"},
        description="Remboursement d'une heure de garde d'enfants, en multiple du SMIC horaire. "
                    "Facultatif ; sans valeur : 1 × SMIC, valeur par défaut signalée "
                    "(rules/national/couts_par_defaut.yaml).")
    committee_allowance_smic_multiple: Param[SmicMultiple] | None = Field(
        default=None, alias="indemnite_commissions_multiple_smic",
        json_schema_extra={"unite": "nombre"},
        description="Indemnité horaire des participant·es aux commissions, en multiple du SMIC "
                    "horaire. Facultatif ; sans valeur : l'indemnité reste « non chiffrée ».")
    citizen_council_meetings_per_month: Param[PerMonth] | None = Field(
        default=None, alias="reunions_conseil_citoyen_par_mois",
        json_schema_extra={"unite": "reunions"},
        description="Réunions du Conseil Citoyen indemnisées par mois. Facultatif ; sans valeur : "
                    "les 2 réunions que la clause conseil_citoyen fixe chaque mois (réunion de "
                    "travail et soirée d'audition).")
    manager_salary_eur: Param[Euros] | None = Field(
        default=None, alias="salaire_brut_annuel_cadre_eur",
        json_schema_extra={"unite": "euros_par_an"},
        description="Salaire brut annuel d'un cadre de la DPC, en euros par an. Facultatif ; sans "
                    "valeur (choix de la liste, pas de valeur par défaut) : la ligne de la DPC "
                    "reste « non chiffrée ».")
    supervisor_salary_eur: Param[Euros] | None = Field(
        default=None, alias="salaire_brut_annuel_agent_maitrise_eur",
        json_schema_extra={"unite": "euros_par_an"},
        description="Salaire brut annuel d'un agent de maîtrise de la DPC, en euros par an. "
                    "Facultatif ; sans valeur : la ligne de la DPC reste « non chiffrée ».")
    apprentice_salary_eur: Param[Euros] | None = Field(
        default=None, alias="salaire_brut_annuel_alternant_eur",
        json_schema_extra={"unite": "euros_par_an"},
        description="Salaire brut annuel d'un·e alternant·e de la DPC, en euros par an. Facultatif "
                    "; sans valeur : la ligne de la DPC reste « non chiffrée ».")
    employer_charges_pct: Param[Annotated[float, Field(ge=0, le=200)]] | None = Field(
        default=None, alias="charges_employeur_pct", json_schema_extra={"unite": "pourcent"},
        description="Charges patronales, en pourcentage du salaire brut. Facultatif ; sans valeur :"
                    " la ligne de la DPC reste « non chiffrée ».")
    office_operating_eur: Param[Euros] | None = Field(
        default=None, alias="frais_bureautique_logistique_eur_par_an",
        json_schema_extra={"unite": "euros_par_an"},
        description="Frais de bureautique, logistique et communication des instances du pacte, en "
                    "euros par an. Facultatif ; sans valeur : la ligne reste « non chiffrée ».")
    office_investment_eur: Param[Euros] | None = Field(
        default=None, alias="equipement_investissement_eur_par_an",
        json_schema_extra={"unite": "euros_par_an"},
        description="Équipement (investissement) des instances du pacte, en euros par an. "
                    "Facultatif ; sans valeur : la ligne reste « non chiffrée ».")
    votation_unit_eur: Param[Euros] | None = Field(
        default=None, alias="cout_unitaire_votation_eur", json_schema_extra={"unite": "euros"},
        description="Coût d'organisation d'un jour de vote, en euros. Facultatif ; sans valeur : le"
                    " coût par électeur inscrit de rules/national/couts_par_defaut.yaml × les "
                    "électeurs de la commune, valeur par défaut signalée.")
    votations_budgeted_per_year: Param[PerYear] | None = Field(
        default=None, alias="votations_budgetees_par_an", json_schema_extra={"unite": "votations"},
        description="Nombre de jours de vote inscrits au budget chaque année. Facultatif ; sans "
                    "valeur : les plafonds annuels des règles du pacte (max_votations_par_an, "
                    "max_par_an) ; les votes sans plafond restent « non chiffrés ».")
    convention_unit_eur: Param[Euros] | None = Field(
        default=None, alias="cout_unitaire_convention_eur", json_schema_extra={"unite": "euros"},
        description="Coût d'une convention citoyenne, en euros. Facultatif ; sans valeur (choix de "
                    "la liste, pas de valeur par défaut) : les conventions restent « non chiffrées "
                    "».")
