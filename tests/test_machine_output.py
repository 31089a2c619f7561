"""Machine output survives a library that prints on fd 1 from native code.

A ``sitecustomize`` shim, put first on ``PYTHONPATH`` of the command (and so of every child
process it starts), makes the third-party libraries the commands use write on file
descriptor 1 through the C library's ``write`` — as highspy 1.16 does with its banner —
when they are imported mid-command and each time a HiGHS solver or a SimPy environment is
created. Every ``--format json`` must still be exactly one JSON document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOISE = b"Running NOISY 9.9 (native banner on fd 1)\n"

SHIM = f'''
import ctypes, importlib.abc, sys

_libc = ctypes.CDLL(None)
_NOISE = {NOISE!r}


def _noise():
    _libc.write(1, _NOISE, len(_NOISE))


class _Noisy(importlib.abc.MetaPathFinder):
    names = {{"highspy", "simpy", "networkx", "sortition_algorithms", "scipy.optimize",
              "pandas", "numpy"}}

    def find_spec(self, name, path, target=None):
        if name in self.names:
            self.names.discard(name)
            _noise()
        return None


sys.meta_path.insert(0, _Noisy())
_orig_import = __builtins__["__import__"] if isinstance(__builtins__, dict) else __builtins__.__import__


def _patch(module):
    if module.__name__ == "highspy" and hasattr(module, "Highs") and not getattr(module, "_noisy", False):
        base = module.Highs

        class Highs(base):
            def __init__(self, *a, **k):
                _noise()
                super().__init__(*a, **k)

        module.Highs = Highs
        module._noisy = True
    if module.__name__ == "simpy" and hasattr(module, "Environment") and not getattr(module, "_noisy", False):
        base_env = module.Environment

        class Environment(base_env):
            def __init__(self, *a, **k):
                _noise()
                super().__init__(*a, **k)

        module.Environment = Environment
        module._noisy = True


def _import(name, *args, **kwargs):
    module = _orig_import(name, *args, **kwargs)
    for wanted in ("highspy", "simpy"):
        found = sys.modules.get(wanted)
        if found is not None:
            _patch(found)
    return module


import builtins
builtins.__import__ = _import
'''

COMMANDS = [
    ["bilan", "--runs", "3"],
    ["verifier"],
    ["couts"],
    ["clauses"],
    ["calendrier", "--procedure", "mandat"],
    ["pouvoirs"],
    ["simuler", "--runs", "3"],
    ["lettres"],
    ["tirage", "--generer-vivier", "60", "--graine", "5", "--algorithme", "maximin"],
    ["tirage", "--generer-vivier", "60", "--graine", "5", "--algorithme", "nash"],
    ["tirage", "--generer-vivier", "60", "--graine", "5", "--algorithme", "legacy"],
    ["tirage", "--generer-vivier", "60", "--graine", "5"],
]


@pytest.fixture(scope="module")
def noisy_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("shim")
    (folder / "sitecustomize.py").write_text(SHIM, encoding="utf-8")
    path = os.pathsep.join([str(folder), str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "engine", *args, "--format", "json"],
                          cwd=ROOT, env=env, capture_output=True, timeout=300, check=False)


def test_the_shim_really_writes_on_fd_1(noisy_env: dict[str, str]) -> None:
    """Without the protection, the noise would reach stdout: the shim itself works."""
    code = "import highspy; highspy.Highs()"
    run = subprocess.run([sys.executable, "-c", code], env=noisy_env, capture_output=True,
                         timeout=60, check=False)
    assert NOISE in run.stdout


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_json_is_exactly_the_document(args: list[str], noisy_env: dict[str, str]) -> None:
    run = _run(args, noisy_env)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    assert NOISE not in run.stdout
    json.loads(run.stdout.decode("utf-8"))  # the whole stdout, nothing before or after
    assert b"Traceback" not in run.stderr


def test_text_output_keeps_the_noise_out(noisy_env: dict[str, str]) -> None:
    """The draw record a DPC would publish (text) does not start with a banner either."""
    run = subprocess.run([sys.executable, "-m", "engine", "tirage", "--generer-vivier", "60",
                          "--graine", "5", "--algorithme", "maximin"],
                         cwd=ROOT, env=noisy_env, capture_output=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    assert NOISE not in run.stdout
