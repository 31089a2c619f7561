"""Clauses of participation and probity: budget participatif, droit d'interpellation,
transparence, charte éthique (issue 9 § 1; seeds 000, 003, 004).

Every parameter a list may leave unsaid is optional; its description says what the engine
does when it is absent.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from engine.model.clause import Clause
from engine.model.clauses_common import Electorate
from engine.model.params import (
    Days,
    Euros,
    MeetingHours,
    MonthNumber,
    Months,
    Param,
    Percent,
    PosInt,
    Signatures,
    informative,
)

#: Who a rule of the ethics charter binds: the mayor, the executive (mayor, adjoint·es,
#: conseiller·es délégué·es) or every councillor of the majority.
EthicsScope = Literal["maire", "executif", "elus_majorite"]
#: Where a participatory budget applies: the whole commune, or one envelope per quartier.
BudgetScope = Literal["commune", "quartiers"]


class ParticipatoryBudgetClause(Clause):
    """Budget participatif : une enveloppe annuelle dont les habitant·es proposent et votent
    les projets, que le conseil municipal inscrit ensuite au budget qu'il vote."""

    envelope_eur: Param[Euros] | None = Field(
        default=None, alias="enveloppe_annuelle_eur",
        description="Enveloppe annuelle en euros. Absente : l'enveloppe est un pourcentage "
                    "du budget d'investissement (« enveloppe_pct_investissement »).")
    envelope_pct: Param[Percent] | None = Field(
        default=None, alias="enveloppe_pct_investissement",
        description="Enveloppe en pourcentage des recettes réelles d'investissement de la "
                    "commune (chiffre du scénario). Absente : l'enveloppe est en euros.")
    scope: Param[BudgetScope] = Field(
        alias="perimetre", description="Toute la commune, ou une enveloppe par quartier.")
    proposers: Param[Electorate] = informative(
        "qui_propose",
        "déposer un projet est une association du public ouverte à tous (CRPA L131-1) : ni "
        "date, ni coût, ni verdict n'en dépend",
        description="Qui peut déposer un projet.")
    voters: Param[Electorate] = Field(
        alias="votants", description="Qui vote pour choisir les projets.")
    opening_month: Param[MonthNumber] = Field(
        alias="mois_ouverture",
        description="Mois de l'année où s'ouvre l'appel à projets (le 1er du mois).")
    proposal_months: Param[Months] = Field(
        alias="duree_depot_mois", description="Durée du dépôt des projets, en mois.")
    feasibility_months: Param[Months] = Field(
        alias="duree_etude_mois",
        description="Durée de l'étude de faisabilité par les services, en mois.")
    vote_days: Param[Days] = Field(
        alias="duree_vote_jours", description="Durée du vote des habitant·es, en jours.")
    project_cap_eur: Param[Euros] | None = Field(
        default=None, alias="plafond_par_projet_eur",
        description="Coût maximal d'un projet. Absent : seule l'enveloppe limite un projet.")
    carry_over: Param[bool] | None = Field(
        default=None, alias="report_du_reliquat",
        description="Le reliquat non dépensé s'ajoute à l'enveloppe suivante. Absent : il "
                    "est perdu en fin d'année.")
    result_binding: Param[bool] = Field(
        alias="resultat_contraignant",
        description="Le vote des habitant·es décide seul (vrai) ou le conseil s'engage à "
                    "l'inscrire au budget, qu'il vote (faux).")

    @model_validator(mode="after")
    def _one_envelope(self) -> ParticipatoryBudgetClause:
        if (self.envelope_eur is None) == (self.envelope_pct is None):
            raise ValueError("indiquer soit « enveloppe_annuelle_eur », soit "
                             "« enveloppe_pct_investissement », et pas les deux")
        return self


