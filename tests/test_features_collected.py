"""Every scenario written in features/ is collected by pytest — and no Gherkin trap hides one.

French Gherkin fails silently: a misspelt keyword turns a scenario into description text
and the run still says « passed ». This module counts, in every ``features/*.feature``
(including files added later by anyone), the scenarios the author meant to write
(:func:`tests.bdd.gherkin_lint.intended_scenarios`: one per « Scénario », one per example
row of a « Plan du scénario »), collects the BDD test modules with pytest in a subprocess,
and asserts that each feature file produced exactly that many tests. It also lints every
file for the known traps (:func:`tests.bdd.gherkin_lint.trap_problems`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.bdd.gherkin_lint import intended_scenarios, trap_problems

ROOT = Path(__file__).resolve().parent.parent
FEATURES = sorted((ROOT / "features").glob("*.feature"))
BDD_MODULES = sorted((ROOT / "tests").glob("test_bdd_*.py"))
MINIMUM_SCENARIOS = 40

# Runs pytest's collection and prints, for every collected test, the feature file its
# scenario comes from (None for a test that is not a pytest-bdd scenario).
_COLLECT = """
import json, sys
import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry as registry

class Report:
    files = []
    def pytest_collection_finish(self, session):
        for item in session.items:
            template = registry.get(getattr(item, "obj", None))
            self.files.append(template.feature.filename if template is not None else None)

report = Report()
code = pytest.main(sys.argv[1:], plugins=[report])
print("@@COLLECTED@@" + json.dumps({"code": int(code), "files": report.files}))
"""


@pytest.fixture(scope="module")
def collected() -> Counter[str]:
    """Number of collected scenario tests per feature file (absolute path)."""
    run = subprocess.run(
        [sys.executable, "-c", _COLLECT, "--collect-only", "-q", "-p", "no:cacheprovider",
         *map(str, BDD_MODULES)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    line = next((x for x in run.stdout.splitlines() if x.startswith("@@COLLECTED@@")), None)
    assert line is not None, f"la collecte n'a rien rendu :\n{run.stdout}\n{run.stderr}"
    data = json.loads(line.removeprefix("@@COLLECTED@@"))
    assert data["code"] == 0, f"erreur de collecte pytest :\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"
    return Counter(str(Path(f).resolve()) for f in data["files"] if f is not None)


def test_there_are_feature_files_and_bdd_modules() -> None:
    assert FEATURES, "aucun fichier features/*.feature"
    assert BDD_MODULES, "aucun module tests/test_bdd_*.py"


@pytest.mark.parametrize("feature", FEATURES, ids=[f.name for f in FEATURES])
def test_every_written_scenario_is_collected(feature: Path, collected: Counter[str]) -> None:
    written = intended_scenarios(feature.read_text(encoding="utf-8-sig"))
    got = collected.get(str(feature.resolve()), 0)
    assert written > 0, f"{feature.name} : aucun scénario écrit"
    assert got == written, (
        f"{feature.name} : {written} scénarios écrits (lignes « Scénario: » + lignes d'exemples), "
        f"{got} collectés par pytest — un piège de Gherkin français (mot-clé mal écrit, espace "
        f"avant « : », « Exemple: », accents NFD…) ou un fichier non lié par "
        f"scenarios(\"{feature.name}\") dans tests/test_bdd_*.py")


def test_collected_scenarios_all_come_from_features(collected: Counter[str]) -> None:
    known = {str(f.resolve()) for f in FEATURES}
    stray = sorted(set(collected) - known)
    assert not stray, f"scénarios collectés hors de features/ : {stray}"


def test_at_least_forty_scenarios(collected: Counter[str]) -> None:
    total = sum(intended_scenarios(f.read_text(encoding="utf-8-sig")) for f in FEATURES)
    assert total >= MINIMUM_SCENARIOS, f"{total} scénarios, il en faut au moins {MINIMUM_SCENARIOS}"
    assert sum(collected.values()) == total


@pytest.mark.parametrize("feature", FEATURES, ids=[f.name for f in FEATURES])
def test_no_gherkin_trap(feature: Path) -> None:
    problems = trap_problems(feature.read_bytes())
    assert not problems, f"{feature.name} :\n" + "\n".join(f"  {p}" for p in problems)
