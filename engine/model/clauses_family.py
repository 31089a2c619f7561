"""The families of issue 9 § 1: votes of every kind (« votations ») and bodies drawn by lot
(« assemblees_tirees_au_sort »), each a list whose items are clauses with an ``id``.

Seeds: 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles, § Référendums municipaux ;
003/004 (catalogues of other lists: Poitiers' « Assemblée citoyenne et populaire »).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, model_validator

from engine.model.clause import Clause
from engine.model.clauses_common import Electorate
from engine.model.clauses_free import ID_PATTERN, unique_ids
from engine.model.params import (
    STRICT,
    MeetingHours,
    Members,
    Months,
    Param,
    Percent,
    PeriodMonths,
    PerYear,
    PosMembers,
    Signatures,
    SmicMultiple,
)

#: The legal frame of a vote: decisional referendum (LO1112-1 ff.), consultation of electors
#: (L1112-15 ff.), non-binding association of the public (CRPA L131-1), unofficial votation.
Frame = Literal["referendum_decisionnel", "consultation", "participation", "votation_citoyenne"]
#: Who may trigger a vote.
Trigger = Literal["petition", "conseil", "maire", "organe_tire_au_sort"]
#: What the vote may be about.
Subject = Literal["competence_du_conseil", "competence_du_maire", "actes_individuels"]
#: What the council commits to do with the result.
FollowUp = Literal["avis", "debat_au_conseil", "adoption_si_oui"]
#: A power of a body drawn by lot.
Power = Literal["avis", "initiative", "saisine_du_conseil", "audit", "codecision"]
#: what a body drawn by lot gives its opinions, proposals or co-decisions on
Domain = Literal["budget", "urbanisme"]
#: A criterion a drawing can be stratified on: the columns a pool of volunteers carries.
Criterion = Literal["quartier", "genre", "csp", "tranche_age"]


class VoteProcedure(Clause):
    """Une votation de la famille « votations » : qui la déclenche, son cadre légal, qui
    vote, sur quoi, avec quel quorum, à quelles dates, et ce que le conseil fait du résultat."""

    id: str = Field(pattern=ID_PATTERN, max_length=80, description="Identifiant de la votation")
    frame: Param[Frame] = Field(
        alias="cadre", description="Cadre légal : referendum_decisionnel, consultation, "
        "participation (CRPA L131-1) ou votation_citoyenne (hors cadre légal)")
    triggers: Param[list[Trigger]] = Field(
        alias="declenchement", description="Qui déclenche : petition, conseil, maire, "
        "organe_tire_au_sort (au moins un)")
    petition_pct: Param[Percent] | None = Field(
        default=None, alias="seuil_petition_pct", description="Pétition : part des électeurs "
        "inscrits qui doivent signer ; absente : pas de seuil en pourcentage")
    petition_signatures: Param[Signatures] | None = Field(
        default=None, alias="seuil_petition_signatures", description="Pétition : nombre de "
        "signatures ; avec un pourcentage, le plus exigeant des deux s'applique")
    trigger_body: Param[str] | None = Field(
        default=None, alias="organe_declencheur", description="Identifiant de l'assemblée tirée "
        "au sort qui peut déclencher le vote ; absent : aucune")
    voters: Param[Electorate] = Field(alias="votants", description="Corps électoral")
    subject: Param[Subject] = Field(
        alias="objet", description="Objet du vote : competence_du_conseil, competence_du_maire "
        "ou actes_individuels")
    quorum_pct: Param[Percent] | None = Field(
        default=None, alias="quorum_pct", description="Participation minimale en % des "
        "inscrits ; absente : aucun quorum")
    min_yes: Param[Signatures] | None = Field(
        default=None, alias="minimum_oui", description="Nombre minimal de oui pour que le "
        "résultat compte ; absent : la majorité des suffrages exprimés suffit")
    period_months: Param[PeriodMonths] | None = Field(
        default=None, alias="periodicite_mois", description="Votes groupés tous les N mois ; "
        "absent : pas de regroupement")
    max_per_year: Param[PerYear] | None = Field(
        default=None, alias="max_par_an", description="Nombre maximal de jours de vote par an ; "
        "absent : pas de plafond")
    spacing_months: Param[Months] | None = Field(
        default=None, alias="espacement_meme_objet_mois", description="Délai minimal entre deux "
        "votes sur le même objet ; absent : le pacte ne le dit pas (la loi impose un an pour un "
        "référendum ou une consultation)")
    fixed_dates: Param[list[date]] | None = Field(
        default=None, alias="dates_fixes", description="Jours de vote fixés d'avance ; absents : "
        "aucun")
    follow_up: Param[FollowUp] = Field(
        alias="suite_donnee", description="Ce que le conseil s'engage à faire du résultat : avis, "
        "debat_au_conseil ou adoption_si_oui")


class Category(BaseModel):
    """Une catégorie d'une strate : son code (tel que le scénario et le vivier l'écrivent) et
    sa part des sièges ou son nombre de sièges."""

    model_config = STRICT

    code: str = Field(min_length=1, description="Code de la catégorie, tel que le scénario et le "
                                                "vivier l'écrivent (nom de quartier, femme…)")
    share_pct: Percent | None = Field(default=None, alias="part_pct",
                                      description="Part des sièges, en %")
    count: Members | None = Field(default=None, alias="nombre", description="Nombre de sièges")

    @model_validator(mode="after")
    def _one(self) -> Category:
        if (self.share_pct is None) == (self.count is None):
            raise ValueError(f"catégorie « {self.code} » : indiquer soit « part_pct », soit "
                             "« nombre », et pas les deux")
        return self


class Stratum(BaseModel):
    """Une strate du tirage au sort : un critère et ses catégories."""

    model_config = STRICT

    criterion: Criterion = Field(alias="critere", description="quartier, genre, csp ou "
                                 "tranche_age (les colonnes du vivier)")
    categories: list[Category] = Field(min_length=1, description="Catégories et leurs sièges")

    @model_validator(mode="after")
    def _sound(self) -> Stratum:
        codes = [c.code for c in self.categories]
        if len(set(codes)) != len(codes):
            raise ValueError(f"strate « {self.criterion} » : catégorie en double")
        total = sum(c.share_pct or 0 for c in self.categories)
        if total > 100:
            raise ValueError(f"strate « {self.criterion} » : les parts totalisent {total:g} %, "
                             "plus de 100 %")
        return self


class Assembly(Clause):
    """Une assemblée tirée au sort, permanente ou ponctuelle (convention) : taille, strates,
    renouvellement, réunions, pouvoirs, défraiement, publicité des séances."""

    id: str = Field(pattern=ID_PATTERN, max_length=80, description="Identifiant de l'assemblée")
    kind: Param[Literal["permanente", "ponctuelle"]] = Field(
        alias="nature", description="permanente (assemblée) ou ponctuelle (convention)")
    members: Param[PosMembers] = Field(alias="membres", description="Nombre de membres tirés au sort")
    strata: Param[list[Stratum]] = Field(
        alias="strates", description="Strates du tirage : critère et catégories (part ou nombre)")
    renewal_months: Param[PeriodMonths] | None = Field(
        default=None, alias="renouvellement_mois", description="Renouvellement tous les N mois ; "
        "absent : pas de renouvellement (assemblée ponctuelle)")
    meetings_per_year: Param[PerYear] = Field(alias="reunions_par_an",
                                              description="Réunions par an")
    meeting_hours: Param[MeetingHours] | None = Field(
        default=None, alias="duree_reunion_heures", description="Durée d'une réunion ; absente : "
        "le coût du défraiement n'est pas chiffré")
    powers: Param[list[Power]] = Field(
        alias="pouvoirs", description="avis, initiative, saisine_du_conseil, audit, codecision")
    domains: Param[list[Domain]] | None = Field(
        default=None, alias="domaines", description="Domaines de ses avis, propositions et "
        "co-décisions : budget (budget et investissements), urbanisme (plan local "
        "d'urbanisme) ; absent ou vide : toutes les délibérations du conseil")
    allowance_smic_multiple: Param[SmicMultiple] | None = Field(
        default=None, alias="indemnite_multiple_smic", description="Défraiement par heure de "
        "réunion, en multiple du SMIC horaire ; absent : pas de défraiement")
    public_sessions: Param[bool] = Field(alias="seances_publiques",
                                         description="Séances ouvertes au public")

    @model_validator(mode="after")
    def _counts_fit(self) -> Assembly:
        seats = self.members.at()
        for stratum in self.strata.at():
            counted = sum(c.count or 0 for c in stratum.categories)
            if counted > seats:
                raise ValueError(f"assemblée « {self.id} », strate « {stratum.criterion} » : "
                                 f"{counted} sièges comptés pour {seats} membres")
        return self


#: The pact's votes, ids unique.
VoteProcedures = Annotated[list[VoteProcedure], AfterValidator(unique_ids("votations"))]
#: The pact's bodies drawn by lot, ids unique.
Assemblies = Annotated[list[Assembly], AfterValidator(unique_ids("assemblees_tirees_au_sort"))]

