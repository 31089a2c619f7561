"""`pacte rediger`: documents to stdout or to a file, French errors with exit code 2."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli.main import app
from engine.render.pdf import CHROMIUM

RUN = CliRunner()


def run(*args: str):
    return RUN.invoke(app, ["rediger", *args])


def test_pact_markdown_to_stdout():
    r = run("saillans-2026")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# Pacte de gouvernance collégiale et participative de Saillans")
    assert "Nous nous engageons" in r.stdout and "Nature : " in r.stdout


@pytest.mark.parametrize("document,needle", [
    ("deliberations", "Vu le code général des collectivités territoriales"),
    ("note", "Visa du ou de la juriste"),
])
def test_other_documents_in_html(document, needle):
    r = run("chambery-2026", "--document", document, "--format", "html")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("<!doctype html>") and needle in r.stdout


def test_set_changes_the_text():
    base = run("chambery-2026").stdout
    changed = run("chambery-2026", "--set", "votation_propositionnelle.seuil_pct=5").stdout
    assert base != changed and "5 % de " in changed


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "engine.cli.main", "rediger", *args],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_binary_formats_need_out(fmt):
    r = _main("--format", fmt)
    assert r.returncode == 2
    assert "indiquez le fichier à écrire avec --out" in r.stderr
    assert "Traceback" not in r.stderr


def test_markdown_written_to_a_file(tmp_path: Path):
    out = tmp_path / "pacte.md"
    r = run("collegial-2026", "--out", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ") and "n'est pas un avis juridique" in text
    assert not [p for p in tmp_path.iterdir() if p.name != "pacte.md"]  # nothing left behind


def test_docx_written_or_clearly_unavailable(tmp_path: Path):
    out = tmp_path / "note.docx"
    r = _main("poitiers-2026", "--document", "note", "--format", "docx", "--out", str(out))
    if importlib.util.find_spec("engine.render.document_docx") is None:
        assert r.returncode == 2 and "format docx indisponible" in r.stderr
        assert not out.exists()
    else:
        assert r.returncode == 0, r.stderr
        assert out.read_bytes()[:2] == b"PK"  # a DOCX is a zip
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert "Note juridique" in text and "Visa du ou de la juriste" in text


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium absent")
def test_pdf_written(tmp_path: Path):
    out = tmp_path / "deliberations.pdf"
    r = run("democracite-2026", "--document", "deliberations", "--format", "pdf",
            "--out", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF")
