"""Clauses of the pact's bodies: Conseil Citoyen, bureau exécutif, commissions, conseil
municipal (L2121-7), conseils de quartier, Direction du Pouvoir Citoyen, audit Dir'Cab / DGS."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator

from engine.model.clause import Clause
from engine.model.clauses_common import Weekday
from engine.model.params import (
    MAX_MANDATE_MONTHS,
    Euros,
    Hours,
    MeetingHours,
    Members,
    MonthNumber,
    Param,
    Percent,
    PeriodMonths,
    PerMonth,
    PosMembers,
    PosPerMonth,
    PosPerYear,
    PosSeats,
    SmicMultiple,
    Staff,
    Tickets,
)


class CitizenCouncilClause(Clause):
    """Conseil Citoyen: 30 people drawn by lot who audit the elected pairs."""

    members: Param[PosMembers] = Field(alias="membres")
    per_quartier: Param[Members] = Field(alias="membres_par_quartier")
    women_min_pct: Param[Percent] = Field(alias="part_femmes_min_pct")
    stratified_on: Param[list[str]] = Field(alias="stratification")
    renewal_months: Param[PeriodMonths] = Field(alias="renouvellement_mois")
    first_audit_month: Param[PeriodMonths] = Field(alias="debut_audits_mois_du_mandat")
    months_without_meeting: Param[list[MonthNumber]] = Field(alias="mois_sans_reunion")
    audits_per_meeting: Param[Members] = Field(alias="audits_par_reunion")
    audit_period_months: Param[PeriodMonths] = Field(alias="periodicite_audit_mois")
    work_meeting_day: Param[Weekday] = Field(alias="jour_reunion_travail")
    work_meeting_rank: Param[Literal[1, 2, 3, 4]] = Field(alias="rang_reunion_travail")
    audit_meeting_day: Param[Weekday] = Field(alias="jour_soiree_audition")
    audit_meeting_rank: Param[Literal[1, 2, 3, 4]] = Field(alias="rang_soiree_audition")
    meeting_hours: Param[MeetingHours] = Field(alias="duree_reunion_heures")
    personal_work_hours_per_month: Param[Hours] = Field(alias="travail_personnel_heures_par_mois")
    allowance_smic_multiple: Param[SmicMultiple] = Field(alias="indemnite_multiple_smic")
    bus_tickets_per_month: Param[Tickets] = Field(alias="tickets_bus_par_mois")
    can_request_revocation: Param[bool] = Field(alias="peut_demander_revocation")
    decision_powers: Param[bool] = Field(alias="pouvoir_de_decision")

    @field_validator("per_quartier")
    @classmethod
    def _quartier_seats(cls, per_quartier: Param[int], info: ValidationInfo) -> Param[int]:
        members = info.data.get("members")
        if members is not None and per_quartier.at() > members.at():
            raise ValueError(
                f"{per_quartier.at()} membres par quartier pour un conseil de {members.at()} "
                "membres — un quartier ne peut pas avoir plus de sièges que le conseil entier")
        return per_quartier


class BureauClause(Clause):
    """Bureau exécutif: meets twice a month, prepares the council's agenda."""

    meetings_per_month: Param[PosPerMonth] = Field(alias="reunions_par_mois")
    meeting_day: Param[Weekday] = Field(alias="jour_reunion")
    meeting_ranks: Param[list[Literal[1, 2, 3, 4]]] = Field(alias="rangs_dans_le_mois")
    voting_members: Param[PosSeats] = Field(alias="membres_votants")
    public_minutes: Param[bool] = Field(alias="compte_rendu_public")


class CommitteesClause(Clause):
    """Open working committees."""

    names: Param[list[str]] = Field(alias="commissions")
    participants: Param[Staff] = Field(alias="participants_par_commission")
    hours_per_month: Param[Hours] = Field(alias="heures_par_mois_par_personne")
    bus_tickets_per_month: Param[Tickets] = Field(alias="tickets_bus_par_mois")
    open_to_residents: Param[bool] = Field(alias="ouvertes_a_tous_les_habitants")
    decision_powers: Param[bool] = Field(alias="pouvoir_de_decision")


class CouncilClause(Clause):
    """Conseil municipal: sessions, question time, bus tickets for citizens attending."""

    sessions_per_year: Param[PosPerYear] = Field(alias="sessions_par_an")
    session_day: Param[Weekday] = Field(alias="jour_session")
    session_rank: Param[Literal[1, 2, 3, 4]] = Field(alias="rang_dans_le_mois")
    session_months: Param[list[MonthNumber]] = Field(alias="mois_de_session")
    interpellation_hours: Param[MeetingHours] = Field(alias="heures_interpellations_par_session")
    bus_tickets_per_session: Param[Tickets] = Field(alias="tickets_bus_par_session")

    @field_validator("session_months")
    @classmethod
    def _some_session(cls, months: Param[list[int]]) -> Param[list[int]]:
        for listed in [months.value, *(months.values or {}).values()]:
            if listed is not None and not listed:
                raise ValueError("la liste des mois de séance est vide — le conseil municipal se "
                                 "réunit au moins une fois par trimestre (L2121-7)")
        return months


class QuartierCouncilsClause(Clause):
    """Conseils de quartier: open assemblies with a yearly investment budget each."""

    count: Param[PosMembers] = Field(alias="nombre")
    budget_per_year_eur: Param[Euros] = Field(alias="budget_annuel_par_quartier_eur")
    budget_years: Param[Annotated[int, Field(ge=1, le=MAX_MANDATE_MONTHS // 12)]] = Field(alias="duree_budget_annees")
    carry_over: Param[bool] = Field(alias="report_du_reliquat")
    spent_by_city: Param[bool] = Field(alias="travaux_realises_par_la_ville")
    decision_powers: Param[bool] = Field(alias="decident_du_budget")
    plenary_per_month: Param[PerMonth] = Field(alias="plenieres_par_mois")
    report_months: Param[PeriodMonths] = Field(alias="compte_rendu_mois")
    childcare_hours_per_month: Param[Hours] = Field(alias="garde_enfants_heures_par_mois")
    childcare_people: Param[Staff] = Field(alias="personnes_aidees_par_conseil")


class DpcClause(Clause):
    """Direction du Pouvoir Citoyen: the service that runs the pact's procedures."""

    managers: Param[Staff] = Field(alias="cadres")
    supervisors: Param[Staff] = Field(alias="agents_de_maitrise")
    apprentices: Param[Staff] = Field(alias="alternants")


class StaffAuditClause(Clause):
    """Audit of the Dir'Cab / DGS pair by the citizen council."""

    period_months: Param[PeriodMonths] = Field(alias="periodicite_audit_mois")
    dismissal_proposed_to: Param[Literal["bureau_executif", "maire"]] = Field(
        alias="destitution_proposee_a"
    )
