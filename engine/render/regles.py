"""``docs/regles.md``, generated from the rules' own metadata (:mod:`engine.procedures.rule`).

Every rule of :mod:`engine.procedures` is listed once, module by module: its statement in
French, the pact clause and parameters it reads, the articles (with their title from
``rules/cgct``) and the seed sections it implements. Regenerate with
``python -m engine.render.regles > docs/regles.md``; a test fails when the file is stale.
"""

from __future__ import annotations

import importlib
import inspect
import sys

from engine.io.law import load_law
from engine.model.law import Law
from engine.procedures.rule import RuleInfo, all_rules

HEADER = """# Les règles de Pacte

Ce fichier est **généré** à partir des règles elles-mêmes (`python -m engine.render.regles >
docs/regles.md`) : ne le modifiez pas à la main. Chaque règle est une fonction pure de
`engine/procedures/` qui porte, une seule fois, son énoncé, la clause et les paramètres
qu'elle lit, les articles (CGCT, code électoral, loi organique : `rules/cgct/`) et les
sections des documents sources (`../shared/seeds/`) qu'elle applique. La trace de chaque
décision (`Decision.rule`) nomme la règle qui l'a prise.
"""


def _article(article: str, law: Law) -> str:
    if article in law.provisions:
        return f"{article} ({law.provision(article).title})"
    return article


def _signature(info: RuleInfo) -> str:
    fn = inspect.unwrap(getattr(importlib.import_module(info.module), info.name))
    params = ", ".join(inspect.signature(fn).parameters)
    return f"{info.name}({params})"


def _entry(info: RuleInfo, law: Law) -> list[str]:
    lines = [f"### `{_signature(info)}`", "", info.statement, ""]
    if info.clause:
        reads = ", ".join(f"`{p}`" for p in info.params) or "—"
        lines.append(f"- Clause : `{info.clause}` ; paramètres lus : {reads}")
    if info.articles:
        lines.append("- Droit : " + " ; ".join(_article(a, law) for a in info.articles))
    if info.seeds:
        lines.append("- Sources : " + " ; ".join(info.seeds))
    return [*lines, ""]


def render(rules: list[RuleInfo] | None = None, law: Law | None = None) -> str:
    """The whole markdown file."""
    rules = all_rules() if rules is None else rules
    law = load_law() if law is None else law
    out = [HEADER]
    module = None
    for info in rules:
        if info.module != module:
            module = info.module
            doc = (inspect.getdoc(importlib.import_module(module)) or "").split("\n\n")[0]
            out += [f"## `{module.removeprefix('engine.')}`", "", doc.replace("\n", " "), ""]
        out += _entry(info, law)
    out.append(f"*{len(rules)} règles.*")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
