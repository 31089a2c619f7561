"""Base of every clause: a title, a French description, a source and a legal basis."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic.fields import FieldInfo

from engine.model.params import STRICT, Param, Source
from engine.model.template import placeholders


class Clause(BaseModel):
    """Une clause du pacte : un titre, une description, une source ; chaque type de clause y ajoute
    ses paramètres typés et cités."""

    model_config = STRICT

    title: str = Field(
        alias="titre", min_length=1,
        description="Titre de la clause, tel que le pacte l'écrit.")
    description: str = Field(
        min_length=1,
        description="Ce que la clause promet, en quelques phrases. Un chiffre qui est un "
                    "paramètre de la clause s'écrit entre accolades : « {seuil_pct} » s'imprime "
                    "avec son unité (« 3 % »), « {membres:n} » en nombre seul ; le texte suit "
                    "ainsi la valeur du paramètre, dans le pacte comme dans une variante.")
    source: Source = Field(
        description="Document et section d'où vient la clause : « fichier § section ».")
    legal_basis: tuple[str, ...] = Field(
        default=(), alias="base_legale",
        description="Articles de loi sur lesquels la clause s'appuie (par exemple L1112-16, "
                    "LO1112-7). Facultatif ; sans valeur : aucun article n'est invoqué.")

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v

    @model_validator(mode="after")
    def _placeholders_name_parameters(self) -> Clause:
        """« {cle} » in the description (or a parameter's) names a parameter of the clause."""
        params = self.params()
        texts = [self.description, *(p.description for p in params.values())]
        unknown = sorted({k for t in texts if "{" in t for k in placeholders(t) if k not in params})
        if unknown:
            raise ValueError(
                "« {" + "} », « {".join(unknown) + "} » ne nomme aucun paramètre de la clause — "
                f"attendu : {', '.join(params) or 'aucun paramètre'}")
        return self

    def params(self) -> dict[str, Param[Any]]:
        """The clause's parameters, by their French key in the pact file."""
        out: dict[str, Param[Any]] = {}
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, Param):
                out[field.alias or name] = value
        return out

    def param_source(self, param: Param[Any]) -> Source:
        """A parameter's own source, or the clause's when the parameter gives none."""
        return param.source or self.source


def field_named(model: type[BaseModel], key: str) -> FieldInfo | None:
    """The field of ``model`` written ``key`` in a pact file (its alias, else its name)."""
    return next((f for n, f in model.model_fields.items() if (f.alias or n) == key), None)
