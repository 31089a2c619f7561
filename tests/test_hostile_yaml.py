"""Hostile and mistaken YAML inputs through the real CLI: exit 2, French, file/line/field.

The hand-written corpus is in ``tests/hostile/`` (one file per case); special files (FIFO,
``/dev/zero``, folder, symlink loop, 3 MB, Latin-1, NUL…) are made here in ``tmp_path``.
Every case runs ``python -m engine`` in a subprocess with a timeout (a hang fails the
test) and an address-space limit of 1 GiB (a memory blow-up fails it too), and checks the
return code 2, the file (or ``--set``) and field named in a French message, and that no
Python traceback is shown.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "hostile"
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space
MINIMAL_PACT = """pacte:
  id: essai
  titre: Pacte d'essai
  liste: Liste d'essai
  commune: Chambéry
  source: essai.txt § Tout
"""

# file → (line, field, words of the message); the same for a pact and a scenario, since
# each is refused at the YAML level, before the file's role matters.
CASES: dict[str, tuple[int, str, str]] = {
    "alias_bomb.yaml": (13, "lol5.1", "trop volumineux une fois les alias développés"),
    "alias_many.yaml": (9, "repetitions.101", "trop d'alias YAML"),
    "alias_recursive.yaml": (10, "boucle.2", "se contient lui-même"),
    "alias_undefined.yaml": (8, "titre_bis", "sans ancre"),
    "merge_bomb.yaml": (47, "m5.k1", "trop volumineux une fois les alias développés"),
    "deep_block.yaml": (58, "n0.n1.n2", "imbrication trop profonde"),
    "deep_flow.yaml": (8, "profond", "imbrication trop profonde"),
    "tag_python.yaml": (8, "titre_bis", "étiquette YAML"),
    "tag_local.yaml": (8, "referendum_municipal", "étiquette YAML « !clause » refusée"),
    "tag_str.yaml": (8, "conseil_municipal", "étiquette YAML"),
    "tag_binary.yaml": (8, "piece_jointe", "étiquette YAML"),
    "tag_nonspecific.yaml": (8, "commentaire", "étiquette YAML « ! » refusée"),
    "yaml11_directive.yaml": (3, "(racine)", "directive « %YAML 1.1 » refusée"),
    "tag_directive.yaml": (3, "(racine)", "directive « %TAG » refusée"),
    "multi_document.yaml": (8, "(racine)", "plusieurs documents YAML"),
    "duplicate_key.yaml": (8, "pacte", "en double"),
    "nan.yaml": (10, "referendum_municipal.participation_min_pct.valeur", "un nombre fini"),
    "inf.yaml": (10, "budget_quartiers.montant.valeur", "valeur infinie refusée"),
    "neg_inf.yaml": (10, "consultation_revocation.debat_public_jours.valeur", "valeur infinie"),
    "float_overflow.yaml": (10, "conseil_citoyen.membres.valeur", "valeur infinie refusée"),
    "big_int.yaml": (10, "conseil_citoyen.membres.valeur", "nombre démesuré (4000 chiffres)"),
    "big_int_1e12.yaml": (10, "conseil_citoyen.membres.valeur", "nombre démesuré"),
    "big_hex.yaml": (10, "conseil_citoyen.membres.valeur", "nombre démesuré"),
    "complex_key.yaml": (8, "(racine)", "clé complexe"),
    "bad_escape.yaml": (8, "titre_bis", "valeur impossible à lire"),
    "syntax_error.yaml": (9, "(syntaxe YAML)", "liste entre crochets non refermée"),
}
SECRET = "SECRET-A-NE-PAS-AFFICHER"


def cases(names: object, fast: set[str]) -> list[object]:
    """Parameters: one case per class runs by default, the others are marked slow (each is
    a fresh interpreter, ~1–2 s)."""
    return [pytest.param(n, marks=() if n in fast else pytest.mark.slow) for n in sorted(names)]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def pacte(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess: 30 s at most, 1 GiB of address space at most."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("PACTE_TRACE", None)
    return subprocess.run([sys.executable, "-m", "engine", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=30, preexec_fn=_limit_memory)


def refused(run: subprocess.CompletedProcess[str], name: str, field: str | None = None,
            *words: str) -> str:
    """Assert a clean refusal (exit 2, French, naming ``name`` and ``field``); the stderr."""
    said = run.stderr
    assert run.returncode == 2, (run.returncode, said[-2000:])
    assert "Traceback" not in said + run.stdout, said[-2000:]
    assert "Erreur interne" not in said, said[-2000:]
    assert said.startswith(("Entrée invalide :", "2 erreurs", "3 erreurs")), said[:300]
    assert name in said, said[:500]
    if field is not None:
        assert f"champ « {field}" in said, said[:500]
    for word in words:
        assert word in said, said[:500]
    assert len(said) < 5_000, "the message must stay short"
    return said


# --- the hand-written corpus, as a pact and as a scenario --------------------------------

def test_the_corpus_has_a_case_for_every_file() -> None:
    assert set(CASES) | {"not_a_pact.yaml", "list_root.yaml"} == {
        p.name for p in CORPUS.glob("*.yaml")}


@pytest.mark.parametrize("name", cases(CASES, {
    "alias_bomb.yaml", "deep_flow.yaml", "tag_python.yaml", "yaml11_directive.yaml",
    "nan.yaml", "big_int.yaml"}))
def test_a_hostile_pact(name: str) -> None:
    line, field, words = CASES[name]
    refused(pacte("clauses", f"tests/hostile/{name}"), f"tests/hostile/{name}:{line}", field, words)


@pytest.mark.parametrize("name", cases(CASES, {
    "merge_bomb.yaml", "tag_local.yaml"}))
def test_a_hostile_scenario(name: str) -> None:
    line, field, words = CASES[name]
    refused(pacte("verifier", "--scenario", f"tests/hostile/{name}"),
            f"tests/hostile/{name}:{line}", field, words)


@pytest.mark.parametrize(("name", "kind", "command"), [
    ("not_a_pact.yaml", "pacte", ("clauses",)),
    pytest.param("not_a_pact.yaml", "scénario", ("verifier", "--scenario"), marks=pytest.mark.slow),
    pytest.param("list_root.yaml", "pacte", ("clauses",), marks=pytest.mark.slow),
    pytest.param("list_root.yaml", "scénario", ("verifier", "--scenario"), marks=pytest.mark.slow)])
def test_a_file_that_is_not_a_pact_is_never_echoed(name: str, kind: str, command: tuple[str, ...]) -> None:
    said = refused(pacte(*command, f"tests/hostile/{name}"), f"tests/hostile/{name}", None,
                   f"n'est pas un {kind}")
    assert SECRET not in said and "admin" not in said


# --- special and broken files, made here ------------------------------------------------

def _fifo(tmp: Path) -> Path:
    path = tmp / "tube.yaml"
    os.mkfifo(path)
    return path


def _loop(tmp: Path) -> Path:
    (tmp / "a.yaml").symlink_to(tmp / "b.yaml")
    (tmp / "b.yaml").symlink_to(tmp / "a.yaml")
    return tmp / "a.yaml"


def _folder(tmp: Path) -> Path:
    path = tmp / "dossier.yaml"
    path.mkdir()
    return path


def _written(name: str, data: bytes):  # noqa: ANN202
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _deep(tmp: Path) -> Path:
    """100,000 nested lists: far beyond Python's recursion limit."""
    return _written("profond.yaml", b"x: " + b"[" * 100_000 + b"]" * 100_000 + b"\n")(tmp)


