"""`pacte tableau-de-bord`: start the Streamlit dashboard (French)."""

from __future__ import annotations

import typer

ORDER = 90

PORT_OPT = typer.Option(8501, "--port", help="Port d'écoute, de 1 à 65535 (défaut : 8501).")
HOST_OPT = typer.Option("127.0.0.1", "--adresse", help="Adresse d'écoute (défaut : 127.0.0.1 ; "
                        "0.0.0.0 pour l'ouvrir au réseau).")


def command(port: int, address: str) -> list[str]:
    """The ``streamlit run`` command line (headless, no usage statistics)."""
    import sys

    from engine.core.paths import REPO

    return [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
            "--server.port", str(port), "--server.address", address,
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            # The same limits as .streamlit/config.toml, whatever folder the command runs in.
            "--client.showErrorDetails", "none", "--client.showErrorLinks", "false",
            "--client.toolbarMode", "minimal",
            "--server.maxUploadSize", "2", "--server.maxMessageSize", "20"]


def register(app: typer.Typer) -> None:
    @app.command("tableau-de-bord")
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
