"""Starting a pact from the catalogue of measures (``pacte nouveau``, the dashboard's Composer
page): a pact document from a commune and a few measures, a commented YAML text of it, and a
commune scenario from a few figures.

Pure and shared: nothing here prints or writes a file. Every value of a built pact is the
catalogue's default (its source cited) unless the list chose it (``figures``, the same
« clé.paramètre » paths as ``--set``); the YAML says which, on every parameter.
"""

from __future__ import annotations

import copy
import difflib
import io
import textwrap
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from engine.core.errors import InputError
from engine.core.fr import format_value
from engine.core.paths import DEFAULT_SCENARIO
from engine.io.catalogue import load_catalogue
from engine.io.load import Document, read_document
from engine.io.overrides import _blame_overrides, set_path
from engine.io.validation import validate
from engine.model.catalogue import Measure

ORIGIN = "pacte nouveau"
WIDTH = 96
CATALOGUE_NAME = "rules/catalogue/mesures.yaml"
CHOICE_SOURCE = "Choix de la liste § pacte nouveau"


def measures() -> list[Measure]:
    """The measures of the catalogue, in its order."""
    return list(load_catalogue().measures)


def _measure(measure_id: str, known: dict[str, Measure]) -> Measure:
    """The measure ``measure_id``; unknown → French error suggesting the closest ids."""
    if measure_id in known:
        return known[measure_id]
    close = difflib.get_close_matches(measure_id, list(known), n=3, cutoff=0.5)
    hint = f" — vouliez-vous dire : {', '.join(close)} ?" if close else ""
    raise InputError.single("--mesures", None, "mesures",
                            f"mesure inconnue « {measure_id} »{hint} (mesures du catalogue : "
                            f"{', '.join(known)} ; liste complète : pacte nouveau --liste-mesures)")


def _is_param(value: Any) -> bool:
    return isinstance(value, dict) and ("valeur" in value or "valeurs" in value)


def _chosen(doc: dict[str, Any], chosen: list[Measure], figures: dict[str, Any]) -> None:
    """Apply the list's figures (« clé.paramètre » → value), each on a chosen measure's
    parameter; anything else is a French error naming the path."""
    paths = {m.path: m for m in chosen}
    for path, value in figures.items():
        owner = next((m for p, m in paths.items() if path.startswith(p + ".")), None)
        if owner is None:
            raise InputError.single("--set", None, path,
                                    "ce chiffre n'appartient à aucune mesure choisie — attendu : "
                                    f"un chemin qui commence par {', '.join(paths) or '(aucune)'}")
        param = path.removeprefix(owner.path + ".").split(".", 1)[0]
        if not _is_param(owner.default.get(param)):
            params = [k for k, v in owner.default.items() if _is_param(v)]
            raise InputError.single("--set", None, path,
                                    f"paramètre inconnu « {param} » de la mesure {owner.id} — "
                                    f"attendu : {', '.join(params)}")
        set_path(doc, path, value, "--set")
        _cite_choice(doc, owner, param)


def _cite_choice(doc: dict[str, Any], owner: Measure, param: str) -> None:
    """A value the list chose is cited as the list's choice; the catalogue's default and
    its source go to the parameter's « note »."""
    node: Any = doc[owner.key]
    if owner.is_item:
        node = next(item for item in node if item.get("id") == owner.default["id"])
    block, default = node[param], owner.default[param]
    before = default.get("valeur", default.get("valeurs"))
    if block.get("valeur", block.get("valeurs")) == before:
        return
    block["source"] = CHOICE_SOURCE
    shown = format_value(before, str(default["unite"]))
    origin = default.get("source", owner.default["source"])
    block["note"] = f"défaut du catalogue : {shown} ({origin})"


def build_pact(commune: str, measure_ids: list[str], figures: dict[str, Any] | None = None,
               pact_id: str = "mon-pacte", list_name: str = "Ma liste") -> dict[str, Any]:
    """A validated pact document for ``commune`` with the chosen measures' default blocks,
    then the list's ``figures`` (« clé.paramètre » → value). Unknown measure or figure, or an
    invalid value → ``InputError`` (French)."""
    from engine.model.pact import Pact

    known = {m.id: m for m in measures()}
    chosen: list[Measure] = []
    for measure_id in measure_ids:
        found = _measure(measure_id.strip(), known)
        if found not in chosen:
            chosen.append(found)
    doc: dict[str, Any] = {"pacte": {
        "id": pact_id, "titre": f"Pacte de gouvernance de {list_name}", "liste": list_name,
        "commune": commune,
        "source": f"{CATALOGUE_NAME} § mesures choisies par la liste"}}
    for m in chosen:
        block = copy.deepcopy(m.default)
        if m.is_item:
            doc.setdefault(m.key, []).append(block)
        else:
            doc[m.key] = block
    figures = dict(figures or {})
    _chosen(doc, chosen, figures)
    # No file yet: no line to name (0 is « none »); a bad figure names its « --set ».
    built = Document(f"{ORIGIN} ({pact_id})", doc, {(): 0}, {path: "--set" for path in figures})
    try:
        validate(Pact, built)
    except InputError as exc:
        raise _blame_overrides(built, exc) from None
    return doc


