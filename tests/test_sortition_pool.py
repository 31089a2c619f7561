"""The pool CSV: accepted spellings, and French errors naming the line and the column."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.sortition.pool import read_pool
from engine.sortition.quotas import AGE, CSP, GENRE, QUARTIER, QUARTIER_GENRE
from tests.tirage_helpers import context, csv_pool

GOOD = """id,quartier,genre,csp,nom
a1,Bissy,femme,cadres,Alice
a2,biollay - bellevue,H,Employés,Bob
a3,CENTRE-VILLE,F,retraites,Chloé
a4,Chambéry-le-Vieux,non-binaire,ouvriers,Dominique
"""


def problems(text: str, **kw) -> list:
    with pytest.raises(InputError) as err:
        csv_pool(text, **kw)
    return err.value.problems


def test_spellings_are_matched_to_the_scenario():
    pool = csv_pool(GOOD)
    people = pool.by_id()
    assert people["a2"].features[QUARTIER] == "Biollay – Bellevue"
    assert people["a2"].features[GENRE] == "homme"
    assert people["a2"].features[CSP] == "employes"
    assert people["a3"].features[QUARTIER] == "Centre-ville"
    assert people["a4"].features[GENRE] == "non-binaire"
    assert people["a1"].features[QUARTIER_GENRE] == "Bissy | femme"
    assert people["a1"].columns["nom"] == "Alice"
    assert [p.line for p in pool.people] == [2, 3, 4, 5]


def test_semicolons_and_bom_are_accepted():
    pool = csv_pool("\ufeffID;Quartier;Genre;CSP\nx;Bissy;femme;cadres\n")
    assert pool.ids() == ["x"]


def test_unknown_quartier_names_line_and_column():
    [p] = problems("id,quartier,genre,csp\na,Bissy,femme,cadres\nb,Montmartre,homme,cadres\n")
    assert (p.line, p.field) == (3, "quartier")
    assert "Montmartre" in p.message and "Bissy" in p.message


def test_unknown_csp_and_empty_gender_are_both_reported():
    found = problems("id,quartier,genre,csp\na,Bissy,,astronautes\n")
    assert {(p.line, p.field) for p in found} == {(2, "genre"), (2, "csp")}
    assert "astronautes" in str(InputError(found))


def test_duplicate_id_names_both_lines():
    [p] = problems("id,quartier,genre,csp\na,Bissy,femme,cadres\na,Bissy,homme,cadres\n")
    assert (p.line, p.field) == (3, "id") and "ligne 2" in p.message


def test_missing_column_names_the_header():
    [p] = problems("id,quartier,csp\na,Bissy,cadres\n")
    assert (p.line, p.field) == (1, "genre")


def test_wrong_number_of_cells():
    [p] = problems("id,quartier,genre,csp\na,Bissy,femme\n")
    assert p.line == 2 and "3 colonnes au lieu de 4" in p.message


def test_age_is_checked_only_when_stratified_by_age():
    text = "id,quartier,genre,csp,age\na,Bissy,femme,cadres,trente\n"
    assert csv_pool(text).ids() == ["a"]
    [p] = problems(text, need_age=True)
    assert (p.line, p.field) == (2, "age")
    pool = csv_pool("id,quartier,genre,csp,age\na,Bissy,femme,cadres,31\nb,Bissy,homme,cadres,80\n",
                    need_age=True)
    assert [p.features[AGE] for p in pool.people] == ["30-44", "75+"]
    [p] = problems("id,quartier,genre,csp,age\na,Bissy,femme,cadres,12\n", need_age=True)
    assert "tranches" in p.message


def test_empty_and_non_utf8_files(tmp_path):
    scenario, _ = context()
    empty = tmp_path / "vide.csv"
    empty.write_text("")
    with pytest.raises(InputError) as err:
        read_pool(empty, scenario)
    assert "vide" in str(err.value)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,quartier,genre,csp\na,Bissy,f\xe9minin,cadres\n".encode("latin-1"))
    with pytest.raises(InputError) as err:
        read_pool(latin, scenario)
    assert "UTF-8" in str(err.value)
    with pytest.raises(InputError) as err:
        read_pool(tmp_path / "absent.csv", scenario)
    assert "introuvable" in str(err.value)


def test_header_only_is_an_empty_pool():
    [p] = problems("id,quartier,genre,csp\n")
    assert "aucune personne" in p.message


def test_hash_identifies_the_bytes():
    assert csv_pool(GOOD).sha256 == csv_pool(GOOD).sha256
    assert csv_pool(GOOD).sha256 != csv_pool(GOOD + "a5,Bissy,femme,cadres,Eve\n").sha256


def test_insee_group_numbers_and_aliases_are_accepted():
    pool = csv_pool("id,quartier,genre,csp\na,Bissy,F,5\nb,Bissy,H,Retraité\nc,Bissy,femme,Ouvrière\n")
    assert [p.features[CSP] for p in pool.people] == ["employes", "retraites", "ouvriers"]
