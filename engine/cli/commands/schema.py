"""`pacte schema`: the JSON Schema (Draft 2020-12) of a pact file or a scenario file, in
French, with the bundled Chambéry files' values as examples (copies in ``docs/schema/``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

ORDER = 90

#: Longest list an example keeps (a list of 27 delegations would drown the schema).
EXAMPLE_ITEMS = 2


def _json_ready(value: Any) -> Any:
    """YAML data as JSON data: dates (values and keys) as AAAA-MM-JJ."""
    if isinstance(value, dict):
        return {k.isoformat() if isinstance(k, dt.date) else str(k): _json_ready(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _target(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any] | None:
    """The definition a property refers to (directly or as the non-null branch of anyOf)."""
    for branch in [prop, *prop.get("anyOf", [])]:
        ref = branch.get("$ref", "")
        if ref.startswith("#/$defs/"):
            return defs.get(ref.removeprefix("#/$defs/"))
    return None


def add_examples(node: dict[str, Any], data: Any, defs: dict[str, Any],
                 seen: set[int] | None = None) -> None:
    """Give each property of ``node`` the bundled file's value as its example: a parameter
    block (with « unite ») or a plain value as is, a block of keys by descending into it."""
    seen = set() if seen is None else seen
    if not isinstance(data, dict) or id(node) in seen:
        return
    seen.add(id(node))
    for key, prop in node.get("properties", {}).items():
        if key not in data or "examples" in prop:
            continue
        value = _json_ready(data[key])
        target = _target(prop, defs)
        if isinstance(value, dict) and "unite" not in value and target is not None:
            add_examples(target, data[key], defs, seen)
        else:
            prop["examples"] = [value[:EXAMPLE_ITEMS] if isinstance(value, list) else value]


def schema_of(kind: str) -> dict[str, Any]:
    """The published schema of ``kind`` (« pacte » or « scenario »), with examples."""
    from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO
    from engine.io.load import read_document
    from engine.model.json_schema import french_schema

    schema = french_schema("pacte" if kind == "pacte" else "scenario")
    example = read_document(DEFAULT_PACT if kind == "pacte" else DEFAULT_SCENARIO)
    add_examples(schema, example.data, schema.get("$defs", {}))
    return schema


def _kind_of(prop: dict[str, Any]) -> str:
    """« Parametre_pourcent », « texte », « liste »: a property's type in a few words."""
    for branch in [prop, *prop.get("anyOf", [])]:
        if "$ref" in branch:
            return branch["$ref"].rsplit("/", 1)[-1]
        if branch.get("type") not in (None, "null"):
            return {"string": "texte", "integer": "entier", "number": "nombre",
                    "boolean": "booleen", "array": "liste", "object": "bloc"}[branch["type"]]
    return "valeur"


def text_of(schema: dict[str, Any]) -> list[str]:
    """The schema as French lines: each top-level key, then the keys of each definition with
    their type, unit and whether they are required."""
    lines: list[str] = []
    for title, node in [("(racine)", schema), *schema.get("$defs", {}).items()]:
        props = node.get("properties") or next(
            (b.get("properties") for b in node.get("anyOf", []) if "properties" in b), {})
        if not props:
            continue
        lines.append(f"{title} — {node.get('description', '')}")
        required = set(node.get("required", ()))
        for key, prop in props.items():
            unit = f", unité {prop['unite']}" if "unite" in prop else ""
            need = "obligatoire" if key in required else "facultatif"
            lines.append(f"  {key} ({_kind_of(prop)}{unit}, {need}) : {prop.get('description', '')}")
        lines.append("")
    return lines


def register(app: typer.Typer) -> None:
    @app.command("schema", short_help="Afficher le schéma JSON d'un pacte ou d'un scénario.")
    def schema(
        kind: str = typer.Argument("pacte", metavar="fichier", help="pacte ou scenario."),
        format: str = typer.Option("json", "--format",
                                   help="json (le schéma JSON exact) ou text (liste lisible)."),
    ) -> None:
        """Le schéma JSON d'un fichier de pacte ou de scénario : chaque clé avec sa description
        en français, son type, son unité, ses bornes, sa valeur par défaut et un exemple tiré
        des fichiers de Chambéry."""
        from engine.cli.commands._common import print_json
        from engine.core.errors import InputError
        from engine.core.fr import did_you_mean

        if kind not in ("pacte", "scenario"):
            raise InputError.single("(ligne de commande)", None, "fichier",
                                    f"« {kind} » inconnu — attendu : pacte ou scenario"
                                    f"{did_you_mean(kind, ['pacte', 'scenario'])}")
        if format not in ("json", "text"):
            raise InputError.single("(ligne de commande)", None, "--format",
                                    f"« {format} » inconnu — attendu : json ou text")
        if format == "json":
            print_json(schema_of(kind))
        else:
            typer.echo("\n".join(text_of(schema_of(kind))))
