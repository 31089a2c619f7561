"""Hostile inputs in the dashboard: limits, literal display of untrusted text, no traceback.

Everything a visitor controls — a link's ``?pacte=``, ``?scenario=``, ``?set=``, an uploaded
pact and every string inside it (titles, descriptions, sources), the file's name — is
validated by the engine exactly like the command line, then shown *as text*: Streamlit
renders Markdown (images, links, colours, LaTeX) in titles, captions, alerts, labels and
help bubbles, and plotly renders a subset of HTML (``<a href>``) in hover texts, so each
untrusted string goes through :func:`md` (``html.escape`` for plotly, in ``graph_view`` and
``timeline``). A page that still fails shows a short French message, never a Python
traceback (:func:`run_page`, :func:`callback`).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import Any

import streamlit as st

from engine.core.errors import InputError
from engine.core.fr import number
from engine.io.input_file import decode_text
from engine.io.load import MAX_FILE_BYTES

LOG = logging.getLogger("pacte.dashboard")

#: Largest uploaded pact, in bytes: the command line's limit for a pact file (the bundled
#: pact is ~60 kB). ``server.maxUploadSize`` (.streamlit/config.toml) stops bigger uploads
#: before they reach the app; this check holds whatever the server's configuration.
MAX_UPLOAD_BYTES = MAX_FILE_BYTES
#: Edits in one variant (hence ``set=`` in one link): a variant changes a handful of the
#: ~140 editable fields; beyond this, download the edited pact and import it instead.
MAX_OVERRIDES = 50
#: Characters in one « CHEMIN=VALEUR » edit: the longest the dashboard itself writes for the
#: bundled pacts is 342 (the list of commissions).
MAX_OVERRIDE_CHARS = 2_000
#: Characters of an untrusted value echoed back in a message.
SHOWN_CHARS = 200
#: Characters of a whole message shown in the page (engine messages echo the values).
MESSAGE_CHARS = 4_000
#: Characters of an uploaded file's name kept for display.
NAME_CHARS = 80

CALLBACK_ERROR = "callback_error"

# Invisible or layout-changing characters: C0/C1 controls (but tab and newline), bidi
# overrides (text shown reversed), line/paragraph separators.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Markdown syntax anywhere in a line: code, emphasis, links and images (and Streamlit's
# « :couleur[…] »), tables, strikethrough, LaTeX, headings.
_MD_ANYWHERE = re.compile(r"([\\`*\[\]|~$#])")
# « _ » emphasises only at a word's edge (« seuil_pct » stays as it is).
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# Block syntax at the start of a line: lists, quotes, setext headings, numbered lists.
_MD_LINE_START = re.compile(r"^([ \t]*)(\d*)([-+=.)])", re.MULTILINE)
# What Streamlit's Markdown still transforms after escapes are read (it works on the text
# itself): bare addresses made into links (a scheme and « :// », « www. », e-mail addresses),
# « :couleur[…] », « :material/…: » and « :emoji: ». A zero-width space breaks each pattern
# and shows nothing.
_TEXT_PATTERNS = re.compile(r"(?i)(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?=@)|(?<=:)(?=[a-z])")
_ZWSP = "\u200b"


def clean(text: Any) -> str:
    """``text`` as a string without control, bidi-override or separator characters (line
    breaks kept, as « \\n »)."""
    return _INVISIBLE.sub("\ufffd", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def short(text: Any, limit: int = SHOWN_CHARS) -> str:
    """An untrusted value cut to ``limit`` characters, saying how long it was."""
    text = clean(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({count(len(text))} caractères)"


def count(n: int) -> str:
    """An integer the French way: « 2 000 » (narrow no-break space)."""
    return number(n)


def md(text: Any) -> str:
    """Markdown source that Streamlit shows exactly as ``text`` (no image, link, HTML,
    colour, LaTeX or heading can come out of it); line breaks are kept."""
    out = clean(text)
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _MD_ANYWHERE.sub(r"\\\1", out)
    out = _MD_UNDERSCORE.sub(r"\\_", out)
    out = _MD_LINE_START.sub(r"\1\2\\\3", out)
    out = _TEXT_PATTERNS.sub(_ZWSP, out)
    return out.replace("\n", "  \n")


def message(exc: BaseException) -> str:
    """The French text of an error, bounded (engine messages echo the refused value)."""
    return short(str(exc), MESSAGE_CHARS)




def file_name(name: Any) -> str:
    """An uploaded file's name, for messages and downloads: no folder, no control
    character, at most ``NAME_CHARS`` characters."""
    base = " ".join(re.split(r"[\\/]", clean(name or ""))[-1].split()) or "pacte importé"
    return base if len(base) <= NAME_CHARS else base[:NAME_CHARS] + "…"


def download_stem(name: str) -> str:
    """A file name safe to propose for a download (letters, digits, « - », « _ », « . »)."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.ASCII).strip("-.") or "pacte"
    return stem[:NAME_CHARS]


def upload_text(data: bytes, name: str) -> str:
    """An uploaded pact's text, read with the command line's rules: size cap (checked on
    the bytes, before any parsing), no NUL byte, UTF-8 (a BOM is dropped)."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError.single(name, None, "(fichier)",
                                f"fichier trop gros ({count(len(data))} octets ; au plus "
                                f"{count(MAX_UPLOAD_BYTES)})")
    if not data.strip():
        raise InputError.single(name, None, "(fichier)", "le fichier est vide")
    return decode_text(data, name)


def internal_error(exc: BaseException) -> str:
    """The French sentence shown instead of a traceback (the trace goes to the server log)."""
    return (f"Erreur interne : cette partie du tableau de bord n'a pas pu s'afficher "
            f"({type(exc).__name__}). Les autres pages restent utilisables ; le détail est "
            "dans le journal du serveur.")


def show_error(heading: str, exc: BaseException) -> None:
    """A refused input: a fixed French heading, then the engine's message as plain text."""
    st.error(md(heading) + "\n\n" + md(message(exc)))


def run_page(run: Callable[[], Any]) -> None:
    """Run a page: its ``InputError`` shows the French message, anything else a short
    « Erreur interne » — never a traceback. ``st.stop``/``st.rerun`` pass through."""
    try:
        run()
    except InputError as exc:
        show_error("Entrée refusée :", exc)
    except Exception as exc:  # noqa: BLE001 — the visitor sees French, the log gets the trace
        LOG.error("page du tableau de bord en échec", exc_info=exc)
        st.error(md(internal_error(exc)))


def callback(fn: Callable[..., None]) -> Callable[..., None]:
    """A widget callback that never raises: Streamlit runs callbacks outside the page,
    where :func:`run_page` cannot catch; the message is shown by :func:`show_callback_error`."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except InputError as exc:
            st.session_state[CALLBACK_ERROR] = ("Modification refusée :", message(exc))
        except Exception as exc:  # noqa: BLE001
            LOG.error("action du tableau de bord en échec", exc_info=exc)
            st.session_state[CALLBACK_ERROR] = ("", internal_error(exc))

    return wrapper


def show_callback_error() -> None:
    """Show (once) the message left by a failed widget callback."""
    pending = st.session_state.pop(CALLBACK_ERROR, None)
    if pending:
        heading, text = pending
        st.error((md(heading) + "\n\n" if heading else "") + md(text))
