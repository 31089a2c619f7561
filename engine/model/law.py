"""The law as data: the provisions of ``rules/cgct/*.yaml`` as validated models.

Each file holds one family of provisions (référendum, consultation, maire et adjoints…).
A provision has a normalised id (``LO1112-7``, ``L2122-10``, ``CE-188892``…), a short French
paraphrase, the consequence for a pact clause, its numbers (thresholds, delays), a
confidence (H / M / L, as in LEGAL.md) and its sources. Checks read every number they use
through :class:`Law`, never from constants in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from engine.model.params import STRICT

Confidence = Literal["H", "M", "L"]
NumberUnit = Literal[
    "pourcent", "fraction", "jours", "mois", "annees", "heures", "habitants", "signatures",
    "nombre", "texte", "date",
]
CONFIDENCE_ORDER = {"H": 2, "M": 1, "L": 0}


class Number(BaseModel):
    """A number the law fixes (a threshold, a delay), with its unit and meaning."""

    model_config = STRICT

    value: int | float | str | date = Field(alias="valeur")
    unit: NumberUnit = Field(alias="unite")
    description: str = Field(min_length=1)
    confidence: Confidence | None = Field(default=None, alias="confiance")


class CouncilSizeRow(BaseModel):
    """One row of the L2121-2 table: a population bracket and its council size."""

    model_config = STRICT

    population_min: int = Field(ge=0)
    population_max: int | None = Field(default=None, ge=0)
    seats: int = Field(alias="conseillers", ge=1)


class Provision(BaseModel):
    """One article (or court decision) with its paraphrase, numbers, confidence and sources."""

    model_config = STRICT

    id: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9.\-]*$")
    title: str = Field(alias="titre", min_length=1)
    summary: str = Field(alias="resume", min_length=1)
    consequence: str = Field(min_length=1)
    numbers: dict[str, Number] = Field(default_factory=dict, alias="nombres")
    table: list[CouncilSizeRow] | None = Field(default=None, alias="tableau")
    confidence: Confidence = Field(alias="confiance")
    sources: list[str] = Field(min_length=1)
    court: str | None = Field(default=None, alias="juridiction")
    decided_on: date | None = Field(default=None, alias="date")
    case_number: str | None = Field(default=None, alias="numero")

    @model_validator(mode="after")
    def _table_ordered(self) -> Provision:
        if self.table:
            expected = 0
            for row in self.table:
                if row.population_min != expected:
                    raise ValueError(
                        f"tableau : la tranche commençant à {row.population_min} devrait "
                        f"commencer à {expected} (tranches contiguës attendues)")
                if row.population_max is None:
                    expected = -1
                    continue
                if row.population_max < row.population_min:
                    raise ValueError("tableau : population_max inférieure à population_min")
                expected = row.population_max + 1
            if expected != -1:
                raise ValueError("tableau : la dernière tranche doit être ouverte (sans population_max)")
            seats = [r.seats for r in self.table]
            if seats != sorted(seats):
                raise ValueError("tableau : l'effectif doit croître avec la population")
        return self


class Family(BaseModel):
    """A file of ``rules/cgct``: one family of provisions."""

    model_config = STRICT

    family: str = Field(alias="famille", pattern=r"^[a-z_]+$")
    title: str = Field(alias="titre", min_length=1)
    section: str = Field(min_length=1)
    provisions: list[Provision] = Field(min_length=1)


@dataclass(frozen=True)
class Law:
    """Every provision by id, with the accessors the checks use."""

    provisions: dict[str, Provision]
    families: dict[str, Family]
    family_of: dict[str, str]

    def provision(self, article: str) -> Provision:
        try:
            return self.provisions[article]
        except KeyError:
            raise KeyError(f"disposition inconnue dans rules/cgct : {article}") from None

    def number(self, article: str, key: str) -> int | float | str | date:
        """A number of a provision (e.g. ``number("LO1112-7", "participation_min_pct")``)."""
        prov = self.provision(article)
        try:
            return prov.numbers[key].value
        except KeyError:
            raise KeyError(f"{article} : nombre « {key} » absent de rules/cgct") from None

    def int_number(self, article: str, key: str) -> int:
        value = self.number(article, key)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{article}.{key} n'est pas un nombre")
        return int(value)

    def float_number(self, article: str, key: str) -> float:
        value = self.number(article, key)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{article}.{key} n'est pas un nombre")
        return float(value)

    def date_number(self, article: str, key: str) -> date:
        value = self.number(article, key)
        if not isinstance(value, date):
            raise TypeError(f"{article}.{key} n'est pas une date")
        return value

    def confidence(self, *articles: str) -> Confidence:
        """The weakest confidence among the provisions (and numbers) named."""
        levels: list[Confidence] = []
        for art in articles:
            if art in self.provisions:
                levels.append(self.provisions[art].confidence)
        if not levels:
            return "H"
        return min(levels, key=lambda c: CONFIDENCE_ORDER[c])

    def number_confidence(self, article: str, key: str) -> Confidence:
        prov = self.provision(article)
        return prov.numbers[key].confidence or prov.confidence

    def source(self, *articles: str) -> str:
        """« LEGAL.md § … » of the families of the provisions named, deduplicated."""
        sections: list[str] = []
        for art in articles:
            fam = self.family_of.get(art)
            if fam is None:
                continue
            section = self.families[fam].section
            if section not in sections:
                sections.append(section)
        return " ; ".join(sections)

    def council_size_table(self) -> list[CouncilSizeRow]:
        table = self.provision("L2121-2").table
        if not table:
            raise KeyError("L2121-2 : tableau des effectifs absent de rules/cgct")
        return table

    def council_size(self, population: int) -> int:
        """L2121-2 : l'effectif légal du conseil municipal pour une population municipale
        (le tableau de ``rules/cgct/taille_conseil.yaml``)."""
        for row in self.council_size_table():
            if population >= row.population_min and (row.population_max is None or population <= row.population_max):
                return row.seats
        raise ValueError(f"population hors du tableau L2121-2 : {population}")

    def council_sizes_between(self, low: int, high: int) -> tuple[int, ...]:
        """L2121-2 : tous les effectifs légaux possibles pour une population entre ``low`` et
        ``high`` (une population incertaine peut franchir un seuil du tableau)."""
        sizes = {self.council_size(low), self.council_size(high)}
        sizes |= {self.council_size(row.population_min) for row in self.council_size_table()[1:]
                  if low <= row.population_min <= high}
        return tuple(sorted(sizes))


def combine_confidence(*levels: Confidence) -> Confidence:
    return min(levels, key=lambda c: CONFIDENCE_ORDER[c]) if levels else "H"
