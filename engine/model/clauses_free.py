"""Free clauses (« clauses_libres ») : what a list promises in its own words, never rejected.

A pact may promise anything the catalogue of clause types does not know (a school canteen,
building permits…). A free clause carries its own text and says what kind of act it is
(« nature ») ; the verifier judges it from that nature alone (issue 9 § 1) and names the
articles of its « base_legale » that the law base knows.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, field_validator

from engine.model.params import STRICT, Source

#: What kind of act a free clause is: a deliberation of the council, an act of the mayor,
#: a political commitment of the list, or something else (« autre »).
FreeNature = Literal["acte_du_conseil", "acte_du_maire", "engagement_politique", "autre"]

NATURE_FR: dict[str, str] = {
    "acte_du_conseil": "acte du conseil municipal",
    "acte_du_maire": "acte du maire",
    "engagement_politique": "engagement politique",
    "autre": "autre",
}

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


class FreeClause(BaseModel):
    """Une clause libre : identifiant, titre, texte de l'engagement, nature de l'acte, et
    facultativement sa source et les articles qu'invoque la liste."""

    model_config = STRICT

    id: str = Field(pattern=ID_PATTERN, max_length=80,
                    description="Identifiant de la clause dans la liste (lettres minuscules, "
                                "chiffres, tirets), unique dans le pacte")
    title: str = Field(alias="titre", min_length=1, description="Titre de la clause")
    text: str = Field(alias="texte", min_length=1, description="Texte de l'engagement, tel que "
                                                               "la liste l'écrit")
    nature: FreeNature = Field(description="Nature de l'acte : acte_du_conseil, acte_du_maire, "
                                           "engagement_politique ou autre")
    source: Source | None = Field(default=None, description="Document et section d'où vient la "
                                  "clause ; absente : la clause est citée par son seul titre")
    legal_basis: tuple[str, ...] = Field(default=(), alias="base_legale",
                                         description="Articles invoqués par la liste ; absents : "
                                         "le vérificateur pose la question de la base légale")

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v


def unique_ids(what: str):
    """A validator refusing two items of a list with the same ``id`` (French message)."""

    def check(items: list[Any]) -> list[Any]:
        twice = sorted(k for k, n in Counter(item.id for item in items).items() if n > 1)
        if twice:
            raise ValueError(f"identifiant(s) en double dans « {what} » : "
                             + ", ".join(f"« {k} »" for k in twice)
                             + " — chaque élément de la liste doit avoir son propre id")
        return items

    return check


#: The pact's list of free clauses, ids unique.
FreeClauses = Annotated[list[FreeClause], AfterValidator(unique_ids("clauses_libres"))]
