"""Clauses of the citizens' votes: votation propositionnelle and abrogatoire, référendum
municipal (LO1112-1 ff.), consultation de révocation, conventions citoyennes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from engine.model.clause import Clause
from engine.model.clauses_common import Electorate, Weekday
from engine.model.params import Days, Months, Param, Percent, PeriodMonths, PerYear, Signatures


class PetitionClause(Clause):
    """Votation propositionnelle : une pétition signée par une part des électeurs, vérifiée par la
    DPC, est inscrite au conseil municipal, qui l'adopte ou la soumet au vote
    (000_721ebb8a9b1c3e2a.txt § Votations propositionnelles)."""

    threshold_pct: Param[Percent] = Field(
        alias="seuil_pct", json_schema_extra={"unite": "pourcent"},
        description="Signatures requises pour déposer une pétition, en pourcentage des électeurs "
                    "inscrits (3 % à Chambéry).")
    threshold_absolute: Param[Signatures] | None = Field(
        default=None, alias="seuil_absolu", json_schema_extra={"unite": "signatures"},
        description="Nombre arrondi de signatures que le pacte annonce à côté du pourcentage ; le"
                    " moteur applique le plus exigeant des deux. Facultatif ; sans valeur : seul "
                    "le pourcentage « seuil_pct » compte.")
    signatories: Param[Electorate] = Field(
        alias="signataires", json_schema_extra={"unite": "texte"},
        description="Qui peut signer : electeurs_inscrits, electeurs_et_ue, habitants_16_ans ou "
                    "habitants.")
    collection_months: Param[Months] = Field(
        alias="delai_collecte_mois", json_schema_extra={"unite": "mois"},
        description="Durée de collecte des signatures après le contrôle de recevabilité, en mois.")
    dpc_check_days: Param[Days] = Field(
        alias="delai_verification_dpc_jours", json_schema_extra={"unite": "jours"},
        description="Délai de vérification des signatures par la Direction du Pouvoir Citoyen, en"
                    " jours.")
    campaign_months: Param[Months] = Field(
        alias="duree_campagne_mois", json_schema_extra={"unite": "mois"},
        description="Durée minimale de la campagne pour et contre avant la votation, en mois.")
    votation_period_months: Param[PeriodMonths] = Field(
        alias="periodicite_votations_mois", json_schema_extra={"unite": "mois"},
        description="Intervalle entre deux jours de votation groupés, en mois (tous les 3 mois à "
                    "Chambéry).")
    max_votations_per_year: Param[PerYear] = Field(
        alias="max_votations_par_an", json_schema_extra={"unite": "votations"},
        description="Nombre maximal de jours de votation par année civile.")
    quorum_pct: Param[Percent] = Field(
        alias="quorum_pct", json_schema_extra={"unite": "pourcent"},
        description="Participation minimale pour que le résultat compte, en pourcentage des "
                    "inscrits (0 : aucun quorum).")
    result_binding: Param[bool] = Field(
        alias="resultat_contraignant", json_schema_extra={"unite": "booleen"},
        description="true si le conseil municipal s'engage à adopter la proposition quand le oui "
                    "l'emporte (engagement politique : le conseil reste seul compétent).")
    voters: Param[Electorate] = Field(
        alias="votants", json_schema_extra={"unite": "texte"},
        description="Corps électoral de la votation : electeurs_inscrits, electeurs_et_ue, "
                    "habitants_16_ans ou habitants.")
    vote_day: Param[Weekday] = Field(
        alias="jour_de_vote", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine des votations (lundi … dimanche).")
    vote_day_rank: Param[Literal[1, 2, 3, 4]] = Field(
        alias="rang_jour_de_vote", json_schema_extra={"unite": "nombre"},
        description="Rang de ce jour dans le mois de votation : 1 pour le premier, jusqu'à 4.")


class AbrogationClause(Clause):
    """Votation abrogatoire : une demande puis des signatures suspendent une délibération du
    conseil jusqu'à un vote qui peut l'abroger (000_721ebb8a9b1c3e2a.txt § Votations
    abrogatoires)."""

    request_months: Param[Months] = Field(
        alias="delai_demande_mois", json_schema_extra={"unite": "mois"},
        description="Délai après la séance du conseil pour annoncer une demande de votation "
                    "abrogatoire, en mois.")
    collection_months: Param[Months] = Field(
        alias="delai_collecte_mois", json_schema_extra={"unite": "mois"},
        description="Délai de collecte des signatures après l'annonce de la demande, en mois.")
    signatures_required: Param[Signatures] = Field(
        alias="signatures_requises", json_schema_extra={"unite": "signatures"},
        description="Nombre de signatures valides à réunir (500 à Chambéry).")
    dpc_check_days: Param[Days] = Field(
        alias="delai_verification_dpc_jours", json_schema_extra={"unite": "jours"},
        description="Délai de vérification des signatures par la Direction du Pouvoir Citoyen, en"
                    " jours.")
    council_trigger_days: Param[Days] = Field(
        alias="delai_declenchement_cm_jours", json_schema_extra={"unite": "jours"},
        description="Délai dans lequel le conseil municipal lance la campagne après transmission "
                    "des signatures, en jours.")
    campaign_months: Param[Months] = Field(
        alias="duree_campagne_mois", json_schema_extra={"unite": "mois"},
        description="Durée de la campagne avant le vote, en mois.")
    suspends_execution: Param[bool] = Field(
        alias="suspension_execution", json_schema_extra={"unite": "booleen"},
        description="true si la demande suspend l'exécution de la délibération visée jusqu'au "
                    "vote.")
    quorum_pct: Param[Percent] = Field(
        alias="quorum_pct", json_schema_extra={"unite": "pourcent"},
        description="Participation minimale pour que le résultat compte, en pourcentage des "
                    "inscrits (0 : aucun quorum).")
    result_binding: Param[bool] = Field(
        alias="resultat_contraignant", json_schema_extra={"unite": "booleen"},
        description="true si le conseil suivant s'engage à abroger quand le oui l'emporte "
                    "(engagement politique).")
    voters: Param[Electorate] = Field(
        alias="votants", json_schema_extra={"unite": "texte"},
        description="Corps électoral du vote : electeurs_inscrits, electeurs_et_ue, "
                    "habitants_16_ans ou habitants.")
    vote_day: Param[Weekday] = Field(
        alias="jour_de_vote", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine du vote, le premier après la fin de la campagne (lundi … "
                    "dimanche).")


class ReferendumClause(Clause):
    """Référendum municipal (LO1112-1 et suivants) et la promesse du pacte d'en suivre le résultat
    même sans quorum (000_721ebb8a9b1c3e2a.txt § Référendums municipaux)."""

    turnout_pct: Param[Percent] = Field(
        alias="participation_min_pct", json_schema_extra={"unite": "pourcent"},
        description="Participation minimale pour qu'un référendum décisionnel soit adopté, en "
                    "pourcentage des inscrits (50 % selon LO1112-7).")
    majority_pct: Param[Percent] = Field(
        alias="majorite_suffrages_pct", json_schema_extra={"unite": "pourcent"},
        description="Part des suffrages exprimés nécessaire à l'adoption, en pourcentage.")
    follow_without_quorum: Param[bool] = Field(
        alias="suivre_sans_quorum", json_schema_extra={"unite": "booleen"},
        description="true si la majorité s'engage à suivre le résultat même quand la "
                    "participation minimale n'est pas atteinte.")
    min_per_mandate: Param[PerYear] = Field(
        alias="minimum_par_mandat", json_schema_extra={"unite": "nombre"},
        description="Nombre minimal de référendums que la majorité s'engage à organiser pendant "
                    "le mandat.")


class RevocationClause(Clause):
    """Consultation de révocation d'un binôme d'élu·es après un avis défavorable du Conseil Citoyen
    (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen)."""

    debate_days: Param[Days] = Field(
        alias="debat_public_jours", json_schema_extra={"unite": "jours"},
        description="Délai entre l'avis défavorable du Conseil Citoyen et le débat public, en "
                    "jours.")
    majority_pct: Param[Percent] = Field(
        alias="majorite_suffrages_pct", json_schema_extra={"unite": "pourcent"},
        description="Part des suffrages exprimés nécessaire pour que la révocation soit demandée,"
                    " en pourcentage.")
    outcome_if_yes: Param[Literal["demission_demandee", "revocation_automatique"]] = Field(
        alias="effet_du_oui", json_schema_extra={"unite": "texte"},
        description="Effet d'un oui : demission_demandee (l'élu·e s'est engagé·e à démissionner) "
                    "ou revocation_automatique.")
    vote_day: Param[Weekday] = Field(
        alias="jour_de_vote", json_schema_extra={"unite": "texte"},
        description="Jour de la semaine de la consultation (lundi … dimanche).")


class ConventionClause(Clause):
    """Conventions citoyennes tirées au sort sur des sujets complexes et conflictuels
    (000_721ebb8a9b1c3e2a.txt § Conventions citoyennes sur des sujets complexes et
    conflictuels)."""

    max_per_year: Param[PerYear] = Field(
        alias="max_par_an", json_schema_extra={"unite": "nombre"},
        description="Nombre maximal de conventions citoyennes par an.")
    drawn_by_lot: Param[bool] = Field(
        alias="tirage_au_sort", json_schema_extra={"unite": "booleen"},
        description="true si les membres de la convention sont tirés au sort.")
