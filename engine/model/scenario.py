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
    """Un quartier de la commune."""

    model_config = STRICT

    name: str = Field(alias="nom", min_length=1, description="Nom du quartier.")
    population_share_pct: Percent | None = Field(default=None, alias="part_population_pct", description="Part de la population communale qui y vit, en pourcentage. Facultatif ; sans valeur (pour un quartier au moins) : le tirage ne répartit pas les sièges selon la population des quartiers.")
    former_commune: bool | None = Field(default=None, alias="ancienne_commune", description="true si le quartier est une ancienne commune associée ou déléguée. Facultatif ; sans valeur : non précisé.")


class Budget(BaseModel):
    """Les chiffres du budget de la commune auxquels on rapporte le coût du pacte."""

    model_config = STRICT

    operating_spending_eur: Param[Euros] = Field(alias="depenses_reelles_fonctionnement_eur", json_schema_extra={"unite": "euros"}, description="Dépenses réelles de fonctionnement de la commune, en euros par an.")
    investment_receipts_eur: Param[Euros] = Field(alias="recettes_reelles_investissement_eur", json_schema_extra={"unite": "euros"}, description="Recettes réelles d'investissement de la commune, en euros par an.")


class Range(BaseModel):
    """Un chiffre incertain : l'intervalle plausible autour de la valeur retenue (par exemple une
    population proche d'un seuil légal dont le dernier chiffre INSEE n'a pas été trouvé)."""

    model_config = STRICT

    min: Population = Field(description="Borne basse plausible.")
    max: Population = Field(description="Borne haute plausible.")
    source: Source | None = Field(default=None, description="Source de l'intervalle. Facultatif ; sans valeur : non cité.")
    note: str | None = Field(default=None, description="Remarque libre. Facultatif ; sans valeur : aucune.")

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.max < self.min:
            raise ValueError("« max » doit être supérieur ou égal à « min »")
        return self


class ShareItem(BaseModel):
    """Un groupe d'habitant·es et sa part (une catégorie socio-professionnelle, un genre, une
    tranche d'âge)."""

    model_config = STRICT

    code: str = Field(pattern=r"^[a-z0-9][a-z0-9_+-]*$", description="Code court du groupe (minuscules, chiffres, _ + -).")
    name: str = Field(alias="nom", min_length=1, description="Nom du groupe en toutes lettres.")
    share_pct: Percent = Field(alias="part_pct", description="Part des habitant·es dans ce groupe, en pourcentage.")
    age_min: Age | None = Field(default=None, description="Âge minimal de la tranche. Facultatif ; sans valeur : pas de borne basse (obligatoire pour une tranche d'âge).")
    age_max: Age | None = Field(default=None, description="Âge maximal de la tranche. Facultatif ; sans valeur : pas de borne haute.")
    aliases: tuple[str, ...] = Field(default=(), alias="alias", description="Autres noms du groupe dans les fichiers de volontaires. Facultatif ; sans valeur : aucun.")

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
    """Parts des habitant·es selon un critère, citées, avec un niveau de confiance."""

    model_config = STRICT

    description: str = Field(min_length=1, description="Ce que mesure la répartition, en une phrase.")
    source: Source = Field(description="Document et section d'où viennent les parts.")
    confidence: Confidence = Field(alias="confiance", description="Confiance dans les chiffres : H (haute), M (moyenne) ou L (faible).")
    note: str | None = Field(default=None, description="Remarque libre. Facultatif ; sans valeur : aucune.")
    items: list[ShareItem] = Field(alias="categories", min_length=1, description="Les groupes et leurs parts (total : 100 %, à 0,5 près).")

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
    """Les habitant·es de la commune par catégorie socio-professionnelle, genre et (facultatif) âge :
    les quotas du tirage du Conseil Citoyen et les viviers synthétiques en viennent."""

    model_config = STRICT

    csp: Distribution = Field(description="Répartition par catégorie socio-professionnelle.")
    gender: Distribution = Field(alias="genre", description="Répartition par genre.")
    ages: Distribution | None = Field(default=None, alias="ages", description="Répartition par tranche d'âge. Facultatif ; sans valeur : pas de quota d'âge.")

    @model_validator(mode="after")
    def _age_bands(self) -> Demographics:
        if self.ages is not None:
            for item in self.ages.items:
                if item.age_min is None:
                    raise ValueError(f"tranche d'âge « {item.code} » : age_min est obligatoire")
        return self


