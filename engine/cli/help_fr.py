"""The command line's own words in French: usage line, headings, defaults, the help option.

typer's bundled click writes « Usage: », « Commands », « [default: 200] », « [required] »,
« Show this message and exit. » and type names such as ``<int>`` in English, with no gettext
catalogue to swap. The layout stays click's; only these fixed words are changed, through
click's own hooks:

- :class:`FrenchHelpFormatter` (``Context.formatter_class``): the usage prefix, the section
  headings, the « [défaut : …] » / « [obligatoire] » notes and the type names;
- :class:`FrenchCommand` / :class:`FrenchGroup` (``context_class``, the help option, the
  group's ``COMMANDE`` metavar and its « voulez-vous dire … ? » for a mistyped command);
- :class:`FrenchTyper`: every ``app.command(...)`` builds a :class:`FrenchCommand`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer
from typer._click import Context, HelpFormatter
from typer._click.exceptions import UsageError
from typer.core import TyperCommand, TyperGroup

from engine.core.fr import did_you_mean

HELP_OPTION_TEXT = "Afficher cette aide et quitter."
USAGE_PREFIX = "Utilisation : "
SUBCOMMAND_METAVAR = "COMMANDE [ARGS]..."
HEADINGS = {"Commands": "Commandes", "Options": "Options", "Arguments": "Arguments"}
#: typer's type names (``<int>``) in French; a choice (``<text|json>``) lists its values as is.
TYPE_NAMES = {"int": "entier", "float": "nombre", "str": "texte", "path": "chemin",
              "bool": "oui|non", "datetime": "date", "list[str]": "texte",
              "list[int]": "entier", "list[float]": "nombre", "list[path]": "chemin"}
_TYPE = re.compile(r"<([^<>]+)>")
_SPACED = re.compile(r" ([:;?!»%])")
NBSP = "\u00a0"
_NOTES = re.compile(r"^(?P<help>.*?)(?P<gap>\s*)\[(?P<notes>[^\[\]]+)\]$", re.S)


def _note(part: str) -> str | None:
    """One of click's bracketed notes in French; ``None`` if it is not one of click's."""
    if part.startswith("default: "):
        return f"défaut : {part.removeprefix('default: ')}"
    if part == "required":
        return "obligatoire"
    if part.startswith("env var: "):
        return f"variable d'environnement : {part.removeprefix('env var: ')}"
    if re.fullmatch(r"[\d.<=x>-]+", part) and "x" in part:  # a number range, « x>=1 »
        return part.replace(">=", " ≥ ").replace("<=", " ≤ ").strip()
    return None


def french_notes(help_text: str) -> str:
    """« …  [default: 200; required] » → « …  [défaut : 200 ; obligatoire] »; a help text
    of ours that happens to end in brackets (« moyenne [p5–p95] ») is left as it is, and a
    default our text already states (« (défaut : 8501) ») is not said twice."""
    m = _NOTES.match(help_text)
    if not m:
        return help_text
    notes = [_note(p) for p in m["notes"].split("; ")]
    if any(n is None for n in notes):
        return help_text
    if "défaut" in m["help"]:
        notes = [n for n in notes if n and not n.startswith("défaut")]
    if not notes:
        return m["help"]
    note = " ; ".join(n for n in notes if n).replace(" ", NBSP)  # kept on one line
    return f"{m['help']}{m['gap']}[{note}]"


def french_spaces(text: str) -> str:
    """French typography: a no-break space before « : ; ? ! » % » and after « « », so that a
    line is never wrapped between a word and its colon or quotation mark."""
    return _SPACED.sub(lambda m: NBSP + m[1], text).replace("« ", "«" + NBSP)


def french_types(term: str) -> str:
    """``--runs <int>`` → ``--runs <entier>``; choices and our own metavars are kept."""
    return _TYPE.sub(lambda m: f"<{TYPE_NAMES.get(m[1], m[1])}>", term)


class FrenchHelpFormatter(HelpFormatter):
    """click's formatter, its fixed words in French (the layout is click's)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, french_types(args), USAGE_PREFIX if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)} :\n")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(HEADINGS.get(name, name)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        super().write_dl([(french_types(term), french_spaces(french_notes(text)))
                          for term, text in rows], col_max, col_spacing)

    def write_text(self, text: str) -> None:
        super().write_text(french_spaces(text))


class FrenchContext(Context):
    formatter_class = FrenchHelpFormatter


class _FrenchHelpOption:
    """The ``--help`` option described in French (click builds it once per command)."""

    def get_help_option(self, ctx: Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class FrenchCommand(_FrenchHelpOption, TyperCommand):
    """A command whose help is written in French."""

    context_class = FrenchContext


class FrenchGroup(_FrenchHelpOption, TyperGroup):
    """The ``pacte`` group: French help, « COMMANDE », and a suggestion for a mistyped command."""

    context_class = FrenchContext

    def __init__(self, **attrs: Any) -> None:
        attrs["subcommand_metavar"] = attrs.get("subcommand_metavar") or SUBCOMMAND_METAVAR
        super().__init__(**attrs)

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        name = args[0]
        if (self.get_command(ctx, name) is None and not ctx.resilient_parsing
                and not name.startswith("-")):
            known = [n for n, c in self.commands.items() if not c.hidden]
            raise UsageError(unknown_command_message(name, known), ctx)
        return super().resolve_command(ctx, args)


def unknown_command_message(name: str, known: list[str]) -> str:
    """« commande inconnue « bilon » — voulez-vous dire « bilan » ? »; with no close name,
    where to find the list."""
    from engine.core.errors import EXCERPT_CHARS, shorten

    hint = did_you_mean(name, known) or " (voir pacte --help)"
    return f"commande inconnue « {shorten(name, EXCERPT_CHARS)} »{hint}"


class FrenchTyper(typer.Typer):
    """A ``typer.Typer`` whose group and commands speak French (:class:`FrenchGroup`,
    :class:`FrenchCommand`)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", FrenchGroup)
        super().__init__(**kwargs)

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None,
                **kwargs: Any) -> Any:
        return super().command(name, cls=cls or FrenchCommand, **kwargs)
