"""Tables that show every word: ``st.table`` wraps long cells (no « … » as in a data grid),
but reads each cell as Markdown — so every cell and label goes through :func:`safe.md`
first, and a pact's text can never become a link or an image."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.safe import md


def show(rows: list[dict[str, object]], index: str | None = None) -> None:
    """``rows`` as a static table, ``index`` (a column) as its row labels."""
    frame = pd.DataFrame([{md(k): md(v) for k, v in r.items()} for r in rows])
    if index is not None and not frame.empty:
        frame = frame.set_index(md(index))
    st.table(frame)
