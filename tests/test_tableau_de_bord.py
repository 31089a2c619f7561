"""`pacte tableau-de-bord`: the command line it starts."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from engine.cli.commands.tableau_de_bord import command, config_file, config_flags


def test_command_line() -> None:
    cmd = command(8600, "127.0.0.1")
    assert cmd[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert cmd[4].endswith("dashboard/app.py")
    assert ["--server.port", "8600"] == cmd[5:7]
    assert "--server.headless" in cmd and "--browser.gatherUsageStats" in cmd
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"


def test_the_dashboard_config_is_passed_whatever_the_folder() -> None:
    """The theme, the toolbar and the limits of dashboard/.streamlit/config.toml are on the
    command line (a user's config or STREAMLIT_* variables cannot change them), and the file
    sits next to app.py, where ``streamlit run`` finds it from any working directory."""
    assert config_file().parent.parent.name == "dashboard"
    assert (config_file().parent.parent / "app.py").exists()
    table = tomllib.loads(config_file().read_text(encoding="utf-8"))
    cmd = command(8600, "127.0.0.1")
    for section, options in table.items():
        for name, value in options.items():
            flag = f"--{section}.{name}"
            assert flag in cmd, flag
            shown = cmd[cmd.index(flag) + 1]
            assert shown == (str(value).lower() if isinstance(value, bool) else str(value))
    assert cmd[cmd.index("--client.toolbarMode") + 1] in ("viewer", "minimal")  # no « Deploy »
    assert cmd[cmd.index("--client.showErrorLinks") + 1] == "false"
    assert cmd[cmd.index("--theme.primaryColor") + 1] == table["theme"]["primaryColor"]
    assert table["theme"]["primaryColor"].lower() not in ("#ff4b4b",)  # not Streamlit's red


def test_config_flags_of_a_given_file(tmp_path) -> None:  # noqa: ANN001
    f = tmp_path / "config.toml"
    f.write_text('[client]\nshowErrorLinks = false\n[theme]\nprimaryColor = "#123456"\n',
                 encoding="utf-8")
    assert config_flags(f) == ["--client.showErrorLinks", "false",
                               "--theme.primaryColor", "#123456"]


def test_help_is_french_and_port_validated() -> None:
    run = [sys.executable, "-m", "engine", "tableau-de-bord"]
    out = subprocess.run(run + ["--help"], capture_output=True, text=True, check=True).stdout
    assert "Ouvre le tableau de bord" in out and "--port" in out
    bad = subprocess.run(run + ["--port", "0"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "port entre 1 et 65535" in bad.stderr
    assert "Traceback" not in bad.stderr
