"""Reading the law: every ``rules/cgct/*.yaml`` file validated into one :class:`Law`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from engine.core.errors import InputError, Problem
from engine.core.paths import CGCT_DIR
from engine.io.load import read_document
from engine.io.validation import validate
from engine.model.law import Family, Law, Provision


@lru_cache(maxsize=8)
def _load(directory: str) -> Law:
    folder = Path(directory)
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise InputError.single(str(folder), None, "(dossier)", "aucun fichier YAML de dispositions")
    provisions: dict[str, Provision] = {}
    families: dict[str, Family] = {}
    family_of: dict[str, str] = {}
    problems: list[Problem] = []
    for path in files:
        doc = read_document(path)
        fam: Family = validate(Family, doc)
        if fam.family in families:
            problems.append(Problem(str(path), 1, "famille", f"famille « {fam.family} » déjà définie"))
        families[fam.family] = fam
        for i, prov in enumerate(fam.provisions):
            if prov.id in provisions:
                line = doc.line_of(("provisions", i, "id"))
                problems.append(Problem(str(path), line, f"provisions.{i + 1}.id",
                                        f"identifiant « {prov.id} » déjà défini ailleurs"))
                continue
            provisions[prov.id] = prov
            family_of[prov.id] = fam.family
    if problems:
        raise InputError(problems)
    return Law(provisions=provisions, families=families, family_of=family_of)


def load_law(directory: Path | str | None = None) -> Law:
    """Read and validate every ``rules/cgct/*.yaml`` (cached per directory)."""
    return _load(str(Path(directory) if directory is not None else CGCT_DIR))
