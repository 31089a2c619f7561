"""The organisation of powers in Graphviz DOT (engine/render/dot.py)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from test_powers import pact

from engine import powers
from engine.render.dot import to_dot


@pytest.fixture(scope="module")
def chambery() -> powers.PowerGraph:
    return powers.build(pact())


def test_dot_output_is_valid_graphviz(chambery: powers.PowerGraph, tmp_path) -> None:
    dot = to_dot(chambery)
    assert dot.startswith('digraph "pouvoirs-chambery-2026" {') and dot.rstrip().endswith("}")
    string = r'"(?:[^"\\]|\\.)*"'
    node = re.compile(rf"^  {string} \[label={string}, shape=\w+, fillcolor={string}\];$")
    edge = re.compile(rf"^  {string} -> {string} \[label={string}, color={string}, "
                      r"style=(solid|dashed|dotted)\];$")
    body = dot.splitlines()[4:-1]
    assert len(body) == len(chambery.bodies) + len(chambery.powers)
    for line in body:
        assert node.match(line) or edge.match(line), line
    if shutil.which("dot"):
        out = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True,
                             check=False)
        assert out.returncode == 0, out.stderr
        assert "<svg" in out.stdout