class InterpellationClause(Clause):
    """Droit d'interpellation : les citoyen·nes interpellent le conseil municipal, qui répond
    en séance et, au-delà d'un seuil de signatures, inscrit la question à son ordre du jour."""

    threshold_pct: Param[Percent] | None = Field(
        default=None, alias="seuil_pct",
        description="Signatures requises pour inscrire la question à l'ordre du jour, en "
                    "pourcentage des électeurs inscrits. Absent (et sans seuil absolu) : "
                    "toute interpellation, même individuelle, reçoit une réponse en séance.")
    threshold_absolute: Param[Signatures] | None = Field(
        default=None, alias="seuil_absolu",
        description="Nombre de signatures requis ; s'il dépasse le pourcentage, il s'applique.")
    signatories: Param[Electorate] | None = Field(
        default=None, alias="signataires",
        description="Qui peut interpeller ou signer. Absent : le pacte ne le précise pas "
                    "(à préciser dans le règlement intérieur).")
    filing_days: Param[Days] | None = Field(
        default=None, alias="depot_avant_seance_jours",
        description="L'interpellation est déposée au moins N jours avant la séance qui y "
                    "répond. Absent : elle est traitée à la séance qui suit son dépôt.")
    answer_days: Param[Days] | None = Field(
        default=None, alias="delai_reponse_jours",
        description="Délai maximal de réponse après le dépôt, en jours. Absent : la réponse "
                    "est donnée à la séance qui traite l'interpellation.")
    session_hours: Param[MeetingHours] | None = Field(
        default=None, alias="temps_en_seance_heures",
        description="Temps réservé aux interpellations à chaque séance. Absent : celui de la "
                    "clause « conseil_municipal » (heures_interpellations_par_session).")
    on_agenda: Param[bool] = Field(
        alias="inscription_ordre_du_jour",
        description="Une interpellation qui atteint le seuil est inscrite à l'ordre du jour "
                    "du conseil, pour débat et vote sur la suite à donner.")
    right_of_reply: Param[bool] | None = Field(
        default=None, alias="droit_de_replique",
        description="Les auteurs peuvent répondre à la réponse en séance. Absent : non prévu.")


class TransparencyClause(Clause):
    """Transparence : délibérations publiées avec un résumé en termes simples, comptes rendus
    et avis publics, séances retransmises, données ouvertes."""

    publication_days: Param[Days] | None = Field(
        default=None, alias="delai_publication_jours",
        description="Délai de publication en ligne des délibérations après la séance, en "
                    "jours. Absent : le délai légal d'affichage de la liste des "
                    "délibérations (une semaine, L2121-25).")
    plain_summary: Param[bool] = Field(
        alias="resume_en_langage_clair",
        description="Chaque délibération est publiée avec un résumé en termes simples.")
    summary_days: Param[Days] | None = Field(
        default=None, alias="delai_resume_jours",
        description="Délai de publication du résumé après la séance. Absent : le résumé "
                    "paraît avec la délibération.")
    minutes_public: Param[bool] | None = Field(
        default=None, alias="comptes_rendus_publics",
        description="Comptes rendus et relevés de décisions des instances publiés. Absent : "
                    "non prévu au-delà de la loi.")
    opinions_public: Param[bool] | None = Field(
        default=None, alias="avis_publics",
        description="Avis et recommandations du Conseil Citoyen et des conseils de quartier "
                    "publiés. Absent : non prévu.")
    livestream: Param[bool] | None = Field(
        default=None, alias="retransmission_seances",
        description="Séances du conseil retransmises en direct. Absent : non prévu.")
    open_data: Param[bool] | None = Field(
        default=None, alias="donnees_ouvertes",
        description="Données publiques mises en ligne en format ouvert. Absent : non prévu "
                    "au-delà de la loi.")
    documents_platform: Param[bool] | None = Field(
        default=None, alias="plateforme_documents",
        description="Plate-forme numérique des documents-clés (délibérations, décisions, "
                    "votes de chaque élu·e). Absent : non prévue.")


class EthicsCharterClause(Clause):
    """Charte éthique : non-cumul au-delà de la loi, limite des mandats successifs, plafond
    des indemnités, déclarations d'intérêts."""

    scope: Param[EthicsScope] = Field(
        alias="elus_concernes", description="Élu·es que la charte engage.")
    no_other_office: Param[bool] = Field(
        alias="non_cumul_au_dela_de_la_loi",
        description="Aucune autre fonction politique au-delà des incompatibilités légales.")
    no_other_office_except: Param[str] | None = informative(
        "exceptions_non_cumul",
        "texte libre qui nomme les fonctions permises ; aucune règle ne peut le lire",
        default=None,
        description="Fonctions que le non-cumul permet (ex. l'intercommunalité). Absent : aucune.")
    max_successive_mandates: Param[PosInt] | None = Field(
        default=None, alias="mandats_successifs_max",
        description="Nombre maximal de mandats successifs dans la même fonction. Absent : "
                    "pas de limite au-delà de la loi (il n'y en a pas pour un maire).")
    allowance_cap_pct: Param[Percent] | None = Field(
        default=None, alias="plafond_indemnites_pct",
        description="Indemnités votées au plus à ce pourcentage du maximum légal "
                    "(L2123-23, L2123-24). Absent : le maximum légal.")
    no_allowance_cumul: Param[bool] | None = Field(
        default=None, alias="renonciation_cumul_indemnites",
        description="Les élu·es renoncent à cumuler des indemnités d'autres mandats. "
                    "Absent : non prévu.")
    public_interest_declarations: Param[bool] | None = Field(
        default=None, alias="declarations_interets_publiees",
        description="Déclarations d'intérêts publiées, y compris par les élu·es que la loi "
                    "n'y oblige pas. Absent : non prévu au-delà de la loi.")
