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
    informative,
)


class CitizenCouncilClause(Clause):
    """Conseil Citoyen : des habitant·es tiré·es au sort qui auditent les binômes d'élu·es
    (000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC))."""

    members: Param[PosMembers] = Field(
        alias="membres", json_schema_extra={"unite": "personnes"},
        description="Nombre de membres tirés au sort (30 à Chambéry).")
    per_quartier: Param[Members] = Field(
        alias="membres_par_quartier", json_schema_extra={"unite": "personnes"},
        description="Sièges réservés à chaque quartier (au plus le nombre de membres).")
    women_min_pct: Param[Percent] = Field(
        alias="part_femmes_min_pct", json_schema_extra={"unite": "pourcent"},
        description="Part minimale de femmes parmi les membres, en pourcentage.")
    stratified_on: Param[list[str]] = Field(
        alias="stratification", json_schema_extra={"unite": "liste"},
        description="Critères du tirage stratifié (par exemple : quartier, genre, csp, age).")
    renewal_months: Param[PeriodMonths] = Field(
        alias="renouvellement_mois", json_schema_extra={"unite": "mois"},
        description="Durée d'un mandat de membre avant renouvellement, en mois.")
    first_audit_month: Param[PeriodMonths] = Field(
        alias="debut_audits_mois_du_mandat", json_schema_extra={"unite": "mois"},
        description="Mois du mandat municipal où commencent les audits (1 = premier mois).")
    months_without_meeting: Param[list[MonthNumber]] = Field(
        alias="mois_sans_reunion", json_schema_extra={"unite": "liste"},
        description="Mois de l'année sans réunion (numéros de 1 à 12, par exemple [7, 8] pour "
                    "l'été).")
    audits_per_meeting: Param[Members] = Field(
        alias="audits_par_reunion", json_schema_extra={"unite": "binomes"},
        description="Nombre de binômes audités à chaque soirée d'audition.")
    audit_period_months: Param[PeriodMonths] = Field(
        alias="periodicite_audit_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux audits d'un même binôme, en mois.")
    work_meeting_day: Param[Weekday] = Field(
        alias="jour_reunion_travail", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine de la réunion de travail mensuelle (lundi … dimanche).")
    work_meeting_rank: Param[Literal[1, 2, 3, 4]] = Field(
        alias="rang_reunion_travail", json_schema_extra={"unite": "nombre"},
        description="Rang de ce jour dans le mois : 1 pour le premier, jusqu'à 4.")
    audit_meeting_day: Param[Weekday] = Field(
        alias="jour_soiree_audition", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine de la soirée d'audition mensuelle (lundi … dimanche).")
    audit_meeting_rank: Param[Literal[1, 2, 3, 4]] = Field(
        alias="rang_soiree_audition", json_schema_extra={"unite": "nombre"},
        description="Rang de ce jour dans le mois : 1 pour le premier, jusqu'à 4.")
    meeting_hours: Param[MeetingHours] = Field(
        alias="duree_reunion_heures", json_schema_extra={"unite": "heures"},
        description="Durée d'une réunion, en heures.")
    personal_work_hours_per_month: Param[Hours] = Field(
        alias="travail_personnel_heures_par_mois", json_schema_extra={"unite": "heures"},
        description="Travail personnel de chaque membre en dehors des réunions, en heures par "
                    "mois.")
    allowance_smic_multiple: Param[SmicMultiple] = Field(
        alias="indemnite_multiple_smic", json_schema_extra={"unite": "nombre"},
        description="Indemnité horaire des membres, en multiple du SMIC horaire (1 = un SMIC).")
    bus_tickets_per_month: Param[Tickets] = Field(
        alias="tickets_bus_par_mois", json_schema_extra={"unite": "nombre"},
        description="Tickets de bus remis à chaque membre par mois.")
    can_request_revocation: Param[bool] = Field(
        alias="peut_demander_revocation", json_schema_extra={"unite": "booleen"},
        description="true si le Conseil Citoyen peut déclencher une consultation de révocation.")
    decision_powers: Param[bool] = Field(
        alias="pouvoir_de_decision", json_schema_extra={"unite": "booleen"},
        description="true si le pacte donne au Conseil Citoyen un pouvoir de décision (le moteur "
                    "vérifie alors la compétence du conseil municipal).")

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
    """Bureau exécutif : se réunit chaque mois à jours fixes et prépare l'ordre du jour du conseil
    municipal (000_721ebb8a9b1c3e2a.txt § Le bureau exécutif)."""

    meetings_per_month: Param[PosPerMonth] = Field(
        alias="reunions_par_mois", json_schema_extra={"unite": "reunions"},
        description="Nombre de réunions du bureau exécutif par mois.")
    meeting_day: Param[Weekday] = Field(
        alias="jour_reunion", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine des réunions (lundi … dimanche).")
    meeting_ranks: Param[list[Literal[1, 2, 3, 4]]] = Field(
        alias="rangs_dans_le_mois", json_schema_extra={"unite": "liste"},
        description="Rangs de ce jour dans le mois, par exemple [1, 3] pour le 1er et le 3e.")
    voting_members: Param[PosSeats] = Field(
        alias="membres_votants", json_schema_extra={"unite": "personnes"},
        description="Nombre de membres qui votent au bureau exécutif.")
    public_minutes: Param[bool] = informative(
        "compte_rendu_public",
        "engagement de transparence dont le pacte ne fixe ni le délai ni la forme : aucune "
        "date, charge ni pouvoir à en tirer",
        extra={"unite": "booleen"},
        description="true si le compte rendu des réunions est public.")


class CommitteesClause(Clause):
    """Commissions de travail ouvertes aux habitant·es (000_721ebb8a9b1c3e2a.txt § Les commissions
    de travail (ouvertes))."""

    names: Param[list[str]] = Field(
        alias="commissions", json_schema_extra={"unite": "liste"},
        description="Noms des commissions de travail.")
    participants: Param[Staff] = Field(
        alias="participants_par_commission", json_schema_extra={"unite": "personnes"},
        description="Nombre de participant·es attendu·es par commission.")
    hours_per_month: Param[Hours] = Field(
        alias="heures_par_mois_par_personne", json_schema_extra={"unite": "heures"},
        description="Temps passé par chaque participant·e, en heures par mois.")
    bus_tickets_per_month: Param[Tickets] = Field(
        alias="tickets_bus_par_mois", json_schema_extra={"unite": "nombre"},
        description="Tickets de bus remis à chaque participant·e par mois.")
    open_to_residents: Param[bool] = Field(
        alias="ouvertes_a_tous_les_habitants", json_schema_extra={"unite": "booleen"},
        description="true si toute personne habitant la commune peut participer.")
    decision_powers: Param[bool] = Field(
        alias="pouvoir_de_decision", json_schema_extra={"unite": "booleen"},
        description="true si le pacte donne aux commissions un pouvoir de décision (le moteur "
                    "vérifie alors la compétence du conseil municipal).")


class CouncilClause(Clause):
    """Conseil municipal : séances (au moins une par trimestre, L2121-7), temps d'interpellation
    citoyenne, tickets de bus pour le public (000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal
    (CM))."""

    sessions_per_year: Param[PosPerYear] = Field(
        alias="sessions_par_an", json_schema_extra={"unite": "sessions"},
        description="Nombre de séances du conseil municipal par an (au moins 4, L2121-7).")
    session_day: Param[Weekday] = Field(
        alias="jour_session", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine des séances (lundi … dimanche).")
    session_rank: Param[Literal[1, 2, 3, 4]] = Field(
        alias="rang_dans_le_mois", json_schema_extra={"unite": "nombre"},
        description="Rang de ce jour dans le mois : 1 pour le premier, jusqu'à 4.")
    session_months: Param[list[MonthNumber]] = Field(
        alias="mois_de_session", json_schema_extra={"unite": "liste"},
        description="Mois de l'année où le conseil siège (numéros de 1 à 12) ; au moins un par "
                    "trimestre (L2121-7).")
    interpellation_hours: Param[MeetingHours] = Field(
        alias="heures_interpellations_par_session", json_schema_extra={"unite": "heures"},
        description="Temps réservé aux interpellations citoyennes à chaque séance, en heures.")
    bus_tickets_per_session: Param[Tickets] = Field(
        alias="tickets_bus_par_session", json_schema_extra={"unite": "nombre"},
        description="Tickets de bus offerts au public par séance.")

    @field_validator("session_months")
    @classmethod
    def _some_session(cls, months: Param[list[int]]) -> Param[list[int]]:
        for listed in [months.value, *(months.values or {}).values()]:
            if listed is not None and not listed:
                raise ValueError("la liste des mois de séance est vide — le conseil municipal se "
                                 "réunit au moins une fois par trimestre (L2121-7)")
        return months


class QuartierCouncilsClause(Clause):
    """Conseils de quartier : assemblées ouvertes dotées chacune d'un budget annuel
    d'investissement (000_721ebb8a9b1c3e2a.txt § Les nouveaux pouvoirs des conseils de
    quartier)."""

    count: Param[PosMembers] = Field(
        alias="nombre", json_schema_extra={"unite": "nombre"},
        description="Nombre de conseils de quartier.")
    budget_per_year_eur: Param[Euros] = Field(
        alias="budget_annuel_par_quartier_eur", json_schema_extra={"unite": "euros_par_an"},
        description="Budget d'investissement de chaque conseil, en euros par an.")
    budget_years: Param[Annotated[int, Field(ge=1, le=MAX_MANDATE_MONTHS // 12)]] = Field(
        alias="duree_budget_annees", json_schema_extra={"unite": "nombre"},
        description="Nombre d'années du mandat pendant lesquelles ce budget est versé.")
    carry_over: Param[bool] = Field(
        alias="report_du_reliquat", json_schema_extra={"unite": "booleen"},
        description="true si le budget non dépensé d'une année est reporté sur la suivante.")
    spent_by_city: Param[bool] = Field(
        alias="travaux_realises_par_la_ville", json_schema_extra={"unite": "booleen"},
        description="true si les services de la ville réalisent les travaux décidés.")
    decision_powers: Param[bool] = Field(
        alias="decident_du_budget", json_schema_extra={"unite": "booleen"},
        description="true si les conseils décident eux-mêmes de l'emploi de leur budget (le "
                    "moteur vérifie alors la compétence du conseil municipal).")
    plenary_per_month: Param[PerMonth] = Field(
        alias="plenieres_par_mois", json_schema_extra={"unite": "reunions"},
        description="Nombre d'assemblées plénières par mois.")
    report_months: Param[PeriodMonths] = Field(
        alias="compte_rendu_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux comptes rendus au conseil municipal, en mois.")
    childcare_hours_per_month: Param[Hours] = Field(
        alias="garde_enfants_heures_par_mois", json_schema_extra={"unite": "heures"},
        description="Heures de garde d'enfants offertes par conseil, par mois.")
    childcare_people: Param[Staff] = Field(
        alias="personnes_aidees_par_conseil", json_schema_extra={"unite": "personnes"},
        description="Nombre de personnes dont la garde d'enfants est prise en charge, par "
                    "conseil.")
    may_petition: Param[bool] | None = Field(
        default=None, alias="peuvent_lancer_petitions", json_schema_extra={"unite": "booleen"},
        description="true si un conseil de quartier peut lancer lui-même une pétition de "
                    "votation propositionnelle ou une demande d'abrogation (graphe des "
                    "pouvoirs). Facultatif ; sans valeur : le pacte ne le dit pas, aucun lien.")


class DpcClause(Clause):
    """Direction du Pouvoir Citoyen (DPC) : le service municipal qui fait vivre les procédures du
    pacte (000_721ebb8a9b1c3e2a.txt § Création d'une direction du pouvoir citoyen (DPC) au sein
    des services municipaux)."""

    managers: Param[Staff] = Field(
        alias="cadres", json_schema_extra={"unite": "personnes"},
        description="Nombre de cadres (catégorie A) de la DPC.")
    supervisors: Param[Staff] = Field(
        alias="agents_de_maitrise", json_schema_extra={"unite": "personnes"},
        description="Nombre d'agents de maîtrise de la DPC.")
    apprentices: Param[Staff] = Field(
        alias="alternants", json_schema_extra={"unite": "personnes"},
        description="Nombre d'alternant·es de la DPC.")


class StaffAuditClause(Clause):
    """Audit du binôme directeur·rice de cabinet / directeur·rice général·e des services par le
    Conseil Citoyen (000_721ebb8a9b1c3e2a.txt § La direction du cabinet)."""

    period_months: Param[PeriodMonths] = Field(
        alias="periodicite_audit_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux audits du binôme, en mois.")
    dismissal_proposed_to: Param[Literal["bureau_executif", "maire"]] = Field(
        alias="destitution_proposee_a", json_schema_extra={"unite": "texte"},
        description="À qui l'audit propose une destitution : bureau_executif ou maire.")
