"""Layer 5 — the one bilan: the documents ``pacte bilan`` and the dashboard both read,
assembled from the verifier, powers, simulation and sortition layers."""
