"""Loading the behaviour assumptions: the defaults of ``rules/hypotheses/defaut.yaml``, then
the scenario's ``hypotheses:`` block, then ``--set hypotheses.…`` — French errors naming
the origin of every bad value."""

from __future__ import annotations

import copy
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from engine.core.errors import InputError, Problem
from engine.core.paths import ASSUMPTIONS_FILE as DEFAULTS_FILE
from engine.io.load import Document, read_document
from engine.io.validation import _clean_loc, _french
from engine.model.assumptions import Assumptions

# --- loading: defaults, then the scenario's « hypotheses: », then --set -------------------

SWITCHES = ("regime_des_votes", "incertitude")
ASSUMPTION_KEYS = ("description", "question", "unite", "valeur", "min", "max", "incertaine", "source")


def _apply_override(data: dict[str, Any], path: str, value: Any, origin: str,
                    origins: dict[str, str]) -> None:
    """Apply one override « clé » or « clé.sous_clé » to the assumptions data."""
    parts = path.split(".")
    key = parts[0]
    known = [k for k in data]
    if key not in data:
        raise InputError.single(origin, None, f"hypotheses.{path}",
                                f"hypothèse inconnue « {key} » — attendu : une de {', '.join(known)}")
    origins[key] = origin
    if key in SWITCHES:
        if len(parts) > 1:
            raise InputError.single(origin, None, f"hypotheses.{path}",
                                    f"« {key} » n'a pas de sous-champs")
        data[key] = value
        return
    block = data[key]
    if len(parts) == 2:
        if parts[1] not in ASSUMPTION_KEYS:
            raise InputError.single(origin, None, f"hypotheses.{path}",
                                    f"champ inconnu « {parts[1]} » — attendu : {', '.join(ASSUMPTION_KEYS)}")
        block[parts[1]] = value
        return
    if len(parts) > 2:
        raise InputError.single(origin, None, f"hypotheses.{path}", "chemin trop long")
    if isinstance(value, dict):
        for sub, v in value.items():
            _apply_override(data, f"{key}.{sub}", v, origin, origins)
        return
    # A bare value fixes the assumption: value, min and max all become that value (to keep
    # a range, give the block: {valeur: …, min: …, max: …}).
    block["valeur"] = value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        block["min"] = value
        block["max"] = value


@lru_cache(maxsize=4)
def _parsed_defaults(path: str, stamp: tuple[int, int]) -> Document:
    return read_document(path)


def _read_defaults(path: Path) -> Document:
    """The defaults file, parsed once per process while it is unchanged (a command loads the
    assumptions several times: simulation, letters, draw); each caller gets its own copy."""
    try:
        info = path.stat()
    except OSError:
        return read_document(path)  # the reader says in French what is wrong
    if not stat.S_ISREG(info.st_mode):
        return read_document(path)
    return copy.deepcopy(_parsed_defaults(str(path), (info.st_mtime_ns, info.st_size)))


def load_assumptions(
    scenario_assumptions: dict[str, Any] | None = None,
    overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
    scenario_origin: str = "scénario (hypotheses)",
    path: Path = DEFAULTS_FILE,
) -> Assumptions:
    """Defaults from ``path``, then the scenario's ``hypotheses`` block, then ``--set``
    overrides (paths without the « hypotheses. » prefix). Bad values → ``InputError``."""
    doc = _read_defaults(Path(path))
    data = doc.data
    origins: dict[str, str] = {}
    for key, value in (scenario_assumptions or {}).items():
        _apply_override(data, str(key), value, scenario_origin, origins)
    for key, value in overrides:
        _apply_override(data, key.removeprefix("hypotheses."), value, "--set", origins)
    try:
        return Assumptions.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            dotted = ".".join(str(p) for p in loc) or "(racine)"
            origin = origins.get(str(loc[0])) if loc else None
            if origin is not None:
                problems.append(Problem(origin, None, f"hypotheses.{dotted}", _french(err)))
            else:
                problems.append(Problem(doc.name, doc.line_of(loc), dotted, _french(err)))
        raise InputError(problems) from None


