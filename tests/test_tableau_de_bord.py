"""`pacte tableau-de-bord`: the command line it starts."""

from __future__ import annotations

import subprocess
import sys

from engine.cli.commands.tableau_de_bord import command


def test_command_line() -> None:
    cmd = command(8600, "127.0.0.1")
    assert cmd[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert cmd[4].endswith("dashboard/app.py")
    assert ["--server.port", "8600"] == cmd[5:7]
    assert "--server.headless" in cmd and "--browser.gatherUsageStats" in cmd
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"


def test_help_is_french_and_port_validated() -> None:
    run = [sys.executable, "-m", "engine", "tableau-de-bord"]
    out = subprocess.run(run + ["--help"], capture_output=True, text=True, check=True).stdout
    assert "Ouvre le tableau de bord" in out and "--port" in out
    bad = subprocess.run(run + ["--port", "0"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "port entre 1 et 65535" in bad.stderr
    assert "Traceback" not in bad.stderr
