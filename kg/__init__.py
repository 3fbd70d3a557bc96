"""committee-kg: council committee minutes as a knowledge graph you can question."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``kg.__version__``, looked up when first asked for: importlib.metadata takes a
    moment to import, and every ``kg`` command imports this package first (a Ctrl-C
    pressed in that moment would be a traceback, before ``kg.__main__`` can catch it)."""
    if name != "__version__":
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("committee-kg")
    except PackageNotFoundError:  # running from a checkout without installing
        found = "0.0.0"
    globals()["__version__"] = found
    return found
