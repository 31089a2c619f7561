"""Layer 7 — the ``pacte`` command line: parsing, French usage messages and machine output."""
