"""Descriptions written from the parameters (issue 14 § 2): a clause's description, or one of
its parameters', names a figure of the clause as « {cle} » and is printed with the value in
force — « au moins {seuil_pct} des électeurs inscrits » reads « au moins 3 % » in the pact and
« au moins 2 % » in a variant, never the stale figure."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from engine.core.errors import InputError
from engine.core.fr import format_value

#: « {seuil_pct} » → the parameter with its unit (« 3 % ») ; « {membres:n} » → the number alone
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(:n)?\}")


def placeholders(text: str) -> list[str]:
    """The parameter keys a description names between braces."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


def render_text(text: str, clause: Any, where: str = "", day: date | None = None) -> str:
    """``text`` with each « {cle} » replaced by the value of ``clause``'s parameter ``cle`` in
    force on ``day`` (the latest if None), written the French way with its unit; « {cle:n} »
    gives the number alone. A key the clause does not have is an error naming ``where``."""
    if "{" not in text:
        return text
    params = clause.params()

    def value(m: re.Match[str]) -> str:
        key, bare = m.group(1), m.group(2)
        if key not in params:
            raise InputError.single(where or clause.title, None, key,
                                    f"« {{{key}}} » ne nomme aucun paramètre de la clause — "
                                    f"attendu : {', '.join(params) or 'aucun paramètre'}")
        param = params[key]
        return format_value(param.at(day), "nombre" if bare else (param.unit or "nombre"))

    return PLACEHOLDER.sub(value, text)
