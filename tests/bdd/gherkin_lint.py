"""Guards against the silent traps of French Gherkin under pytest-bdd 9 (see STACK.md).

A misspelt keyword does not fail: the line becomes description text and the scenario is
never collected, yet the run says « passed ». Two defences, both pure functions:

* :func:`intended_scenarios` counts the scenarios an author *meant* to write, reading the
  keywords tolerantly (any case, with or without accents, a space before the colon,
  ``Exemple:`` for ``Exemples:``). The test suite compares it with what pytest collected.
* :func:`trap_problems` lists every trap found in a file, in French, with its line:
  missing ``# language: fr`` first line, BOM, decomposed accents (NFD), typographic
  apostrophe in a step, space before a keyword's colon, misspelt or lowercase keyword,
  singular ``Exemple:``, ``*`` used as a step.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

BOM = "\ufeff"
LANGUAGE_LINE = "# language: fr"
TYPOGRAPHIC_APOSTROPHES = "\u2019\u2018"

#: Block keywords exactly as pytest-bdd 9 (gherkin « fr ») accepts them.
BLOCK_KEYWORDS = ("Fonctionnalité", "Contexte", "Règle", "Scénario", "Plan du scénario",
                  "Plan du Scénario", "Exemples")
#: Step keywords exactly as accepted (« que » / « qu' » belong to the keyword).
STEP_KEYWORDS = ("Étant donné qu'", "Étant donné que", "Étant donnée qu'", "Étant donnée que",
                 "Étant donnés qu'", "Étant donnés que", "Étant données qu'",
                 "Étant données que", "Étant donné", "Étant donnée", "Étant donnés",
                 "Étant données", "Sachant qu'", "Sachant que", "Sachant", "Lorsqu'",
                 "Lorsque", "Quand", "Alors", "Donc", "Soit", "Et qu'", "Et que", "Et",
                 "Mais qu'", "Mais que", "Mais")

_LOOSE_BLOCK = re.compile(
    r"^(fonctionnalite|contexte|regle|plan du scenario|scenarios?|exemples?)\s*:")
_LOOSE_STEP = re.compile(r"^(etant donne[es]{0,2}|sachant|lorsqu|quand|alors|donc|soit|et|mais)\b")


def _loose(line: str) -> str:
    """Lowercase, accents removed, typographic apostrophes straightened."""
    text = unicodedata.normalize("NFKD", line.strip().lstrip(BOM))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    for ch in TYPOGRAPHIC_APOSTROPHES:
        text = text.replace(ch, "'")
    return text


def _lines(text: str) -> list[tuple[int, str, bool]]:
    """(line number, line, inside a docstring) for every line of a feature file."""
    out, fence = [], None
    for number, line in enumerate(text.lstrip(BOM).splitlines(), start=1):
        stripped = line.strip()
        marker = stripped[:3] if stripped[:3] in ('"""', "```") else None
        if fence is None and marker:
            fence = marker
            out.append((number, line, True))
            continue
        if fence is not None:
            if marker == fence:
                fence = None
            out.append((number, line, True))
            continue
        out.append((number, line, False))
    return out


def intended_scenarios(text: str) -> int:
    """Scenarios the author meant: each « Scénario » is one; each « Plan du scénario » counts
    the data rows of its examples tables (header excluded)."""
    count = 0
    in_outline = False
    in_examples = False
    header_seen = False
    for _number, line, in_doc in _lines(text):
        if in_doc:
            continue
        loose = _loose(line)
        if not loose or loose.startswith("#"):
            continue
        match = _LOOSE_BLOCK.match(loose)
        if match:
            word = match.group(1)
            if word == "plan du scenario":
                in_outline, in_examples = True, False
            elif word in ("exemples", "scenarios") or (word == "exemple" and in_outline):
                in_examples, header_seen = in_outline, False
            elif word in ("scenario", "exemple"):
                count += 1
                in_outline = in_examples = False
            else:  # feature, background, rule
                in_outline = in_examples = False
            continue
        if in_examples and loose.startswith("|"):
            if header_seen:
                count += 1
            header_seen = True
        elif in_examples and not loose.startswith("|"):
            in_examples = False
    return count


@dataclass(frozen=True)
class Trap:
    line: int
    message: str

    def __str__(self) -> str:
        return f"ligne {self.line} : {self.message}"


def trap_problems(raw: bytes) -> list[Trap]:
    """Every silent trap of a feature file (its raw bytes), in French, with the line."""
    problems: list[Trap] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(Trap(1, "le fichier commence par un BOM (erreur d'analyse de pytest-bdd)"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return problems + [Trap(1, "le fichier n'est pas en UTF-8")]
    if text.lstrip(BOM).splitlines()[:1] != [LANGUAGE_LINE]:
        problems.append(Trap(1, f"la première ligne doit être exactement « {LANGUAGE_LINE} »"))
    started = False
    for number, line, in_doc in _lines(text):
        if line != unicodedata.normalize("NFC", line):
            problems.append(Trap(number, "accents décomposés (NFD) : enregistrer le fichier en NFC"))
        if in_doc:
            continue
        stripped = line.strip().lstrip(BOM)
        if not stripped or stripped.startswith("#"):
            continue
        loose = _loose(stripped)
        block = _LOOSE_BLOCK.match(loose)
        if block:
            started = True
            word = block.group(1)
            head = stripped.split(":", 1)[0]
            if word == "exemple":
                problems.append(Trap(number, "« Exemple: » au singulier commence un nouveau scénario : "
                                             "écrire « Exemples: » pour la table d'un plan"))
            elif word == "scenarios":
                problems.append(Trap(number, "« Scénarios: » : écrire « Exemples: »"))
            elif head.endswith((" ", "\t", "\u00a0", "\u202f")):
                problems.append(Trap(number, f"espace avant les deux-points dans « {head.strip()} : »"))
            elif head not in BLOCK_KEYWORDS:
                problems.append(Trap(number, f"mot-clé mal écrit « {head} » (attendu : "
                                             f"{', '.join(BLOCK_KEYWORDS)})"))
            continue
        if stripped.startswith("* "):
            problems.append(Trap(number, "« * » n'est pas accepté comme étape : écrire Étant donné, Quand, Alors, Et"))
            continue
        if not started or stripped.startswith("|"):
            continue
        step = _LOOSE_STEP.match(loose)
        if step:
            if not any(stripped.startswith(k) and (len(stripped) == len(k) or k.endswith("'")
                                                   or stripped[len(k)] == " ")
                       for k in STEP_KEYWORDS):
                problems.append(Trap(number, f"mot-clé d'étape mal écrit : « {stripped.split()[0]} »"))
            if any(ch in stripped for ch in TYPOGRAPHIC_APOSTROPHES):
                problems.append(Trap(number, "apostrophe typographique « ’ » dans une étape : "
                                             "écrire l'apostrophe droite « ' »"))
    return problems
