"""``--set CHEMIN=VALEUR`` edits: bounded paths, parsed values, applied to a document before
validation, and blamed when they make it invalid."""

from __future__ import annotations

import re
from typing import Any

from engine.core.errors import InputError, Problem, shorten
from engine.io.load import Document, parse_yaml
from engine.io.yaml_guard import MAX_OVERRIDE_CHARS, MAX_PATH_CHARS, MAX_PATH_PARTS, _thousands

# --- pacts, scenarios and overrides ---------------------------------------------------

SCENARIO_KEYS = ("scenario", "commune", "mandat", "elections", "surcharges", "hypotheses",
                 "score_liste_gagnante_pct", "sieges_conseil")


def check_path(dotted: str, origin: str) -> list[str]:
    """The components of a dotted path, refused (French, naming ``origin``) if it is
    absurdly long, deep, or has an empty component."""
    if len(dotted) > MAX_PATH_CHARS:
        raise InputError.single(origin, None, dotted, f"chemin trop long ({_thousands(len(dotted))} "
                                f"caractères) — attendu : au plus {MAX_PATH_CHARS} caractères, "
                                "ex. votation_propositionnelle.seuil_pct")
    parts = dotted.split(".")
    if len(parts) > MAX_PATH_PARTS:
        raise InputError.single(origin, None, dotted, f"chemin trop profond ({len(parts)} niveaux) "
                                f"— attendu : au plus {MAX_PATH_PARTS} noms séparés par des points")
    if any(not part.strip() for part in parts):
        raise InputError.single(origin, None, dotted, "chemin avec un nom vide (deux points de "
                                "suite, ou un point au début ou à la fin)")
    return parts


def parse_override(text: str) -> tuple[str, Any]:
    """« chemin.vers.champ=valeur » → (path, YAML 1.2 value), checked like a file."""
    if len(text) > MAX_OVERRIDE_CHARS:
        raise InputError.single("--set", None, shorten(text.split("=", 1)[0], 60),
                                f"argument trop long ({_thousands(len(text))} caractères) — "
                                f"attendu : au plus {_thousands(MAX_OVERRIDE_CHARS)} caractères")
    if "=" not in text:
        raise InputError.single("--set", None, text, "forme attendue : CHEMIN=VALEUR")
    path, raw = text.split("=", 1)
    path = path.strip()
    if not path:
        raise InputError.single("--set", None, text, "chemin vide avant « = »")
    check_path(path, "--set")
    try:
        doc = parse_yaml(raw if raw.strip() else "''", "--set", root=path)
    except InputError as exc:  # a line of a one-line argument says nothing: dropped
        raise InputError([Problem(p.file, None, p.field, p.message) for p in exc.problems]) from None
    return path, doc.data


_INDEX = re.compile(r"[0-9]{1,9}")


def set_path(data: dict[str, Any], dotted: str, value: Any, origin: str) -> None:
    """Set ``value`` at a dotted path (list items counted from 1, or named by their « id »). A cited parameter
    (a block with « valeur » or « valeurs ») gets a new undated « valeur »."""
    parts = check_path(dotted, origin)
    node: Any = data
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        ids = [item.get("id") for item in node if isinstance(item, dict)] if isinstance(node, list) else []
        if isinstance(node, list) and part in ids:
            # an item of a list family (« votations.ric-local.quorum_pct ») named by its id
            key: Any = ids.index(part)
        elif isinstance(node, list):
            if not _INDEX.fullmatch(part) or not 1 <= int(part) <= len(node):
                raise InputError.single(origin, None, dotted,
                                        f"indice « {shorten(part, 20)} » hors de la liste (1 à {len(node)})")
            key = int(part) - 1
        elif isinstance(node, dict):
            key = part
            if key not in node and not last:
                raise InputError.single(origin, None, dotted,
                                        f"chemin inconnu : « {shorten(part, 40)} » n'existe pas")
        else:
            raise InputError.single(origin, None, dotted,
                                    f"« {shorten(part, 40)} » : ce champ n'a pas de sous-champs")
        if last:
            if isinstance(node, dict) and key in ("valeur", "valeurs"):
                node.pop("valeurs" if key == "valeur" else "valeur", None)
            target = node[key] if (isinstance(node, dict) and key in node) or isinstance(node, list) else None
            if isinstance(target, dict) and ("valeur" in target or "valeurs" in target) and not isinstance(value, dict):
                target.pop("valeurs", None)
                target["valeur"] = value
            else:
                node[key] = value
            return
        node = node[key]


def _apply(doc: Document, overrides: list[tuple[str, Any]], origin: str) -> None:
    for path, value in overrides:
        set_path(doc.data, path, value, origin)
        doc.overridden[path] = origin


def _blame_overrides(doc: Document, exc: InputError) -> InputError:
    """Problems on an overridden field name the override (« --set »), not the file line."""
    fixed = []
    for p in exc.problems:
        origin = next((o for path, o in doc.overridden.items()
                       if p.field == path or p.field.startswith(path + ".")
                       or path.startswith(p.field + ".")), None)
        fixed.append(Problem(origin, None, p.field, p.message) if origin else p)
    return InputError(fixed)



def split_overrides(overrides: list[tuple[str, Any]]) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """Overrides for the scenario (commune, mandat…) and for the pact (its clauses)."""
    scen = [(p, v) for p, v in overrides if p.split(".", 1)[0] in SCENARIO_KEYS]
    pact = [(p, v) for p, v in overrides if p.split(".", 1)[0] not in SCENARIO_KEYS]
    return scen, pact
