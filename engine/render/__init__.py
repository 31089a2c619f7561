"""Layer 6 — presentation only: text, markdown and tables from the report's documents.
No rule is computed here."""
