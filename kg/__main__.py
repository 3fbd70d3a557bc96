"""The ``kg`` command's entry point (and ``python -m kg``).

Importing the command takes a moment (rdflib, pyoxigraph, typer, rich): a Ctrl-C pressed
right after Enter lands in those imports, where no command can catch it, and Python would
print a traceback of its import machinery. Here it ends the command as Ctrl-C ends any
other: status 130, nothing said, since nothing had started.
"""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from kg.cli import main
    except KeyboardInterrupt:
        sys.exit(130)
    try:  # Ctrl-C while typer builds the command, before main's own handling is reached
        main()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    run()
