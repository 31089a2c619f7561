"""A scenario: a commune (population, electors, quartiers, budget), the mandate's dates,
the national election windows, the pact it uses, and overrides of that pact."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from engine.core.calendar import add_months
from engine.core.fr import number
from engine.model.params import (
    MAX_BODY_MEMBERS,
    MAX_MANDATE_MONTHS,
    STRICT,
    Euros,
    Param,
    Percent,
    Seats,
    Source,
)

Confidence = Literal["H", "M", "L"]

# Paris, the largest commune, has 2.1 million inhabitants: 3 million is out of reach of any
# French commune while leaving room for growth.
MAX_POPULATION = 3_000_000
Population = Annotated[int, Field(ge=1, le=MAX_POPULATION)]
Age = Annotated[int, Field(ge=0, le=150)]  # years of age, with room above the oldest human
# The engine reasons on dates between these years (the first municipal elections of the
# Fifth Republic to two centuries ahead): far enough for any scenario, and month arithmetic
# around them never leaves the calendar.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
SHARES_TOLERANCE_PCT = 0.5
BIG_CITY = 300_000          # L2121-2's last bracket; Paris, Lyon, Marseille: own rules (L2512-3…)   # rounding of published shares (as for the demographics)


def _in_calendar(day: date) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"le {day.isoformat()} est hors des années que le moteur calcule "
                         f"({FIRST_DAY.year}–{LAST_DAY.year})")
    return day


def _fr(n: float) -> str:
    """« 59 856 », « 100,5 »: whole numbers with thousands separators, others as written."""
    return number(n) if float(n).is_integer() else f"{n:g}".replace(".", ",")


def _values(param: Param[Any]) -> list[tuple[date | None, Any]]:
    """Every value of a parameter, with its start date (None for a single value)."""
    return [(None, param.value)] if param.values is None else sorted(param.values.items())


class Quartier(BaseModel):
    model_config = STRICT

    name: str = Field(alias="nom", min_length=1)
    population_share_pct: Percent | None = Field(default=None, alias="part_population_pct")
    former_commune: bool | None = Field(default=None, alias="ancienne_commune")


class Budget(BaseModel):
    """The commune's budget figures the cost shares are computed against."""

    model_config = STRICT

    operating_spending_eur: Param[Euros] = Field(alias="depenses_reelles_fonctionnement_eur")
    investment_receipts_eur: Param[Euros] = Field(alias="recettes_reelles_investissement_eur")


class Range(BaseModel):
    """An uncertain figure: the plausible interval around the value used (e.g. a population
    close to a legal threshold whose latest INSEE figure was not found)."""

    model_config = STRICT

    min: Population
    max: Population
    source: Source | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.max < self.min:
            raise ValueError("« max » doit être supérieur ou égal à « min »")
        return self


class ShareItem(BaseModel):
    """One group of inhabitants and its share (a CSP, a gender, an age band)."""

    model_config = STRICT

    code: str = Field(pattern=r"^[a-z0-9][a-z0-9_+-]*$")
    name: str = Field(alias="nom", min_length=1)
    share_pct: Percent = Field(alias="part_pct")
    age_min: Age | None = None
    age_max: Age | None = None
    aliases: tuple[str, ...] = Field(default=(), alias="alias")

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v

    @model_validator(mode="after")
    def _ages(self) -> ShareItem:
        if self.age_min is not None and self.age_max is not None and self.age_max < self.age_min:
            raise ValueError("age_max doit être supérieur ou égal à age_min")
        return self


