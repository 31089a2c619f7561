"""Clauses of the citizens' votes: votation propositionnelle and abrogatoire, référendum
municipal (LO1112-1 ff.), consultation de révocation, conventions citoyennes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from engine.model.clause import Clause
from engine.model.clauses_common import Electorate, Weekday
from engine.model.params import Days, Months, Param, Percent, PeriodMonths, PerYear, Signatures


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


class RevocationClause(Clause):
    """Consultation de révocation of an elected pair after an unfavourable opinion."""

    debate_days: Param[Days] = Field(alias="debat_public_jours")
    majority_pct: Param[Percent] = Field(alias="majorite_suffrages_pct")
    outcome_if_yes: Param[Literal["demission_demandee", "revocation_automatique"]] = Field(
        alias="effet_du_oui"
    )
    vote_day: Param[Weekday] = Field(alias="jour_de_vote")


class ConventionClause(Clause):
    """Conventions citoyennes on complex, conflictual subjects."""

    max_per_year: Param[PerYear] = Field(alias="max_par_an")
    drawn_by_lot: Param[bool] = Field(alias="tirage_au_sort")
