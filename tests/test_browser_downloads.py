"""In a real browser (Debian's Chromium, as tests/test_browser_e2e.py): every page of the
dashboard is opened on a shared link, every « Préparer… » button is pressed, every download
button is clicked, and each file received is opened as its reader would open it (a YAML
pact loaded by the engine, a CSV parsed, a PDF's pages counted, a DOCX read by python-docx,
a spreadsheet by openpyxl). Files and screenshots go to tests/artifacts/downloads/.

Skipped when /usr/bin/chromium is missing, except in CI (env var CI set) where it fails.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator

import pytest
from test_browser_e2e import (
    ARTIFACTS,
    PAGES,
    _no_exception,
    _require_chromium,
    _wait_idle,
    browser_page,
    served_app,
    server_log_tail,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OUT = ARTIFACTS / "downloads"
EDIT = "votation_propositionnelle.seuil_pct=2"
QUERY = "?set=votation_propositionnelle.seuil_pct%3D2"
#: The measure ticked on « Composer » so that the composed pact can be downloaded.
COMPOSED = "votation"
#: What each page offers (by file type); a page not listed offers nothing to download.
EXPECTED: dict[str, list[str]] = {
    "pacte": [".yaml"],
    "composer": [".yaml"],
    "legalite": [".md"],
    "calendrier": [".csv"],
    "rapport": [".html", ".pdf", ".pdf", ".docx", ".pdf", ".docx", ".pdf", ".docx", ".xlsx"],
}
FRENCH_WORDS = re.compile(r"(?i)\b(le|la|les|des|du|et|une?|pour|dans)\b")
#: A cell a spreadsheet would read as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """One Streamlit server for the module's tests, always stopped at the end."""
    _require_chromium()
    with served_app() as base:
        yield base


def _french(text: str) -> None:
    assert len(FRENCH_WORDS.findall(text)) >= 5, text[:500]
    assert re.search("[éèàçêù]", text), text[:500]


def _open_yaml(data: bytes, name: str) -> str:
    from engine.io.variant import load_pact_text

    pact = load_pact_text(data.decode("utf-8"), name)
    assert pact.clauses(), name
    return f"pacte « {pact.info.id} », {len(pact.clauses())} clauses"


def _open_csv(data: bytes, name: str) -> str:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert len(rows) >= 2, name
    bad = [cell for row in rows for cell in row if cell.startswith(FORMULA_START)]
    assert not bad, bad[:5]
    return f"{len(rows) - 1} lignes"


def _open_json(data: bytes, name: str) -> str:
    value = json.loads(data.decode("utf-8"))
    assert value, name
    return f"JSON {type(value).__name__}"


def _open_text(data: bytes, name: str) -> str:
    text = data.decode("utf-8")
    _french(text)
    return f"{len(text)} caractères"


def _open_html(data: bytes, name: str) -> str:
    text = data.decode("utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>"), name
    _french(re.sub(r"<[^>]+>", " ", text))
    return f"{len(text)} caractères"


def _open_pdf(data: bytes, name: str) -> str:
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    assert pages >= 1, name
    if counts:
        assert max(counts) == pages, (counts, pages)
    return f"{pages} page{'s' if pages > 1 else ''}"


