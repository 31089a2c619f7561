"""The catalogue of MEASURES a list can pick when it starts its pact (``pacte nouveau``, the
dashboard's Composer page): ``rules/catalogue/mesures.yaml``.

Each measure names the clause key it writes (a clause of the schema, or a list family —
« votations », « assemblees_tirees_au_sort » — whose item it adds), explains itself in one
plain French sentence, gives its legal nature in plain words with its articles, its key
figures (the few parameters a list must choose, with the question asked) and its default
clause block, every value of which cites its source (a seed section).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from engine.model.params import STRICT, Source

#: The legal nature of a measure, in the plain words a newcomer reads.
Nature = Literal["engagement politique", "délibération du conseil", "acte du maire"]

#: The list families of the schema: a measure of these adds an item (with an « id »).
LIST_FAMILIES = ("votations", "assemblees_tirees_au_sort", "clauses_libres")


class KeyFigure(BaseModel):
    """Un chiffre clé d'une mesure : un paramètre de son bloc que la liste doit choisir, et la
    question qui le lui demande."""

    model_config = STRICT

    param: str = Field(alias="parametre", min_length=1,
                       description="Clé du paramètre dans le bloc de la clause (ex. seuil_pct).")
    question: str = Field(min_length=1, description="La question posée à la liste, en français.")


class Measure(BaseModel):
    """Une mesure du catalogue : la clause qu'elle écrit, son explication, sa nature juridique,
    ses chiffres clés et son bloc par défaut sourcé."""

    model_config = STRICT

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$",
                    description="Identifiant de la mesure (ex. budget_participatif).")
    title: str = Field(alias="titre", min_length=1, description="Nom de la mesure.")
    key: str = Field(alias="cle", min_length=1,
                     description="Clé de clause du pacte qu'elle écrit (ou famille en liste).")
    explanation: str = Field(alias="explication", min_length=1,
                             description="Ce que fait la mesure, en une phrase simple.")
    nature: Nature = Field(description="Nature juridique en mots simples.")
    nature_detail: str = Field(min_length=1,
                               description="Pourquoi cette nature : ce que la loi permet.")
    articles: list[str] = Field(min_length=1, description="Articles de loi en cause.")
    key_figures: list[KeyFigure] = Field(
        default_factory=list, alias="chiffres_cles",
        description="Paramètres à choisir par la liste. Facultatif ; sans valeur : aucun.")
    default: dict[str, Any] = Field(
        alias="defaut",
        description="Bloc de clause par défaut ; chaque valeur cite sa source.")

    @model_validator(mode="after")
    def _figures_in_block(self) -> Measure:
        for figure in self.key_figures:
            block = self.default.get(figure.param)
            if not isinstance(block, dict) or not ({"valeur", "valeurs"} & set(block)):
                raise ValueError(f"chiffre clé « {figure.param} » absent du bloc par défaut")
        if self.is_item and not isinstance(self.default.get("id"), str):
            raise ValueError(f"une mesure de la famille « {self.key} » donne un « id » à son bloc")
        return self

    @property
    def is_item(self) -> bool:
        """Whether the measure adds an item to a list family rather than a whole clause."""
        return self.key in LIST_FAMILIES

    @property
    def path(self) -> str:
        """Where its parameters are set (« clé » or « famille.id »), as ``--set`` writes it."""
        return f"{self.key}.{self.default['id']}" if self.is_item else self.key

    def figure_path(self, figure: KeyFigure) -> str:
        """« clé.paramètre » (or « famille.id.paramètre ») of a key figure."""
        return f"{self.path}.{figure.param}"


class CatalogueInfo(BaseModel):
    """Identité du catalogue."""

    model_config = STRICT

    id: str = Field(min_length=1, description="Identifiant du catalogue.")
    title: str = Field(alias="titre", min_length=1, description="Titre du catalogue.")
    source: Source = Field(description="Document d'où vient le catalogue.")


class Catalogue(BaseModel):
    """Le catalogue des mesures : son identité et ses mesures, d'identifiants uniques."""

    model_config = STRICT

    info: CatalogueInfo = Field(alias="catalogue", description="Identité du catalogue.")
    measures: list[Measure] = Field(alias="mesures", min_length=1,
                                          description="Les mesures proposées.")

    @model_validator(mode="after")
    def _unique(self) -> Catalogue:
        seen: set[str] = set()
        for m in self.measures:
            if m.id in seen:
                raise ValueError(f"mesure « {m.id} » en double")
            seen.add(m.id)
        return self
