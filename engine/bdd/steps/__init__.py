"""French step definitions, one module per procedure (loaded as pytest plugins)."""
