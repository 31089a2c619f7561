"""Command-line usage errors (from typer's bundled click) said in French."""

from __future__ import annotations

import re

_PATTERNS: list[tuple[str, str]] = [
    (r"No such command '(.+?)'\.?", "commande inconnue « {0} » (voir pacte --help)"),
    (r"No such option: (\S+)", "option inconnue « {0} »"),
    (r"Option '(.+?)' requires an argument\.?", "l'option « {0} » attend une valeur"),
    (r"Missing argument '(.+?)'\.?", "argument manquant « {0} »"),
    (r"Missing option '(.+?)'\.?", "option obligatoire manquante « {0} »"),
    (r"Got unexpected extra arguments? \((.+?)\)", "argument en trop : {0}"),
    (r".*'(.+?)' is not one of (.+?)\.?$", "« {0} » n'est pas une valeur permise — attendu : {1}"),
    (r".*'(.+?)' is not a valid integer.*", "« {0} » n'est pas un nombre entier"),
    (r".*valid integer.*", "un nombre entier est attendu"),
    (r".*valid number.*", "un nombre est attendu"),
    (r".*'(.+?)' is not a valid float.*", "« {0} » n'est pas un nombre"),
    (r".*'(.+?)' is not a valid (.+?)\.?$", "« {0} » n'est pas valide ({1})"),
]


def french_usage(message: str, param: str | None = None) -> str:
    """Translate a usage error; unknown messages are kept as they are, prefixed in French."""
    text = message.strip()
    for pattern, template in _PATTERNS:
        m = re.match(pattern, text)
        if m:
            out = template.format(*m.groups())
            return f"{param} : {out}" if param else out
    return f"{param} : {text}" if param else text
