"""The ``kg`` command's entry point (and ``python -m kg``).

Importing the command takes a moment (rdflib, pyoxigraph, typer, rich): a Ctrl-C pressed
right after Enter lands in those imports, where no command can catch it, and Python would
print a traceback of its import machinery. Here it ends the command as Ctrl-C ends any
other: status 130, nothing said, since nothing had started. So does an error a library made
of a Ctrl-C (:mod:`kg.interrupts`) that no command's own handling took.
"""

from __future__ import annotations

import sys

from kg import interrupts


def run() -> None:
    interrupts.install()  # before the heavy imports, where a library may wrap a Ctrl-C
    try:
        with interrupts.as_interrupt():
            from kg.cli import main
    except KeyboardInterrupt:
        sys.exit(130)
    try:  # Ctrl-C while typer builds the command, before main's own handling is reached
        with interrupts.as_interrupt():  # and an error a library made of one, uncaught
            main()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    run()
