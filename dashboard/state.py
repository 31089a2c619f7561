"""The current what-if variant: which pact and scenario, and the « CHEMIN=VALEUR » edits.

It lives in the session and in the page URL, so a link restores it:
``?pacte=chambery-2026&scenario=chambery&set=votation_propositionnelle.seuil_pct%3D2``
(``set`` repeated, in the CLI's ``--set`` syntax). An uploaded pact stays in the session
only (a file does not fit in a link).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO

KEY = "variant"
ERRORS_KEY = "url_errors"
#: The French refusal left by the bundled-pact picker (a pact whose commune has no scenario).
PACT_ERROR_KEY = "pact_error"


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
    """A variant from query parameters (each a list of values), within the limits."""
    return read_query(params)[0]


def read_query(params: dict[str, list[str]]) -> tuple[Variant, list[str]]:
    """The variant a link asks for, and a French message for each part refused here.

    Only identifiers of bundled pacts and scenarios are accepted (never a path: a link
    cannot make the server read a file); at most ``MAX_OVERRIDES`` edits of at most
    ``MAX_OVERRIDE_CHARS`` characters each. The edits kept are then validated by the engine
    (``session.restore_from_url``)."""
    from dashboard.safe import MAX_OVERRIDE_CHARS, MAX_OVERRIDES, count, short
    from engine.io.variant import bundled_pacts, bundled_scenarios

    base = Variant()
    errors: list[str] = []
    pact = _bundled_id(params.get("pacte"), base.pact, bundled_pacts(), "pacte", errors)
    scenario = _bundled_id(params.get("scenario"), base.scenario, bundled_scenarios(),
                           "scénario", errors)
    if params.get("pacte") and not params.get("scenario"):  # as ``pacte --pacte ID`` does
        scenario = _own_scenario(pact, scenario, errors)
    items = list(params.get("set") or [])
    if len(items) > MAX_OVERRIDES:
        errors.append(f"Lien : paramètre « set » : {count(len(items))} modifications, au plus "
                      f"{MAX_OVERRIDES} par lien — les {count(len(items) - MAX_OVERRIDES)} "
                      "dernières sont ignorées")
        items = items[:MAX_OVERRIDES]
    sets: list[str] = []
    for item in items:
        if len(item) > MAX_OVERRIDE_CHARS:
            errors.append(f"Lien : paramètre « set » : modification ignorée, {count(len(item))} "
                          f"caractères pour au plus {count(MAX_OVERRIDE_CHARS)} : "
                          f"« {short(item)} »")
        else:
            sets.append(item)
    return Variant(pact=pact, scenario=scenario, overrides=tuple(sets)), errors


def scenario_of_pact(pact: str) -> str:
    """The bundled scenario of a bundled pact's commune, chosen exactly as the command line
    chooses it for ``--pacte ID`` without ``--scenario`` (``engine.io.context``); raises the
    engine's French ``InputError`` when no bundled scenario is of that commune."""
    from engine.core.paths import PACTS_DIR
    from engine.io.context import resolve_scenario
    from engine.io.variant import bundled_pacts

    return resolve_scenario(None, pact=PACTS_DIR / bundled_pacts()[pact]).stem


def _own_scenario(pact: str, fallback: str, errors: list[str]) -> str:
    """The scenario of the pact's commune, else ``fallback`` and the French reason."""
    from engine.core.errors import InputError

    try:
        return scenario_of_pact(pact)
    except InputError as exc:
        errors.append(f"Lien : {exc}")
        return fallback


def one_per_field(variant: Variant) -> Variant:
    """One edit per field, the last one winning (as with ``--set`` given twice)."""
    out = replace(variant, overrides=())
    for item in variant.overrides:
        out = out.with_override(out.path_of(item), item)
    return out


def _bundled_id(values: list[str] | None, default: str, known: dict[str, str], kind: str,
                errors: list[str]) -> str:
    """The last value of ``?pacte=``/``?scenario=`` if it names a bundled file, else the
    default (with a message)."""
    from dashboard.safe import short

    if not values:
        return default
    wanted = values[-1]
    if wanted in known:
        return wanted
    param = "pacte" if kind == "pacte" else "scenario"
    errors.append(f"Lien : paramètre « {param} » : {kind} fourni inconnu « {short(wanted)} » — "
                  f"attendu l'un de : {', '.join(known)} ; {kind} par défaut utilisé")
    return default


def query_string(variant: Variant) -> str:
    """The URL query of a variant (for « copier le lien »)."""
    from urllib.parse import urlencode

    return urlencode(variant.to_query(), doseq=True)