class Commune(BaseModel):
    """La commune : population, électeurs, quartiers, budget et, en option, sa démographie."""

    model_config = STRICT

    name: str = Field(alias="nom", min_length=1, description="Nom de la commune.")
    insee_code: str = Field(alias="code_insee", pattern=r"^\d[0-9AB]\d{3}$", description="Code officiel géographique INSEE de la commune (5 caractères).")
    population: Param[Population] = Field(alias="population_municipale", json_schema_extra={"unite": "personnes"}, description="Population municipale (INSEE) ; fixe la taille du conseil (L2121-2).")
    electors: Param[Population] = Field(alias="electeurs_inscrits", json_schema_extra={"unite": "personnes"}, description="Électeurs inscrits sur les listes électorales de la commune.")
    quartiers: list[Quartier] = Field(alias="quartiers", max_length=MAX_BODY_MEMBERS, description="Les quartiers de la commune.")
    budget: Budget = Field(description="Budget de la commune.")
    population_range: Range | None = Field(default=None, alias="population_plage", description="Intervalle plausible de la population. Facultatif ; sans valeur : la population est sûre.")
    population_confidence: Confidence | None = Field(default=None, alias="confiance_population", description="Confiance dans la population : H, M ou L. Facultatif ; sans valeur : non précisée.")
    electors_range: Range | None = Field(default=None, alias="electeurs_plage", description="Intervalle plausible des électeurs inscrits. Facultatif ; sans valeur : le chiffre est sûr.")
    electors_confidence: Confidence | None = Field(default=None, alias="confiance_electeurs", description="Confiance dans le nombre d'électeurs : H, M ou L. Facultatif ; sans valeur : non précisée.")
    demographics: Demographics | None = Field(default=None, alias="demographie", description="Répartition des habitant·es (CSP, genre, âge). Facultatif ; sans valeur : pas de tirage stratifié sur ces critères.")

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
    """Les dates du mandat : tours de l'élection, installation du conseil, prochain renouvellement."""

    model_config = STRICT

    first_round: date = Field(alias="premier_tour", description="Date du premier tour de l'élection municipale (AAAA-MM-JJ).")
    second_round: date | None = Field(default=None, alias="second_tour", description="Date du second tour. Facultatif ; sans valeur : élu au premier tour.")
    installation: date = Field(alias="installation_conseil", description="Date d'installation du conseil municipal : début du mandat.")
    next_renewal: date = Field(alias="prochain_renouvellement", description="Date du prochain renouvellement : fin du mandat (6 ans, L227 du Code électoral).")
    source: Source = Field(description="Source de ces dates.")

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
    """Une campagne électorale nationale (ou locale), pendant laquelle aucun scrutin local ne peut
    avoir lieu (LO1112-6)."""

    model_config = STRICT

    name: str = Field(alias="nom", min_length=1, description="Nom de l'élection.")
    start: date = Field(alias="debut", description="Premier jour de la période sans scrutin local (AAAA-MM-JJ).")
    end: date = Field(alias="fin", description="Dernier jour de cette période (AAAA-MM-JJ).")
    legal_basis: tuple[str, ...] = Field(default=("LO1112-6",), alias="base_legale", description="Articles qui interdisent le scrutin local pendant la période. Facultatif ; sans valeur : LO1112-6.")
    source: Source = Field(description="Source des dates.")

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v
    confidence: Confidence = Field(alias="confiance", description="Confiance dans les dates : H, M ou L.")
    # « national »: from rules/national/elections.yaml (added by the loader), never written
    # in a scenario by hand; « scenario »: the scenario's own « elections: » block.
    origin: Literal["scenario", "national"] = Field(default="scenario", alias="origine", description="D'où vient la période : « scenario » (ce fichier) ou « national » (rules/national/elections.yaml, ajouté par le moteur). Facultatif ; sans valeur : scenario.")

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
    """Identité du scénario et pacte qu'il teste."""

    model_config = STRICT

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Identifiant du scénario (minuscules, chiffres et tirets).")
    title: str = Field(alias="titre", min_length=1, description="Titre du scénario.")
    pact: str = Field(alias="pacte", min_length=1, description="Pacte testé : identifiant d'un pacte fourni (chambery-2026) ou chemin d'un fichier YAML.")


class Scenario(BaseModel):
    """Un scénario : une commune, les dates du mandat, le pacte testé (fichier ou identifiant) et
    ses surcharges."""

    model_config = STRICT

    info: ScenarioInfo = Field(alias="scenario", description="Identité du scénario.")
    commune: Commune = Field(description="La commune.")
    mandate: Mandate = Field(alias="mandat", description="Les dates du mandat.")
    elections: list[ElectionWindow] = Field(default_factory=list, alias="elections", validate_default=True, description="Campagnes électorales propres au scénario (élection partielle…), pendant lesquelles aucun scrutin local n'a lieu ; elles s'ajoutent au calendrier électoral national (rules/national/elections.yaml), et une campagne du même nom qu'une élection nationale la remplace. Facultatif ; sans valeur : le calendrier national seul.")
    overrides: dict[str, Any] = Field(default_factory=dict, alias="surcharges", description="Valeurs du pacte à remplacer, par chemin pointé (votation_propositionnelle.seuil_pct: 2). Facultatif ; sans valeur : le pacte tel quel.")
    assumptions: dict[str, Any] = Field(default_factory=dict, alias="hypotheses", description="Hypothèses de comportement à remplacer (rules/hypotheses/defaut.yaml). Facultatif ; sans valeur : les hypothèses par défaut.")
    winning_list_vote_share_pct: Param[Percent] | None = Field(default=None, alias="score_liste_gagnante_pct", json_schema_extra={"unite": "pourcent"}, description="Score de la liste gagnante, en pourcentage des suffrages exprimés. Facultatif ; sans valeur : non utilisé.")
    council_seats_override: Seats | None = Field(default=None, alias="sieges_conseil", description="Nombre de sièges du conseil, s'il diffère de l'effectif légal (L2121-2). Facultatif ; sans valeur : l'effectif légal selon la population.")

    @field_validator("elections", mode="after")
    @classmethod
    def _national_elections(cls, own: list[ElectionWindow], info: ValidationInfo) -> list[ElectionWindow]:
        """Every commune gets the national electoral calendar (LO1112-6 is national law):
        the windows given by :mod:`engine.io.context` as ``{"elections": [ElectionWindow…]}``
        (``rules/national/elections.yaml``) are added after the scenario's own « elections: »,
        except those the scenario names itself (its date then wins)."""
        national = (info.context or {}).get("elections") or []
        named = {w.name for w in own}
        return [*own, *(w for w in national if w.name not in named)]

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
