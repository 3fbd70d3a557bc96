"""committee-kg: council committee minutes as a knowledge graph you can question."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("committee-kg")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.0.0"
