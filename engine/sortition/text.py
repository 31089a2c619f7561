"""Matching what people type in a CSV to the scenario's names (accents, case, dashes)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)  # a pool repeats the same few quartiers, genders and CSP
def fold(text: str) -> str:
    """A matching key: no accents, lower case, every dash a hyphen, spaces collapsed.

    « Biollay – Bellevue », « biollay - bellevue » and « BIOLLAY-Bellevue » match.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _DASHES.sub("-", plain.casefold())
    plain = plain.replace("'", "'").replace("\u2019", "'")
    plain = _SPACES.sub(" ", plain).strip()
    return re.sub(r"\s*-\s*", "-", plain)
