"""Seeds, and the draw's output folder written all at once (``engine.io.output_dir``)."""

from __future__ import annotations

import pytest

from engine.core.errors import InputError
from engine.io.output_dir import write_files
from engine.sortition.audit import make_seed, versions


def test_numeric_seed_is_used_as_is_and_text_is_hashed():
    assert make_seed("42").value == 42
    text = make_seed("loto du 12 avril : 3 14 25 31 47")
    assert text.value == make_seed("loto du 12 avril : 3 14 25 31 47").value
    assert 1 <= text.value < 2**63
    assert make_seed("0").value != 0  # 0 would mean « unseeded » for the library
    fresh = make_seed(None)
    assert fresh.text and fresh.value >= 1
    with pytest.raises(InputError):
        make_seed("  ")


def test_versions_name_the_solver_and_library():
    v = versions()
    assert {"sortition-algorithms", "highspy", "numpy", "scipy", "python"} <= set(v)


def test_folder_is_replaced_whole(tmp_path):
    out = tmp_path / "resultat"
    write_files(out, {"tirage.json": "un", "panel.csv": b"\x00"})
    assert (out / "tirage.json").read_text() == "un"
    write_files(out, {"quotas.csv": "deux"})
    assert sorted(p.name for p in out.iterdir()) == ["quotas.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["resultat"]  # no temporary left


def test_failure_leaves_the_old_folder(tmp_path):
    out = tmp_path / "resultat"
    write_files(out, {"tirage.json": "un"})

    with pytest.raises(TypeError):
        write_files(out, {"tirage.json": "deux", "panel.csv": 3})  # type: ignore[dict-item]
    assert (out / "tirage.json").read_text() == "un"
    assert [p.name for p in tmp_path.iterdir()] == ["resultat"]
