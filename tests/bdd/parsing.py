"""French words in Gherkin steps → Python values (dates, whole numbers, yes/no).

Dates are written « 15 octobre 2026 », « 1er novembre 2026 » or « 2026-10-15 »; numbers
« 1 043 », « 1043 » or « 34 757 » (ordinary, no-break or narrow no-break spaces). These
helpers only read what the scenario says: they never compute an expected value.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from engine.core.calendar import MONTHS_FR

SPACES = " \u00a0\u202f"
_MONTHS = "|".join(MONTHS_FR)
DATE_PATTERN = rf"(?:(?:1er|\d{{1,2}}) (?:{_MONTHS}) \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
NUMBER_PATTERN = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
_FRENCH_DATE = re.compile(rf"^(1er|\d{{1,2}}) ({_MONTHS}) (\d{{4}})$")


def parse_french_date(text: str) -> date:
    """« 15 octobre 2026 », « 1er novembre 2026 » or « 2026-10-15 » → ``date``.

    An impossible day (« 30 février 2026 ») raises ``ValueError`` with a French message."""
    text = unicodedata.normalize("NFC", text.strip())
    for space in SPACES[1:]:
        text = text.replace(space, " ")
    match = _FRENCH_DATE.match(text)
    try:
        if match:
            day = 1 if match.group(1) == "1er" else int(match.group(1))
            return date(int(match.group(3)), MONTHS_FR.index(match.group(2)) + 1, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"date impossible ou mal écrite : « {text} »") from None


def parse_number(text: str) -> int:
    """« 1 043 », « 34 757 », « 1043 » → 1043."""
    cleaned = text.strip()
    for space in SPACES:
        cleaned = cleaned.replace(space, "")
    if not cleaned.isdigit():
        raise ValueError(f"nombre entier attendu : « {text} »")
    return int(cleaned)


def plain_spaces(text: str) -> str:
    """Replace no-break spaces by ordinary ones, so « 1 043 » matches the engine's « 1 043 »."""
    for space in SPACES[1:]:
        text = text.replace(space, " ")
    return text


def _typed(pattern: str):
    def decorate(func):
        func.pattern = pattern
        return func
    return decorate


@_typed(DATE_PATTERN)
def _date_type(text: str) -> date:
    return parse_french_date(text)


@_typed(NUMBER_PATTERN)
def _number_type(text: str) -> int:
    return parse_number(text)


#: Extra types for ``parsers.parse``: ``{jour:Date}``, ``{n:Nombre}``.
EXTRA_TYPES = {"Date": _date_type, "Nombre": _number_type}


def choice_type(phrases: list[str] | tuple[str, ...] | dict[str, object]):
    """A ``parse`` type matching exactly one of ``phrases`` (longest first), e.g. the
    wording of each dated step of a procedure: ``{quoi:EtapePetition} {jour:Date}``."""
    import re

    alternatives = "|".join(re.escape(x) for x in sorted(phrases, key=len, reverse=True))

    @_typed(f"(?:{alternatives})")
    def _choice(text: str) -> str:
        return text

    return _choice