# --- commented YAML ------------------------------------------------------------------------


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = WIDTH
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _to_commented(value: Any) -> Any:
    if isinstance(value, dict):
        return CommentedMap((k, _to_commented(v)) for k, v in value.items())
    if isinstance(value, list):
        return CommentedSeq(_to_commented(v) for v in value)
    return value


def _param_comment(key: str, block: dict[str, Any], default: Any, fallback_source: str) -> str:
    """« description — unité : … — valeur par défaut : … (source) — à choisir par la liste »,
    or « valeur choisie par la liste » when the list set it."""
    unit = str(block.get("unite", ""))
    source = block.get("source") or fallback_source
    head = f"{key} : {block.get('description', '')} — unité : {unit or 'aucune'}"
    value = block.get("valeur", block.get("valeurs"))
    if not _is_param(default):
        return f"{head} — valeur choisie par la liste"
    default_value = default.get("valeur", default.get("valeurs"))
    if value == default_value:
        return (f"{head} — valeur par défaut : {format_value(value, unit)} ({source}) — à "
                "choisir par la liste")
    return (f"{head} — valeur choisie par la liste (défaut du catalogue : "
            f"{format_value(default_value, unit)}, {default.get('source', fallback_source)})")


def _comment_block(node: CommentedMap, measure: Measure | None, indent: int) -> None:
    default = measure.default if measure is not None else {}
    source = str(node.get("source", ""))
    for key in list(node):
        if _is_param(node[key]):
            text = _param_comment(str(key), node[key], default.get(key), source)
            node.yaml_set_comment_before_after_key(key, before=_wrap(text, indent), indent=indent)


def _wrap(text: str, indent: int = 0) -> str:
    """A comment wrapped to the YAML's width (each paragraph on its own lines)."""
    width = WIDTH - indent - 2
    return "\n".join(textwrap.fill(part, width) if part else "" for part in text.split("\n"))


def _measure_comment(m: Measure) -> str:
    return _wrap(f"Mesure « {m.title} » ({m.id}) : {m.explanation}\nNature : {m.nature} "
            f"({', '.join(m.articles)}). {m.nature_detail}\nChiffres clés à choisir : "
            f"{', '.join(f.param for f in m.key_figures) or 'aucun'}.")


PACT_HEADER = (
    "Pacte écrit par « pacte nouveau » à partir du catalogue des mesures\n"
    f"({CATALOGUE_NAME}). Chaque paramètre dit sa description, son unité et d'où vient sa\n"
    "valeur : une valeur par défaut (citée) est à choisir par la liste. Réécrivez titres et\n"
    "descriptions avec vos mots. Schéma : pacte schema pacte --format text ;\n"
    "vérifier : pacte verifier FICHIER ; bilan : pacte bilan FICHIER.")


def pact_yaml(doc: dict[str, Any]) -> str:
    """The pact as commented YAML (see :data:`PACT_HEADER`); it re-loads without error."""
    by_path = {m.path: m for m in measures()}
    root = _to_commented(doc)
    root.yaml_set_start_comment(PACT_HEADER)
    for key in list(root):
        node = root[key]
        if isinstance(node, CommentedSeq):
            for item in node:
                if isinstance(item, CommentedMap):
                    found = by_path.get(f"{key}.{item.get('id')}")
                    _comment_block(item, found, 4)
            first = by_path.get(f"{key}.{node[0].get('id')}") if node and isinstance(node[0], dict) else None
            if first is not None:
                root.yaml_set_comment_before_after_key(key, before="\n" + _measure_comment(first))
        elif isinstance(node, CommentedMap) and key != "pacte":
            found = by_path.get(str(key))
            _comment_block(node, found, 2)
            if found is not None:
                root.yaml_set_comment_before_after_key(key, before="\n" + _measure_comment(found))
    buf = io.StringIO()
    _yaml().dump(root, buf)
    return buf.getvalue()


# --- a commune scenario from a few figures -----------------------------------------------------

HYPOTHESIS_SOURCE = "Hypothèse Pacte § chiffre non donné, à remplacer par le chiffre de la commune"
#: A code no commune has (INSEE codes never start with 00): to be replaced by the real one.
UNKNOWN_INSEE = "00000"
BUDGET_KEYS = ("depenses_reelles_fonctionnement_eur", "recettes_reelles_investissement_eur")
#: the option of `pacte nouveau` that gives each budget figure
BUDGET_FLAGS = {"depenses_reelles_fonctionnement_eur": "depenses-fonctionnement",
                "recettes_reelles_investissement_eur": "recettes-investissement"}