class Distribution(BaseModel):
    """Shares of the inhabitants by one criterion, cited, with a confidence level."""

    model_config = STRICT

    description: str = Field(min_length=1)
    source: Source
    confidence: Confidence = Field(alias="confiance")
    note: str | None = None
    items: list[ShareItem] = Field(alias="categories", min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Distribution:
        codes = [item.code for item in self.items]
        if len(set(codes)) != len(codes):
            raise ValueError("deux catégories portent le même code")
        total = sum(item.share_pct for item in self.items)
        if abs(total - 100) > 0.5:
            raise ValueError(f"les parts doivent totaliser 100 % (à 0,5 près) ; total : {total:g} %")
        return self

    def shares(self) -> dict[str, float]:
        """Code → share in [0, 1], normalised so that the shares sum to exactly 1."""
        total = sum(item.share_pct for item in self.items)
        return {item.code: item.share_pct / total for item in self.items}


class Demographics(BaseModel):
    """The commune's inhabitants by socio-professional category, gender and (optionally) age:
    the citizen council's stratification quotas and the synthetic pools come from here."""

    model_config = STRICT

    csp: Distribution
    gender: Distribution = Field(alias="genre")
    ages: Distribution | None = Field(default=None, alias="ages")

    @model_validator(mode="after")
    def _age_bands(self) -> Demographics:
        if self.ages is not None:
            for item in self.ages.items:
                if item.age_min is None:
                    raise ValueError(f"tranche d'âge « {item.code} » : age_min est obligatoire")
        return self


class Commune(BaseModel):
    model_config = STRICT

    name: str = Field(alias="nom", min_length=1)
    insee_code: str = Field(alias="code_insee", pattern=r"^\d[0-9AB]\d{3}$")
    population: Param[Population] = Field(alias="population_municipale")
    electors: Param[Population] = Field(alias="electeurs_inscrits")
    quartiers: list[Quartier] = Field(alias="quartiers", max_length=MAX_BODY_MEMBERS)
    budget: Budget
    population_range: Range | None = Field(default=None, alias="population_plage")
    population_confidence: Confidence | None = Field(default=None, alias="confiance_population")
    electors_range: Range | None = Field(default=None, alias="electeurs_plage")
    electors_confidence: Confidence | None = Field(default=None, alias="confiance_electeurs")
    demographics: Demographics | None = Field(default=None, alias="demographie")

    def population_bounds(self) -> tuple[int, int]:
        """The population and its plausible range « population_plage », as (lowest, highest)."""
        pop = self.population.at()
        if self.population_range is None:
            return pop, pop
        return min(pop, self.population_range.min), max(pop, self.population_range.max)

    def electors_bounds(self) -> tuple[int, int]:
        """Registered electors and their plausible range « electeurs_plage », as (lowest, highest)."""
        electors = self.electors.at()
        if self.electors_range is None:
            return electors, electors
        return min(electors, self.electors_range.min), max(electors, self.electors_range.max)

    @field_validator("electors")
    @classmethod
    def _electors_within_population(cls, electors: Param[int], info: ValidationInfo) -> Param[int]:
        # Registered electors are adults of the commune (plus a few taxpayers living
        # elsewhere): more electors than inhabitants means one of the two figures is wrong.
        population_param = info.data.get("population")
        if population_param is None:  # the population itself was refused
            return electors
        for day, count in _values(electors):
            population = population_param.at(day)
            if count > population:
                when = f" (au {day.isoformat()})" if day else ""
                raise ValueError(
                    f"{_fr(count)} électeurs inscrits pour {_fr(population)} habitants{when} — "
                    "les inscrits ne peuvent pas dépasser la population municipale ; vérifier "
                    "les deux chiffres")
        return electors

    @field_validator("quartiers")
    @classmethod
    def _quartier_shares(cls, quartiers: list[Quartier]) -> list[Quartier]:
        names = [q.name for q in quartiers]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"le quartier « {twice[0]} » figure deux fois")
        shares = [q.population_share_pct for q in quartiers if q.population_share_pct is not None]
        if not shares:
            return quartiers
        total = sum(shares)
        given_all = len(shares) == len(quartiers)
        if given_all and abs(total - 100) > SHARES_TOLERANCE_PCT:
            raise ValueError(
                f"les parts de population des quartiers (part_population_pct) totalisent "
                f"{_fr(round(total, 2))} % — elles doivent totaliser 100 % "
                f"(à {_fr(SHARES_TOLERANCE_PCT)} près)")
        if not given_all and total > 100 + SHARES_TOLERANCE_PCT:
            raise ValueError(
                f"les parts de population données des quartiers totalisent déjà "
                f"{_fr(round(total, 2))} %, plus que 100 %")
        return quartiers


