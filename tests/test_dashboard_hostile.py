"""The dashboard against hostile links, uploads and pact contents (issue 12, item 4).

Each test opens a real session of the app (``streamlit.testing.v1.AppTest``) and asserts:
no exception in the app, the engine's French message shown, nothing the visitor wrote
rendered as Markdown or HTML (no image, link or tag), and the page still working.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from dashboard_support import app, query_sets, texts

from engine.core.paths import DEFAULT_PACT

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "![x](http://evil.example/x.png)"
TAG = "<img src=x onerror=alert(1)>"
PAGES = ["composer", "legalite", "calendrier", "simulation", "pouvoirs", "comparer", "rapport"]
# Elements whose text Streamlit shows verbatim (never read as Markdown).
PLAIN = {"code", "text", "dataframe", "arrow_data_frame", "plotly_chart", "iframe"}


def _rendered(at: Any) -> list[str]:
    """Every string the page renders as Markdown: bodies, labels and help bubbles."""
    out: list[str] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if node.type not in PLAIN and proto is not None and hasattr(proto, "ListFields"):
            for field, value in proto.ListFields():
                if field.name in ("body", "label", "help") and isinstance(value, str):
                    out.append(value)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


def _assert_nothing_injected(at: Any) -> None:
    assert not at.exception, [e.message for e in at.exception]
    for text in _rendered(at):
        assert "![" not in text and not re.search(r"(?<!\\)\]\(", text), text  # image, link
        assert "<img" not in text.lower(), text  # a tag (Markdown refuses it, or would show it)
        assert not re.search(r"(?<!\\)https?://", text), text  # a bare, auto-linked address


def _warnings(at: Any) -> str:
    return " ".join(texts(at.warning))


def _still_works(at: Any) -> None:
    assert "Le pacte, clause par clause" in texts(at.title)
    assert len(at.dataframe[0].value) > 100


BOMB = ("votation_propositionnelle.titre=[" + ", ".join(
    f"&l{i} [" + ", ".join([f"*l{i - 1}" if i else '"lol"'] * 9) + "]" for i in range(6))
    + "]")
HOSTILE_SETS = {  # « set= » value → what its French message says
    BOMB: "alias",
    "votation_propositionnelle.seuil_pct=.nan": "seuil_pct",
    "votation_propositionnelle.seuil_pct=-.inf": "seuil_pct",
    "votation_propositionnelle.seuil_pct=" + "9" * 1_500: "seuil_pct",
    f"votation_propositionnelle.titre={IMAGE}": "étiquette",
    f"{TAG}=3": "champ",
    f"votation_propositionnelle.seuil_pct={TAG}": "seuil_pct",
    "votation_propositionnelle.titre=" + "[" * 200: "imbrication",
    "votation_propositionnelle.titre=!!python/object/apply:os.system [id]": "étiquette",
    "%YAML 1.1\n---\nvotation_propositionnelle.resultat_contraignant=no": "resultat",
    "inconnu.champ=3": "chemin inconnu",
    "sans-egal": "CHEMIN=VALEUR",
    "x" * 100_000 + "=1": "100\u202f002 caractères pour au plus 2\u202f000",
}


def test_hostile_set_values_are_refused_in_french_as_plain_text() -> None:
    at = app({"set": [*HOSTILE_SETS, "commissions.participants_par_commission=15"]})
    assert query_sets(at) == ["commissions.participants_par_commission=15"]  # the rest kept
    assert len(at.warning) == len(HOSTILE_SETS)  # one French message per refused edit
    for item, expected in HOSTILE_SETS.items():
        assert any(expected in w for w in texts(at.warning)), (item[:80], expected)
    assert all("ignorée" in w for w in texts(at.warning))
    assert len(_warnings(at)) < 20_000  # a 100 kB value is not echoed back whole
    _assert_nothing_injected(at)
    _still_works(at)


def test_a_thousand_overrides_keep_the_first_fifty() -> None:
    at = app({"set": [f"votation_propositionnelle.seuil_pct={i % 90 + 1}" for i in range(1_000)]})
    assert "1\u202f000 modifications, au plus 50 par lien" in _warnings(at)
    # the 50 first are read, one edit per field: the last of them wins, as with --set
    assert query_sets(at) == ["votation_propositionnelle.seuil_pct=50"]
    _assert_nothing_injected(at)
    _still_works(at)


@pytest.mark.parametrize(("pact", "scenario"), [
    ("/etc/passwd", "../../README.md"),
    ("../rules/pactes/chambery-2026", IMAGE + "x" * 10_000),
])
def test_a_link_only_selects_a_bundled_pact_or_scenario(pact: str, scenario: str) -> None:
    at = app({"pacte": pact, "scenario": scenario})
    warnings = _warnings(at)
    assert "pacte fourni inconnu" in warnings and "scénario fourni inconnu" in warnings
    assert "root:" not in warnings and "# " not in warnings  # no file content echoed
    assert len(warnings) < 2_000
    assert at.query_params["pacte"] == "chambery-2026" and at.query_params["scenario"] == "chambery"
    _assert_nothing_injected(at)
    _still_works(at)


HOSTILE_STRINGS = [f'pacte.titre="{IMAGE} {TAG}"',
                   f'votation_propositionnelle.titre="{TAG} [lien](http://evil.example)"',
                   f'votation_propositionnelle.description="# Titre\\n- {IMAGE}\\nwww.evil.example"',
                   f'votation_propositionnelle.source=":red[rouge] $x$ `c` **g** {IMAGE} § x"',
                   f'votation_propositionnelle.seuil_pct.source="{TAG} § {IMAGE}"',
                   f'commune.nom="{IMAGE}"']


@pytest.mark.slow  # every page of the dashboard: ~30 s
def test_pact_strings_are_shown_as_text_on_every_page() -> None:
    """A link may legitimately change a title or a source: it is then shown, as text."""
    at = app({"set": HOSTILE_STRINGS})
    assert query_sets(at) == HOSTILE_STRINGS  # valid edits: kept
    assert any("!\\[x\\]" in m for m in texts(at.markdown))  # the title, escaped
    _assert_nothing_injected(at)
    for page in PAGES:
        at.switch_page(f"vues/{page}.py").run()
        _assert_nothing_injected(at)
        assert not at.error, (page, texts(at.error))


def test_the_report_escapes_pact_strings() -> None:
    from engine.io.variant import Texts, bundled_text, load_texts

    t = Texts(*bundled_text("pacte", "chambery-2026"), *bundled_text("scenario", "chambery"))
    scen, pact = load_texts(t, tuple(HOSTILE_STRINGS))
    html = _report(scen, pact, HOSTILE_STRINGS)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and IMAGE in html  # shown, as text
    assert not _fetches(html)
    assert _fetches(f"<p>{TAG}</p>") == ["<img>", "img src=x"]  # the check does see a tag


def _report(scen: Any, pact: Any, overrides: list[str]) -> str:
    from dashboard import graph_view, report_html
    from engine import powers
    from engine.report.clauses import describe

    g = powers.build(pact)
    return report_html.build(pact, scen, overrides=tuple(overrides), described=describe(pact),
                             powers_report=powers.analyse(g), powers_svg=graph_view.svg(g),
                             findings=None, costs=None, simulation=None, calendar=None,
                             today=dt.date(2026, 1, 15))


def _upload(at: Any, name: str, data: bytes) -> Any:
    at.file_uploader(key="upload").set_value((name, data, "application/x-yaml")).run()
    return at


HOSTILE_UPLOADS = [  # (file name, bytes, what the French message says)
    ("bombe.yaml", ("a: &a [" + ", ".join(['"lol"'] * 9) + "]\n" + "".join(
        f"{c}: &{c} [" + ", ".join([f"*{p}"] * 9) + "]\n"
        for p, c in zip("abcdefg", "bcdefgh", strict=True))).encode(), "alias"),
    ("nul.yaml", b"pacte:\n  id: x\x00\n", "octets nuls"),
    ("latin1.yaml", "titre: Chamb\u00e9ry\n".encode("latin-1"), "UTF-8"),
    ("vide.yaml", b"  \n", "vide"),
    ("gros.yaml", b"#" * 2_000_001, "trop gros"),
    ("profond.yaml", b"[" * 200, "imbrication"),
    ("nan.yaml", DEFAULT_PACT.read_bytes().replace(b"valeur: 3\n", b"valeur: .nan\n", 1), "nan"),
    (f"{IMAGE}.yaml", b"pacte: [\n", "YAML mal form"),
    ("etiquette.yaml", b"pacte: !!python/object/apply:os.system [id]\n", "étiquette"),
]


def test_hostile_uploads_are_refused_in_french() -> None:
    at = app()
    for name, data, expected in HOSTILE_UPLOADS:
        _upload(at, name, data)
        errors = " ".join(texts(at.error))
        assert "Ce fichier ne peut pas être utilisé" in errors and expected in errors, (name, errors)
        assert not [s for s in texts(at.success) if "Pacte importé" in s]
        _assert_nothing_injected(at)
        _still_works(at)


def test_an_uploaded_pact_with_hostile_strings_and_name_is_shown_as_text() -> None:
    text = DEFAULT_PACT.read_text(encoding="utf-8").replace(
        "titre: Pacte de gouvernance pour une transition démocratique à Chambéry",
        f'titre: "{IMAGE} {TAG}"', 1).replace(
        "titre: Votations propositionnelles (pétition d'initiative citoyenne)",
        f'titre: "{TAG} [lien](http://evil.example)"', 1)
    name = "![x](evil.png) <img src=x onerror=alert(1)>\n.yaml"
    at = _upload(app(), name, ("\ufeff" + text).encode())
    assert not at.error, texts(at.error)
    # a BOM is dropped, like the CLI; the file's name is shown as text
    assert any("Pacte importé" in s and "!\\[x\\](evil.png) &lt;img" in s
               for s in texts(at.success))
    assert any("!\\[x\\]" in m for m in texts(at.markdown))  # the title, as text
    _assert_nothing_injected(at)
    _still_works(at)
    at.switch_page("vues/pouvoirs.py").run()  # the graph's labels and the page's bullets
    assert not at.error, texts(at.error)
    _assert_nothing_injected(at)


def test_an_unexpected_failure_shows_a_short_french_message_and_no_trace() -> None:
    from streamlit.testing.v1 import AppTest

    def page() -> None:
        from dashboard import safe

        def boom() -> None:
            raise RuntimeError("détail interne /etc/shadow")

        safe.run_page(boom)

    at = AppTest.from_function(page, default_timeout=30).run()
    assert not at.exception
    shown = " ".join(texts(at.error))
    assert shown.startswith("Erreur interne") and "RuntimeError" in shown
    assert "shadow" not in shown and "Traceback" not in shown


@pytest.mark.slow  # Chromium prints the report: ~30 s
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium absent")
def test_the_pdf_button_prints_the_report() -> None:
    at = app(page="rapport")
    at.button(key="report_pdf_make").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert [b for b in at.get("download_button") if b.key == "report_pdf"]


# --- nothing is fetched from outside -----------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
LOADING_TAGS = {"script", "link", "iframe", "frame", "img", "image", "object", "embed", "audio",
                "video", "source", "track", "base", "meta", "use", "form", "input"}


class _Fetches(HTMLParser):
    """What a browser would load from a page: tags that load, addresses in attributes,
    ``@import`` and ``url(…)`` other than the page's own ``#ids``."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in LOADING_TAGS and not (tag == "meta" and attrs == [("charset", "utf-8")]):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name == "xmlns" and value == SVG_NS:
                continue
            if name in ("src", "href", "xlink:href", "srcset", "action", "style") or \
                    re.search(r"url\((?!#)|//", value):
                self.found.append(f"{tag} {name}={value[:60]}")

    def handle_data(self, data: str) -> None:
        if self.lasttag == "style" and re.search(r"@import|url\((?!#)", data):
            self.found.append("style: @import/url()")


