"""YAML (safe, YAML 1.2, with line positions) → pydantic models, with French errors.

A bad file never gives a traceback: every problem names the file, the line, the field and
what is expected, and the caller exits with code 2.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from engine.errors import InputError, Problem, excerpt, shorten

REPO = Path(__file__).resolve().parent.parent
PACTS_DIR = REPO / "rules" / "pactes"
SCENARIOS_DIR = REPO / "scenarios"
DEFAULT_PACT = PACTS_DIR / "chambery-2026.yaml"
DEFAULT_SCENARIO = SCENARIOS_DIR / "chambery.yaml"
#: Largest pact or scenario file read (the bundled pact is ~60 kB).
MAX_FILE_BYTES = 2_000_000

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """Plain data read from a YAML file, with the line of every node (1-based)."""

    name: str
    data: Any
    lines: dict[Path_, int]
    overridden: dict[str, str] = field(default_factory=dict)

    def line_of(self, path: Iterable[str | int]) -> int | None:
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


# --- limits on what a YAML input may ask of the loader ---------------------------------

#: Deepest nesting of lists and blocks (the bundled pact needs 5).
MAX_YAML_DEPTH = 50
#: Most aliases (« *nom ») in one input; the bundled files use none.
MAX_ALIASES = 100
#: Most nodes once every alias is expanded (the bundled pact has ~3,000).
MAX_NODES = 200_000
#: Every integer must have an absolute value below this (money, people, days, percents…);
#: decimals are bounded by each field's own limits (NaN and ±infinity are always refused).
MAX_NUMBER = 10**12
#: Longest « --set » argument, and its path (length and number of components).
MAX_OVERRIDE_CHARS = 10_000
MAX_PATH_CHARS = 200
MAX_PATH_PARTS = 12

_PLAIN_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_NO_TAGS = ("un pacte ou un scénario ne contient que des textes, nombres, dates, listes et "
            "blocs de clés : retirez l'étiquette")
_PLAIN_ALIASES = "écrivez les valeurs en toutes lettres plutôt qu'avec des ancres « & » et des alias « * »"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _dotted(root: str | None, path: Iterable[str | int]) -> str:
    parts = [str(p + 1) if isinstance(p, int) else str(p) for p in path]
    if root:
        parts.insert(0, root)
    return ".".join(parts) or "(racine)"


def _number_problem(value: Any) -> str | None:
    """Why a number read from YAML is refused (NaN, ±infinity, absurd magnitude), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and math.isnan(value):
        return "valeur « .nan » (pas un nombre) refusée — attendu : un nombre fini"
    if isinstance(value, float) and math.isinf(value):
        return "valeur infinie refusée — attendu : un nombre fini"
    if isinstance(value, int) and abs(value) >= MAX_NUMBER:
        return ("nombre démesuré — attendu : un nombre de valeur absolue inférieure à "
                "1 000 000 000 000 (10¹²)")
    return None


@dataclass
class _Frame:
    """An open mapping or sequence while the event stream is scanned."""

    kind: str
    path: tuple[str | int, ...]
    anchor: str | None
    key_next: bool = True
    key: str = "?"
    index: int = 0
    size: int = 1