class Mandate(BaseModel):
    """The mandate's dates: election rounds, installation of the council, next renewal."""

    model_config = STRICT

    first_round: date = Field(alias="premier_tour")
    second_round: date | None = Field(default=None, alias="second_tour")
    installation: date = Field(alias="installation_conseil")
    next_renewal: date = Field(alias="prochain_renouvellement")
    source: Source

    @model_validator(mode="after")
    def _ordered(self) -> Mandate:
        if self.second_round is not None and self.second_round <= self.first_round:
            raise ValueError("le second tour doit suivre le premier tour")
        if self.installation < (self.second_round or self.first_round):
            raise ValueError("le conseil ne peut pas être installé avant l'élection")
        if self.next_renewal <= self.installation:
            raise ValueError("le prochain renouvellement doit suivre l'installation du conseil")
        return self

    @field_validator("first_round", "second_round", "installation")
    @classmethod
    def _computable(cls, day: date | None) -> date | None:
        return day if day is None else _in_calendar(day)

    @field_validator("next_renewal")
    @classmethod
    def _six_years(cls, renewal: date, info: ValidationInfo) -> date:
        # A municipal mandate lasts 6 years (Code électoral L227); the longest one was 7
        # (2001–2008, the 2007 renewal postponed by the law of 15 December 2005).
        installed = info.data.get("installation")
        if installed is not None and renewal > add_months(installed, MAX_MANDATE_MONTHS):
            raise ValueError(
                f"un mandat du {installed.isoformat()} au {renewal.isoformat()} dure plus de "
                f"{MAX_MANDATE_MONTHS // 12} ans — le mandat municipal dure 6 ans (Code "
                "électoral L227), 7 au plus quand la loi a reporté le renouvellement (2001–2008)")
        return _in_calendar(renewal)

    @property
    def start(self) -> date:
        return self.installation

    @property
    def end(self) -> date:
        return self.next_renewal


class ElectionWindow(BaseModel):
    """A national (or local) election campaign, during which no local vote may be held."""

    model_config = STRICT

    name: str = Field(alias="nom", min_length=1)
    start: date = Field(alias="debut")
    end: date = Field(alias="fin")
    legal_basis: tuple[str, ...] = Field(default=("LO1112-6",), alias="base_legale")
    source: Source

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v
    confidence: Confidence = Field(alias="confiance")

    @model_validator(mode="after")
    def _ordered(self) -> ElectionWindow:
        if self.end < self.start:
            raise ValueError("la fin de la fenêtre précède son début")
        return self

    @field_validator("start", "end")
    @classmethod
    def _computable(cls, day: date) -> date:
        return _in_calendar(day)


class ScenarioInfo(BaseModel):
    model_config = STRICT

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(alias="titre", min_length=1)
    pact: str = Field(alias="pacte", min_length=1)


class Scenario(BaseModel):
    """What-if input: a commune, a pact (by file or id) and overrides of that pact."""

    model_config = STRICT

    info: ScenarioInfo = Field(alias="scenario")
    commune: Commune
    mandate: Mandate = Field(alias="mandat")
    elections: list[ElectionWindow] = Field(default_factory=list, alias="elections")
    overrides: dict[str, Any] = Field(default_factory=dict, alias="surcharges")
    assumptions: dict[str, Any] = Field(default_factory=dict, alias="hypotheses")
    winning_list_vote_share_pct: Param[Percent] | None = Field(
        default=None, alias="score_liste_gagnante_pct"
    )
    council_seats_override: Seats | None = Field(default=None, alias="sieges_conseil")

    @field_validator("council_seats_override")
    @classmethod
    def _seats_for_population(cls, seats: int | None, info: ValidationInfo) -> int | None:
        """« sieges_conseil » replaces the L2121-2 size only by another size the commune's
        population (or its plausible range) can have; Paris, Lyon and Marseille (300,000
        inhabitants and more) have their own rules, up to 163 seats. The law comes with the
        validation context (``{"law": Law}``, given by :mod:`engine.io.context`)."""
        c = info.data.get("commune")
        law = (info.context or {}).get("law")
        if not seats or c is None or law is None:
            return seats
        low, high = c.population_bounds()
        allowed = law.council_sizes_between(low, high)
        if seats in allowed or (high >= BIG_CITY and seats >= min(allowed)):
            return seats
        sizes = " ou ".join(str(n) for n in sorted(allowed))
        raise ValueError(
            f"{_fr(seats)} sièges pour {_fr(c.population.at())} habitants — "
            f"l'effectif légal (L2121-2) est de {sizes} conseillers pour cette population")
