"""``python -m engine``: the ``pacte`` command line (part of the cli layer)."""

from engine.cli.main import main

main()
