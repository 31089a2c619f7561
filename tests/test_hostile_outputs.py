"""``--out`` under hostile conditions, and CSV exports a spreadsheet cannot run.

Every case: exit code 2 and a French message naming ``--out`` (or a clean interruption),
never a traceback, the target either absent or complete, no temporary left behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.io.out_cleanup import remove_stale
from engine.io.out_target import LOCK_PREFIX, TEMP_PREFIX, Kind, check_target
from engine.io.output_dir import reserve, write_files

REPO = Path(__file__).resolve().parent.parent
SIM_FILES = ["events.parquet", "monthly.parquet", "runs.parquet", "summary.json"]
NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def env(cwd: Path) -> dict[str, str]:
    return {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "engine", *args]


def pacte(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), cwd=cwd, capture_output=True, text=True, timeout=240,
                          env=env(cwd))


def _interruptible() -> None:
    """In the child, before Python starts: Ctrl-C acts as in a terminal. A shell that runs
    the tests in the background (« … & ») starts them with SIGINT ignored, and a Python
    process that inherits an ignored SIGINT never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(command(*args), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env(cwd), preexec_fn=_interruptible)


def wait_for(path: Path, process: subprocess.Popen, limit: float = 120) -> None:
    """Until ``path`` exists (the run has reserved its target): a wait, not an assertion
    on time; the process must still be running."""
    deadline = time.monotonic() + limit
    while not path.exists():
        assert process.poll() is None, process.communicate()
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{path} jamais créé")
        time.sleep(0.05)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((TEMP_PREFIX, LOCK_PREFIX)))


def assert_refused(run: subprocess.CompletedProcess, *words: str) -> None:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr + run.stdout
    assert "champ « --out »" in run.stderr, run.stderr
    for word in words:
        assert word in run.stderr, (word, run.stderr)


# Where --out may not write ------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/proc/pacte-test.csv", "/etc/pacte-test.csv"])
def test_system_paths_are_refused(tmp_path, target: str) -> None:
    run = pacte("vivier", "20", "--out", target, cwd=tmp_path)
    assert_refused(run, "emplacement système")
    assert not Path(target).exists()


@pytest.mark.parametrize("target", ["/proc/x", "/proc/self/fd/1", "/sys/x", "/dev/null", "/dev/shm/x",
                                    "/etc", "/etc/x", "/usr/x", "/boot", "/var/lib/x", "/"])
@pytest.mark.parametrize("kind", list(Kind))
def test_system_paths_are_refused_for_files_and_folders(target: str, kind: Kind) -> None:
    with pytest.raises(InputError) as err:
        check_target(target, kind)
    assert "emplacement système" in str(err.value) or "racine" in str(err.value)


def test_a_file_where_a_folder_is_expected_and_the_reverse(tmp_path) -> None:
    (tmp_path / "note.txt").write_text("à garder")
    assert_refused(pacte("simuler", "--runs", "1", "--jobs", "1", "--out", "note.txt", cwd=tmp_path),
                   "n'est pas un dossier")
    assert (tmp_path / "note.txt").read_text() == "à garder"
    (tmp_path / "dossier").mkdir()
    assert_refused(pacte("vivier", "20", "--out", "dossier", cwd=tmp_path), "est un dossier")
    assert_refused(pacte("vivier", "20", "--out", "absent/vivier.csv", cwd=tmp_path), "n'existe pas")
    assert_refused(pacte("balayer", "--runs", "1", "--out", "table.txt", cwd=tmp_path), ".csv ou .parquet")
    assert leftovers(tmp_path) == []


def test_a_folder_of_the_users_own_files_is_never_replaced(tmp_path) -> None:
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "budget.ods").write_text("x")
    run = pacte("tirage", "--generer-vivier", "60", "--graine", "1", "--out", "documents", cwd=tmp_path)
    assert_refused(run, "budget.ods", "n'est pas un résultat de Pacte")
    assert [p.name for p in mine.iterdir()] == ["budget.ods"]
    assert_refused(pacte("simuler", "--runs", "1", "--out", ".", cwd=mine), "dossier courant")
    (tmp_path / "lien").symlink_to(mine)
    assert_refused(pacte("vivier", "20", "--out", "lien", cwd=tmp_path), "lien symbolique")
    assert leftovers(tmp_path) == []


