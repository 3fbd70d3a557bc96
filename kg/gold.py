"""Gold annotation files read and checked, without the extractor.

Apart from :mod:`kg.evaluate` (which imports the extractor and spaCy, two seconds and more)
so that ``kg evaluate`` says a mistyped folder or a broken gold file at once, before the
extractor loads, not after (it said "not a folder of gold files" only once spaCy was up).
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.resources import os_reason, where_not_utf8


class GoldError(ValueError):
    """A gold file that cannot be used; the message is one line."""


def load_gold(gold_dir: Path) -> list[tuple[Path, dict]]:
    """Every gold file of ``gold_dir`` (``*.json``), read and checked to be one: a JSON object
    naming its ``source``. Any that is not is a :class:`GoldError`, before a page is read."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: not a folder of gold files")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json) here")
    out = []
    for f in files:
        try:
            # utf-8-sig: a gold file saved by Windows Notepad starts with a byte-order
            # mark, which json refuses ("Unexpected UTF-8 BOM"); the aliases table reads so.
            data = json.loads(f.read_text(encoding="utf-8-sig"))
        except OSError as e:
            raise GoldError(f"{f}: cannot read: {os_reason(e)}") from None
        except UnicodeDecodeError as e:  # a binary file saved under a .json name
            raise GoldError(f"{f}: not readable JSON: {where_not_utf8(e)}") from None
        except json.JSONDecodeError as e:
            raise GoldError(f"{f}: not readable JSON ({e})") from None
        if not isinstance(data, dict):  # a list or a number: `"source" in` it is no test
            what = {list: "a list", str: "a string", bool: "true or false",
                    type(None): "null"}.get(type(data), "a number")
            raise GoldError(f"{f}: not a gold file: it holds {what}, not a JSON object with "
                            "\"source\" and the facts found")
        if "source" not in data:
            raise GoldError(f"{f}: no \"source\" (the document's path, relative to the file)")
        out.append((f, data))
    return out