class _EventScan:
    """Check a YAML event stream before anything is built from it.

    ruamel's parser yields events one at a time, so a bomb is refused after reading just
    enough of it: an alias expansion (« billion laughs ») is measured by counting the
    nodes each anchor stands for; nesting is counted before the (recursive) composer
    ever sees it; tags, directives other than ``%YAML 1.2`` and a second document are
    refused outright; an integer too long to be a sane number is refused before Python
    converts it (a conversion above 4,300 digits raises, and costs quadratic time).
    """

    def __init__(self, name: str, root: str | None) -> None:
        self.name = name
        self.root = root
        self.stack: list[_Frame] = []
        self.anchors: dict[str, int] = {}
        self.open_anchors: set[str] = set()
        self.aliases = 0
        self.nodes = 0
        self.documents = 0
        self.line: int | None = None  # of the last event seen

    def refuse(self, event: Any, path: tuple[str | int, ...], message: str) -> InputError:
        mark = getattr(event, "start_mark", None)
        line = mark.line + 1 if mark is not None else None
        return InputError.single(self.name, line, _dotted(self.root, path), message)

    def here(self) -> tuple[str | int, ...]:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.kind == "seq":
            return top.path + (top.index,)
        return top.path if top.key_next else top.path + (top.key,)

    def run(self, events: Iterable[Any]) -> None:
        for event in events:
            self.on(event)

    def on(self, event: Any) -> None:
        from ruamel.yaml import events as ev

        mark = getattr(event, "start_mark", None)
        self.line = mark.line + 1 if mark is not None else self.line
        if isinstance(event, ev.ScalarEvent):
            self.scalar(event)
        elif isinstance(event, ev.CollectionStartEvent):
            self.start(event, "map" if isinstance(event, ev.MappingStartEvent) else "seq")
        elif isinstance(event, ev.CollectionEndEvent):
            self.end()
        elif isinstance(event, ev.AliasEvent):
            self.alias(event)
        elif isinstance(event, ev.DocumentStartEvent):
            self.document(event)

    def document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            raise self.refuse(event, (), "plusieurs documents YAML (séparés par « --- ») — "
                                         "attendu : un seul document par fichier")
        version = getattr(event, "version", None)
        if version is not None and tuple(version) != (1, 2):
            shown = ".".join(str(v) for v in version)
            raise self.refuse(event, (), f"directive « %YAML {shorten(shown, 10)} » refusée — "
                                         "attendu : YAML 1.2 (ou aucune directive) ; en YAML 1.1, "
                                         "« no » deviendrait faux et « 052 » le nombre 42")
        if getattr(event, "tags", None):
            raise self.refuse(event, (), "directive « %TAG » refusée : " + _NO_TAGS)

    def node(self, event: Any, size: int) -> tuple[str | int, ...]:
        """Common checks of a node starting here; returns its path."""
        path = self.here()
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise self.refuse(event, path, f"étiquette YAML « {shorten(str(tag), 40)} » refusée : "
                                           + _NO_TAGS)
        self.nodes += size
        if self.nodes > MAX_NODES:
            raise self.refuse(event, path, "document trop volumineux une fois les alias développés "
                                           f"(plus de {_thousands(MAX_NODES)} éléments) — "
                                           + _PLAIN_ALIASES)
        return path

    def done(self, size: int) -> None:
        if not self.stack:
            return
        top = self.stack[-1]
        top.size += size
        if top.kind == "seq":
            top.index += 1
        else:
            top.key_next = not top.key_next

    def start(self, event: Any, kind: str) -> None:
        path = self.node(event, 1)
        if self.stack and self.stack[-1].kind == "map" and self.stack[-1].key_next:
            raise self.refuse(event, path, "clé complexe (une liste ou un bloc utilisé comme clé) "
                                           "refusée — attendu : une clé simple (un mot)")
        if len(self.stack) >= MAX_YAML_DEPTH:
            raise self.refuse(event, path, f"imbrication trop profonde (plus de {MAX_YAML_DEPTH} "
                                           "niveaux de listes ou de blocs) — attendu : quelques "
                                           "niveaux, comme dans les pactes fournis")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.open_anchors.add(anchor)
        self.stack.append(_Frame(kind, path, anchor))

    def end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.anchors[frame.anchor] = frame.size
            self.open_anchors.discard(frame.anchor)
        self.done(frame.size)

    def scalar(self, event: Any) -> None:
        path = self.node(event, 1)
        value = str(event.value)
        if event.style is None and len(value) > 13 and _PLAIN_INT.fullmatch(value):
            digits = value.lstrip("+-").replace("_", "").lstrip("0")
            if len(digits) > 12:
                raise self.refuse(event, path, f"nombre démesuré ({len(digits)} chiffres) — attendu : "
                                               "un nombre de valeur absolue inférieure à "
                                               "1 000 000 000 000 (10¹²)")
        if event.anchor is not None:
            self.anchors[event.anchor] = 1
        if self.stack and self.stack[-1].kind == "map" and self.stack[-1].key_next:
            self.stack[-1].key = value
        self.done(1)

    def alias(self, event: Any) -> None:
        name = str(event.anchor)
        path = self.here()
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise self.refuse(event, path, f"trop d'alias YAML (plus de {MAX_ALIASES}) — "
                                           + _PLAIN_ALIASES)
        if name in self.open_anchors:
            raise self.refuse(event, path, f"l'alias « *{shorten(name, 30)} » se contient "
                                           "lui-même (structure sans fin) — " + _PLAIN_ALIASES)
        if name not in self.anchors:
            raise self.refuse(event, path, f"alias « *{shorten(name, 30)} » sans ancre "
                                           f"« &{shorten(name, 30)} » définie avant lui")
        size = self.anchors[name]
        self.node(event, size)
        if self.stack and self.stack[-1].kind == "map" and self.stack[-1].key_next:
            self.stack[-1].key = "*" + name
        self.done(size)


