"""The national electoral calendar (``rules/national/elections.yaml``): the general elections of
a municipal mandate during whose campaign no local referendum or consultation may be held
(LO1112-6, L1112-21). Every election carries its source, its confidence and the rule that
fixes its date while no decree has fixed it yet (confidence L)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator

from engine.model.params import STRICT, Source
from engine.model.scenario import ElectionWindow


class NationalElection(ElectionWindow):
    """One national (or general local) election: its window, and the rule fixing its date."""

    rule: str = Field(alias="regle", min_length=1)

    def window(self) -> ElectionWindow:
        """The election as a scenario's election window, marked as coming from the national
        calendar."""
        return ElectionWindow(name=self.name, start=self.start, end=self.end,
                              legal_basis=self.legal_basis, source=self.source,
                              confidence=self.confidence, origin="national")


class CalendarInfo(BaseModel):
    model_config = STRICT

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(alias="titre", min_length=1)
    mandate: str = Field(alias="mandat", min_length=1)
    source: Source
    legal_basis: tuple[str, ...] = Field(alias="base_legale", min_length=1)

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _articles(cls, v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v


class ElectoralCalendar(BaseModel):
    """The national electoral calendar: elections with distinct names, in date order."""

    model_config = STRICT

    info: CalendarInfo = Field(alias="calendrier")
    elections: list[NationalElection] = Field(alias="elections", min_length=1)

    @model_validator(mode="after")
    def _distinct_and_ordered(self) -> ElectoralCalendar:
        names = [e.name for e in self.elections]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"l'élection « {twice[0]} » figure deux fois")
        starts = [e.start for e in self.elections]
        if starts != sorted(starts):
            raise ValueError("les élections doivent être données dans l'ordre de leurs dates")
        return self

    def windows(self) -> list[ElectionWindow]:
        """Every election as a window of the national calendar (``origine: national``)."""
        return [e.window() for e in self.elections]
