"""Base of every clause: a title, a French description, a source and a legal basis."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator

from engine.model.params import STRICT, Param, Source


class Clause(BaseModel):
    """A clause of a pact. Each concrete clause adds typed, cited parameters."""

    model_config = STRICT

    title: str = Field(alias="titre", min_length=1)
    description: str = Field(min_length=1)
    source: Source
    legal_basis: tuple[str, ...] = Field(default=(), alias="base_legale")

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v

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
