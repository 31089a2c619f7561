"""Machine output that nothing can corrupt: the document owns standard output, alone.

Native libraries write on file descriptor 1 behind Python's back: highspy 1.16 prints
« Running HiGHS 1.16.0 … Copyright » from C code when a solver is created, before any
option can silence it, and ``contextlib.redirect_stdout`` cannot catch that. A JSON
document, a draw record or a pickle sent to a parent process that shares fd 1 with such a
library is then corrupted.

So the process keeps a private duplicate of the original fd 1 for the document, and points
fd 1 itself at standard error while any command runs: whatever a library prints, from
Python or from C, lands on stderr; only what the command writes through ``sys.stdout``
reaches the original standard output. Around a third-party call that may print from
Python too, :func:`third_party_quiet` also sends ``sys.stdout`` to stderr.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from engine.core.stdout_guard import third_party_fd_guard


@contextlib.contextmanager
def document_stdout() -> Iterator[TextIO]:
    """Run a block with fd 1 pointed at stderr and ``sys.stdout`` writing to the original
    standard output (a duplicate of fd 1). Restores both on exit."""
    sys.stdout.flush()
    sys.stderr.flush()
    original = sys.stdout
    try:
        on_fd_1 = original.fileno() == 1
    except (AttributeError, OSError, ValueError):  # a caller's StringIO (tests, BDD runner)
        on_fd_1 = False
    if not on_fd_1:  # the document goes to the caller's stream; fd 1 is still protected
        with third_party_fd_guard():
            yield original
        return
    doc_fd = os.dup(1)
    encoding = getattr(original, "encoding", None) or "utf-8"
    errors = getattr(original, "errors", None) or "strict"
    tty = os.isatty(doc_fd)
    doc = io.TextIOWrapper(io.BufferedWriter(io.FileIO(doc_fd, "w", closefd=False)),
                           encoding=encoding, errors=errors, line_buffering=tty)
    os.dup2(2, 1)
    sys.stdout = doc
    try:
        yield doc
    finally:
        with contextlib.suppress(OSError, ValueError):
            doc.flush()
        sys.stdout = original
        os.dup2(doc_fd, 1)
        os.close(doc_fd)
        with contextlib.suppress(OSError, ValueError):
            doc.close()
