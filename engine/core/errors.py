"""The one error type users see: a French message naming file, line and field (exit 2).

A message never echoes more than a short excerpt of what the user gave: a quoted value is
cut to :data:`EXCERPT_CHARS` characters (:func:`excerpt`), and every part of a
:class:`Problem` is capped and stripped of control characters, so that a hostile file (a
megabyte-long key, terminal escape sequences, a secret file read by mistake) cannot flood
or rewrite the user's terminal.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: Longest excerpt of a user's value quoted in a message.
EXCERPT_CHARS = 60
#: Longest file name, field and message kept in a problem.
MAX_FILE_CHARS = 200
MAX_FIELD_CHARS = 200
MAX_MESSAGE_CHARS = 600
#: Most problems listed in a message (the count of the others is given).
MAX_PROBLEMS_SHOWN = 20


def _hidden(char: str) -> bool:
    """A control, format (bidi override, zero width…) or line-separator character."""
    category = unicodedata.category(char)
    return category[0] == "C" or category in ("Zl", "Zp")


def _visible(text: str) -> str:
    """Control characters (ESC, NUL, DEL, C1, bidi overrides…) shown as escapes, never raw."""
    if text.isprintable():
        return text
    return "".join(f"\\u{ord(c):04x}" if _hidden(c) else c for c in text)


def shorten(text: str, limit: int, keep_end: bool = False) -> str:
    """At most ``limit`` visible characters, an ellipsis marking the cut."""
    text = _visible(text)
    if len(text) <= limit:
        return text
    return "…" + text[-(limit - 1):] if keep_end else text[: limit - 1] + "…"


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """A user's value as quoted in a message: short, never a Python repr of an object."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        # str() of a 4,300-digit integer raises; a number that long is shown by its size.
        if value.bit_length() > 64:
            return f"un nombre d'environ {int(value.bit_length() * 0.30103)} chiffres"
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return "un bloc de clés"
    if isinstance(value, (list, tuple)):
        return "une liste"
    if isinstance(value, str):
        return "'" + shorten(value, limit) + "'"
    return f"une valeur de type {type(value).__name__}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input: where (file, line, field) and what is expected."""

    file: str
    line: int | None
    field: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "file", shorten(str(self.file), MAX_FILE_CHARS, keep_end=True))
        object.__setattr__(self, "field", shorten(str(self.field), MAX_FIELD_CHARS))
        object.__setattr__(self, "message", shorten(str(self.message), MAX_MESSAGE_CHARS))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where} : champ « {self.field} » : {self.message}"


@dataclass
class InputError(Exception):
    """Bad input. Carries every problem found; the CLI prints them and exits with code 2."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        head = "Entrée invalide" if len(self.problems) == 1 else f"{len(self.problems)} erreurs"
        shown = self.problems[:MAX_PROBLEMS_SHOWN]
        lines = [f"  - {p}" for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  … et {len(self.problems) - len(shown)} autres erreurs")
        return head + " :\n" + "\n".join(lines)

    @classmethod
    def single(cls, file: str, line: int | None, field_: str, message: str) -> InputError:
        return cls([Problem(file, line, field_, message)])
