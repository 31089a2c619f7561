"""Behaviour assumptions of the simulation: named, cited, with a plausible range.

Defaults live in ``rules/hypotheses/defaut.yaml`` (each with its source in
``DEFAULTS.md`` or marked « Hypothèse Pacte »). A scenario overrides them in its
``hypotheses:`` block and the command line with ``--set hypotheses.<clé>=<valeur>``.
``regime_des_votes`` chooses whose delays votes follow: ``loi`` (legal minima and blackout
periods, the default) or ``pacte`` (the pact's delays only), so the difference is measurable.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from engine.core.defaults import DEFAULT_REGIME
from engine.model.params import STRICT, Source
from engine.model.regime import Regime

AssumptionUnit = Literal["pourcent", "points", "heures", "par_an", "signatures", "nombre",
                         "personnes", "euros", "mois"]


# The largest value each unit may take, so that no assumption, however absurd, makes a run
# endless or its numbers overflow (the simulation's work grows with rates and counts).
UNIT_MAX: dict[str, float] = {
    "pourcent": 100.0,       # a share
    "points": 100.0,         # percentage points
    "heures": 10_000.0,      # more than a full-time year (1 607 h)
    "par_an": 100.0,         # events a year per unit (100 petitions per 10 000 inhabitants…)
    "signatures": 10_000_000.0,
    "nombre": 1_000.0,       # counts and curve shapes (deliberations a session, volunteers a seat)
    "personnes": 10_000.0,
    "euros": 1e11,
    "mois": 84.0,            # the longest mandate (7 years)
}


class Assumption(BaseModel):
    """One behaviour assumption: its value (the mode), its plausible range and its source."""

    model_config = STRICT

    description: str = Field(min_length=1)
    question: str = Field(min_length=1,
                          description="L'hypothèse en question qu'un·e habitant·e peut trancher, "
                                      "la valeur répondant dans l'unité « unite ».")
    unit: AssumptionUnit = Field(alias="unite")
    value: float = Field(alias="valeur", ge=0)
    low: float = Field(alias="min", ge=0)
    high: float = Field(alias="max", ge=0)
    uncertain: bool = Field(default=True, alias="incertaine")
    source: Source

    @model_validator(mode="after")
    def _in_range(self) -> Assumption:
        if "?" not in self.question:
            raise ValueError(f"la question « {self.question} » doit être posée (point "
                             "d'interrogation attendu)")
        if not self.low <= self.value <= self.high:
            raise ValueError(f"la valeur {self.value:g} doit être comprise entre min "
                             f"({self.low:g}) et max ({self.high:g})")
        if self.unit == "pourcent" and self.high > 100:
            raise ValueError("un pourcentage ne peut pas dépasser 100")
        cap = UNIT_MAX[self.unit]
        if self.high > cap:
            raise ValueError(f"valeur trop grande ({self.high:g} {self.unit}) — attendu : au plus "
                             f"{cap:g} pour l'unité « {self.unit} »")
        return self

    def as_dict(self) -> dict[str, Any]:
        return {"description": self.description, "question": self.question,
                "unit": self.unit, "value": self.value,
                "min": self.low, "max": self.high, "uncertain": self.uncertain,
                "source": str(self.source)}


class Assumptions(BaseModel):
    """Every behaviour assumption of the model, by its French key."""

    model_config = STRICT

    regime: Regime = Field(default=DEFAULT_REGIME, alias="regime_des_votes")
    uncertainty: bool = Field(default=True, alias="incertitude")
    turnout_votation_pct: Assumption = Field(alias="participation_votation_pct")
    turnout_abrogation_pct: Assumption = Field(alias="participation_abrogation_pct")
    turnout_revocation_pct: Assumption = Field(alias="participation_revocation_pct")
    turnout_referendum_pct: Assumption = Field(alias="participation_referendum_pct")
    turnout_spread_pct: Assumption = Field(alias="dispersion_participation_pct")
    yes_votation_pct: Assumption = Field(alias="oui_votation_pct")
    yes_abrogation_pct: Assumption = Field(alias="oui_abrogation_pct")
    yes_revocation_pct: Assumption = Field(alias="oui_revocation_pct")
    yes_referendum_pct: Assumption = Field(alias="oui_referendum_pct")
    yes_sd_points: Assumption = Field(alias="ecart_type_oui_points")
    hours_per_voter: Assumption = Field(alias="heures_par_votant")
    petitions_per_10k_per_year: Assumption = Field(alias="petitions_pour_10000_habitants_par_an")
    petition_reach_median_pct: Assumption = Field(alias="portee_mediane_petition_pct")
    petition_reach_sigma: Assumption = Field(alias="dispersion_portee_petition")
    signature_midpoint_pct: Assumption = Field(alias="milieu_courbe_signatures_pct")
    signature_steepness: Assumption = Field(alias="pente_courbe_signatures")
    invalid_signatures_pct: Assumption = Field(alias="signatures_invalides_pct")
    hours_per_signature: Assumption = Field(alias="heures_collecte_par_signature")
    council_adopts_pct: Assumption = Field(alias="adoption_directe_cm_pct")
    deliberations_per_session: Assumption = Field(alias="deliberations_par_seance")
    contest_rate_pct: Assumption = Field(alias="taux_contestation_pct")
    abrogation_reach_median_pct: Assumption = Field(alias="portee_mediane_abrogation_pct")
    abrogation_reach_sigma: Assumption = Field(alias="dispersion_portee_abrogation")
    opinion_unfavourable_pct: Assumption = Field(alias="avis_defavorable_pct")
    opinion_mixed_pct: Assumption = Field(alias="avis_mitige_pct")
    objective_met_pct: Assumption = Field(alias="objectif_atteint_pct")
    revocation_request_pct: Assumption = Field(alias="demande_revocation_pct")
    audit_postponed_pct: Assumption = Field(alias="audition_reportee_pct")
    audit_prep_hours: Assumption = Field(alias="heures_preparation_audition")
    sortition_acceptance_pct: Assumption = Field(alias="taux_acceptation_tirage_pct")
    volunteers_per_seat: Assumption = Field(alias="volontaires_par_siege")
    convention_members: Assumption = Field(alias="membres_convention")
    convention_yearly_pct: Assumption = Field(alias="convention_par_an_pct")
    convention_hours_per_member: Assumption = Field(alias="heures_convention_par_membre")
    convention_months: Assumption = Field(alias="duree_convention_mois")
    rotation_honoured_pct: Assumption = Field(alias="rotation_tenue_pct")
    extra_referendums_per_year: Assumption = Field(alias="referendums_supplementaires_par_an")
    list_votes_requested_per_year: Assumption = Field(alias="votations_demandees_par_an")
    list_petition_months: Assumption = Field(alias="mois_collecte_petition_votation")
    projects_per_quartier_per_year: Assumption = Field(alias="projets_par_quartier_par_an")
    project_cost_median_eur: Assumption = Field(alias="cout_median_projet_eur")
    project_cost_sigma: Assumption = Field(alias="dispersion_cout_projet")
    works_delay_months: Assumption = Field(alias="delai_travaux_mois")
    plenary_attendance: Assumption = Field(alias="participants_pleniere_quartier")
    plenary_hours: Assumption = Field(alias="duree_pleniere_heures")
    council_session_hours: Assumption = Field(alias="duree_seance_cm_heures")
    bureau_meeting_hours: Assumption = Field(alias="duree_bureau_heures")
    staff_hours_per_year: Assumption = Field(alias="heures_annuelles_par_agent")
    apprentice_time_pct: Assumption = Field(alias="part_temps_alternant_pct")
    dpc_hours_per_deliberation: Assumption = Field(alias="heures_dpc_par_deliberation")
    dpc_hours_per_100_signatures: Assumption = Field(alias="heures_dpc_par_100_signatures")
    dpc_hours_per_request: Assumption = Field(alias="heures_dpc_par_demande")
    dpc_hours_per_poll: Assumption = Field(alias="heures_dpc_par_scrutin")
    dpc_hours_per_cc_meeting: Assumption = Field(alias="heures_dpc_par_reunion_cc")
    dpc_hours_per_committee_month: Assumption = Field(alias="heures_dpc_par_commission_et_mois")
    dpc_hours_per_plenary: Assumption = Field(alias="heures_dpc_par_pleniere")
    dpc_hours_per_project: Assumption = Field(alias="heures_dpc_par_projet")
    dpc_hours_per_draw: Assumption = Field(alias="heures_dpc_par_tirage")
    dpc_hours_per_100_letters: Assumption = Field(alias="heures_dpc_par_100_lettres")
    dpc_hours_per_convention: Assumption = Field(alias="heures_dpc_par_convention")

    @model_validator(mode="after")
    def _opinions(self) -> Assumptions:
        if self.opinion_unfavourable_pct.value + self.opinion_mixed_pct.value > 100:
            raise ValueError("avis défavorables et mitigés dépassent ensemble 100 %")
        return self

    def items(self) -> list[tuple[str, str, Assumption]]:
        """(French key, attribute, assumption) in file order."""
        out = []
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, Assumption):
                out.append((field.alias or name, name, value))
        return out

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"regime_des_votes": self.regime, "incertitude": self.uncertainty}
        for key, _name, a in self.items():
            data[key] = a.as_dict()
        return data


def keys() -> list[str]:
    return [f.alias or n for n, f in Assumptions.model_fields.items()]