def _open_docx(data: bytes, name: str) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    headings = [p for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert paragraphs and headings, name
    _french("\n".join(paragraphs))
    return f"{len(paragraphs)} paragraphes, {len(headings)} titres"


def _open_xlsx(data: bytes, name: str) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    formulas = [v for v in cells if isinstance(v, str) and v.startswith("=")]
    assert cells and formulas, name
    return f"{len(book.worksheets)} feuilles, {len(formulas)} formules"


OPENERS: dict[str, Callable[[bytes, str], str]] = {
    ".yaml": _open_yaml, ".yml": _open_yaml, ".csv": _open_csv, ".json": _open_json,
    ".md": _open_text, ".txt": _open_text, ".html": _open_html, ".pdf": _open_pdf,
    ".docx": _open_docx, ".xlsx": _open_xlsx,
}


def _prepare_everything(page) -> None:  # noqa: ANN001
    """Press each « Préparer… » button once (each press reruns the page, so the buttons are
    looked up again after every press)."""
    main = page.get_by_test_id("stMain")
    pressed: set[str] = set()
    while True:
        labels = [b.inner_text().strip() for b in main.get_by_test_id("stButton").all()]
        todo = [label for label in labels if label.startswith("Préparer") and label not in pressed]
        if not todo:
            return
        pressed.add(todo[0])
        button = main.get_by_test_id("stButton").filter(has_text=todo[0]).first
        button.get_by_role("button").click()
        _wait_idle(page)
        _no_exception(page)


def _compose(page) -> None:  # noqa: ANN001
    """On « Composer », tick one measure: the composed pact is then offered."""
    from engine.io.template import measures

    title = next(m.title for m in measures() if m.id == COMPOSED)
    box = page.get_by_test_id("stMain").get_by_test_id("stCheckbox").filter(has_text=title)
    box.first.locator("label").click()
    _wait_idle(page)


BROWSER_LOG: list[str] = []  # the browser's console, printed when a download fails


def _download(page, button, label: str):  # noqa: ANN001, ANN202
    """The file a click on ``button`` gives. A click that brings nothing in 45 s is tried once
    more after the page is idle again (a click that lands between two reruns of the page asks
    for a file of the previous run, which Streamlit no longer holds); on a second failure, a
    screenshot, the page's text and the server's log."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt, timeout in enumerate((45_000, 120_000)):
        try:
            with page.expect_download(timeout=timeout) as info:
                button.get_by_role("button").click()
            return info.value
        except PlaywrightTimeout:
            page.screenshot(path=str(OUT / f"echec-{label}-{attempt + 1}.png"), full_page=True)
            _wait_idle(page)
    pytest.fail(f"aucun fichier reçu pour {label} après deux clics :\n"
                + page.inner_text("body")[-2000:] + "\n--- journal du serveur ---\n"
                + server_log_tail() + "\n--- console du navigateur ---\n"
                + "\n".join(BROWSER_LOG[-40:]))


def _download_all(page, name: str) -> list[tuple[str, str]]:  # noqa: ANN001
    """Click every download button of the page, in each of its tabs, keep and open each
    file (a button seen from two tabs is counted once, by its file name)."""
    main = page.get_by_test_id("stMain")
    tabs = main.get_by_role("tab")
    received: dict[str, tuple[str, str]] = {}
    for t in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(t).click()
            _wait_idle(page)
        buttons = main.get_by_test_id("stDownloadButton").filter(visible=True)
        for i in range(buttons.count()):
            download = _download(page, buttons.nth(i), f"{name}-{i + 1}")
            assert download.failure() is None, download.failure()
            _wait_idle(page)
            _no_exception(page)
            if download.suggested_filename in received:
                continue
            target = OUT / f"{name}-{len(received) + 1}-{download.suggested_filename}"
            download.save_as(target)
            suffix = target.suffix.lower()
            assert suffix in OPENERS, f"type de fichier inattendu : {target.name}"
            received[download.suggested_filename] = (
                suffix, OPENERS[suffix](target.read_bytes(), target.name))
    return list(received.values())


def _fresh_output() -> None:
    """Empty tests/artifacts/downloads/ (what it holds is this run's, never an older one's)."""
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()


def test_every_download_of_every_page_opens(server: str) -> None:
    _fresh_output()
    report: list[str] = []
    with browser_page(height=2200) as page:
        page.on("console", lambda m: BROWSER_LOG.append(f"[{m.type}] {m.text}"))
        page.on("pageerror", lambda e: BROWSER_LOG.append(f"[pageerror] {e}"))
        for name in PAGES:
            page.goto(f"{server}/{'' if name == 'pacte' else name}{QUERY}")
            _wait_idle(page)
            _no_exception(page)
            if name == "composer":
                _compose(page)
            _prepare_everything(page)
            received = _download_all(page, name)
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            assert sorted(s for s, _ in received) == sorted(EXPECTED.get(name, [])), (name, received)
            report += [f"{name} {suffix} : {what}" for suffix, what in received]
    (OUT / "bilan.txt").write_text("\n".join(report) + "\n", encoding="utf-8")


def test_downloads_follow_the_variant_of_the_link(server: str) -> None:
    """The pact and the pact to sign downloaded from a shared link carry the link's edit."""
    import docx

    from engine.io.variant import load_pact_text

    OUT.mkdir(parents=True, exist_ok=True)
    with browser_page() as page:
        page.goto(f"{server}/{QUERY}")
        _wait_idle(page)
        page.get_by_role("tab", name="Importer / télécharger").click()
        _wait_idle(page)
        button = page.get_by_test_id("stMain").get_by_test_id("stDownloadButton").first
        download = _download(page, button, "variante")
        target = OUT / f"variante-{download.suggested_filename}"
        download.save_as(target)
        page.goto(f"{server}/rapport{QUERY}")
        _wait_idle(page)
        main = page.get_by_test_id("stMain")
        main.get_by_role("button", name="Préparer « Pacte à signer » (DOCX)").click()
        _wait_idle(page)
        _no_exception(page)
        button = main.get_by_test_id("stDownloadButton").filter(has_text="Pacte à signer")
        signed = _download(page, button.first, "variante-pacte")
        words = OUT / f"variante-{signed.suggested_filename}"
        signed.save_as(words)
    pact = load_pact_text(target.read_text(encoding="utf-8"), target.name)
    assert pact.petition is not None and pact.petition.threshold_pct.at() == 2, EDIT
    text = "\n".join(p.text for p in docx.Document(str(words)).paragraphs)
    assert "2 % des électeurs inscrits" in text and "3 % des électeurs" not in text, EDIT
