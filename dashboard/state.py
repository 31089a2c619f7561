"""The current what-if variant: which pact and scenario, and the « CHEMIN=VALEUR » edits.

It lives in the session and in the page URL, so a link restores it:
``?pacte=chambery-2026&scenario=chambery&set=votation_propositionnelle.seuil_pct%3D2``
(``set`` repeated, in the CLI's ``--set`` syntax). An uploaded pact stays in the session
only (a file does not fit in a link).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from engine.load import DEFAULT_PACT, DEFAULT_SCENARIO

KEY = "variant"
ERRORS_KEY = "url_errors"


@dataclass(frozen=True)
class Variant:
    pact: str = DEFAULT_PACT.stem
    scenario: str = DEFAULT_SCENARIO.stem
    overrides: tuple[str, ...] = ()
    upload_name: str | None = None
    upload_text: str | None = None

    def path_of(self, item: str) -> str:
        return item.split("=", 1)[0]

    def value_text(self, path: str) -> str | None:
        for item in self.overrides:
            if self.path_of(item) == path:
                return item.split("=", 1)[1]
        return None

    def with_override(self, path: str, item: str | None) -> Variant:
        """Replace (or with ``None`` remove) the edit of ``path``; edits keep their order."""
        kept = [o for o in self.overrides if self.path_of(o) != path]
        if item is not None:
            kept.append(item)
        return replace(self, overrides=tuple(kept))

    def to_query(self) -> dict[str, Any]:
        query: dict[str, Any] = {"pacte": self.pact, "scenario": self.scenario}
        if self.overrides:
            query["set"] = list(self.overrides)
        return query


def from_query(params: dict[str, list[str]]) -> Variant:
    """A variant from query parameters (each a list of values)."""
    base = Variant()
    pact = (params.get("pacte") or [base.pact])[-1]
    scenario = (params.get("scenario") or [base.scenario])[-1]
    sets = tuple(s for s in params.get("set", []) if "=" in s)
    return Variant(pact=pact, scenario=scenario, overrides=sets)


def query_string(variant: Variant) -> str:
    """The URL query of a variant (for « copier le lien »)."""
    from urllib.parse import urlencode

    return urlencode(variant.to_query(), doseq=True)
