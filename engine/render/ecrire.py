"""``docs/ecrire-un-pacte.md``: from nothing to a checked pact, step by step.

The guide's prose is here; its reference parts are generated — the example pact and what
``pacte verifier`` says about it (computed, never copied), the measures of the catalogue
(``rules/catalogue/mesures.yaml``) and every clause type's parameters, read from the schema
(:mod:`engine.model.pact`). Regenerate with ``python -m engine.render.ecrire >
docs/ecrire-un-pacte.md``; a test fails when the file is stale.
"""

from __future__ import annotations

import sys
import typing
from typing import Any

from pydantic import BaseModel

from engine.core.fr import format_value
from engine.io.context import load_context
from engine.io.template import build_pact, measures, pact_yaml
from engine.model.clause import Clause
from engine.model.json_schema import _param_type, unit_of
from engine.model.pact import Pact
from engine.render.verifier import render_text
from engine.report.doc_common import findings_of
from engine.verifier.checks import check

#: The example of the guide: a bundled commune and three measures of the catalogue.
EXAMPLE_COMMUNE = "saillans"
EXAMPLE_MEASURES = ("votation", "budget_participatif", "assemblee_tiree_au_sort")
EXAMPLE_FIGURES = {"budget_participatif.enveloppe_pct_investissement": 3}
CHOICE = "valeur choisie par la liste"
#: Keys every clause has (Clause), described once rather than under each clause.
COMMON_KEYS = ("titre", "description", "source", "base_legale")

GUIDE = """# Écrire son pacte avec Pacte

Ce guide mène **de rien à un pacte vérifié**, en cinq étapes, sans rien connaître au format
YAML au départ. Il est **généré** (`python -m engine.render.ecrire > docs/ecrire-un-pacte.md`) :
l'exemple, ce que dit le vérificateur, le catalogue des mesures et les paramètres de chaque
clause sont calculés à partir du moteur, jamais recopiés à la main.

## Étape 1 — Commencer le pacte : `pacte nouveau`

Choisissez votre commune et vos mesures dans le catalogue (liste complète plus bas, ou
`pacte nouveau --liste-mesures`) :

```
pacte nouveau --commune {commune} --mesures {mesures} --set {figure} --out mon-pacte.yaml
```

- `--commune` : l'identifiant ou le nom d'une commune fournie (chambery, grenoble, saillans…).
- `--mesures` : les identifiants des mesures, séparés par des virgules. Une faute de frappe
  est signalée avec la mesure la plus proche.
- `--set clé.paramètre=valeur` : un chiffre clé choisi par la liste (répétable) ; les autres
  gardent la valeur par défaut du catalogue, citée.
- `--liste "Nom de la liste"`, `--id mon-pacte` : l'identité du pacte.
- Un fichier existant n'est jamais remplacé, sauf avec `--force`.

Sans `--commune` ni `--mesures`, dans un terminal, `pacte nouveau` pose les questions en
français : la commune, les mesures (chacune expliquée en une phrase, à choisir par numéro),
puis les chiffres clés de chacune (Entrée garde la valeur par défaut).

**Votre commune n'est pas fournie ?** Donnez quelques chiffres ; Pacte écrit aussi le
scénario de la commune et en déduit le reste par la loi (taille du conseil L2121-2, plafond
d'adjoint·es L2122-2, seuils) :

```
pacte nouveau --commune "Ma Ville" --population 12000 --electeurs 8500 --quartiers 4 \\
  --scenario-out ma-ville.yaml --mesures interpellation,transparence --out mon-pacte.yaml
```

Le budget non donné est une **hypothèse** (dépense par habitant de Chambéry), le code INSEE
inconnu vaut `00000` : remplacez-les dans `ma-ville.yaml`. Ajoutez ensuite
`--scenario ma-ville.yaml` à chaque commande.

## Étape 2 — Lire et modifier le fichier

Le fichier écrit est **commenté** : chaque mesure dit sa nature juridique et ses articles ;
chaque paramètre dit sa description, son unité et d'où vient sa valeur (« valeur par défaut :
… (source) — à choisir par la liste », ou « valeur choisie par la liste »). Chaque paramètre
s'écrit ainsi :

```yaml
seuil_pct:
  description: Signatures requises, en pourcentage des électeurs inscrits
  unite: pourcent
  valeur: 3                # ou « valeurs: {{2026-04-01: 3, 2029-01-01: 2}} » (valeurs datées)
  source: 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles
  base_legale: [L1112-16]  # facultatif
  note: hypothèse          # facultatif
```

Réécrivez titres et descriptions avec vos mots, changez les valeurs, citez vos sources
(« document § section »). Une mesure que le catalogue ne connaît pas s'écrit dans
`clauses_libres` (titre, texte, nature : `acte_du_conseil`, `acte_du_maire`,
`engagement_politique` ou `autre`) : elle n'est jamais rejetée, le vérificateur dit ce qu'il
en sait.

## Étape 3 — Le schéma : `pacte schema pacte --format text`

Chaque clé possible, avec son type, son unité, si elle est obligatoire et sa description en
français (`--format json` : le schéma JSON exact, pour un éditeur). Les paramètres de chaque
clause sont aussi listés à la fin de ce guide. Une faute (clé inconnue, valeur hors bornes)
est signalée avec le fichier, la ligne et le champ, sans trace technique.

## Étape 4 — Vérifier : `pacte verifier mon-pacte.yaml`

Chaque clause reçoit un verdict **juridique** avec ses articles et une confiance :

- **conforme** : la clause s'applique une fois que l'organe compétent (conseil, maire) a agi ;
- **engagement politique** : la loi ne l'impose pas, la majorité s'y engage ;
- **conflit avec la loi** : écrite ainsi, la clause contredit le CGCT — le constat dit quoi
  changer ;
- **à vérifier** : la base de lois de Pacte ne permet pas de conclure ; le constat pose les
  questions à faire trancher par un·e juriste.

Puis un verdict de **cohérence** avec la commune : cohérent, incohérent (les chiffres ne
tiennent pas : seuil supérieur au corps électoral, budget au-delà des recettes…), ou laissé à
la bonne volonté (rien dans le pacte ne garantit ce point). Chaque constat donne ses
articles, sa gravité, sa confiance et ses sources ; sous « Rédaction proposée », une
formulation qui lève le problème, à reprendre dans votre fichier. `--format markdown` donne une
note annotable pour un·e juriste ; `--strict` sort avec le code 1 s'il reste un conflit.

## Étape 5 — Le bilan : `pacte bilan mon-pacte.yaml`

Calendrier du mandat, coûts, charge des élu·es et des habitant·es, et une simulation du
mandat (`--runs 200` par défaut ; `--runs 2` pour un essai rapide). Puis `pacte couts`,
`pacte calendrier`, `pacte simuler`, `pacte pouvoirs` détaillent chaque partie.
"""


