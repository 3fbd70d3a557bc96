"""Ctrl-C that a library turned into an error of its own.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT
arrives. When that is inside a library's own error handling, the library may catch it and
raise something else: pydantic-core, building spaCy's schemas while spaCy imports, reports a
Ctrl-C there as a ``SchemaError`` "caused" by it, and ``kg ingest`` pressed and stopped at
once printed that traceback. Such an error says nothing of the input, so it cannot be told
from the Ctrl-C by its type or words; what tells it is that a SIGINT came while it was
being raised. :func:`install` counts them (still raising ``KeyboardInterrupt``, as Python's
own handler does) and :func:`as_interrupt` turns an error raised after one into the Ctrl-C
it was. Only the standard library is imported here: the entry point installs the handler
before anything heavy loads.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

_received = 0  # SIGINTs since the process began, counted by _count


def _count(signum: int, frame: FrameType | None) -> None:
    global _received
    _received += 1
    signal.default_int_handler(signum, frame)


def install() -> None:
    """Count SIGINTs from now on. A process started with SIGINT ignored (a shell's background
    job) or with a handler of its own keeps it; only Python's default is replaced."""
    if (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
        signal.signal(signal.SIGINT, _count)


@contextlib.contextmanager
def as_interrupt() -> Iterator[None]:
    """Run the block; an error it raises while or after a SIGINT came (since the block began)
    is raised as the ``KeyboardInterrupt`` it stands for, caught where Ctrl-C is. Errors with
    no SIGINT behind them go on unchanged, as do ``SystemExit`` and the like."""
    before = _received
    try:
        yield
    except Exception as e:
        if _received != before:
            raise KeyboardInterrupt from e
        raise