@contextlib.contextmanager
def read_only(folder: Path):
    """A folder nobody may write into — root included (immutable attribute), or by mode."""
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("chattr +i indisponible : pas de dossier en lecture seule pour root")
        try:
            yield
        finally:
            subprocess.run([chattr, "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_a_folder_that_cannot_be_written_is_refused_before_the_work(tmp_path) -> None:
    locked = tmp_path / "verrouille"
    locked.mkdir()
    with read_only(locked):
        run = pacte("tirage", "--generer-vivier", "60", "--graine", "1", "--out", "verrouille/res",
                    cwd=tmp_path)
        assert_refused(run, "impossible d'écrire")
        assert list(locked.iterdir()) == []


# Interruptions ------------------------------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_nothing(tmp_path, sig: signal.Signals) -> None:
    run = start("simuler", "--runs", "2000", "--jobs", "1", "--out", "res", cwd=tmp_path)
    wait_for(tmp_path / f"{LOCK_PREFIX}res", run)
    run.send_signal(sig)
    out, err = run.communicate(timeout=120)
    assert run.returncode != 0
    assert "Traceback" not in out + err
    assert not (tmp_path / "res").exists()
    assert leftovers(tmp_path) == []


def test_killed_run_leaves_no_result_and_the_next_run_cleans_up(tmp_path) -> None:
    run = start("simuler", "--runs", "2000", "--jobs", "1", "--out", "res", cwd=tmp_path)
    wait_for(tmp_path / f"{LOCK_PREFIX}res", run)
    run.kill()
    run.communicate(timeout=60)
    assert not (tmp_path / "res").exists()
    # What a SIGKILL during the final write leaves: a temporary named after a dead process.
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = tmp_path / f"{TEMP_PREFIX}res.{gone.pid}.abcd1234"
    stale.mkdir()
    (stale / "runs.parquet").write_bytes(b"moitie")
    again = pacte("simuler", "--runs", "2", "--jobs", "1", "--out", "res", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (tmp_path / "res").iterdir()) == SIM_FILES
    assert leftovers(tmp_path) == []


def test_a_second_run_into_the_same_folder_is_refused(tmp_path) -> None:
    first = start("simuler", "--runs", "2000", "--jobs", "1", "--out", "res", cwd=tmp_path)
    try:
        wait_for(tmp_path / f"{LOCK_PREFIX}res", first)
        second = pacte("tirage", "--generer-vivier", "60", "--graine", "1", "--out", "res", cwd=tmp_path)
        assert_refused(second, f"un autre calcul Pacte (processus {first.pid})", "attendez")
        assert not (tmp_path / "res").exists()
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=120)
    assert leftovers(tmp_path) == []
    third = pacte("simuler", "--runs", "2", "--jobs", "1", "--out", "res", cwd=tmp_path)
    assert third.returncode == 0, third.stderr
    assert sorted(p.name for p in (tmp_path / "res").iterdir()) == SIM_FILES


# The shared writer, in process --------------------------------------------------------------

def test_interruption_while_writing_keeps_the_old_result(tmp_path) -> None:
    out = tmp_path / "res"
    write_files(out, {"tirage.json": "ancien"})

    def interrupted(folder: Path) -> None:
        (folder / "tirage.json").write_text("moitié")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), reserve(out, Kind.FOLDER) as target:
        target.write_folder(interrupted)
    assert (out / "tirage.json").read_text() == "ancien"
    assert leftovers(tmp_path) == []


def test_stale_temporaries_of_live_processes_are_kept(tmp_path) -> None:
    alive = tmp_path / f"{TEMP_PREFIX}res.{os.getppid()}.abcd1234"
    alive.mkdir()
    other = tmp_path / ".cache"  # not ours: never touched
    other.mkdir()
    assert remove_stale(tmp_path) == []
    assert alive.exists() and other.exists()


def test_the_lock_is_one_per_target(tmp_path) -> None:
    with reserve(tmp_path / "a", Kind.FOLDER), reserve(tmp_path / "b.csv", Kind.FILE) as b:
        assert sorted(leftovers(tmp_path)) == [f"{LOCK_PREFIX}a", f"{LOCK_PREFIX}b.csv"]
        b.write_text("x\n")
        with pytest.raises(ValueError):
            b.write_folder(lambda folder: None)
    assert leftovers(tmp_path) == []
    assert (tmp_path / "b.csv").read_text() == "x\n"
    with pytest.raises(InputError):
        write_files(tmp_path / "b.csv", {"tirage.json": "{}"})


# CSV exports ---------------------------------------------------------------------------------

def assert_no_formula(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert NUMBER.fullmatch(cell), f"cellule dangereuse : {cell!r}"


def test_draw_exports_neutralise_what_the_pool_carried(tmp_path) -> None:
    from engine.io.context import load_context
    from engine.sortition.synth import generate_pool

    rows = generate_pool(load_context()[0], 90, 4)
    notes = ["+33 6 12 34 56 78", "-5", "- 3", "'=SOMME(A1)", "(04) 79"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*rows[0], "telephone"], lineterminator="\n")
    writer.writeheader()
    writer.writerows({**row, "telephone": notes[i % len(notes)]} for i, row in enumerate(rows))
    (tmp_path / "vivier.csv").write_text(buf.getvalue())
    run = pacte("tirage", "vivier.csv", "--graine", "1", "--out", "res", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    panel = (tmp_path / "res" / "panel.csv").read_text()
    phones = [r["telephone"] for r in csv.DictReader(io.StringIO(panel))]
    assert "'+33 6 12 34 56 78" in phones and "'- 3" in phones
    assert "+33 6 12 34 56 78" not in phones and "-5" in phones  # a number stays a number
    for name in ("panel.csv", "probabilites.csv", "quotas.csv"):
        assert_no_formula((tmp_path / "res" / name).read_text())


def test_sweep_table_neutralises_a_hostile_scenario_name(tmp_path) -> None:
    from engine.core.paths import DEFAULT_SCENARIO

    text = DEFAULT_SCENARIO.read_text(encoding="utf-8")
    pact = (DEFAULT_SCENARIO.parent / "../rules/pactes/chambery-2026.yaml").resolve()
    (tmp_path / "=evil.yaml").write_text(text.replace("../rules/pactes/chambery-2026.yaml", str(pact)),
                                         encoding="utf-8")
    run = pacte("balayer", "--grille", "scenario==evil.yaml", "--runs", "1", "--jobs", "1",
                "--out", "table.csv", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    table = (tmp_path / "table.csv").read_text()
    assert_no_formula(table)
    first = next(csv.DictReader(io.StringIO(table)))
    assert first["scenario"] == "'=evil.yaml"
    assert float(first["runs"]) == 1
    assert leftovers(tmp_path) == []