def _example() -> tuple[str, str]:
    """The example pact's YAML (first measure only) and what the checker says of it."""
    scen, _bundled = load_context(EXAMPLE_COMMUNE, None)
    doc = build_pact(scen.commune.name, list(EXAMPLE_MEASURES), dict(EXAMPLE_FIGURES))
    pact = Pact.model_validate(doc)
    findings = check(pact, scen)
    titles = findings_of(pact, scen, findings).titles
    parts = pact_yaml(doc).split("\n\n")
    chosen = [p for p in parts if CHOICE in p]
    return "\n\n".join([parts[0], *chosen]), render_text(findings, pact.info.id, scen.commune.name, titles, None)


def _example_section() -> list[str]:
    yaml_text, verdicts = _example()
    figure = ", ".join(f"`{k}={v}`" for k, v in EXAMPLE_FIGURES.items())
    return [
        "## Exemple complet", "",
        f"Le pacte de l'étape 1 ({', '.join(EXAMPLE_MEASURES)} à {EXAMPLE_COMMUNE}, avec "
        f"{figure}). L'identité du pacte et la mesure dont la liste a choisi un chiffre, "
        "telles que le fichier les écrit :", "",
        "```yaml", yaml_text, "```", "",
        "Ce qu'en dit `pacte verifier mon-pacte.yaml` :", "",
        "```", verdicts.rstrip(), "```", ""]


def _measures_section() -> list[str]:
    out = ["## Les mesures du catalogue", "",
           "Chaque mesure écrit une clause (ou un élément d'une famille : `votations`, "
           "`assemblees_tirees_au_sort`). Chiffres clés : à choisir avec `--set` ; les autres "
           "valeurs par défaut sont dans `rules/catalogue/mesures.yaml`, chacune citée.", ""]
    for m in measures():
        out += [f"### `{m.id}` — {m.title}", "", m.explanation, "",
                f"- Clé écrite : `{m.path}`",
                f"- Nature : **{m.nature}** ({', '.join(m.articles)}). {m.nature_detail}"]
        for figure in m.key_figures:
            block = m.default[figure.param]
            value = format_value(block.get("valeur", block.get("valeurs")), block["unite"])
            out.append(f"- `--set {m.figure_path(figure)}=…` : {figure.question} Défaut : "
                       f"{value} ({block.get('source', m.default['source'])}).")
        out.append("")
    return out


def _clause_model(annotation: Any) -> type[BaseModel] | None:
    for kind in [annotation, *typing.get_args(annotation)]:
        for inner in [kind, *typing.get_args(kind)]:
            if isinstance(inner, type) and issubclass(inner, Clause):
                return inner
    return None


def _param_line(key: str, field: Any) -> str:
    kind = _param_type(field.annotation)
    need = "obligatoire" if field.is_required() else "facultatif"
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    if kind is None:
        return f"- `{key}` ({need}) : {field.description}"
    unit = extra.get("unite") or unit_of(kind)
    return f"- `{key}` (unité {unit}, {need}) : {field.description}"


def _clauses_section() -> list[str]:
    out = ["## Les clauses et leurs paramètres", "",
           "Toutes les clauses sont facultatives. Chacune a un `titre`, une `description`, une "
           "`source` (« document § section ») et, si elle le veut, une `base_legale` ; ses "
           "paramètres propres :", ""]
    for name, field in Pact.model_fields.items():
        model = _clause_model(field.annotation)
        if name == "info" or model is None:
            continue
        out += [f"### `{field.alias or name}`", "", str(field.description), ""]
        for sub_name, sub in model.model_fields.items():
            key = sub.alias or sub_name
            if key not in COMMON_KEYS:
                out.append(_param_line(key, sub))
        out.append("")
    return out


def render() -> str:
    """The whole markdown file."""
    figure = " --set ".join(f"{k}={v}" for k, v in EXAMPLE_FIGURES.items())
    head = GUIDE.format(commune=EXAMPLE_COMMUNE, mesures=",".join(EXAMPLE_MEASURES), figure=figure)
    parts = [head, *_example_section(), *_measures_section(), *_clauses_section()]
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
