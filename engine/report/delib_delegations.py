"""The deliberation of delegations to the mayor (L2122-22, L2122-23), drafted item by item.

Each item the pact's clause « pouvoirs_du_maire » grants (rule
:func:`engine.procedures.mayor_powers.delegation_split`) is an article numbered after the law's
own item (« 3° »), in the words of ``rules/cgct/delegations.yaml``; the bound the law asks the
council to fix (``limite_a_fixer`` in the law base: loans, tariffs, legal actions…) comes
from the pact's parameter when it has one (``plafond_emprunts_eur`` for 3°,
``plafond_marches_eur`` for 4°), otherwise the article delegates the item in the law's words
and the exposé says, in a sentence, that the bound is « à fixer par le conseil » — never a
bracket. The items the council keeps are listed by number in their own article.
Source: 000_721ebb8a9b1c3e2a.txt § Les pouvoirs du/de la maire ; LEGAL.md § 4.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.core.fr import euros, plural
from engine.model.clauses_commitments import MayorPowersClause
from engine.model.params import Param
from engine.procedures.mayor_powers import DelegationItem, delegation_split
from engine.report.delib_common import DraftContext, Drafted, provision
from engine.report.document import Article

LIMIT_KEY = "limite_a_fixer"
#: the items whose bound the pact may fix, and the parameter that fixes it
CAPS: dict[int, Callable[[MayorPowersClause], Param[float] | None]] = {
    3: lambda c: c.loan_cap_eur,
    4: lambda c: c.procurement_cap_eur,
}


def item_name(item: DelegationItem) -> str:
    """« emprunts » for « L2122-22 3° — Emprunts »."""
    return item.title.split("— ", 1)[-1]


def items_fr(numbers: list[int]) -> str:
    """« 1°, 2°, 4° à 29° »: consecutive items as ranges."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}°" if len(r) == 1 else f"{r[0]}°, {r[1]}°" if len(r) == 2 else
             f"{r[0]}° à {r[-1]}°" for r in runs]
    return ", ".join(parts)


def limit_to_fix(ctx: DraftContext, item: DelegationItem) -> str | None:
    """The bound the law asks the council to fix for this item, or None."""
    numbers = ctx.law.provision(item.article).numbers
    return str(numbers[LIMIT_KEY].value) if LIMIT_KEY in numbers else None


def _granted(ctx: DraftContext, c: MayorPowersClause, item: DelegationItem
             ) -> tuple[Article, str | None]:
    text = (f"Le maire est chargé, par délégation du conseil municipal et pour la durée du "
            f"mandat, de {item.text[0].lower()}{item.text[1:]}")
    cap = CAPS[item.number](c) if item.number in CAPS else None
    bases = f"L2122-22 ({item.number}°)"
    note = None
    if cap is not None:
        text += (f" Le conseil municipal fixe la limite de cette délégation à "
                 f"{euros(cap.at(ctx.day))}.")
    elif (limit := limit_to_fix(ctx, item)) is not None:
        note = (f"Délégation du {item.number}° ({item_name(item).lower()}) : {limit} est à "
                "fixer par le conseil avant le vote ; la loi ne permet de déléguer cette "
                "attribution que dans les limites qu'il fixe (L2122-22) et le pacte n'en "
                "donne aucune.")
    article = provision(f"Délégation du {item.number}° — {item_name(item)}", text, c.title, bases)
    if note is not None:
        article = Article(article.number, article.title, article.text,
                          (*article.sources, "Limite à fixer par le conseil avant le vote "
                                             "(voir l'exposé des motifs)"))
    return article, note


def draft_delegations(ctx: DraftContext) -> Drafted:
    """The granted items one by one, then the items the council keeps, by number."""
    c = ctx.pact.mayor_powers
    if c is None:
        return Drafted(())
    split = delegation_split(ctx.pact, ctx.law).value
    articles: list[Article] = []
    notes: list[str] = []
    for item in split.granted:
        article, note = _granted(ctx, c, item)
        articles.append(article)
        notes += [note] if note else []
    if split.retained:
        kept = [i.number for i in split.retained]
        articles.append(provision(
            "Attributions conservées par le conseil",
            f"Le conseil municipal exerce lui-même les attributions des {items_fr(kept)} de "
            f"l'article L2122-22 ({plural(len(kept), 'alinéa')}) : il ne les délègue pas au "
            "maire.", c.title, "L2122-22"))
    return Drafted(tuple(articles), tuple(notes))
