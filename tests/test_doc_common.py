"""engine.report.doc_common: sources in human words — a document by its title, a section of a
document written in English by its French title (rules/sources.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.report.doc_common import human_source, section_fr, source_titles

ROOT = Path(__file__).resolve().parents[1]
CITED = re.compile(r"DEFAULTS\.md § ([^\"\n]+)")


def _cited_defaults_sections() -> set[str]:
    files = [*ROOT.joinpath("rules").rglob("*.yaml")]
    return {m.group(1).strip() for f in files for m in CITED.finditer(f.read_text("utf-8"))}


def test_every_cited_section_of_the_defaults_reads_in_french() -> None:
    cited = _cited_defaults_sections()
    assert cited, "aucune hypothèse ne cite DEFAULTS.md"
    for section in cited:
        french = section_fr("DEFAULTS.md", section)
        assert french != section, section
        assert section.split(" (")[0] not in human_source(f"DEFAULTS.md § {section}")


def test_the_french_titles_translate_rows_that_exist() -> None:
    """Each English title of rules/sources.yaml is the start of a row of DEFAULTS.md (its
    quotation marks aside)."""
    defaults = ROOT.parent / "shared" / "DEFAULTS.md"
    if not defaults.exists():
        pytest.skip("../shared/DEFAULTS.md absent")
    rows = [line.split("|")[1].strip().replace("\"", "") for line in defaults.read_text("utf-8").splitlines()
            if line.startswith("| ")]
    for english in source_titles().sections["DEFAULTS.md"]:
        assert any(row.startswith(english) for row in rows), english


def test_what_follows_the_title_is_kept_and_other_sections_are_untouched() -> None:
    assert section_fr("DEFAULTS.md", "Petition growth curve (courbe en S)") == (
        "courbe de croissance des signatures d'une pétition (courbe en S)")
    assert section_fr("DEFAULTS.md", "Petition growth curvature") == "Petition growth curvature"
    assert section_fr("000_721ebb8a9b1c3e2a.txt", "Référendums municipaux") == (
        "Référendums municipaux")


def test_a_numbered_section_of_the_law_note_reads_in_french() -> None:
    """« LEGAL.md § 3. Mayor and adjoints » → « … Note de Pacte sur le CGCT, § 3 (maire et
    adjoint·es) »; a sub-section counts under its chapter."""
    assert human_source("LEGAL.md § 3. Mayor and adjoints").endswith(
        "§ 3 (maire et adjoint·es)")
    assert section_fr("LEGAL.md", "12.4 Rotation of the mayor").startswith("§ 12 (")
    assert "Mayor" not in human_source("LEGAL.md § 3. Mayor and adjoints")
