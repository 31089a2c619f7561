"""The Streamlit dashboard (French). It calls ``engine`` only: no rule is re-implemented here."""
