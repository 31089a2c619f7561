"""Pacte — tableau de bord. Start with ``streamlit run dashboard/app.py`` or
``pacte tableau-de-bord``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so that this checkout's engine is the one imported
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data, safe, session  # noqa: E402
from dashboard.state import ERRORS_KEY, Variant, query_string  # noqa: E402

# The tab's icon is a file of this folder: a « :material/…: » icon would make every browser
# fetch it from fonts.gstatic.com (Streamlit's favicon code), and nothing is fetched outside.
st.set_page_config(page_title="Pacte — tableau de bord", page_icon=str(ROOT / "dashboard" / "icone.svg"),
                   layout="wide", initial_sidebar_state="expanded")

HERE = Path(__file__).resolve().parent / "vues"
PAGES = [
    st.Page(HERE / "pacte.py", title="Pacte", icon=":material/description:", url_path="pacte", default=True),
    st.Page(HERE / "composer.py", title="Composer", icon=":material/edit_note:",
            url_path="composer"),
    st.Page(HERE / "legalite.py", title="Légalité", icon=":material/gavel:", url_path="legalite"),
    st.Page(HERE / "calendrier.py", title="Calendrier", icon=":material/calendar_month:", url_path="calendrier"),
    st.Page(HERE / "simulation.py", title="Simulation", icon=":material/casino:", url_path="simulation"),
    st.Page(HERE / "pouvoirs.py", title="Pouvoirs", icon=":material/hub:", url_path="pouvoirs"),
    st.Page(HERE / "comparer.py", title="Comparer", icon=":material/compare_arrows:", url_path="comparer"),
    st.Page(HERE / "rapport.py", title="Rapport", icon=":material/print:", url_path="rapport"),
]


def sidebar() -> None:
    """The bundled pact and commune pickers, and the variant in a sentence and a link."""
    with st.sidebar:
        session.pickers()
        v = session.variant()
        st.markdown("### Variante en cours")
        titles, communes = data.bundled_names()
        name = safe.md(v.upload_name or titles.get(v.pact, v.pact))
        commune = safe.md(communes.get(v.scenario, v.scenario))
        st.markdown(f"Pacte : **{name}**  \nCommune : **{commune}** (scénario "
                    f"{safe.md(v.scenario)})  \nModifications : **{len(v.overrides)}**")
        _commune_note(v)
        st.caption("L'adresse de la page contient la variante : copiez-la pour la partager.")
        st.code("?" + query_string(v), language=None, wrap_lines=True)
        for text in st.session_state.get(ERRORS_KEY, []):
            st.warning(safe.md(text))


def _commune_note(v: Variant) -> None:
    """Say it when the scenario's commune is not the pact's (« et si ce pacte était appliqué
    à Grenoble ? »), as every output of the command line does."""
    from engine.core.errors import InputError
    from engine.io.context import commune_note

    result = data.try_context(session.texts(v), v.overrides)
    note = None if isinstance(result, InputError) else commune_note(*result)
    if note:
        st.warning(safe.md(note))


nav = st.navigation(PAGES)
safe.run_page(session.restore_from_url)
safe.run_page(sidebar)
safe.show_callback_error()
safe.run_page(nav.run)
safe.run_page(session.write_url)