def _fetches(page: str) -> list[str]:
    parser = _Fetches()
    parser.feed(page)
    parser.close()
    return parser.found


def test_no_external_address_in_the_dashboard_code() -> None:
    files = [*sorted((ROOT / "dashboard").rglob("*.py")), *sorted((ROOT / "dashboard").rglob("*.svg")),
             ROOT / "dashboard" / ".streamlit" / "config.toml"]
    found = [f"{f.relative_to(ROOT)}: {m.group(0)}" for f in files
             for m in re.finditer(r"https?://[^\s'\"]*", f.read_text(encoding="utf-8"))
             if m.group(0) != SVG_NS]
    assert not found


@pytest.mark.parametrize("pact_id", ["chambery-2026", "collegial-2026"])
def test_the_report_fetches_nothing(pact_id: str) -> None:
    from engine.io.variant import Texts, bundled_text, load_texts

    t = Texts(*bundled_text("pacte", pact_id), *bundled_text("scenario", "chambery"))
    scen, pact = load_texts(t, ())
    html = _report(scen, pact, [])
    assert not re.findall(r"https?://", html.replace(SVG_NS, ""))
    assert not _fetches(html)


def test_an_edit_longer_than_a_link_allows_is_refused_in_french() -> None:
    at = app()
    at.selectbox(key="clause_choice").set_value("commissions").run()
    at.text_area(key="w:commissions.commissions").set_value("Commission\n" * 500).run()
    assert not at.exception
    errors = " ".join(texts(at.error))
    assert "valeur trop longue" in errors and "au plus 2\u202f000" in errors
    assert query_sets(at) == []  # the refused edit is not applied