_LINE_KEY = re.compile(r"\s*(?:-\s+)?([^\s:#\[\]{}'\"]+)\s*:")


def check_flow_depth(text: str, name: str, root: str | None = None) -> None:
    """Refuse flow brackets (« [ », « { ») nested deeper than ``MAX_YAML_DEPTH``, on the
    raw text, in one linear pass: ruamel's scanner is quadratic on unclosed brackets (a
    2 MB file of « [ » would take minutes before the event scan could refuse it).
    Brackets inside quotes and comments are not counted."""
    depth, line, quote, comment, previous = 0, 1, "", False, " "
    for char in text:
        if char == "\n":
            line, comment = line + 1, False  # a quoted scalar may span lines: quote kept
        elif comment:
            pass
        elif quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and previous in " \t[{,:\n":
            quote = char
        elif char == "#" and previous in " \t\n":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_YAML_DEPTH:
                key = _LINE_KEY.match(text.splitlines()[line - 1] if text else "")
                field_ = (key.group(1) if key else "(structure)") if not root else \
                    _dotted(root, ())
                raise InputError.single(
                    name, line, field_,
                    f"imbrication trop profonde (plus de {MAX_YAML_DEPTH} niveaux de « [ » ou "
                    "« { ») — attendu : un fichier comme les pactes fournis")
        elif char in "]}":
            depth = max(depth - 1, 0)
        previous = char


def check_yaml_events(text: str, name: str, root: str | None = None) -> None:
    """Refuse, with file, line and field, a YAML text that is a bomb or asks for more than
    plain YAML 1.2 data (see :class:`_EventScan`). Syntax errors are raised as ruamel's
    ``MarkedYAMLError``; :func:`parse_yaml` does this check while it parses."""
    from ruamel.yaml import YAML

    _EventScan(name, root).run(YAML(typ="rt").parse(text))


@lru_cache(maxsize=1)
def _guarded_parser() -> type:
    """ruamel's round-trip parser, every event handed to the loader's scan as the composer
    takes it: the checks cost no second parse, and a bomb is refused before the composer
    (recursive) or the constructor ever sees the offending node."""
    from ruamel.yaml.parser import RoundTripParser

    class GuardedParser(RoundTripParser):
        def get_event(self) -> Any:
            event = super().get_event()
            scan = getattr(self.loader, "pacte_scan", None)
            if scan is not None and event is not None:
                scan.on(event)
            return event

    return GuardedParser


@dataclass
class _Plain:
    """Conversion of ruamel's round-trip nodes to plain Python, recording line numbers.

    Nodes reached through aliases are counted: a bomb the event scan missed still stops at
    :data:`MAX_NODES` instead of filling memory."""

    name: str
    root: str | None
    lines: dict[Path_, int] = field(default_factory=dict)
    nodes: int = 0

    def count(self, path: Path_) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES or len(path) > MAX_YAML_DEPTH + 1:
            raise InputError.single(self.name, self.line(path), _dotted(self.root, path),
                                    "document trop volumineux ou trop imbriqué — "
                                    + _PLAIN_ALIASES)

    def line(self, path: Path_) -> int | None:
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path)

    def convert(self, node: Any, path: Path_ = ()) -> Any:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        self.count(path)
        if isinstance(node, CommentedMap):
            self.lines.setdefault(path, node.lc.line + 1)
            out: dict[Any, Any] = {}
            for key in node:
                k = self.scalar(key, path)
                try:
                    line, _col = node.lc.key(key)
                    self.lines[path + (str(k),)] = line + 1
                except (KeyError, TypeError, AttributeError):
                    pass
                out[k] = self.convert(node[key], path + (str(k),))
            return out
        if isinstance(node, CommentedSeq):
            self.lines.setdefault(path, node.lc.line + 1)
            items = []
            for i, item in enumerate(node):
                try:
                    line, _col = node.lc.item(i)
                    self.lines[path + (i,)] = line + 1
                except (KeyError, TypeError, AttributeError):
                    pass
                items.append(self.convert(item, path + (i,)))
            return items
        return self.scalar(node, path)

    def scalar(self, value: Any, path: Path_) -> Any:
        plain = _plain_scalar(value)
        problem = _number_problem(plain)
        if problem:
            raise InputError.single(self.name, self.line(path), _dotted(self.root, path), problem)
        return plain


