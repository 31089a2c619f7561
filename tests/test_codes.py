"""engine.model.codes: every code a pact may write has its French words, in one table."""

from __future__ import annotations

from typing import Any, get_args

from engine.model.codes import CODES_FR, code_fr
from engine.model.json_schema import french_schema
from engine.model.params import Unit


def _enums(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("enum", "const"):
                values = value if isinstance(value, list) else [value]
                found |= {v for v in values if isinstance(v, str)}
            else:
                found |= _enums(value)
    elif isinstance(node, list):
        for item in node:
            found |= _enums(item)
    return found


#: codes of the schema that are not a choice a reader sees (units, confidence letters, the
#: file's own origin markers)
NOT_SHOWN = {"H", "M", "L"}


def test_every_choice_of_the_pact_schema_reads_in_french() -> None:
    codes = _enums(french_schema("pacte")) - NOT_SHOWN - set(get_args(Unit))
    missing = sorted(c for c in codes if c not in CODES_FR)
    assert not missing, missing


def test_codes_become_words_and_other_values_stay() -> None:
    assert code_fr("habitants_16_ans") == "habitant·es de 16 ans et plus"
    assert code_fr(["avis", "saisine_du_conseil"]) == "avis, saisine du conseil municipal"
    assert code_fr(3) == 3 and code_fr("Centre") == "Centre" and code_fr([1, 2]) == [1, 2]
