"""The schema of a pact de gouvernance: every clause is optional, every value cited.

French keys (aliases) are the words of the pact file; attributes are English.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from engine.model.clause import Clause
from engine.model.params import (
    MAX_BODY_MEMBERS,
    MAX_MANDATE_MONTHS,
    STRICT,
    Days,
    Euros,
    Hours,
    MeetingHours,
    Members,
    MonthNumber,
    Months,
    Param,
    Percent,
    PeriodMonths,
    PerMonth,
    PerYear,
    PosMembers,
    PosPerMonth,
    PosPerYear,
    PosSeats,
    Seats,
    Signatures,
    SmicMultiple,
    Source,
    Staff,
    Tickets,
)

Weekday = Literal["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
Electorate = Literal["electeurs_inscrits", "electeurs_et_ue", "habitants_16_ans", "habitants"]


class PetitionClause(Clause):
    """Votation propositionnelle: a petition of electors leads to a council decision or a vote."""

    threshold_pct: Param[Percent] = Field(alias="seuil_pct")
    threshold_absolute: Param[Signatures] | None = Field(default=None, alias="seuil_absolu")
    signatories: Param[Electorate] = Field(alias="signataires")
    collection_months: Param[Months] = Field(alias="delai_collecte_mois")
    dpc_check_days: Param[Days] = Field(alias="delai_verification_dpc_jours")
    campaign_months: Param[Months] = Field(alias="duree_campagne_mois")
    votation_period_months: Param[PeriodMonths] = Field(alias="periodicite_votations_mois")
    max_votations_per_year: Param[PerYear] = Field(alias="max_votations_par_an")
    quorum_pct: Param[Percent] = Field(alias="quorum_pct")
    result_binding: Param[bool] = Field(alias="resultat_contraignant")
    voters: Param[Electorate] = Field(alias="votants")
    vote_day: Param[Weekday] = Field(alias="jour_de_vote")
    vote_day_rank: Param[Literal[1, 2, 3, 4]] = Field(alias="rang_jour_de_vote")


class AbrogationClause(Clause):
    """Votation abrogatoire: a request then 500 signatures suspend a deliberation until a vote."""

    request_months: Param[Months] = Field(alias="delai_demande_mois")
    collection_months: Param[Months] = Field(alias="delai_collecte_mois")
    signatures_required: Param[Signatures] = Field(alias="signatures_requises")
    dpc_check_days: Param[Days] = Field(alias="delai_verification_dpc_jours")
    council_trigger_days: Param[Days] = Field(alias="delai_declenchement_cm_jours")
    campaign_months: Param[Months] = Field(alias="duree_campagne_mois")
    suspends_execution: Param[bool] = Field(alias="suspension_execution")
    quorum_pct: Param[Percent] = Field(alias="quorum_pct")
    result_binding: Param[bool] = Field(alias="resultat_contraignant")
    voters: Param[Electorate] = Field(alias="votants")
    vote_day: Param[Weekday] = Field(alias="jour_de_vote")


class ReferendumClause(Clause):
    """Référendum municipal (LO1112-1 ff.) and the pact's promise to follow it anyway."""

    turnout_pct: Param[Percent] = Field(alias="participation_min_pct")
    majority_pct: Param[Percent] = Field(alias="majorite_suffrages_pct")
    follow_without_quorum: Param[bool] = Field(alias="suivre_sans_quorum")
    min_per_mandate: Param[PerYear] = Field(alias="minimum_par_mandat")


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


class RevocationClause(Clause):
    """Consultation de révocation of an elected pair after an unfavourable opinion."""

    debate_days: Param[Days] = Field(alias="debat_public_jours")
    majority_pct: Param[Percent] = Field(alias="majorite_suffrages_pct")
    outcome_if_yes: Param[Literal["demission_demandee", "revocation_automatique"]] = Field(
        alias="effet_du_oui"
    )
    vote_day: Param[Weekday] = Field(alias="jour_de_vote")


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


class ConventionClause(Clause):
    """Conventions citoyennes on complex, conflictual subjects."""

    max_per_year: Param[PerYear] = Field(alias="max_par_an")
    drawn_by_lot: Param[bool] = Field(alias="tirage_au_sort")


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


class StaffAuditClause(Clause):
    """Audit of the Dir'Cab / DGS pair by the citizen council."""

    period_months: Param[PeriodMonths] = Field(alias="periodicite_audit_mois")
    dismissal_proposed_to: Param[Literal["bureau_executif", "maire"]] = Field(
        alias="destitution_proposee_a"
    )


class DpcClause(Clause):
    """Direction du Pouvoir Citoyen: the service that runs the pact's procedures."""

    managers: Param[Staff] = Field(alias="cadres")
    supervisors: Param[Staff] = Field(alias="agents_de_maitrise")
    apprentices: Param[Staff] = Field(alias="alternants")


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


def clause_keys() -> list[str]:
    """Every clause key the schema knows (for messages about unknown clauses)."""
    return [f.alias or n for n, f in Pact.model_fields.items() if n != "info"]


def dump_param(param: Param[Any]) -> Any:
    """A parameter's value(s) as JSON-ready data."""
    if param.values is not None:
        return {d.isoformat(): v for d, v in sorted(param.values.items())}
    return param.value
