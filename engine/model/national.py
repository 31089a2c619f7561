"""National data as dated, sourced values, in the manner of OpenFisca's parameter files.

A file of ``rules/national/`` holds values that no pact chooses: national facts (the hourly
SMIC, fixed by decree) and the documented defaults Pacte uses when a pact leaves a price
open (each flagged « valeur par défaut » wherever it is used). Every parameter has a French
description, a unit, a nature, a confidence (H / M / L, as in LEGAL.md), and values dated
from a day on, each with its own reference (the decree, the page it comes from).

:class:`NationalFile` is the shape every such file shares; :class:`Prices`
(``rules/national/prix.yaml``) and :class:`CostDefaults`
(``rules/national/couts_par_defaut.yaml``) name their parameters as typed attributes.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from engine.model.law import Confidence
from engine.model.params import MAX_EUROS, STRICT

NationalUnit = Literal[
    "euros", "euros_par_heure", "euros_par_an", "euros_par_electeur_inscrit", "mois",
    "nombre", "pourcent",
]
#: A non-negative number (a price, a rate, a count of months), finite.
Amount = Annotated[float, Field(ge=0, le=MAX_EUROS)]
#: ``fait_national``: a value the State fixes (a decree); ``valeur_par_defaut``: what Pacte
#: assumes when a pact says nothing, shown as such in every output.
Nature = Literal["fait_national", "valeur_par_defaut"]

NATURE_LABELS: dict[str, str] = {
    "fait_national": "donnée nationale",
    "valeur_par_defaut": "valeur par défaut",
}


class DatedValue(BaseModel):
    """One value in force from a day on, with the reference it comes from."""

    model_config = STRICT

    value: Amount = Field(alias="valeur")
    reference: str = Field(min_length=1)
    note: str | None = None


class NationalParameter(BaseModel):
    """A national value: description, unit, nature, confidence and dated, referenced values."""

    model_config = STRICT

    description: str = Field(min_length=1)
    unit: NationalUnit = Field(alias="unite")
    nature: Nature
    confidence: Confidence = Field(alias="confiance")
    values: dict[date, DatedValue] = Field(alias="valeurs", min_length=1)

    def dated(self, day: date | None = None) -> tuple[date, DatedValue]:
        """The value in force on ``day`` with the day it took effect (the latest value when
        ``day`` is None, the first one when ``day`` precedes them all)."""
        ordered = sorted(self.values.items())
        if day is None:
            return ordered[-1]
        current = ordered[0]
        for start, value in ordered:
            if start <= day:
                current = (start, value)
        return current

    def at(self, day: date | None = None) -> float:
        """The value in force on ``day``."""
        return self.dated(day)[1].value

    @property
    def is_default(self) -> bool:
        return self.nature == "valeur_par_defaut"


class NationalFile(BaseModel):
    """A file of ``rules/national/``: a description and its parameters (typed in subclasses)."""

    model_config = STRICT

    description: str = Field(min_length=1)

    def key_of(self, param: NationalParameter) -> str:
        """The French key, in the file, of ``param`` — found by the object itself."""
        for name, field in type(self).model_fields.items():
            if getattr(self, name) is param:
                return field.alias or name
        raise KeyError(f"{type(self).__name__} : paramètre absent du fichier")


class Prices(NationalFile):
    """``rules/national/prix.yaml``: unit prices that are national facts."""

    smic_hourly_eur: NationalParameter = Field(alias="smic_horaire_brut_eur")


class CostDefaults(NationalFile):
    """``rules/national/couts_par_defaut.yaml``: what Pacte assumes for a price a pact leaves
    open, each flagged « valeur par défaut » in every output."""

    paid_months_per_year: NationalParameter = Field(alias="mois_indemnises_par_an")
    childcare_smic_multiple: NationalParameter = Field(alias="garde_enfants_multiple_smic")
    votation_eur_per_elector: NationalParameter = Field(
        alias="cout_votation_eur_par_electeur_inscrit")
