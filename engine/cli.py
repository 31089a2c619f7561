"""The ``pacte`` command: a thin typer layer over the engine, in French.

Every command module in ``engine.commands`` registers itself. Bad input ends with a French
message naming file, line and field, and exit code 2 — never a traceback.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from engine.errors import InputError

app = typer.Typer(
    name="pacte",
    help="Pacte : le pacte de gouvernance municipal rendu exécutable (règles, calendrier, "
    "vérification CGCT, coûts, simulation, tirage au sort).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    """Pacte : le pacte de gouvernance municipal rendu exécutable."""


def _register_commands() -> None:
    import engine.commands as pkg

    modules = [importlib.import_module(f"{pkg.__name__}.{m.name}")
               for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_")]
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 100)):
        module.register(app)


_register_commands()


def main() -> None:
    """Entry point: run the app, turning input errors into exit code 2."""
    try:
        code = app(standalone_mode=False)
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("Interrompu.", file=sys.stderr)
        sys.exit(1)
    except SystemExit:
        raise
    except typer.TyperException as exc:  # usage errors from typer's bundled click
        from engine.usage_fr import french_usage

        param = getattr(exc, "param", None)
        name = None
        if param is not None:
            opts = getattr(param, "opts", None) or [getattr(param, "name", "")]
            name = opts[0] if opts else None
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        print(f"Erreur d'utilisation : {french_usage(message, name)}", file=sys.stderr)
        print("Aide : pacte --help, ou pacte COMMANDE --help", file=sys.stderr)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
