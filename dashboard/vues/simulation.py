"""Page « simulation » (en construction)."""

import streamlit as st

st.title("simulation")
