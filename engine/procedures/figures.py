"""The figures reported in more than one place (issue 14 § 1): one name, one French label,
one unit and one definition each, printed identically by ``pacte bilan`` (text and JSON),
``pacte simuler``, ``pacte couts``, ``pacte lettres`` and the dashboard.

Where two figures look alike but differ by design (the calendar's audits against the
simulated ones, the letters of one draw against those of the mandate, the cost table's budget
against the simulated spend), they carry distinct names here and each definition says how it
differs from the other. The computations stay in their rules (``audits``, ``invitations``,
``cost_table``, ``cost_votes``, the simulation's metrics); this module only names them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A reported quantity: stable key (JSON), French label, unit and definition."""

    name: str
    label: str
    unit: str
    definition: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "label": self.label, "unit": self.unit,
                "definition": self.definition}


# --- audits of the citizen council ---------------------------------------------------------
AUDIT_DELAY = Figure(
    "retard_audition_max_jours", "Plus long retard d'une audition sur sa périodicité (calendrier)",
    "jours",
    "Dans le calendrier des auditions (chaque soirée entend les binômes les plus en retard), "
    "le plus grand nombre de jours entre la date où un binôme devait être réentendu (sa "
    "périodicité) et sa prochaine audition.")
AUDIT_INTERVAL_CALENDAR = Figure(
    "intervalle_audition_max_calendrier_jours",
    "Plus long intervalle sans audition d'un binôme, selon le calendrier", "jours",
    "Dans le calendrier des auditions, sans aucune audition manquée : le plus long écart entre "
    "le début des auditions, deux auditions d'un même binôme et la fin du mandat.")
AUDIT_INTERVAL_SIMULATED = Figure(
    "max_audit_gap_days",
    "Plus long intervalle sans audition d'un binôme, auditions manquées comprises", "jours",
    "Le même écart que dans le calendrier, mais dans chaque futur simulé : une audition "
    "manquée (hypothèse « audition_reportee_pct ») n'est pas reprogrammée, le binôme attend "
    "son tour suivant ; l'intervalle s'allonge d'autant.")

# --- invitation letters of a draw by lot ---------------------------------------------------
LETTERS_PER_DRAW = Figure(
    "lettres_par_tirage", "Lettres par tirage (vivier prévu)", "lettres",
    "Les lettres d'un tirage pour obtenir en moyenne le vivier que la simulation prévoit "
    "(volontaires par siège × sièges), au taux de réponse retenu, arrondies au-dessus par "
    "quartier.")
LETTERS_FOR_CONFIDENCE = Figure(
    "lettres_pour_confiance", "Lettres par tirage pour tenir les quotas avec la confiance voulue",
    "lettres",
    "Les lettres du plus petit vivier avec lequel tous les quotas tiennent dans la part voulue "
    "des tirages simulés (pacte lettres --confiance).")
LETTERS_OVER_MANDATE = Figure(
    "sortition_letters", "Lettres d'invitation sur le mandat (tous les tirages, relances comprises)",
    "lettres",
    "Dans chaque futur simulé : les lettres de tous les tirages au sort du mandat (Conseil "
    "Citoyen et ses renouvellements, assemblées et conventions tirées au sort), avec les "
    "relances quand les réponses manquent ; à chaque tirage, au moins un premier envoi pour "
    "le vivier prévu.")

# --- costs ---------------------------------------------------------------------------------
COST_BUDGETED = Figure(
    "cout_budgete_fonctionnement_eur_par_an", "Coût de fonctionnement budgété par an (tableau des coûts)",
    "€/an",
    "Le tableau des coûts du pacte : chaque ligne au prix du pacte, les votes au nombre que le "
    "tableau budgète.")
COST_SIMULATED = Figure(
    "cost_operating_eur_per_year", "Coût de fonctionnement dépensé par an (simulation)", "€/an",
    "Dans chaque futur simulé : les mêmes prix, mais seulement les votes, conventions et "
    "réunions qui ont lieu, divisés par les années du mandat.")

# --- votation days and suspended execution -------------------------------------------------
VOTATION_DAYS_CALENDAR = Figure(
    "jours_de_votation_possibles", "Jours de votation possibles sur le mandat (calendrier)", "jours",
    "Les jours de la grille du pacte (un tous les N mois, au plus N par an), selon le pacte "
    "ou après retrait des périodes où la loi interdit un scrutin local.")
VOTATION_DAYS_SIMULATED = Figure(
    "votation_days", "Jours de votation propositionnelle tenus (simulation)", "jours",
    "Dans chaque futur simulé : les jours de la grille où au moins une pétition recevable est "
    "soumise au vote.")
SUSPENDED_DAYS_EXAMPLE = Figure(
    "jours_suspension_exemple", "Jours d'exécution suspendue d'une délibération contestée (exemple)",
    "jours",
    "Pour la première délibération du mandat contestée au dernier jour : les jours entre la "
    "demande et le vote d'abrogation.")
SUSPENDED_DAYS_SIMULATED = Figure(
    "execution_suspended_days",
    "Jours d'exécution suspendue, additionnés sur toutes les délibérations contestées", "jours",
    "Dans chaque futur simulé : la somme, sur chaque délibération contestée, des jours où son "
    "exécution est suspendue ; deux délibérations suspendues le même jour comptent deux jours.")

FIGURES: tuple[Figure, ...] = (
    AUDIT_DELAY, AUDIT_INTERVAL_CALENDAR, AUDIT_INTERVAL_SIMULATED, LETTERS_PER_DRAW,
    LETTERS_FOR_CONFIDENCE, LETTERS_OVER_MANDATE, COST_BUDGETED, COST_SIMULATED,
    VOTATION_DAYS_CALENDAR, VOTATION_DAYS_SIMULATED, SUSPENDED_DAYS_EXAMPLE,
    SUSPENDED_DAYS_SIMULATED,
)
BY_NAME = {f.name: f for f in FIGURES}
