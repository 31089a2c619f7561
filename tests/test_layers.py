"""One way down: every import of Pacte's code, at module level and inside functions, goes
from a layer to a layer below it, never up and never sideways (brief « Standards »).

    core ← model ← io ← procedures ← {verifier, powers, sim, sortition} ← report ← render
    ← {cli, dashboard}

Imports inside one package are free, but no cycle may join its modules. The test suite
(``tests``) may import anything; nothing imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: package → (layer, name); packages of one layer may not import each other.
LAYERS: dict[str, int] = {
    "engine.core": 0,
    "engine.model": 1,
    "engine.io": 2,
    "engine.procedures": 3,
    "engine.verifier": 4,
    "engine.powers": 4,
    "engine.sim": 4,
    "engine.sortition": 4,
    "engine.report": 5,
    "engine.render": 6,
    "engine.cli": 7,
        "dashboard": 7,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


#: modules that belong to a package they do not sit in: ``python -m engine`` is the cli.
ENTRY_POINTS = {"engine.__main__": "engine.cli"}


def package_of(module: str) -> str | None:
    """The layered package a module belongs to (the longest prefix in :data:`LAYERS`)."""
    if module in ENTRY_POINTS:
        return ENTRY_POINTS[module]
    for name in sorted(LAYERS, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def imports_of(path: Path, text: str | None = None) -> list[tuple[int, str]]:
    """(line, module) for every import of Pacte's own code in the file, wherever it is."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    source = path.read_text(encoding="utf-8") if text is None else text
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # « from engine import powers » imports the package engine.powers
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.args[0].value))
    return [(line, name) for line, name in found if name.split(".")[0] in ("engine", "dashboard", "tests")]


def sources() -> list[Path]:
    return sorted([*ROOT.glob("engine/**/*.py"), *ROOT.glob("dashboard/**/*.py")])


def resolve(name: str) -> str:
    """``engine.x.y.NAME`` → the module ``engine.x.y`` that exists."""
    parts = name.split(".")
    while parts:
        candidate = ROOT.joinpath(*parts)
        if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return name


def violations(extra: dict[Path, str] | None = None) -> list[str]:
    """Every import against the flow, in the sources (and in ``extra``: path → text)."""
    found = []
    texts: dict[Path, str | None] = {path: None for path in sources()}
    texts.update(extra or {})
    for path, text in texts.items():
        here = module_name(path)
        mine = "engine.core" if here == "engine" else package_of(here)
        for line, name in imports_of(path, text):
            where = f"{path.relative_to(ROOT)}:{line} importe {name}"
            if name.split(".")[0] == "tests":
                found.append(f"{where} : le code n'importe jamais les tests")
                continue
            target = package_of(resolve(name))
            if target is None:
                found.append(f"{where} : paquet hors des couches (à ranger)")
                continue
            if mine is None:
                found.append(f"{path.relative_to(ROOT)} : module hors des couches (à ranger)")
                continue
            if target == mine:
                continue
            if LAYERS[target] > LAYERS[mine]:
                found.append(f"{where} : import vers le haut ({mine} → {target})")
            elif LAYERS[target] == LAYERS[mine]:
                found.append(f"{where} : import de côté ({mine} → {target})")
    return found


def test_every_import_goes_down() -> None:
    assert violations() == []


def test_no_module_lies_outside_the_layers() -> None:
    loose = [str(p.relative_to(ROOT)) for p in sources()
             if package_of(module_name(p)) is None and module_name(p) != "engine"]
    assert loose == []


def test_no_import_cycle_between_modules() -> None:
    graph = nx.DiGraph()
    for path in sources():
        here = module_name(path)
        for _line, name in imports_of(path):
            target = resolve(name)
            if target != here and not here.startswith(target + "."):  # a package's own __init__
                graph.add_edge(here, target)
    cycles = [c for c in nx.simple_cycles(graph) if len(c) > 1]
    assert cycles == []


@pytest.mark.parametrize("snippet, expected", [
    ("from engine.report.bilan import build_report\n", "vers le haut"),
    ("from engine.verifier.checks import check\n", "de côté"),
    ("def f():\n    import dashboard.app\n", "vers le haut"),
    ("from tests.bdd import x\n", "les tests"),
])
def test_the_walk_sees_every_kind_of_import(snippet: str, expected: str) -> None:
    """A bad import in a powers module (module level or inside a function) is seen."""
    planted = ROOT / "engine" / "powers" / "planted.py"
    found = [v for v in violations({planted: snippet}) if "planted" in v]
    assert len(found) == 1 and expected in found[0]