def _plain(node: Any, path: Path_, lines: dict[Path_, int]) -> Any:
    """Convert ruamel round-trip nodes to plain Python, recording line numbers."""
    plain = _Plain("(YAML)", None, lines)
    return plain.convert(node, path)


def _plain_scalar(value: Any) -> Any:
    from ruamel.yaml.scalarbool import ScalarBoolean

    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, ScalarBoolean):  # an anchored « true » is an int subclass
        return bool(value)
    if isinstance(value, dt.datetime):
        return value.date() if (value.hour, value.minute, value.second) == (0, 0, 0) else value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


_SYNTAX_FR: tuple[tuple[str, str], ...] = (
    (r"mapping values are not allowed", "« : » inattendu ici (un texte contenant « : » doit être "
                                        "entre guillemets)"),
    (r"could not find expected ':'", "« : » attendu après la clé"),
    (r"found character '\\t'", "tabulation interdite : indentez avec des espaces"),
    (r"cannot start any token", "caractère inattendu en début de valeur (mettez la valeur entre "
                                "guillemets)"),
    (r"expected ',' or '\]'", "liste entre crochets non refermée (« ] » attendu)"),
    (r"expected ',' or '\}'", "bloc entre accolades non refermé (« } » attendu)"),
    (r"unexpected end of stream", "fin du fichier inattendue (guillemet ou crochet non refermé ?)"),
    (r"unknown escape character", "échappement inconnu après « \\ » dans un texte entre guillemets"),
    (r"expected escape sequence", "échappement « \\x », « \\u » ou « \\U » incomplet"),
    (r"special characters are not allowed", "caractère de contrôle interdit dans un fichier texte"),
    (r"duplicate anchor", "ancre « & » définie deux fois"),
    (r"expected alphabetic or numeric", "nom d'ancre ou d'alias invalide"),
    (r"expected a comment or a line break", "texte inattendu après la valeur"),
    (r"did not find expected key|expected <block end>", "indentation incohérente (clé attendue)"),
    (r"did not find expected '-'", "indentation incohérente (élément de liste « - » attendu)"),
    (r"expected <block end>|expected the node content", "indentation ou structure incohérente"),
    (r"found unexpected ':'", "« : » inattendu"),
    (r"expected '<document start>'", "contenu inattendu après la fin du document"),
    (r"found incompatible YAML document", "version de YAML non prise en charge (seul 1.2 est lu)"),
)


def _syntax_fr(what: str) -> str:
    for pattern, french in _SYNTAX_FR:
        if re.search(pattern, what):
            return french
    return f"syntaxe incorrecte (détail : {shorten(what, 120)})"


def _yaml_error(exc: Any, name: str, root: str | None) -> InputError:
    """A ruamel syntax error in French, with its line; never more than an excerpt of input."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    what = str(exc.problem or exc.context or "syntaxe").strip().splitlines()[0]
    dup = re.match(r'found duplicate key "(.*?)"', what)
    if dup:
        key = shorten(dup.group(1), 40)
        return InputError.single(name, line, _dotted(root, ()) if root else key,
                                 f"YAML mal formé : clé « {key} » en double")
    return InputError.single(name, line, _dotted(root, ()) if root else "(syntaxe YAML)",
                             f"YAML mal formé : {_syntax_fr(what)}")


def parse_yaml(text: str, name: str, root: str | None = None) -> Document:
    """Parse YAML 1.2 text (no `no`→False, no octal `052`) keeping line positions.

    The event stream is checked first (:func:`check_yaml_events`: bombs, depth, tags,
    directives, several documents, absurd integers), then numbers are checked as they
    are converted. ``root`` prefixes the field names (a ``--set`` path). Any failure is an
    :class:`InputError` naming ``name``, the line and the field."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    yaml.allow_duplicate_keys = False
    yaml.Parser = _guarded_parser()
    yaml.pacte_scan = scan = _EventScan(name, root)
    field_ = _dotted(root, ()) if root else "(syntaxe YAML)"
    check_flow_depth(text, name, root)
    try:
        with warnings.catch_warnings():  # ruamel warns of a reused anchor on stderr
            warnings.simplefilter("ignore")
            node = yaml.load(text)
        lines: dict[Path_, int] = {}
        data = _Plain(name, root, lines).convert(node)
    except InputError:
        raise
    except MarkedYAMLError as exc:
        raise _yaml_error(exc, name, root) from None
    except YAMLError as exc:  # e.g. a ReaderError: a control character, with its position
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else scan.line
        raise InputError.single(name, line, field_,
                                f"YAML mal formé : {_syntax_fr(str(exc))}") from None
    except (RecursionError, MemoryError):
        raise InputError.single(name, scan.line, _dotted(root, scan.here()) if scan.stack else field_, "document YAML trop complexe pour être lu — "
                                                   "attendu : un fichier comme les pactes fournis"
                                ) from None
    except (ValueError, OverflowError, TypeError, AttributeError):
        # e.g. an impossible date such as 2026-02-30, or an escape « \UFFFFFFFF » ruamel
        # cannot build: the line is that of the last event read, the error being just after
        raise _impossible_date(text, name) or InputError.single(
            name, scan.line, _dotted(root, scan.here()) if scan.stack else field_, "valeur impossible à lire à cet endroit (date inexistante, "
            "ou échappement « \\… » hors de l'Unicode, par exemple)") from None
    return Document(name=name, data=data, lines=lines)