def _wide_bomb(tmp: Path) -> Path:
    """A billion laughs spread so that no single anchor is large."""
    lines = [b"a0: &a0 [" + b",".join([b"x"] * 50) + b"]"]
    lines += [f"a{i}: &a{i} [".encode() + b",".join([f"*a{i - 1}".encode()] * 9) + b"]"
              for i in range(1, 11)]
    return _written("bombe.yaml", b"\n".join(lines) + b"\n")(tmp)


SPECIAL = {
    "fifo": (_fifo, "tube.yaml", "pas un fichier ordinaire"),
    "dev_zero": (lambda tmp: Path("/dev/zero"), "/dev/zero", "pas un fichier ordinaire"),
    "folder": (_folder, "dossier.yaml", "dossier"),
    "symlink_loop": (_loop, "a.yaml", "boucle"),
    "missing": (lambda tmp: tmp / "absent.yaml", "absent.yaml", "introuvable"),
    "huge": (_written("gros.yaml", b"a: b\n" * 600_000), "gros.yaml", "trop gros"),
    "latin1": (_written("latin.yaml", MINIMAL_PACT.encode("latin-1")), "latin.yaml:5", "UTF-8"),
    "nul": (_written("nul.yaml", MINIMAL_PACT.encode() + b"\x00\x00"), "nul.yaml", "octets nuls"),
    "utf16": (_written("utf16.yaml", MINIMAL_PACT.encode("utf-16")), "utf16.yaml", "octets nuls"),
    "control": (_written("ctrl.yaml", MINIMAL_PACT.encode() + b"x: '\x07'\n"), "ctrl.yaml:7",
                "caractère de contrôle"),
    "deep": (_deep, "profond.yaml:1", "imbrication trop profonde"),
    "wide_bomb": (_wide_bomb, "bombe.yaml", "alias développés"),
}


