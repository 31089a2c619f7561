"""Page « rapport » (en construction)."""

import streamlit as st

st.title("rapport")
