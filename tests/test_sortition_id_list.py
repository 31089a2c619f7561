"""Hostile and mistaken ``--garder`` / ``--exclure`` lists: always a French message naming
the file, the line and the column « id » (exit code 2), never a traceback."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.sortition.id_list import parse_id_list, read_id_list


@pytest.mark.parametrize(("text", "line", "words"), [
    ("id\n=HYPERLINK(1)\n", 2, "formule"),
    ("nom,id\nAlice\n", 2, "la colonne « id » (n° 2) manque"),
    ('id\n"a\nb\n', 2, "jamais refermé"),
    ("id\na\x00b\n", 2, "octet nul"),
    ("", 1, "fichier vide"),
])
def test_hostile_id_lists(tmp_path, text: str, line: int, words: str) -> None:
    path = tmp_path / "ids.csv"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        read_id_list(path)
    [problem] = err.value.problems
    assert (problem.file, problem.line, problem.field) == (str(path), line, "id")
    assert words in problem.message


def test_id_lists_keep_each_line() -> None:
    assert parse_id_list(b"nom;ID\nAlice;a1\n\nBob;b2\n", "l.csv") == [("a1", 2), ("b2", 4)]
    assert parse_id_list(b"\xef\xbb\xbfa1\n a2 \n", "l.csv") == [("a1", 1), ("a2", 2)]
