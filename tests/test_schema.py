"""The published JSON schema (`pacte schema pacte|scenario`, engine/model/json_schema.py): the
bundled files validate against it, every key is described in French with its unit, its
default and an example, and its type names are readable."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from engine.cli.commands.schema import schema_of
from engine.cli.main import app
from engine.core.paths import PACTS_DIR, REPO, SCENARIOS_DIR
from engine.io.load import read_document
from engine.model.json_schema import OPTIONAL, type_name, unit_of
from engine.model.params import Percent, Signatures

KINDS = ("pacte", "scenario")
BUNDLED = [("pacte", p) for p in sorted(PACTS_DIR.glob("*.yaml"))] + \
          [("scenario", p) for p in sorted(SCENARIOS_DIR.glob("*.yaml"))]
#: Words of English prose that no French description uses.
ENGLISH = re.compile(r"\b(the|of|and|which|with|from|is|are|each|every|value|its)\b")


@cache
def published(kind: str) -> dict[str, Any]:
    return schema_of(kind)


def as_json(value: Any) -> Any:
    """YAML data as a JSON document carries it (dates, as values or keys, as AAAA-MM-JJ)."""
    if isinstance(value, dict):
        return {(k.isoformat() if isinstance(k, dt.date) else str(k)): as_json(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def nodes(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object definition (the root and each of $defs), by name."""
    yield "(racine)", schema
    yield from schema["$defs"].items()


