"""Files the commands write (``kg export -o``, ``kg trace -o``, ``kg explore -o``): written
whole or not at all.

Opening the named file for writing empties it at once, so an export that failed half way
(a full disk, a store that could not be read, Ctrl-C) used to leave an empty or half-written
file where a good one had been. Here the text goes to a temporary file beside the target,
which is renamed over it only once everything is written: until then the old file is
untouched, and afterwards it is the new one, never something between. The temporary file is
opened before any work starts, so an output that cannot be written (no such folder, no
permission, a folder named as the file) is known at once, not after building the output.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new contents into, put in its place when the block
    ends without an exception and thrown away when it raises.

    Raises OSError (with ``strerror`` set) when ``path`` cannot be written, before the block
    runs. A path that is not a regular file (``/dev/stdout``, a named pipe) is written
    directly, as there is nothing to replace; a symbolic link keeps pointing where it did,
    at the file replaced. A file that already existed keeps its permissions; a new one gets
    the ones ``open()`` would have given it."""
    try:
        mode = os.stat(path).st_mode  # through symbolic links: /dev/stdout is a pipe's
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "wb") as f:
            yield f
        return
    target = Path(os.path.realpath(path))
    if mode is not None and not os.access(target, os.W_OK):
        # Renaming over a read-only file would succeed where open() refuses: keep the refusal.
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                     suffix=".part")
    try:
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text(path: Path, text: str) -> None:
    """``path.write_text(text, encoding="utf-8")``, whole or not at all (:func:`replacing`)."""
    with replacing(path) as f:
        f.write(text.encode("utf-8"))
