"""Layer 0 — what every other layer may use: dates and month arithmetic, French input
errors, the French number formatter and the repository's paths. Imports nothing of Pacte."""