def properties(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    for name, node in nodes(schema):
        for branch in [node, *node.get("anyOf", [])]:
            required = set(branch.get("required", ()))
            for key, prop in branch.get("properties", {}).items():
                yield name, key, prop, key in required


def target(schema: dict[str, Any], prop: dict[str, Any]) -> str | None:
    for branch in [prop, *prop.get("anyOf", [])]:
        if "$ref" in branch:
            return branch["$ref"].rsplit("/", 1)[-1]
    return None


@pytest.mark.parametrize("kind", KINDS)
def test_is_a_draft_2020_12_schema(kind: str) -> None:
    schema = published(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(("kind", "path"), BUNDLED, ids=[p.name for _, p in BUNDLED])
def test_bundled_files_validate(kind: str, path: Path) -> None:
    data = as_json(read_document(path).data)
    errors = sorted(Draft202012Validator(published(kind)).iter_errors(data), key=str)
    assert not errors, [f"{list(e.absolute_path)} : {e.message[:200]}" for e in errors]


@pytest.mark.parametrize(("kind", "path", "key"), [
    ("pacte", PACTS_DIR / "chambery-2026.yaml", ("votation_propositionnelle", "seuil_pct")),
    ("scenario", SCENARIOS_DIR / "chambery.yaml", ("commune", "population_municipale"))])
def test_schema_refuses_a_misspelt_key(kind: str, path: Path, key: tuple[str, str]) -> None:
    data = as_json(read_document(path).data)
    bad = copy.deepcopy(data)
    bad[key[0]][key[1] + "e"] = bad[key[0]].pop(key[1])
    messages = [e.message for e in Draft202012Validator(published(kind)).iter_errors(bad)]
    assert any(key[1] + "e" in m for m in messages), messages


@pytest.mark.parametrize("kind", KINDS)
def test_every_key_is_described_in_french(kind: str) -> None:
    schema = published(kind)
    # the generic « facultatif » sentence the generator adds is no description of the key
    missing = [f"{name}.{key}" for name, key, prop, _ in properties(schema)
               if not prop.get("description", "").replace(OPTIONAL, "").strip()]
    assert not missing
    texts = [(name, key, prop["description"]) for name, key, prop, _ in properties(schema)]
    texts += [(name, "", node["description"]) for name, node in nodes(schema)
              if node.get("description")]
    english = [f"{n}.{k} : {t}" for n, k, t in texts if ENGLISH.search(t)]
    assert not english


@pytest.mark.parametrize("kind", KINDS)
def test_every_definition_is_described(kind: str) -> None:
    undescribed = [name for name, node in nodes(published(kind))
                   if not node.get("description")]
    assert not undescribed


@pytest.mark.parametrize("kind", KINDS)
def test_type_names_are_readable(kind: str) -> None:
    text = json.dumps(published(kind))
    names = list(published(kind)["$defs"])
    ugly = [n for n in names if "__" in n or "Annotated" in n or "FieldInfo" in n
            or n.startswith("Param_") or not re.fullmatch(r"[A-Za-z0-9_]+", n)]
    assert not ugly
    assert "Annotated" not in text and "FieldInfo" not in text


def test_readable_names_of_the_bundled_pact() -> None:
    schema = published("pacte")
    root = schema["properties"]
    assert target(schema, root["votation_propositionnelle"]) == "Clause_votation_propositionnelle"
    petition = schema["$defs"]["Clause_votation_propositionnelle"]["properties"]
    assert target(schema, petition["seuil_pct"]) == "Parametre_pourcent"
    assert target(schema, petition["seuil_absolu"]) == "Parametre_signatures"
    assert (type_name(Percent), type_name(Signatures)) == ("pourcent", "signatures")
    assert (unit_of(Percent), unit_of(bool), unit_of(list[int]), unit_of(int)) == \
        ("pourcent", "booleen", "liste", "nombre")


@pytest.mark.parametrize("kind", KINDS)
def test_optional_keys_show_their_default(kind: str) -> None:
    optional = [(f"{n}.{k}", p) for n, k, p, required in properties(published(kind))
                if not required and p.get("default", 0) is None]
    assert optional
    silent = [k for k, p in optional if "facultatif" not in p["description"].lower()]
    assert not silent
    petition = published("pacte")["$defs"]["Clause_votation_propositionnelle"]["properties"]
    assert petition["seuil_absolu"]["default"] is None
    assert "sans valeur : seul le pourcentage" in petition["seuil_absolu"]["description"]


def _units(data: dict[str, Any], node: dict[str, Any], schema: dict[str, Any],
           where: str) -> Iterator[tuple[str, str | None, str]]:
    """(key, unit the schema declares, unit the file writes) for every parameter block, those
    of the list families' items (« votations », « assemblees_tirees_au_sort »…) included."""
    for key, value in data.items():
        prop = node.get("properties", {}).get(key)
        if prop is not None and isinstance(value, list) and isinstance(prop.get("items"), dict) \
                and (item := target(schema, prop["items"])) is not None:
            for i, entry in enumerate(value):
                if isinstance(entry, dict):
                    yield from _units(entry, schema["$defs"][item], schema, f"{where}{key}.{i}.")
            continue
        if prop is None or not isinstance(value, dict):
            continue
        if "unite" in value:
            yield f"{where}{key}", prop.get("unite"), value["unite"]
        elif (name := target(schema, prop)) is not None:
            yield from _units(value, schema["$defs"][name], schema, f"{where}{key}.")


@pytest.mark.parametrize(("kind", "path"), BUNDLED, ids=[p.name for _, p in BUNDLED])
def test_units_of_the_schema_are_those_of_the_bundled_files(kind: str, path: Path) -> None:
    schema = published(kind)
    found = list(_units(read_document(path).data, schema, schema, ""))
    assert found
    wrong = [(k, declared, written) for k, declared, written in found
             if declared is not None and declared != written]
    assert not wrong


@pytest.mark.parametrize("kind", KINDS)
def test_every_parameter_declares_its_unit(kind: str) -> None:
    schema = published(kind)
    params = [(n, k, p) for n, k, p, _ in properties(schema)
              if (target(schema, p) or "").startswith("Parametre_")]
    assert params
    silent = [f"{n}.{k}" for n, k, p in params if "unite" not in p]
    assert not silent


def test_examples_come_from_the_bundled_files() -> None:
    petition = published("pacte")["$defs"]["Clause_votation_propositionnelle"]["properties"]
    bundled = read_document(PACTS_DIR / "chambery-2026.yaml").data
    assert petition["seuil_pct"]["examples"] == [bundled["votation_propositionnelle"]["seuil_pct"]]
    commune = published("scenario")["$defs"]["Commune"]["properties"]
    scenario = read_document(SCENARIOS_DIR / "chambery.yaml").data
    assert commune["nom"]["examples"] == [scenario["commune"]["nom"]]


@pytest.mark.parametrize("kind", KINDS)
def test_cli_prints_the_published_schema(kind: str) -> None:
    result = CliRunner().invoke(app, ["schema", kind, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(json.dumps(published(kind), default=str))


@pytest.mark.parametrize("kind", KINDS)
def test_the_copy_in_docs_is_up_to_date(kind: str) -> None:
    """docs/schema/*.schema.json is what `pacte schema` prints (regenerate it with
    `pacte schema pacte > docs/schema/pacte.schema.json` after changing the model)."""
    copy_ = json.loads((REPO / "docs" / "schema" / f"{kind}.schema.json").read_text("utf-8"))
    assert copy_ == json.loads(json.dumps(published(kind), default=str))
