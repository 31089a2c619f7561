"""Page « calendrier » (en construction)."""

import streamlit as st

st.title("calendrier")