def display_name(path: Path) -> str:
    """A file name as the user would type it: relative to the current folder when inside it
    (symlinks are not followed: a symlink loop must be named, not crash the naming)."""
    from engine.input_file import display_name as plain_name

    return plain_name(path)


def _impossible_date(text: str, name: str) -> InputError | None:
    """Find the scalar YAML reads as a date but that does not exist (2026-02-30), and name
    its line and field. The document is composed again (nodes only, nothing constructed)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    yaml = YAML(typ="rt")  # the text has passed the event checks: composing it is safe
    yaml.version = (1, 2)
    try:
        root = yaml.compose(text)
    except Exception:  # the text was already parsed once; give up on a second failure
        return None

    def bad(node: Any) -> bool:
        if not isinstance(node, ScalarNode) or not str(node.tag).endswith(":timestamp"):
            return False
        try:
            dt.date.fromisoformat(str(node.value)[:10])
        except ValueError:
            return True
        return False

    def walk(node: Any, path: tuple[str, ...]) -> InputError | None:
        pairs: list[tuple[Any, tuple[str, ...]]] = []
        if isinstance(node, MappingNode):
            for key, value in node.value:
                pairs += [(key, path + (str(key.value),)), (value, path + (str(key.value),))]
        elif isinstance(node, SequenceNode):
            pairs = [(item, path + (str(i + 1),)) for i, item in enumerate(node.value)]
        for child, child_path in pairs:
            if bad(child):
                return InputError.single(
                    name, child.start_mark.line + 1, ".".join(child_path) or "(racine)",
                    f"date impossible « {child.value} » — attendu : une date réelle AAAA-MM-JJ")
            found = walk(child, child_path)
            if found is not None:
                return found
        return None

    return walk(root, ())


def read_document(path: Path | str) -> Document:
    """A YAML file read safely (:func:`engine.input_file.read_text`: type checked before
    opening, at most :data:`MAX_FILE_BYTES`, UTF-8 only) and parsed by :func:`parse_yaml`."""
    from engine.input_file import read_text

    path = Path(path)
    name = display_name(path)
    return parse_yaml(read_text(path, MAX_FILE_BYTES, name), name)


# --- pydantic errors in French --------------------------------------------------------

_MESSAGES = {
    "missing": "champ obligatoire absent",
    "extra_forbidden": "champ inconnu (clause ou clé non prévue par le schéma)",
    "int_type": "un nombre entier est attendu",
    "int_parsing": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu (sans décimales)",
    "float_type": "un nombre est attendu",
    "float_parsing": "un nombre est attendu",
    "bool_type": "un booléen est attendu (true ou false)",
    "bool_parsing": "un booléen est attendu (true ou false)",
    "string_type": "un texte est attendu",
    "date_type": "une date AAAA-MM-JJ est attendue",
    "date_parsing": "une date AAAA-MM-JJ est attendue",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue",
    "list_type": "une liste est attendue",
    "tuple_type": "une liste est attendue",
    "dict_type": "un dictionnaire (clé: valeur) est attendu",
    "model_type": "un bloc de clés est attendu",
    "model_attributes_type": "un bloc de clés est attendu",
    "string_too_short": "le texte ne peut pas être vide",
    "string_pattern_mismatch": "format invalide",
    "string_too_long": "texte trop long",
    "too_long": "liste trop longue",
    "too_short": "liste trop courte",
    "finite_number": "un nombre fini est attendu",
    "int_parsing_size": "nombre entier démesuré",
    "enum": "valeur non prévue",
    "union_tag_invalid": "type de bloc non prévu",
    "union_tag_not_found": "type de bloc absent",
    "none_required": "aucune valeur n'est attendue ici",
    "is_instance_of": "type de valeur non prévu",
    "mapping_type": "un dictionnaire (clé: valeur) est attendu",
    "iterable_type": "une liste est attendue",
    "set_type": "une liste est attendue",
    "frozen_set_type": "une liste est attendue",
    "date_from_datetime_inexact": "une date AAAA-MM-JJ est attendue (sans heure)",
    "date_future": "une date passée est attendue",
    "date_past": "une date future est attendue",
    "datetime_type": "une date est attendue",
    "datetime_parsing": "une date est attendue",
    "multiple_of": "valeur non multiple du pas attendu",
    "decimal_type": "un nombre est attendu",
    "decimal_parsing": "un nombre est attendu",
    "unexpected_keyword_argument": "champ inconnu",
    "missing_keyword_only_argument": "champ obligatoire absent",
}


def _num(value: Any) -> str:
    return excerpt(value) if isinstance(value, (int, float)) else excerpt(str(value))


def _french(err: dict[str, Any]) -> str:
    """A pydantic error in French; a received value is quoted as a short excerpt only."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    got = err.get("input")
    shown = "" if isinstance(got, (dict, list)) or got is None else f" (reçu : {excerpt(got)})"
    if kind in ("less_than_equal", "less_than"):
        op = "≤" if kind == "less_than_equal" else "<"
        return f"valeur trop grande{shown} — attendu : une valeur {op} {_num(ctx.get('le', ctx.get('lt')))}"
    if kind in ("greater_than_equal", "greater_than"):
        op = "≥" if kind == "greater_than_equal" else ">"
        return f"valeur trop petite{shown} — attendu : une valeur {op} {_num(ctx.get('ge', ctx.get('gt')))}"
    if kind == "literal_error":
        expected = re.sub(r"\bor\b", "ou", str(ctx.get("expected", "")))
        return f"valeur non prévue{shown} — attendu : {shorten(expected, 300)}"
    if kind == "value_error":
        msg = str(ctx.get("error", err.get("msg", "")))
        return shorten(msg.removeprefix("Value error, "), 400)
    if kind == "string_pattern_mismatch":
        return f"format invalide{shown} — attendu : {shorten(str(ctx.get('pattern', '')), 100)}"
    base = _MESSAGES.get(kind)
    if base:
        return base + (shown if kind not in ("missing", "extra_forbidden") else "")
    return f"valeur refusée{shown} ({shorten(str(kind), 40)})"


