"""Per-run seeds: each run's random streams depend only on (seed, run index).

So a Monte Carlo gives the same results bit for bit whatever the number of workers, the
chunking or the order in which runs finish.
"""

from __future__ import annotations

import hashlib


def run_seed(seed: int, run_index: int) -> int:
    """A 64-bit seed derived from the user's seed and the run's index (BLAKE2b, stable
    across processes and Python versions, unlike ``hash``)."""
    digest = hashlib.blake2b(f"pacte:{seed}:{run_index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")
