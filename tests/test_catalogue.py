"""The catalogue of measures (rules/catalogue/mesures.yaml): every default block validates as
a pact clause, every default value cites a seed section (or LEGAL.md for a legal delay),
every measure writes a schema key."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.io.catalogue import CATALOGUE_FILE, load_catalogue
from engine.io.load import Document, read_document
from engine.io.validation import validate
from engine.model.catalogue import Catalogue, Measure
from engine.model.pact import Pact, clause_keys

MEASURES = load_catalogue().measures
SEED_FILES = ("000_721ebb8a9b1c3e2a.txt", "002_c31c8cb8d98f98f2.txt", "003_eb633bfb3978cf05.txt",
              "004_34d1b869cbc1b691.txt", "LEGAL.md")


def _params(m: Measure) -> dict[str, dict]:
    return {k: v for k, v in m.default.items()
            if isinstance(v, dict) and ({"valeur", "valeurs"} & set(v))}


def test_the_catalogue_offers_the_measures_of_the_brief() -> None:
    ids = {m.id for m in MEASURES}
    for wanted in ("votation", "referendum", "budget_participatif", "assemblee_tiree_au_sort",
                   "convention_citoyenne", "interpellation", "conseils_de_quartier",
                   "commissions_ouvertes", "collegialite", "ppi", "transparence", "charte_ethique",
                   "engagements", "pouvoirs_du_maire", "abrogation", "revocation", "rotation",
                   "conseil_citoyen"):
        assert wanted in ids


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.id)
def test_every_measure_writes_a_schema_key(measure: Measure) -> None:
    assert measure.key in clause_keys()


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.id)
def test_every_default_block_validates_as_a_clause(measure: Measure) -> None:
    block = copy.deepcopy(measure.default)
    data = {"pacte": {"id": "essai", "titre": "Essai", "liste": "Essai", "commune": "Saillans",
                      "source": "essai § essai"},
            measure.key: [block] if measure.is_item else block}
    pact = validate(Pact, Document("essai", data, {}))
    assert pact is not None


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.id)
def test_every_default_value_cites_a_seed_section(measure: Measure) -> None:
    params = _params(measure)
    assert params, f"{measure.id} : aucun paramètre"
    for key, block in params.items():
        source = block.get("source")
        assert isinstance(source, str) and "§" in source, f"{measure.id}.{key} sans source"
        assert source.split("§")[0].strip() in SEED_FILES, f"{measure.id}.{key} : {source}"


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.id)
def test_key_figures_are_parameters_with_a_question(measure: Measure) -> None:
    for figure in measure.key_figures:
        assert figure.param in _params(measure)
        assert figure.question.endswith("?")
        assert measure.figure_path(figure).startswith(measure.key + ".")


def test_a_key_figure_missing_from_the_block_is_refused(tmp_path: Path) -> None:
    data = read_document(CATALOGUE_FILE).data
    data["mesures"][0]["chiffres_cles"].append({"parametre": "inexistant", "question": "?"})
    with pytest.raises(InputError) as err:
        validate(Catalogue, Document("mesures.yaml", data, {}))
    assert "inexistant" in str(err.value)


def test_a_duplicate_measure_is_refused() -> None:
    data = read_document(CATALOGUE_FILE).data
    data["mesures"].append(copy.deepcopy(data["mesures"][0]))
    with pytest.raises(InputError) as err:
        validate(Catalogue, Document("mesures.yaml", data, {}))
    assert "en double" in str(err.value)


def test_a_bad_file_gives_a_french_error_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "mesures.yaml"
    bad.write_text(CATALOGUE_FILE.read_text(encoding="utf-8").replace(
        "nature: engagement politique", "nature: promesse", 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalogue(bad)
    assert "mesures.yaml:" in str(err.value) and "nature" in str(err.value)
