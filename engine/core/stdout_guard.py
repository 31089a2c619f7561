"""Third-party libraries kept off standard output.

Native libraries write on file descriptor 1 behind Python's back (highspy 1.16 prints its
banner from C code when a solver is created), and ``contextlib.redirect_stdout`` cannot
catch that. Around such a call, fd 1 and ``sys.stdout`` both go to standard error; a child
process whose parent reads a document on its stdout writes it on a private duplicate.
The command line's own guard (:mod:`engine.cli.machine_output`) builds on the same idea.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import BinaryIO


@contextlib.contextmanager
def third_party_fd_guard() -> Iterator[None]:
    """fd 1 points at stderr for the block (native writes), then is restored."""
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os.dup2(saved, 1)
        os.close(saved)


@contextlib.contextmanager
def third_party_quiet() -> Iterator[None]:
    """Around a solver or library call: fd 1 and ``sys.stdout`` both go to stderr."""
    sys.stdout.flush()
    with third_party_fd_guard(), contextlib.redirect_stdout(sys.stderr):
        yield


@contextlib.contextmanager
def private_channel() -> Iterator[BinaryIO]:
    """For a child process whose parent reads a document (a pickle) on its stdout: the
    document goes to a duplicate of the original fd 1; fd 1 itself goes to stderr."""
    sys.stdout.flush()
    doc_fd = os.dup(1)
    os.dup2(2, 1)
    channel = open(doc_fd, "wb", closefd=True)  # noqa: SIM115 - closed below
    try:
        yield channel
    finally:
        with contextlib.suppress(OSError, ValueError):
            channel.flush()
            channel.close()
