"""The law as data: rules/cgct loads, every number the checks use exists, bad files fail in French."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from engine.core.errors import InputError
from engine.core.paths import CGCT_DIR
from engine.core.rounding import floor_pct
from engine.io.law import load_law
from tests.verifier_support import findings


def test_all_families_load():
    law = load_law()
    assert {"referendum", "consultation", "maire_adjoints", "conseil", "actes", "budget",
            "petition", "taille_conseil", "jurisprudence", "delegations", "pouvoirs_maire"} <= set(law.families)
    for art in ("LO1112-7", "L1112-16", "L2122-10", "CE-188892", "TA-Grenoble-1701663",
                "CAA-Lyon-18LY02733", "Celec-L262", "L2121-2"):
        assert art in law.provisions


def test_key_numbers():
    law = load_law()
    assert law.number("LO1112-7", "participation_min_pct") == 50
    assert law.number("L1112-16", "fraction_electeurs") == 0.1
    assert law.number("L2122-2", "plafond_pct") == 30
    assert law.number("L2122-2-1", "plafond_pct") == 10
    assert law.number_confidence("L2122-2-1", "arrondi") == "L"
    assert law.number("LO1112-3", "delai_min_transmission_scrutin_mois") == 2
    assert law.date_number("LO1112-6", "debut_interdiction_renouvellement_2032") == date(2031, 9, 1)
    assert law.number("L2143-1", "seuil_obligatoire_habitants") == 80000
    assert law.number("L2121-12", "jours_francs") == 5
    assert law.provision("CE-188892").decided_on == date(1998, 1, 16)


def test_confidence_is_the_weakest():
    law = load_law()
    assert law.confidence("LO1112-7") == "H"
    assert law.confidence("LO1112-7", "L1112-17") == "M"
    assert law.confidence() == "H"


def test_floor_pct_exact():
    assert floor_pct(45, 30) == 13
    assert floor_pct(50, 30) == 15
    assert floor_pct(45, 10) == 4
    assert floor_pct(60, 10) == 6


def test_every_cited_article_exists():
    law = load_law()
    cited = set()
    for commune in ("chambery", "grenoble", "saillans"):
        for pacte in ("chambery-2026", "collegial-2026"):
            for f in findings(commune, pacte).values():
                cited |= set(f.articles)
                for a in f.details.get("aspects", []):
                    cited |= set(a["articles"])
    assert cited - set(law.provisions) == set()


@pytest.fixture
def law_copy(tmp_path):
    target = tmp_path / "cgct"
    shutil.copytree(CGCT_DIR, target)
    return target


def test_bad_yaml_names_file_and_line(law_copy):
    (law_copy / "budget.yaml").write_text("famille: budget\ntitre: x\nsection: y\nprovisions:\n  - id: [\n")
    with pytest.raises(InputError) as exc:
        load_law(law_copy)
    assert "budget.yaml" in str(exc.value) and "YAML mal formé" in str(exc.value)


def test_missing_field_in_french(law_copy):
    path = law_copy / "petition.yaml"
    path.write_text(path.read_text().replace("    confiance: H\n", "", 1))
    with pytest.raises(InputError) as exc:
        load_law(law_copy)
    msg = str(exc.value)
    assert "petition.yaml" in msg and "confiance" in msg and "champ obligatoire absent" in msg


def test_duplicate_id_refused(law_copy):
    (law_copy / "extra.yaml").write_text(
        "famille: extra\ntitre: x\nsection: y\nprovisions:\n"
        "  - {id: LO1112-7, titre: t, resume: r, consequence: c, confiance: H, sources: [s]}\n")
    with pytest.raises(InputError) as exc:
        load_law(law_copy)
    assert "LO1112-7" in str(exc.value) and "déjà défini" in str(exc.value)


def test_council_table_must_be_contiguous(law_copy):
    path = law_copy / "taille_conseil.yaml"
    path.write_text(path.read_text().replace("population_min: 100,", "population_min: 101,"))
    with pytest.raises(InputError) as exc:
        load_law(law_copy)
    assert "contiguës" in str(exc.value)
