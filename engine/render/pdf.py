"""Printing an HTML page to PDF with the installed Chromium (no download, no network).

Page numbers come from the page itself: Chromium ≥ 131 draws CSS page-margin boxes
(``@page { @bottom-center { content: counter(page) } }``), so the browser's own header and
footer (URL, date) are switched off with ``--no-pdf-header-footer``.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def _headless(chromium: str, profile: str) -> list[str]:
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}"]


def _run(cmd: list[str], out: Path) -> bytes | None:
    try:
        subprocess.run(cmd, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.read_bytes() if out.exists() and out.stat().st_size > 0 else None


def pdf_from_html(html: str, chromium: str = CHROMIUM) -> bytes | None:
    """The page printed to PDF (A4 unless the page's CSS says otherwise); None when Chromium
    is absent or fails."""
    if not Path(chromium).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "document.html", Path(tmp) / "document.pdf"
        src.write_text(html, encoding="utf-8")
        cmd = [*_headless(chromium, f"{tmp}/profil"), "--no-pdf-header-footer",
               f"--print-to-pdf={out}", src.as_uri()]
        return _run(cmd, out)


def png_from_html(html: str, width: int = 900, height: int = 1270,
                  chromium: str = CHROMIUM) -> bytes | None:
    """A screenshot of the top of the page (for a person to look at); None without Chromium."""
    if not Path(chromium).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "document.html", Path(tmp) / "document.png"
        src.write_text(html, encoding="utf-8")
        cmd = [*_headless(chromium, f"{tmp}/profil"), "--hide-scrollbars",
               f"--window-size={width},{height}", f"--screenshot={out}", src.as_uri()]
        return _run(cmd, out)
