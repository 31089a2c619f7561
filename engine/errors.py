"""The one error type users see: a French message naming file, line and field (exit 2)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input: where (file, line, field) and what is expected."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where} : champ « {self.field} » : {self.message}"


@dataclass
class InputError(Exception):
    """Bad input. Carries every problem found; the CLI prints them and exits with code 2."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        head = "Entrée invalide" if len(self.problems) == 1 else f"{len(self.problems)} erreurs"
        return head + " :\n" + "\n".join(f"  - {p}" for p in self.problems)

    @classmethod
    def single(cls, file: str, line: int | None, field_: str, message: str) -> InputError:
        return cls([Problem(file, line, field_, message)])
