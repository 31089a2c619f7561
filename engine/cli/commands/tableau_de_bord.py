"""`pacte tableau-de-bord`: start the Streamlit dashboard (French)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

ORDER = 90

PORT_OPT = typer.Option(8501, "--port", help="Port d'écoute, de 1 à 65535 (défaut : 8501).")
HOST_OPT = typer.Option("127.0.0.1", "--adresse", help="Adresse d'écoute (défaut : 127.0.0.1 ; "
                        "0.0.0.0 pour l'ouvrir au réseau).")


def config_file() -> Path:
    """The dashboard's configuration (theme, toolbar, limits), next to ``dashboard/app.py``:
    Streamlit reads it there whatever the working directory."""
    from engine.core.paths import REPO

    return REPO / "dashboard" / ".streamlit" / "config.toml"


def config_flags(path: Path | None = None) -> list[str]:
    """Every option of the dashboard's config file as ``--section.option value`` flags, so
    that a user's own ``~/.streamlit/config.toml`` or ``STREAMLIT_*`` variables (which
    Streamlit reads too) cannot change the theme, the toolbar or the limits."""
    import tomllib

    table: dict[str, Any] = tomllib.loads((path or config_file()).read_text(encoding="utf-8"))
    flags: list[str] = []
    for section, options in table.items():
        for name, value in options.items():
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            flags += [f"--{section}.{name}", text]
    return flags


def command(port: int, address: str) -> list[str]:
    """The ``streamlit run`` command line (headless, the dashboard's configuration)."""
    import sys

    from engine.core.paths import REPO

    return [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
            "--server.port", str(port), "--server.address", address,
            "--server.headless", "true", *config_flags()]


def register(app: typer.Typer) -> None:
    @app.command("tableau-de-bord", short_help="Ouvrir le tableau de bord dans le navigateur.")
    def tableau_de_bord(port: int = PORT_OPT, adresse: str = HOST_OPT) -> None:
        """Ouvre le tableau de bord : le pacte, sa légalité, son calendrier, sa simulation,
        ses pouvoirs, la comparaison de variantes et le rapport (Ctrl+C pour arrêter)."""
        import subprocess

        from engine.core.errors import InputError

        if not 1 <= port <= 65535:
            raise InputError.single("--port", None, "port",
                                    f"un port entre 1 et 65535 est attendu (reçu : {port})")
        typer.echo(f"Tableau de bord sur http://{adresse}:{port} (Ctrl+C pour arrêter)")
        try:
            raise typer.Exit(subprocess.call(command(port, adresse)))
        except KeyboardInterrupt:
            raise typer.Exit(0) from None