LINKS_OUTSIDE_JS = """() => [...document.querySelectorAll('a[href], img[src], [srcset]')]
  .map(e => e.href || e.src || e.getAttribute('srcset'))
  .filter(u => !u.startsWith(location.origin) && !u.startsWith('data:')
               && !u.startsWith('blob:') && !u.startsWith('#'))"""


@pytest.mark.slow  # a served app and a real browser: one to a few minutes
@pytest.mark.browser
def test_a_real_browser_requests_nothing_from_outside() -> None:
    """Every request the page makes — scripts, fonts, images, even one a pact's text would
    trigger if it were read as Markdown — goes to the dashboard's own server."""
    from urllib.parse import quote

    import test_browser_e2e as e2e

    e2e._require_chromium()
    hostile = "".join(f"&set={quote(s)}" for s in HOSTILE_STRINGS)
    with e2e.served_app() as base, e2e.browser_page(height=2000) as page:
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:"))
                else outside.append(r.url))
        for name in ["pacte", *PAGES]:
            page.goto(f"{base}/{'' if name == 'pacte' else name}?pacte=chambery-2026{hostile}")
            page.wait_for_function(e2e.IDLE_JS, timeout=180_000)  # a loaded machine is slow
            e2e._wait_idle(page)
            body = page.inner_text("body")
            assert "Erreur interne" not in body and "Traceback" not in body, name
            assert page.locator("[data-testid='stException']").count() == 0, name
            assert not page.evaluate(LINKS_OUTSIDE_JS), name  # no image or link to outside
            if name == "pacte":
                # the title, shown verbatim (zero-width spaces stop Markdown's auto-links)
                assert f"{IMAGE} {TAG}" in body.replace("\u200b", "")
        assert not outside, outside
