"""One module per CLI command. Each defines ``ORDER`` (int) and ``register(app)``.

Commands import heavy libraries inside their bodies so that ``pacte --help`` stays fast.
"""
