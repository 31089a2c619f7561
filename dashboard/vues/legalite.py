"""Page « legalite » (en construction)."""

import streamlit as st

st.title("legalite")