def _per_inhabitant_budget(population: int) -> dict[str, dict[str, Any]]:
    """The budget of a commune that gave none: the default scenario's figures per
    inhabitant, times ``population`` — a « hypothèse » that names where it comes from."""
    ref = read_document(DEFAULT_SCENARIO).data["commune"]
    ref_pop = ref["population_municipale"]["valeur"]
    out = {}
    for key in BUDGET_KEYS:
        block = ref["budget"][key]
        per_head = block["valeur"] / ref_pop
        out[key] = {
            "description": (f"Hypothèse : {format_value(round(per_head), 'euros')} par habitant, "
                            f"comme {ref['nom']} ({DEFAULT_SCENARIO.stem}) — à remplacer par le "
                            "compte financier unique de la commune (pacte nouveau "
                            f"--{BUDGET_FLAGS[key]})"),
            "unite": "euros", "valeur": round(per_head * population),
            "source": HYPOTHESIS_SOURCE}
    return out


def _quartiers(quartiers: list[str] | int) -> list[dict[str, Any]]:
    if isinstance(quartiers, int):
        if quartiers < 0:
            raise InputError.single(ORIGIN, None, "quartiers", "nombre de quartiers négatif")
        return [{"nom": f"Quartier {i}"} for i in range(1, quartiers + 1)]
    return [{"nom": name} for name in quartiers]


def _figure(description: str, value: int | float, given: bool) -> dict[str, Any]:
    return {"description": description if given else f"{description} (hypothèse)",
            "unite": "personnes", "valeur": value,
            "source": "Chiffres donnés par la liste § pacte nouveau" if given else HYPOTHESIS_SOURCE}


def build_scenario(name: str, population: int, electors: int, quartiers: list[str] | int,
                   budget: dict[str, float] | None = None, insee: str | None = None,
                   scenario_id: str | None = None, pact: str = "mon-pacte.yaml") -> dict[str, Any]:
    """A validated commune scenario from a few figures: seats, adjoint caps and thresholds
    are derived by law when it loads (L2121-2…); the mandate dates are the 2026–2032 mandate's
    of the default scenario (cited); a budget not given is a per-inhabitant « hypothèse »."""
    from engine.io.context import commune_key, law_context
    from engine.model.scenario import Scenario

    ident = scenario_id or "-".join(commune_key(name).split()) or "ma-commune"
    money = dict(budget or {})
    unknown = set(money) - set(BUDGET_KEYS)
    if unknown:
        raise InputError.single(ORIGIN, None, "budget", f"clé inconnue « {sorted(unknown)[0]} » — "
                                f"attendu : {', '.join(BUDGET_KEYS)}")
    guessed = _per_inhabitant_budget(population)
    lines = {key: ({"description": "Montant donné par la liste", "unite": "euros",
                    "valeur": money[key], "source": "Chiffres donnés par la liste § pacte nouveau"}
                   if key in money else guessed[key]) for key in BUDGET_KEYS}
    doc: dict[str, Any] = {
        "scenario": {"id": ident, "titre": f"{name} 2026–2032", "pacte": pact},
        "commune": {
            "nom": name, "code_insee": insee or UNKNOWN_INSEE,
            "population_municipale": _figure("Population municipale (INSEE)", population, True),
            "electeurs_inscrits": _figure("Électeurs inscrits", electors, True),
            "quartiers": _quartiers(quartiers), "budget": lines},
        "mandat": copy.deepcopy(read_document(DEFAULT_SCENARIO).data["mandat"]),
    }
    validate(Scenario, Document(f"{ORIGIN} (scénario {ident})", doc, {(): 0}), context=law_context())
    return doc


SCENARIO_HEADER = (
    "Scénario de commune écrit par « pacte nouveau » à partir de quelques chiffres. Le moteur\n"
    "en déduit le reste par la loi : sièges du conseil (L2121-2), plafond d'adjoint·es\n"
    "(L2122-2), seuils légaux. Les chiffres marqués « hypothèse » sont à remplacer.\n"
    "Pour un tirage au sort stratifié (quotas par genre, âge, CSP) et la probabilité que les\n"
    "quotas tiennent, ajoutez à « commune » un bloc « demographie » (parts par CSP, genre,\n"
    "tranches d'âge, source INSEE) sur le modèle de scenarios/chambery.yaml.")


def scenario_yaml(doc: dict[str, Any]) -> str:
    """The scenario as commented YAML; it re-loads without error."""
    root = _to_commented(doc)
    root.yaml_set_start_comment(SCENARIO_HEADER)
    commune = root["commune"]
    if commune.get("code_insee") == UNKNOWN_INSEE:
        commune.yaml_set_comment_before_after_key(
            "code_insee", before="Code INSEE inconnu : 00000 n'est celui d'aucune commune, à "
            "remplacer", indent=2)
    root.yaml_set_comment_before_after_key(
        "mandat", before="\nDates du mandat 2026–2032, celles des scénarios fournis (source citée)")
    buf = io.StringIO()
    _yaml().dump(root, buf)
    return buf.getvalue()
