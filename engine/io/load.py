"""YAML (safe, YAML 1.2, with line positions) → plain Python documents, with French errors.

A bad file never gives a traceback: every problem names the file, the line, the field and
what is expected, and the caller exits with code 2.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.core.errors import InputError, shorten
from engine.io.yaml_guard import (
    _PLAIN_ALIASES,
    MAX_NODES,
    MAX_YAML_DEPTH,
    Path_,
    _dotted,
    _EventScan,
    _guarded_parser,
    _number_problem,
    check_flow_depth,
)

#: Largest pact or scenario file read (the bundled pact is ~60 kB).
MAX_FILE_BYTES = 2_000_000



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
    from engine.io.input_file import display_name as plain_name

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
    """A YAML file read safely (:func:`engine.io.input_file.read_text`: type checked before
    opening, at most :data:`MAX_FILE_BYTES`, UTF-8 only) and parsed by :func:`parse_yaml`."""
    from engine.io.input_file import read_text

    path = Path(path)
    name = display_name(path)
    return parse_yaml(read_text(path, MAX_FILE_BYTES, name), name)
