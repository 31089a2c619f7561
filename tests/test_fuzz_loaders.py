"""Property tests: whatever the text, the loaders return or raise InputError — nothing else.

Over ``parse_yaml`` (any text, and YAML-looking text rich in anchors, tags, directives),
``parse_override`` and ``set_path`` (any « CHEMIN=VALEUR »), and the validation of the
bundled pact and scenario after random edits (any value, including NaN, huge integers,
deep lists, at any place). Every problem reported is short and in the expected shape.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import lru_cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.core.errors import MAX_MESSAGE_CHARS, InputError
from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO
from engine.io.load import Document, parse_yaml, read_document
from engine.io.overrides import parse_override, set_path
from engine.io.validation import validate
from engine.model.pact import Pact
from engine.model.scenario import Scenario

FUZZ = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

YAML_PIECES = st.sampled_from([
    "a", "b", ": ", "- ", "\n", "  ", "[", "]", "{", "}", ",", "&x ", "*x", "&y ", "*y", "<<: ",
    "!!str ", "!!python/object:os.system ", "!t ", "! ", "%YAML 1.1\n", "%YAML 1.2\n",
    "%TAG !e! tag:e,1:\n", "---\n", "...\n", ".nan", ".inf", "-.inf", "1e400", "052", "no",
    "0x1F", "9" * 30, "2026-02-30", "2026-03-27", "'", '"', "\\", "\\U0010FFFF", "#", "? ", "|\n",
    ">-\n", "\t", "\x07", "\ufeff", "é", "\u202e", "~", "null", "true"])
YAMLISH = st.lists(YAML_PIECES, max_size=40).map("".join)


def assert_clean(exc: InputError, name: str | None = None) -> None:
    assert exc.problems
    for p in exc.problems:
        assert p.message and len(p.message) <= MAX_MESSAGE_CHARS
        assert "Traceback" not in p.message
        if name is not None:
            assert p.file == name
    assert str(exc)  # printable, whatever the content


@FUZZ
@given(YAMLISH | st.text(max_size=200))
def test_parse_yaml_returns_or_raises_input_error(text: str) -> None:
    try:
        doc = parse_yaml(text, "essai.yaml")
    except InputError as exc:
        assert_clean(exc, "essai.yaml")
        return
    assert isinstance(doc, Document)


@FUZZ
@given(st.text(max_size=60), YAMLISH | st.text(max_size=80))
def test_parse_override_returns_or_raises_input_error(path: str, value: str) -> None:
    try:
        got_path, _value = parse_override(f"{path}={value}")
    except InputError as exc:
        assert_clean(exc)
        assert all(p.file.startswith("--set") for p in exc.problems)
        return
    if "=" not in path:
        assert got_path == path.strip()


PATH_PART = st.sampled_from(["a", "b", "valeur", "valeurs", "1", "2", "0", "99", "", "²", "x" * 300])
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10)


@FUZZ
@given(VALUES, st.lists(PATH_PART, min_size=1, max_size=15).map(".".join), VALUES)
def test_set_path_sets_or_raises_input_error(data: Any, dotted: str, value: Any) -> None:
    root = {"a": data, "b": [data, {"valeur": 1}]}
    try:
        set_path(root, dotted, value, "--set")
    except InputError as exc:
        assert_clean(exc, "--set")


@lru_cache(maxsize=2)
def _bundled(path: str) -> Document:
    return read_document(path)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, prefix + (i,))
    return out


NASTY = VALUES | st.sampled_from([
    float("nan"), float("inf"), -float("inf"), 10**4000, -(10**15), 10**12, [[[[[]]]]],
    "x" * 5_000, "\x1b[2J", {"valeur": float("nan")}, {"valeurs": {}}])


def _mutate(data: dict[str, Any], picks: list[int], values: list[Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for pick, value in zip(picks, values, strict=False):
        paths = [p for p in _paths(data) if p]
        path = paths[pick % len(paths)]
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = copy.deepcopy(value)  # never the same object twice: no cycle
    return data


def _validates_or_refuses(model: type, doc: Document, data: dict[str, Any]) -> None:
    mutated = Document(doc.name, data, doc.lines)
    try:
        validate(model, mutated)
    except InputError as exc:
        assert_clean(exc, doc.name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=3), st.lists(NASTY, min_size=1, max_size=3))
def test_a_mutated_pact_validates_or_raises_input_error(picks: list[int], values: list[Any]) -> None:
    doc = _bundled(str(DEFAULT_PACT))
    _validates_or_refuses(Pact, doc, _mutate(doc.data, picks, values))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=3), st.lists(NASTY, min_size=1, max_size=3))
def test_a_mutated_scenario_validates_or_raises_input_error(picks: list[int], values: list[Any]) -> None:
    doc = _bundled(str(DEFAULT_SCENARIO))
    _validates_or_refuses(Scenario, doc, _mutate(doc.data, picks, values))


SMALL_PACT = """pacte:
  id: essai
  titre: Pacte d'essai
  liste: Liste d'essai
  commune: Chambéry
  source: essai.txt § Tout
consultation_revocation:
  titre: Révocation
  description: Consultation de révocation
  source: essai.txt § Révocation
  debat_public_jours:
    description: Durée du débat
    unite: jours
    valeur: 15
"""


@FUZZ
@given(st.integers(0, len(SMALL_PACT)), st.integers(0, 40), YAMLISH)
def test_a_mutated_pact_text_loads_or_raises_input_error(at: int, cut: int, insert: str) -> None:
    text = SMALL_PACT[:at] + insert + SMALL_PACT[at + cut:]
    try:
        validate(Pact, parse_yaml(text, "pacte.yaml"))
    except InputError as exc:
        assert_clean(exc, "pacte.yaml")
