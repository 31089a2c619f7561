"""Command-line usage errors (from typer's bundled click) said in French, with « voulez-vous
dire … ? » for a mistyped option or value (the close names found by difflib)."""

from __future__ import annotations

import re

_PATTERNS: list[tuple[str, str]] = [
    (r"No such command '(.+?)'\.?", "commande inconnue « {0} » (voir pacte --help)"),
    (r"Missing command\.?", "commande manquante (voir pacte --help)"),
    (r"No such option: (\S+)", "option inconnue « {0} »"),
    (r"Option '(.+?)' requires an argument\.?", "l'option « {0} » attend une valeur"),
    (r"Option '(.+?)' requires (\d+) arguments\.?", "l'option « {0} » attend {1} valeurs"),
    (r"Option '(.+?)' does not take a value\.?", "l'option « {0} » ne prend pas de valeur"),
    (r"Missing argument '(.+?)'\.?", "argument manquant « {0} »"),
    (r"Missing option '(.+?)'\.?", "option obligatoire manquante « {0} »"),
    (r"Got unexpected extra arguments? \((.+?)\)", "argument en trop : {0}"),
    (r"Got unexpected extra argument\(s\) \((.+?)\)", "argument en trop : {0}"),
    (r".*'(.+?)' is not a valid integer.*", "« {0} » n'est pas un nombre entier"),
    (r".*valid integer.*", "un nombre entier est attendu"),
    (r".*valid number.*", "un nombre est attendu"),
    (r".*'(.+?)' is not a valid float.*", "« {0} » n'est pas un nombre"),
    (r".*'(.+?)' is not a valid (.+?)\.?$", "« {0} » n'est pas valide ({1})"),
]
_CHOICE = re.compile(r"(?:.*?, )?'(?P<value>.*)' is not one of (?P<choices>.+?)\.?$", re.S)


def french_usage(message: str, param: str | None = None) -> str:
    """Translate a usage error; unknown messages are kept as they are, prefixed in French."""
    text = message.strip()
    choice = _CHOICE.match(text)
    if choice:
        out = french_choice(choice["value"], re.findall(r"'([^']*)'", choice["choices"]))
        return f"{param} : {out}" if param else out
    for pattern, template in _PATTERNS:
        m = re.match(pattern, text)
        if m:
            out = template.format(*m.groups())
            return f"{param} : {out}" if param and f"« {param} »" not in out else out
    return f"{param} : {text}" if param else text


def french_choice(value: str, choices: list[str]) -> str:
    """« « jsn » n'est pas une valeur permise — attendu : text, json ou dot — voulez-vous dire
    « json » ? »"""
    from engine.core.errors import EXCERPT_CHARS, shorten
    from engine.core.fr import did_you_mean

    expected = (", ".join(choices[:-1]) + " ou " + choices[-1]) if len(choices) > 1 else "".join(choices)
    return (f"« {shorten(value, EXCERPT_CHARS)} » n'est pas une valeur permise — attendu : "
            f"{expected}{did_you_mean(value, choices)}")


def french_usage_error(exc: Exception) -> str:
    """The French line for one of click's usage errors (``exc`` as raised by typer)."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    from engine.core.errors import EXCERPT_CHARS, shorten
    from engine.core.fr import did_you_mean

    if isinstance(exc, NoSuchOption):
        hint = did_you_mean(exc.option_name, list(exc.possibilities or ()))
        if not hint and exc.ctx is not None:
            hint = did_you_mean(exc.option_name, _option_names(exc.ctx))
        return f"option inconnue « {shorten(exc.option_name, EXCERPT_CHARS)} »{hint}"
    param = getattr(exc, "param", None)
    name = None
    if param is not None:
        opts = getattr(param, "opts", None) or [getattr(param, "name", "")]
        name = opts[0] if opts else None
    if isinstance(exc, BadParameter) and not isinstance(exc, MissingParameter):  # its own words, without click's « Invalid value for »
        return french_usage(exc.message, name)
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return french_usage(message, name)


def _option_names(ctx: object) -> list[str]:
    """Every option name of the command being parsed (``--graine``, ``-n``…)."""
    command = getattr(ctx, "command", None)
    params = command.get_params(ctx) if command is not None else []  # type: ignore[attr-defined]
    return [o for p in params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))
            if o.startswith("-")]
