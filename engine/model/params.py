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

# --- ranges ------------------------------------------------------------------------------
# Every number of a pact or a scenario has a range the engine computes over. The bounds are
# wide (no real pact comes near them) but finite, so that no value, however absurd, makes a
# rule loop, overflow a date or allocate without limit; each one is explained here.
MANDATE_MONTHS = 72          # a municipal mandate lasts 6 years (Code électoral L227)
MAX_MANDATE_MONTHS = 84      # 7 years: the 2001 mandate, extended to 2008 by the law of 2005
MAX_COUNCIL_SEATS = 163      # the largest council (Paris, L2512-3); L2121-2 stops at 69
MAX_BODY_MEMBERS = 1_000     # a drawn or appointed body (the Convention citoyenne had 150)
MAX_STAFF = 10_000           # agents or participants of one service or committee
MAX_PER_YEAR = 366           # events a year: at most one a day
MAX_PER_MONTH = 31           # events a month: at most one a day
MAX_TICKETS = 1_000          # bus tickets a month or a session for one person
MAX_SIGNATURES = 10_000_000  # more than every elector of the largest commune (Paris)
MAX_EUROS = 1e11             # 100 billion euros: ten times the budget of Paris
MAX_SMIC_MULTIPLE = 100.0    # an allowance of 100 × the hourly SMIC
HOURS_PER_DAY = 24.0
HOURS_PER_MONTH = 744.0      # 31 days × 24 hours

Percent = Annotated[float, Field(ge=0, le=100)]
NonNegInt = Annotated[int, Field(ge=0)]
PosInt = Annotated[int, Field(ge=1)]
Months = Annotated[int, Field(ge=0, le=MANDATE_MONTHS)]
# A period or a month of the mandate: 1 month at least, at most the longest mandate (a
# longer period simply never recurs within it).
PeriodMonths = Annotated[int, Field(ge=1, le=MAX_MANDATE_MONTHS)]
Days = Annotated[int, Field(ge=0, le=2200)]
Euros = Annotated[float, Field(ge=0, le=MAX_EUROS)]
Hours = Annotated[float, Field(ge=0, le=HOURS_PER_MONTH)]
MeetingHours = Annotated[float, Field(ge=0, le=HOURS_PER_DAY)]
SmicMultiple = Annotated[float, Field(ge=0, le=MAX_SMIC_MULTIPLE)]
MonthNumber = Annotated[int, Field(ge=1, le=12)]
Seats = Annotated[int, Field(ge=0, le=MAX_COUNCIL_SEATS)]
PosSeats = Annotated[int, Field(ge=1, le=MAX_COUNCIL_SEATS)]
Members = Annotated[int, Field(ge=0, le=MAX_BODY_MEMBERS)]
PosMembers = Annotated[int, Field(ge=1, le=MAX_BODY_MEMBERS)]
Staff = Annotated[int, Field(ge=0, le=MAX_STAFF)]
PerYear = Annotated[int, Field(ge=0, le=MAX_PER_YEAR)]
PosPerYear = Annotated[int, Field(ge=1, le=MAX_PER_YEAR)]
PerMonth = Annotated[int, Field(ge=0, le=MAX_PER_MONTH)]
PosPerMonth = Annotated[int, Field(ge=1, le=MAX_PER_MONTH)]
Tickets = Annotated[int, Field(ge=0, le=MAX_TICKETS)]
Signatures = Annotated[int, Field(ge=0, le=MAX_SIGNATURES)]

# ``allow_inf_nan=False``: NaN and ±inf are refused on every float, whatever reads the file.
STRICT = ConfigDict(extra="forbid", populate_by_name=True, strict=True, frozen=True,
                    allow_inf_nan=False)


class Source(BaseModel):
    """D'où vient une valeur : un document (fichier source ou document de la liste) et une section
    ; s'écrit aussi « document § section »."""

    model_config = STRICT

    document: str = Field(
        min_length=1,
        description="Nom du document (par exemple 000_721ebb8a9b1c3e2a.txt).")
    section: str = Field(
        min_length=1,
        description="Titre de la section citée.")

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
    """Un paramètre de clause : description, unité, une valeur (« valeur ») ou des valeurs datées
    (« valeurs »), source et base légale."""

    model_config = STRICT

    description: str = Field(
        min_length=1,
        description="Ce que mesure le paramètre, en une phrase.")
    unit: Unit = Field(
        alias="unite",
        description="Unité de la valeur (pourcent, mois, jours, euros, booleen, texte, liste…).")
    value: T | None = Field(
        default=None, alias="valeur",
        description="La valeur, quand elle ne change pas pendant le mandat. Facultatif ; sans "
                    "valeur : écrire « valeurs » (l'un des deux exactement).")
    values: dict[date, T] | None = Field(
        default=None, alias="valeurs",
        description="Les valeurs datées, par date d'entrée en vigueur (AAAA-MM-JJ: valeur). "
                    "Facultatif ; sans valeur : écrire « valeur » (l'un des deux exactement).")
    source: Source | None = Field(
        default=None,
        description="Source propre du paramètre. Facultatif ; sans valeur : la source de la "
                    "clause.")
    legal_basis: tuple[str, ...] = Field(
        default=(), alias="base_legale",
        description="Articles de loi qui encadrent ce paramètre. Facultatif ; sans valeur : "
                    "aucun.")
    note: str | None = Field(
        default=None,
        description="Remarque libre (note de bas de page, hypothèse). Facultatif ; sans valeur : "
                    "aucune note.")

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


# --- informative parameters ----------------------------------------------------------------
# A parameter that only informs the reader (what the pact commits to in words, with no
# date, count, cost or power the engine could derive from it) says so in the schema: the
# field carries ``json_schema_extra={"informatif": "raison"}``, which the JSON schema
# shows and `pacte clauses` prints. Every other parameter must change some output
# (tests/test_params_live.py).
INFORMATIVE_KEY = "informatif"


def informative(alias: str, reason: str, extra: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """A ``Field`` for a parameter that only informs, with the French reason why (merged
    into the field's other ``json_schema_extra`` entries, e.g. its « unite »)."""
    if not reason.strip():
        raise ValueError("un paramètre informatif dit pourquoi il n'agit sur aucun calcul")
    return Field(alias=alias, json_schema_extra={**(extra or {}), INFORMATIVE_KEY: reason.strip()},
                 **kwargs)


def informative_reason(model: type[BaseModel], field_name: str) -> str | None:
    """Why the field ``field_name`` of ``model`` (attribute name or French key) only
    informs, or None when it acts on some computation."""
    for name, field in model.model_fields.items():
        if field_name in (name, field.alias):
            extra = field.json_schema_extra
            reason = extra.get(INFORMATIVE_KEY) if isinstance(extra, dict) else None
            return reason if isinstance(reason, str) else None
    raise KeyError(field_name)
