"""Page « Simulation » : Monte Carlo sur le mandat, cartes-titres, éventails, hypothèses."""

import streamlit as st

from dashboard import data, session

v, t, scen, pact = session.current()
st.title("Simulation du mandat")
data.Module("engine.sim", "simulation (pacte simuler)").notice()
data.Module("engine.costs", "coûts (pacte couts)").notice()
