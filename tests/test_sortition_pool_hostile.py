"""Hostile and mistaken pool files: always a French message naming the file, the line and
the column (exit code 2), never a traceback, within bounded time and memory. (The
``--garder`` / ``--exclure`` lists: ``tests/test_sortition_id_list.py``.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.sortition import pool as pool_module
from engine.sortition.csv_input import MAX_CELL, MAX_COLUMNS, MAX_RECORDS
from engine.sortition.pool import read_pool
from tests.tirage_helpers import context

REPO = Path(__file__).resolve().parent.parent
HEAD = "id,quartier,genre,csp,nom\n"
ROW = "a,Bissy,femme,cadres,Alice\n"
ENGLISH = ("Error", "expected", "field larger", "unexpected", "line contains", "Traceback")

# name → (bytes, line, column, words of the French message)
CORPUS: dict[str, tuple[bytes, int | None, str, str]] = {
    "vide": (b"", 1, "(en-tête)", "fichier vide"),
    "blancs": (b"\n \n\n", 1, "(en-tête)", "fichier vide"),
    "mauvaises-colonnes": (b"nom,prenom\nA,B\n", 1, "id", "absente de l'en-tête"),
    "en-tete-seul": (HEAD.encode(), 2, "(lignes)", "aucune personne"),
    "ligne-courte": ((HEAD + ROW + "b,Bissy,homme\n").encode(), 3, "(ligne)", "3 colonnes au lieu de 5"),
    "ligne-longue": ((HEAD + "b,Bissy,homme,cadres,Bob,en trop\n").encode(), 2, "(ligne)", "6 colonnes"),
    "id-en-double": ((HEAD + ROW + ROW).encode(), 3, "id", "déjà utilisé ligne 2"),
    "octet-nul": ((HEAD + "a,Bissy,fem\x00me,cadres,Alice\n").encode(), 2, "genre", "octet nul"),
    "guillemet-jamais-ferme": ((HEAD + ROW + 'b,"Bissy,homme,cadres,Bob\nc,Bissy,femme,cadres,C\n').encode(),
                               3, "quartier", "jamais refermé"),
    "texte-apres-guillemet": ((HEAD + '"a"x,Bissy,femme,cadres,Alice\n').encode(), 2, "id", "mal placé"),
    "cellule-enorme": ((HEAD + "a,Bissy,femme,cadres," + "x" * (MAX_CELL + 1) + "\n").encode(),
                       2, "nom", "caractères"),
    "cellule-geante": ((HEAD + "a,Bissy,femme,cadres," + "x" * 200_000 + "\n").encode(), 2, "nom",
                       "caractères"),
    "guillemet-geant": ((HEAD + 'a,Bissy,femme,cadres,"' + "x" * 200_000 + "\n").encode(), 2, "nom",
                        "jamais refermé"),
    "quartier-inconnu": ((HEAD + "a,Atlantide,femme,cadres,Alice\n").encode(), 2, "quartier",
                         "quartier inconnu « Atlantide »"),
    "csp-inconnue": ((HEAD + "a,Bissy,femme,astronautes,Alice\n").encode(), 2, "csp", "inconnue"),
    "formule-id": ((HEAD + '"=HYPERLINK(""http://x.invalid"";""clic"")",Bissy,femme,cadres,A\n').encode(),
                   2, "id", "formule de tableur"),
    "formule-arobase": ((HEAD + "a,Bissy,femme,cadres,@SOMME(A1:A9)\n").encode(), 2, "nom", "formule"),
    "formule-dde": ((HEAD + "a,Bissy,femme,cadres,-2+3+cmd|' /C calc'!A0\n").encode(), 2, "nom", "formule"),
    "formule-plus": ((HEAD + "a,Bissy,femme,cadres,+cmd|' /C calc'!A0\n").encode(), 2, "nom", "formule"),
    "formule-tabulation": ((HEAD + 'a,Bissy,femme,cadres,"\t=1+1"\n').encode(), 2, "nom", "formule"),
    "tabulation-dans-cellule": ((HEAD + 'a,Bissy,femme,cadres,"Al\tice"\n').encode(), 2, "nom", "contrôle"),
    "retour-ligne-dans-cellule": ((HEAD + 'a,Bissy,femme,cadres,"ligne 1\nligne 2"\n').encode(), 2, "nom",
                                  "contrôle"),
    "formule-en-tete": (b"id,quartier,genre,csp,=cmd()\na,Bissy,femme,cadres,x\n", 1, "colonne 5", "formule"),
    "trop-de-colonnes": ((",".join(["id", "quartier", "genre", "csp"] + [f"c{i}" for i in range(MAX_COLUMNS)])
                          + "\n").encode(), 1, "(colonnes)", "au plus"),
    "latin-1": ((HEAD + "a,Bissy,féminin,cadres,Zoé\n").encode("latin-1"), 2, "(encodage)", "UTF-8"),
    "utf-16": ((HEAD + ROW).encode("utf-16"), 1, "(encodage)", "UTF-16"),
    "million-de-lignes": ((HEAD + "1,Bissy,F,1,x\n" * (MAX_RECORDS + 1)).encode(), MAX_RECORDS + 1,
                          "(lignes)", "plus de 200"),
}


def problems_of(path: Path) -> list:
    scenario, _ = context()
    with pytest.raises(InputError) as err:
        read_pool(path, scenario)
    text = str(err.value)
    assert not any(word in text for word in ENGLISH), text
    return err.value.problems


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_hostile_pool_names_file_line_and_column(tmp_path, case: str) -> None:
    raw, line, column, words = CORPUS[case]
    path = tmp_path / f"{case}.csv"
    path.write_bytes(raw)
    first = problems_of(path)[0]
    assert first.file == str(path)
    assert (first.line, first.field) == (line, column), first
    assert words in first.message, first.message


def test_more_people_than_the_cap_is_refused_at_the_first_one_over(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pool_module, "MAX_PEOPLE", 50)
    path = tmp_path / "grand.csv"
    path.write_text(HEAD + "".join(f"p{i},Bissy,femme,cadres,x\n" for i in range(60)))
    [problem] = problems_of(path)
    assert (problem.line, problem.field) == (52, "(lignes)") and "plus de 50 personnes" in problem.message


def test_a_phone_number_or_a_negative_number_is_not_a_formula(tmp_path) -> None:
    scenario, _ = context()
    path = tmp_path / "telephones.csv"
    path.write_text("id,quartier,genre,csp,telephone,solde\n"
                    "a,Bissy,femme,cadres,+33 6 12 34 56 78,-5\n"
                    "b,Bissy,homme,cadres,'=pas une formule,-2.5\n")
    pool = read_pool(path, scenario)
    assert pool.by_id()["a"].columns["telephone"] == "+33 6 12 34 56 78"


@pytest.mark.parametrize("special", ["dossier", "tube", "/dev/zero", "boucle", "trop-gros", "absent"])
def test_special_files_are_refused_before_reading(tmp_path, special: str) -> None:
    path = tmp_path / special
    if special == "dossier":
        path.mkdir()
    elif special == "tube":
        os.mkfifo(path)
    elif special == "/dev/zero":
        path = Path("/dev/zero")
    elif special == "boucle":
        path.symlink_to(path)
    elif special == "trop-gros":
        with open(path, "wb") as handle:
            handle.truncate(pool_module.MAX_BYTES + 1)  # sparse: nothing really written
    [problem] = problems_of(path)
    assert problem.file == str(path) and problem.field == "(fichier)"


# Through the command line, like a user ----------------------------------------------------

def pacte(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run([sys.executable, "-m", "engine", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=240, env=env)


def assert_refused(run: subprocess.CompletedProcess, *words: str) -> None:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr + run.stdout
    assert "Entrée invalide" in run.stderr or "erreurs" in run.stderr
    for word in words:
        assert word in run.stderr, (word, run.stderr)


@pytest.mark.parametrize("case", ["guillemet-jamais-ferme", "formule-dde", "million-de-lignes"])
def test_cli_hostile_pool(tmp_path, case: str) -> None:
    raw, line, column, words = CORPUS[case]
    (tmp_path / "vivier.csv").write_bytes(raw)
    run = pacte("tirage", "vivier.csv", "--graine", "1", cwd=tmp_path)
    assert_refused(run, f"vivier.csv:{line}", f"« {column} »", words)


def test_cli_keep_and_exclude_files(tmp_path) -> None:
    pool = tmp_path / "vivier.csv"
    pool.write_text("id,quartier,genre,csp\n" + "".join(
        f"p{i},Bissy,{'femme' if i % 2 else 'homme'},cadres\n" for i in range(10)))
    (tmp_path / "garder.csv").write_text("id;nom\np1;Alice\nzz9;Inconnu\n")
    assert_refused(pacte("tirage", "vivier.csv", "--garder", "@garder.csv", cwd=tmp_path),
                   "garder.csv:3", "« id »", "zz9", "absent du vivier")
    os.mkfifo(tmp_path / "tube.csv")
    assert_refused(pacte("tirage", "vivier.csv", "--exclure", "@tube.csv", cwd=tmp_path),
                   "tube.csv", "pas un fichier ordinaire")


def test_cli_library_maximin_on_a_large_pool_is_refused_up_front(tmp_path) -> None:
    run = pacte("tirage", "--generer-vivier", "1500", "--graine", "1", "--algorithme", "maximin",
                cwd=tmp_path)
    assert_refused(run, "--algorithme", "limité à 1\u202f000", "profils")


def test_draw_sizes_are_bounded_before_any_work() -> None:
    from engine.sortition.draw import check_size
    from engine.sortition.synth import generate_pool

    check_size(1_000, "maximin")
    check_size(100_000, "profils")
    check_size(2_000, "legacy", 200)
    with pytest.raises(InputError, match="limité à 1\u202f000"):
        check_size(1_001, "nash")
    with pytest.raises(InputError, match="répétitions"):
        check_size(1_500, "legacy", 300)
    with pytest.raises(InputError, match="au plus 100\u202f000"):
        generate_pool(context()[0], 10**9, 1)
