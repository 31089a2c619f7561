"""The trap lint and the scenario counter (tests.bdd.gherkin_lint) against pytest-bdd's own
parser: each trap is flagged, and the silent ones change what pytest-bdd would collect."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pytest_bdd.parser import FeatureParser

from tests.bdd.gherkin_lint import intended_scenarios, trap_problems

BASE = """# language: fr
Fonctionnalité: Essai
  Scénario: Un
    Étant donné le pacte « chambery-2026 »
    Alors il faut 1 043 signatures

  Plan du scénario: Deux
    Quand une pétition recueille <n> signatures valides
    Alors la pétition est recevable

    Exemples:
      | n     |
      | 1 043 |
      | 2 000 |
      | 3 000 |

  Scénario: Trois
    Quand une pétition recueille 1 signatures valides
    Alors la pétition est irrecevable
"""
FIRST = ("  Scénario: Un\n    Étant donné le pacte « chambery-2026 »\n"
         "    Alors il faut 1 043 signatures\n")

TRAPS = {
    "espace avant les deux-points": BASE.replace("Scénario: Trois", "Scénario : Trois"),
    "sans accent": BASE.replace("Scénario: Trois", "Scenario: Trois"),
    "minuscule": BASE.replace("Scénario: Trois", "scénario: Trois"),
    "plan avec espace": BASE.replace("Plan du scénario: Deux", "Plan du scénario : Deux"),
    "fonctionnalité avec espace": BASE.replace("Fonctionnalité: Essai", "Fonctionnalité : Essai"),
    "exemples en minuscules": BASE.replace("Exemples:", "exemples:"),
    "NFD": unicodedata.normalize("NFD", BASE),
    "Exemple au singulier": BASE.replace("Exemples:", "Exemple:"),
    "BOM": "\ufeff" + BASE,
    "apostrophe typographique": BASE.replace("Étant donné le pacte « chambery-2026 »",
                                             "Étant donné qu’il y a le pacte « chambery-2026 »"),
    "étoile": BASE.replace("    Quand une pétition recueille 1 ", "    * une pétition recueille 1 "),
    "étape en minuscule": BASE.replace("    Alors la pétition est irrecevable",
                                       "    alors la pétition est irrecevable"),
    "sans ligne de langue": BASE.replace("# language: fr\n", ""),
    "scénario avalé par la description": BASE.replace(FIRST, "  Scénario : Un\n"),
}


def bdd_collects(tmp_path: Path, text: str) -> int | None:
    """Tests pytest-bdd would generate from ``text`` (None: the file does not even parse)."""
    path = tmp_path / "essai.feature"
    path.write_bytes(text.encode("utf-8"))
    try:
        feature = FeatureParser(str(tmp_path), path.name).parse()
    except Exception:
        return None
    return sum(sum(len(e.examples) for e in s.examples) if s.templated else 1
               for s in feature.scenarios.values())


def test_clean_file_has_no_trap_and_counts_match(tmp_path: Path) -> None:
    assert trap_problems(BASE.encode()) == []
    assert intended_scenarios(BASE) == 5
    assert bdd_collects(tmp_path, BASE) == 5


@pytest.mark.parametrize("name", TRAPS)
def test_every_trap_is_flagged(name: str) -> None:
    problems = trap_problems(TRAPS[name].encode("utf-8"))
    assert problems, f"piège non signalé : {name}"
    assert all(p.line >= 1 and p.message for p in problems)


@pytest.mark.parametrize("name", TRAPS)
def test_trap_changes_or_breaks_collection(tmp_path: Path, name: str) -> None:
    """What the author meant (5 scenarios) is never what pytest-bdd collects from a trap,
    except the typographic apostrophe, which fails loudly at run time (step not found)."""
    text = TRAPS[name]
    assert intended_scenarios(text.lstrip("\ufeff")) == 5
    got = bdd_collects(tmp_path, text)
    if name == "apostrophe typographique":
        assert got == 5
    else:
        assert got != 5, f"{name} : pytest-bdd collecte quand même {got} scénarios"


def test_silent_traps_are_silent(tmp_path: Path) -> None:
    """These two parse without error, yet collect fewer tests than written: only the
    count comparison (tests/test_features_collected.py) and the lint catch them."""
    assert bdd_collects(tmp_path, TRAPS["scénario avalé par la description"]) == 4
    assert bdd_collects(tmp_path, TRAPS["Exemple au singulier"]) == 4


def test_docstrings_and_datatables_are_not_scenarios() -> None:
    text = BASE + '''
  Scénario: Quatre
    Étant donné un fichier de pacte « x.yaml » contenant :
      """
      Scénario: ceci est du texte
      """
    Quand on propose ce panel :
      | quartier | femmes | hommes |
      | Bissy    | 3      | 2      |
    Alors le panel ne respecte pas le pacte
'''
    assert intended_scenarios(text) == 6
    assert trap_problems(text.encode()) == []


def test_plan_du_scenario_capitalised_and_rules_are_accepted() -> None:
    text = BASE.replace("Plan du scénario:", "Plan du Scénario:") + (
        "\n  Règle: Une règle\n\n    Scénario: Cinq\n      Alors la pétition est recevable\n")
    assert trap_problems(text.encode()) == []
    assert intended_scenarios(text) == 6


def test_step_keyword_variants_are_accepted() -> None:
    steps = ["Soit le pacte", "Étant donné que le pacte", "Étant donné qu'un pacte",
             "Sachant que le pacte", "Lorsqu'une pétition", "Lorsque la pétition",
             "Donc la pétition", "Mais la pétition", "Et qu'une pétition"]
    text = "# language: fr\nFonctionnalité: F\n  Scénario: S\n" + "".join(f"    {s}\n" for s in steps)
    assert trap_problems(text.encode()) == []
