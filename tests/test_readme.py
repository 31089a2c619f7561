"""The README's two commands are the ones a new machine and CI run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _install_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:bash|sh|shell)?\n(.*?)```", text, re.S)
    return [b.strip() for b in blocks if "pip install" in b or "uv " in b][:2]


def test_readme_has_the_main_job_then_the_tests() -> None:
    main, tests = _install_blocks()
    assert main.endswith("pacte bilan")
    assert tests.endswith("python -m pytest -n auto --dist loadgroup")


def test_both_readme_commands_install_from_the_lock() -> None:
    for command in _install_blocks():
        assert "-c requirements.lock" in command
    assert (ROOT / "requirements.lock").is_file()


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _install_blocks()[1] in ci
    assert any("python3 -m venv" in line for line in ci)  # a brand-new environment


def test_the_lock_pins_every_dependency_exactly() -> None:
    lines = [line for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", " "))]
    assert lines and all("==" in line for line in lines)
    names = {re.split(r"[=;\s]", line)[0].lower() for line in lines}
    for needed in ("highspy", "sortition-algorithms", "pydantic", "ruamel-yaml", "streamlit",
                   "simpy", "pytest", "pytest-bdd", "pytest-xdist", "hypothesis"):
        assert needed in names