@pytest.mark.parametrize(("case", "role"), [
    pytest.param(case, role, marks=() if (case, role) in {
        ("fifo", "pacte"), ("dev_zero", "pacte"), ("symlink_loop", "pacte"), ("huge", "pacte"),
        ("latin1", "scenario"), ("wide_bomb", "scenario")} else pytest.mark.slow)
    for case in sorted(SPECIAL) for role in ("pacte", "scenario")])
def test_a_special_file(tmp_path: Path, case: str, role: str) -> None:
    make, shown, words = SPECIAL[case]
    path = make(tmp_path)
    args = ("clauses", str(path)) if role == "pacte" else ("verifier", "--scenario", str(path))
    refused(pacte(*args, cwd=tmp_path), shown, None, words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text(MINIMAL_PACT, encoding="utf-8")
    path.chmod(0)
    refused(pacte("clauses", str(path), cwd=tmp_path), "secret.yaml", "(fichier)", "inaccessible")


def test_a_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_PACT.encode())
    run = pacte("clauses", str(path), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Pacte d'essai" in run.stdout


# --- --set -----------------------------------------------------------------------------

SETS = {
    "alias": ("votation_propositionnelle.seuil_pct=*x", "sans ancre"),
    "anchor_bomb": ("votation_propositionnelle.seuil_pct=[&a [1,1,1,1,1,1,1,1,1,1], "
                    + ", ".join(["*a"] * 101) + "]", "trop d'alias"),
    "deep": ("votation_propositionnelle.seuil_pct=" + "[" * 2_000 + "]" * 2_000,
             "imbrication trop profonde"),
    "tag": ("votation_propositionnelle.seuil_pct=!!python/object:os.system x", "étiquette YAML"),
    "binary": ("votation_propositionnelle.seuil_pct=!!binary aGVsbG8=", "étiquette YAML"),
    "nan": ("votation_propositionnelle.seuil_pct=.nan", "un nombre fini"),
    "inf": ("votation_propositionnelle.seuil_pct=-.inf", "valeur infinie"),
    "digits": ("votation_propositionnelle.seuil_pct=" + "9" * 4_000, "nombre démesuré"),
    "two_documents": ("votation_propositionnelle.seuil_pct=1\n---\n2", "plusieurs documents"),
    "directive": ("votation_propositionnelle.seuil_pct=%YAML 1.1\n--- no", "directive"),
    "too_long": ("votation_propositionnelle.seuil_pct=" + "x" * 20_000, "argument trop long"),
}


@pytest.mark.parametrize("case", cases(SETS, {"alias", "deep", "tag", "digits"}))
def test_a_hostile_set_value(case: str) -> None:
    text, words = SETS[case]
    field = "votation_propositionnelle.seuil_pct"
    refused(pacte("clauses", "--set", text), "--set", field, words)


@pytest.mark.parametrize(("path", "words"), [
    (".".join(["a"] * 1_000), "chemin trop"),
    pytest.param("a" * 5_000, "chemin trop long", marks=pytest.mark.slow),
    pytest.param("votation_propositionnelle..seuil_pct", "nom vide", marks=pytest.mark.slow),
    pytest.param("conseil_citoyen.membres." + "9" * 5_000, "chemin trop long",
                 marks=pytest.mark.slow),
    pytest.param("commune.quartiers." + "9" * 40, "hors de la liste", marks=pytest.mark.slow)])
def test_a_hostile_set_path(path: str, words: str) -> None:
    refused(pacte("verifier", "--set", f"{path}=1"), "--set", None, words)


@pytest.mark.parametrize(("name", "text"), [
    ("cles.yaml", f"mot_de_passe: {SECRET}\n"),
    pytest.param("texte.txt", f"{SECRET}:x:0:0\nautre:{SECRET}\n", marks=pytest.mark.slow),
    pytest.param("faux.yaml", f"pacte: {SECRET}\n", marks=pytest.mark.slow)])
def test_set_to_another_file_never_echoes_it(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    said = refused(pacte("verifier", "--set", f"scenario.pacte={path}", cwd=tmp_path),
                   name, None, "n'est pas un pacte")
    assert SECRET not in said


def test_set_to_etc_shadow_never_echoes_it() -> None:
    run = pacte("verifier", "--set", "scenario.pacte=/etc/shadow")
    said = refused(run, "/etc/shadow")
    try:
        secret_lines = Path("/etc/shadow").read_text(errors="replace").splitlines()
    except OSError:
        secret_lines = []
    for line in secret_lines:
        for piece in line.split(":"):
            if len(piece) >= 8:
                assert piece not in said
