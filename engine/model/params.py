"""Cited, dated parameters, in the manner of OpenFisca's parameter files.

Every value of a pact or a commune is a ``Param``: a French description, a unit, either
one value (``valeur``) or values dated from a day on (``valeurs``), a source (seed file
and section, or the list's own document) and, where the law speaks, its legal basis
(CGCT article ids such as ``LO1112-7``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

T = TypeVar("T")

Unit = Literal[
    "pourcent",
    "signatures",
    "mois",
    "jours",
    "heures",
    "personnes",
    "binomes",
    "reunions",
    "sessions",
    "votations",
    "euros",
    "euros_par_heure",
    "euros_par_an",
    "nombre",
    "booleen",
    "texte",
    "date",
    "liste",
]

ARTICLE_RE = re.compile(r"^(LO|L|R|D|Const\.|CE|CJA|CRPA|CE-)?[\w.\- ]+$")

Percent = Annotated[float, Field(ge=0, le=100)]
NonNegInt = Annotated[int, Field(ge=0)]
PosInt = Annotated[int, Field(ge=1)]
Months = Annotated[int, Field(ge=0, le=72)]
Days = Annotated[int, Field(ge=0, le=2200)]
Euros = Annotated[float, Field(ge=0)]
Hours = Annotated[float, Field(ge=0)]
MonthNumber = Annotated[int, Field(ge=1, le=12)]

STRICT = ConfigDict(extra="forbid", populate_by_name=True, strict=True, frozen=True)


class Source(BaseModel):
    """Where a value comes from: a document (seed file name or the list's own) and a section."""

    model_config = STRICT

    document: str = Field(min_length=1)
    section: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        # Shorthand « 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles ».
        if isinstance(data, str):
            if "§" not in data:
                raise ValueError("source attendue sous la forme « document § section »")
            document, section = (part.strip() for part in data.split("§", 1))
            return {"document": document, "section": section}
        return data

    def __str__(self) -> str:
        return f"{self.document} § {self.section}"


class Param(BaseModel, Generic[T]):
    """One parameter of a clause: value (or dated values), unit, description, source, legal basis."""

    model_config = STRICT

    description: str = Field(min_length=1)
    unit: Unit = Field(alias="unite")
    value: T | None = Field(default=None, alias="valeur")
    values: dict[date, T] | None = Field(default=None, alias="valeurs")
    source: Source | None = None
    legal_basis: tuple[str, ...] = Field(default=(), alias="base_legale")
    note: str | None = None

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        if isinstance(v, list):
            return tuple(v)
        return v

    @model_validator(mode="after")
    def _one_value(self) -> Param[T]:
        if (self.value is None) == (self.values is None):
            raise ValueError("indiquer soit « valeur », soit « valeurs » (datées), et pas les deux")
        if self.values is not None and not self.values:
            raise ValueError("« valeurs » ne peut pas être vide")
        return self

    def at(self, day: date | None = None) -> T:
        """The value in force on ``day`` (the first dated value if ``day`` precedes them all)."""
        if self.values is None:
            return self.value  # type: ignore[return-value]
        dated = sorted(self.values.items())
        if day is None:
            return dated[-1][1]
        current = dated[0][1]
        for start, val in dated:
            if start <= day:
                current = val
        return current

    def changes(self) -> list[tuple[date, T]]:
        """Dated changes of the value, for calendars and reports."""
        return sorted(self.values.items()) if self.values else []