def _clean_loc(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Drop pydantic's union/generic tags (e.g. 'PetitionClause', 'function-after[...]')."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(part)
        elif isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        elif isinstance(part, dt.date):
            out.append(part.isoformat())
        else:
            out.append(str(part))
    return tuple(out)


def validate(model: type[BaseModel], doc: Document, field_prefix: str = "") -> Any:
    """Validate a document against a model; French problems with file and line."""
    if not isinstance(doc.data, dict):
        raise InputError.single(doc.name, 1, "(racine)", "le fichier doit contenir un bloc de clés")
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _clean_loc(err["loc"])
            dotted = ".".join(str(p + 1) if isinstance(p, int) else p for p in loc) or "(racine)"
            problems.append(Problem(doc.name, doc.line_of(loc), field_prefix + dotted, _french(err)))
        raise InputError(problems) from None


# --- pacts, scenarios and overrides ---------------------------------------------------

SCENARIO_KEYS = ("scenario", "commune", "mandat", "elections", "surcharges", "hypotheses",
                 "score_liste_gagnante_pct", "sieges_conseil")


def check_path(dotted: str, origin: str) -> list[str]:
    """The components of a dotted path, refused (French, naming ``origin``) if it is
    absurdly long, deep, or has an empty component."""
    if len(dotted) > MAX_PATH_CHARS:
        raise InputError.single(origin, None, dotted, f"chemin trop long ({_thousands(len(dotted))} "
                                f"caractères) — attendu : au plus {MAX_PATH_CHARS} caractères, "
                                "ex. votation_propositionnelle.seuil_pct")
    parts = dotted.split(".")
    if len(parts) > MAX_PATH_PARTS:
        raise InputError.single(origin, None, dotted, f"chemin trop profond ({len(parts)} niveaux) "
                                f"— attendu : au plus {MAX_PATH_PARTS} noms séparés par des points")
    if any(not part.strip() for part in parts):
        raise InputError.single(origin, None, dotted, "chemin avec un nom vide (deux points de "
                                "suite, ou un point au début ou à la fin)")
    return parts


def parse_override(text: str) -> tuple[str, Any]:
    """« chemin.vers.champ=valeur » → (path, YAML 1.2 value), checked like a file."""
    if len(text) > MAX_OVERRIDE_CHARS:
        raise InputError.single("--set", None, shorten(text.split("=", 1)[0], 60),
                                f"argument trop long ({_thousands(len(text))} caractères) — "
                                f"attendu : au plus {_thousands(MAX_OVERRIDE_CHARS)} caractères")
    if "=" not in text:
        raise InputError.single("--set", None, text, "forme attendue : CHEMIN=VALEUR")
    path, raw = text.split("=", 1)
    path = path.strip()
    if not path:
        raise InputError.single("--set", None, text, "chemin vide avant « = »")
    check_path(path, "--set")
    try:
        doc = parse_yaml(raw if raw.strip() else "''", "--set", root=path)
    except InputError as exc:  # a line of a one-line argument says nothing: dropped
        raise InputError([Problem(p.file, None, p.field, p.message) for p in exc.problems]) from None
    return path, doc.data


_INDEX = re.compile(r"[0-9]{1,9}")


def set_path(data: dict[str, Any], dotted: str, value: Any, origin: str) -> None:
    """Set ``value`` at a dotted path (list items counted from 1). A cited parameter
    (a block with « valeur » or « valeurs ») gets a new undated « valeur »."""
    parts = check_path(dotted, origin)
    node: Any = data
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        if isinstance(node, list):
            if not _INDEX.fullmatch(part) or not 1 <= int(part) <= len(node):
                raise InputError.single(origin, None, dotted,
                                        f"indice « {shorten(part, 20)} » hors de la liste (1 à {len(node)})")
            key: Any = int(part) - 1
        elif isinstance(node, dict):
            key = part
            if key not in node and not last:
                raise InputError.single(origin, None, dotted,
                                        f"chemin inconnu : « {shorten(part, 40)} » n'existe pas")
        else:
            raise InputError.single(origin, None, dotted,
                                    f"« {shorten(part, 40)} » : ce champ n'a pas de sous-champs")
        if last:
            if isinstance(node, dict) and key in ("valeur", "valeurs"):
                node.pop("valeurs" if key == "valeur" else "valeur", None)
            target = node[key] if (isinstance(node, dict) and key in node) or isinstance(node, list) else None
            if isinstance(target, dict) and ("valeur" in target or "valeurs" in target) and not isinstance(value, dict):
                target.pop("valeurs", None)
                target["valeur"] = value
            else:
                node[key] = value
            return
        node = node[key]


def _apply(doc: Document, overrides: list[tuple[str, Any]], origin: str) -> None:
    for path, value in overrides:
        set_path(doc.data, path, value, origin)
        doc.overridden[path] = origin


def _blame_overrides(doc: Document, exc: InputError) -> InputError:
    """Problems on an overridden field name the override (« --set »), not the file line."""
    fixed = []
    for p in exc.problems:
        origin = next((o for path, o in doc.overridden.items()
                       if p.field == path or p.field.startswith(path + ".")
                       or path.startswith(p.field + ".")), None)
        fixed.append(Problem(origin, None, p.field, p.message) if origin else p)
    return InputError(fixed)


def validate_doc(model: type[BaseModel], doc: Document) -> Any:
    try:
        return validate(model, doc)
    except InputError as exc:
        raise _blame_overrides(doc, exc) from None


def load_pact(path: Path | str | None = None, overrides: list[tuple[str, Any]] = ()):  # type: ignore[assignment]
    """Read and validate a pact file; overrides are applied before validation."""
    from engine.model.pact import Pact

    doc = read_document(resolve_pact(path))
    require_block(doc, "pacte", "pacte")
    _apply(doc, list(overrides), "--set")
    return validate_doc(Pact, doc)


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; a name the system refuses (too long, NUL byte)
    is « nothing », and the reader then reports it in French."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def resolve_pact(ref: Path | str | None, base: Path | None = None) -> Path:
    """A pact by file path, or by id among the bundled pacts (``chambery-2026``)."""
    if ref is None:
        return DEFAULT_PACT
    candidate = Path(ref)
    if base is not None and not candidate.is_absolute():
        rel = base / candidate
        if _exists(rel):
            return rel
    if _exists(candidate):
        return candidate
    return _bundled(PACTS_DIR, str(ref)) or candidate


def _bundled(folder: Path, ref: str) -> Path | None:
    """A bundled file by its id: a plain name, never a path leading out of ``folder``."""
    if not re.fullmatch(r"[\w.-]{1,100}", ref) or ref.startswith("."):
        return None
    bundled = folder / f"{ref}.yaml"
    return bundled if _exists(bundled) else None


def resolve_scenario(ref: Path | str | None) -> Path:
    if ref is None:
        return DEFAULT_SCENARIO
    candidate = Path(ref)
    if _exists(candidate):
        return candidate
    return _bundled(SCENARIOS_DIR, str(ref)) or candidate


def require_block(doc: Document, key: str, kind: str) -> None:
    """A pact starts with its « pacte: » block, a scenario with its « scenario: » block.
    A file without it (another YAML file, a system file named by mistake or through
    ``--set scenario.pacte=…``) is refused with one message that quotes none of its
    content."""
    data = doc.data
    if not isinstance(data, dict):
        raise InputError.single(doc.name, 1, "(racine)",
                                f"le fichier doit contenir un bloc de clés : ce n'est pas un {kind}")
    if not isinstance(data.get(key), dict):
        line = doc.lines.get((key,), 1)
        raise InputError.single(doc.name, line, key,
                                f"ce fichier n'est pas un {kind} : le bloc « {key}: » "
                                "(id, titre…) est absent ou n'est pas un bloc de clés")


def split_overrides(overrides: list[tuple[str, Any]]) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """Overrides for the scenario (commune, mandat…) and for the pact (its clauses)."""
    scen = [(p, v) for p, v in overrides if p.split(".", 1)[0] in SCENARIO_KEYS]
    pact = [(p, v) for p, v in overrides if p.split(".", 1)[0] not in SCENARIO_KEYS]
    return scen, pact


def load_context(
    scenario: Path | str | None = None,
    pact: Path | str | None = None,
    overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
):
    """The (scenario, pact) pair every command works on.

    The scenario names its pact; an explicit ``pact`` replaces it. The scenario's own
    « surcharges » apply to the pact first, then the command line's ``--set``.
    """
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario

    scen_over, pact_over = split_overrides(list(overrides))
    scen_path = resolve_scenario(scenario)
    sdoc = read_document(scen_path)
    require_block(sdoc, "scenario", "scénario")
    _apply(sdoc, scen_over, "--set")
    scen = validate_doc(Scenario, sdoc)
    pact_path = resolve_pact(pact if pact is not None else scen.info.pact, base=scen_path.parent)
    pdoc = read_document(pact_path)
    require_block(pdoc, "pacte", "pacte")
    _apply(pdoc, [(k, v) for k, v in scen.overrides.items()], f"{scen_path} (surcharges)")
    _apply(pdoc, pact_over, "--set")
    pact = validate_doc(Pact, pdoc)
    try:
        check_dates_in_mandate(pact, scen, pdoc)
    except InputError as exc:
        raise _blame_overrides(pdoc, exc) from None
    return scen, pact


def check_dates_in_mandate(pact: Any, scen: Any, doc: Document) -> None:
    """A dated value of the pact must start within the mandate (or before it: in force at
    the start). A date after the next renewal is an error naming file, line and field."""
    problems = []
    for key, clause in pact.clauses().items():
        for pkey, param in clause.params().items():
            for day, _value in param.changes():
                if day > scen.mandate.end:
                    path = (key, pkey, "valeurs", day.isoformat())
                    problems.append(Problem(
                        doc.name, doc.line_of(path), f"{key}.{pkey}.valeurs.{day.isoformat()}",
                        f"date hors du mandat : le mandat court du {scen.mandate.start.isoformat()} "
                        f"au {scen.mandate.end.isoformat()}"))
    if problems:
        raise InputError(problems)
