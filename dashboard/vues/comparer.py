"""Page « comparer » (en construction)."""

import streamlit as st

st.title("comparer")
