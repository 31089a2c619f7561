"""Small modules and small functions: no module of ``engine/`` or ``dashboard/`` over
:data:`MAX_MODULE_LINES` lines, no function (methods and nested functions included) over
:data:`MAX_FUNCTION_LINES` lines, counted from its ``def`` to its last line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ROOTS = ("engine", "dashboard")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def modules() -> list[str]:
    """Every Python file of the engine and the dashboard, relative to the repository."""
    return sorted(str(p.relative_to(REPO)) for root in ROOTS for p in (REPO / root).rglob("*.py")
                  if "__pycache__" not in p.parts)


def too_long(path: Path, name: str) -> list[str]:
    """What is over a limit in the file ``name``, in French (file, function, line, length)."""
    text = path.read_text(encoding="utf-8")
    found = []
    lines = len(text.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"{name} : module de {lines} lignes (au plus {MAX_MODULE_LINES})")
    for node in ast.walk(ast.parse(text, filename=str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{name}:{node.lineno} : fonction {node.name} de "
                             f"{length} lignes (au plus {MAX_FUNCTION_LINES})")
    return found


def test_the_walk_finds_the_engine_and_the_dashboard() -> None:
    names = modules()
    assert "engine/model/pact.py" in names and "dashboard/app.py" in names


@pytest.mark.parametrize("name", modules())
def test_module_and_functions_are_small(name: str) -> None:
    assert too_long(REPO / name, name) == []


def test_the_check_names_file_and_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    path = tmp_path / "gros.py"
    path.write_text(f"def big():\n{body}\n" + "\n" * MAX_MODULE_LINES, encoding="utf-8")
    assert too_long(path, "engine/gros.py") == [
        f"engine/gros.py : module de {MAX_MODULE_LINES + MAX_FUNCTION_LINES + 1} lignes "
        f"(au plus {MAX_MODULE_LINES})",
        f"engine/gros.py:1 : fonction big de {MAX_FUNCTION_LINES + 1} lignes "
        f"(au plus {MAX_FUNCTION_LINES})",
    ]
