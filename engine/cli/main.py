"""The ``pacte`` command: a thin typer layer over the engine, in French.

Every command module in ``engine.cli.commands`` registers itself. Bad input ends with a French
message naming file, line and field, and exit code 2 — never a traceback.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import sys

import typer

from engine.cli.help_fr import FrenchTyper
from engine.core.errors import InputError

app = FrenchTyper(
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
    import engine.cli.commands as pkg

    modules = [importlib.import_module(f"{pkg.__name__}.{m.name}")
               for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_")]
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 100)):
        module.register(app)


_register_commands()


def main() -> None:
    """Entry point: run the app, turning input errors into exit code 2.

    The command's document (text or JSON) goes to the original standard output; while it
    runs, fd 1 points at stderr, so a native library printing there (a solver's banner)
    can never corrupt it (see ``engine.cli.machine_output``).
    """
    from engine.cli.machine_output import document_stdout

    try:
        with document_stdout():
            code = app(standalone_mode=False, prog_name="pacte")
    except BrokenPipeError:  # « pacte … | head »: the reader left; not an error of ours
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.exit(0)
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        sys.exit(130)
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
        from typer._click.exceptions import NoArgsIsHelpError

        if isinstance(exc, NoArgsIsHelpError) and exc.ctx is not None:  # « pacte » alone
            print(exc.ctx.get_help())
            sys.exit(0)
        from engine.cli.usage_fr import french_usage_error

        print(f"Erreur d'utilisation : {french_usage_error(exc)}", file=sys.stderr)
        print("Aide : pacte --help, ou pacte COMMANDE --help", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # a bug of ours: a French line, the trace only on request
        if os.environ.get("PACTE_TRACE"):
            raise
        what = str(exc).splitlines()[0][:200] if str(exc) else ""
        print(f"Erreur interne de Pacte ({type(exc).__name__}{' : ' + what if what else ''}). "
              "Ce n'est pas votre saisie qui est en cause si elle a été acceptée ; signalez-la "
              "avec la commande lancée (PACTE_TRACE=1 affiche la trace technique).",
              file=sys.stderr)
        sys.exit(1)
    if code == 130:  # typer turns Ctrl-C into a silent 130
        print("Interrompu.", file=sys.stderr)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
