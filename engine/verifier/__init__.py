"""Layer 4 — judgments, never arithmetic: the legal check of every clause against the
CGCT (:mod:`engine.verifier.legal`) and the consistency of the pact with its commune
(:mod:`engine.verifier.consistency`). Every quantity comes from :mod:`engine.procedures`."""
