"""The screenshots of docs/dashboard.md: the first screen of each page of the dashboard on
the bundled pact, in Debian's Chromium (as the browser tests), saved to docs/img/ as PNG
files of at most 200 kB (1200 pixels wide, 256 colours through Pillow).

Run from the repository's root: ``python tests/docs_screenshots.py`` (a minute or two).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_browser_e2e import PAGES, _wait_idle, browser_page, served_app  # noqa: E402

OUT = HERE.parent / "docs" / "img"
WIDTH, HEIGHT = 1200, 900
MAX_BYTES = 200_000


def small_png(shot: bytes) -> bytes:
    """The screenshot in 256 colours (text stays sharp, the file shrinks five- to tenfold)."""
    from PIL import Image

    image = Image.open(io.BytesIO(shot)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(out, "PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with served_app(log_name="streamlit-docs.log") as base, \
            browser_page(width=WIDTH, height=HEIGHT) as page:
        for name in PAGES:
            page.goto(f"{base}/{'' if name == 'pacte' else name}")
            _wait_idle(page)
            page.wait_for_timeout(1500)  # charts drawn
            data = small_png(page.screenshot())
            if len(data) > MAX_BYTES:
                raise SystemExit(f"{name}.png : {len(data)} octets, plus de {MAX_BYTES}")
            (OUT / f"{name}.png").write_bytes(data)
            print(f"docs/img/{name}.png : {len(data) // 1000} ko")


if __name__ == "__main__":
    main()
