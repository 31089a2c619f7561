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
)


class PpiClause(Clause):
    """Co-construction of the multi-year investment plan (PPI), ending in a vote."""

    max_citizen_proposals: Param[Staff] = Field(alias="max_propositions_citoyennes")
    spokespeople: Param[Members] = Field(alias="porte_paroles_par_proposition")
    campaign_months: Param[Months] = Field(alias="duree_campagne_mois")
    decision_rule: Param[Literal["pluralite", "majorite_absolue"]] = Field(alias="regle_de_decision")
    council_ratifies: Param[bool] = Field(alias="ratification_cm")


class PluihdClause(Clause):
    """Co-construction of PLUIHD changes with quartier councils and the citizen council."""

    quartier_reviews: Param[PosPerYear] = Field(alias="relectures_conseils_de_quartier")
    citizen_council_approval: Param[bool] = Field(alias="approbation_conseil_citoyen")
    referendum_on_conflict: Param[bool] = Field(alias="referendum_en_cas_de_conflit")


class CostClause(Clause):
    """Cost inputs of the pact's yearly budget (the seed's « Quel coût ? » table).

    Counts (members, hours, participants, sessions, quartiers, budgets) come from the other
    clauses; this clause holds prices, salaries and unit costs the table needs.
    """

    smic_hourly_eur: Param[Euros] = Field(alias="smic_horaire_eur")
    bus_ticket_eur: Param[Euros] = Field(alias="prix_ticket_bus_eur")
    paid_months_per_year: Param[Annotated[int, Field(ge=0, le=12)]] = Field(
        alias="mois_indemnises_par_an"
    )
    childcare_smic_multiple: Param[SmicMultiple] = Field(
        alias="garde_enfants_multiple_smic"
    )
    committee_allowance_smic_multiple: Param[SmicMultiple] = Field(
        alias="indemnite_commissions_multiple_smic"
    )
    citizen_council_meetings_per_month: Param[PerMonth] = Field(
        alias="reunions_conseil_citoyen_par_mois"
    )
    manager_salary_eur: Param[Euros] = Field(alias="salaire_brut_annuel_cadre_eur")
    supervisor_salary_eur: Param[Euros] = Field(alias="salaire_brut_annuel_agent_maitrise_eur")
    apprentice_salary_eur: Param[Euros] = Field(alias="salaire_brut_annuel_alternant_eur")
    employer_charges_pct: Param[Annotated[float, Field(ge=0, le=200)]] = Field(
        alias="charges_employeur_pct"
    )
    office_operating_eur: Param[Euros] = Field(alias="frais_bureautique_logistique_eur_par_an")
    office_investment_eur: Param[Euros] = Field(alias="equipement_investissement_eur_par_an")
    votation_unit_eur: Param[Euros] = Field(alias="cout_unitaire_votation_eur")
    votations_budgeted_per_year: Param[PerYear] = Field(alias="votations_budgetees_par_an")
    convention_unit_eur: Param[Euros] = Field(alias="cout_unitaire_convention_eur")
