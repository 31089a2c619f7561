"""A scenario: a commune (population, electors, quartiers, budget), the mandate's dates,
the national election windows, the pact it uses, and overrides of that pact."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from engine.model.params import STRICT, Euros, NonNegInt, Param, Percent, PosInt, Source

Confidence = Literal["H", "M", "L"]


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

    min: PosInt
    max: PosInt
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
    age_min: NonNegInt | None = None
    age_max: NonNegInt | None = None
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
    population: Param[PosInt] = Field(alias="population_municipale")
    electors: Param[PosInt] = Field(alias="electeurs_inscrits")
    quartiers: list[Quartier] = Field(alias="quartiers")
    budget: Budget
    population_range: Range | None = Field(default=None, alias="population_plage")
    population_confidence: Confidence | None = Field(default=None, alias="confiance_population")
    electors_range: Range | None = Field(default=None, alias="electeurs_plage")
    electors_confidence: Confidence | None = Field(default=None, alias="confiance_electeurs")
    demographics: Demographics | None = Field(default=None, alias="demographie")


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
    council_seats_override: NonNegInt | None = Field(default=None, alias="sieges_conseil")
