"""Layer 2 — from files to models: the safe file reader, the bounded YAML loader, the
French validation messages, ``--set`` overrides and variants, the law and the behaviour
assumptions as validated models; and the safe writers (atomic output folders, neutralised
CSV). Imports only :mod:`engine.core` and :mod:`engine.model`."""
