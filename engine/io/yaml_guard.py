"""Limits on what a YAML input may ask of the loader, checked on the raw text and on
ruamel's event stream while it parses: aliases, expanded nodes, depth, tags, directives,
numbers."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from engine.core.errors import InputError, shorten
from engine.core.fr import number

Path_ = tuple[str | int, ...]


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
    return number(n)


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
