"""Gold pages read by the extractor as ``kg evaluate`` reads them, for the benchmarks that
score another reader beside the rules (``benchmarks/orgner/combos.py``,
``benchmarks/followup_classifier.py``): one place, so both start from the rules' own figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.evaluate import extract_page, load_gold
from kg.records import Minutes


def extract_gold(gold_dir: Path, keep: Callable[[Path], bool] | None = None,
                 ) -> list[tuple[Path, dict[str, Any], str, Minutes]]:
    """Each gold page of ``gold_dir`` (those ``keep`` takes): its path, its gold, its source
    text and what the extractor found there; a page the extractor refuses as no minutes finds
    nothing, as ``kg evaluate`` scores it. The prose is left unread: the caller reads all the
    pages' prose at once (as ``kg evaluate`` does), and may watch it being read."""
    docs = []
    for path, data in load_gold(gold_dir):
        if keep is not None and not keep(path):
            continue
        text, minutes, _ = extract_page(path, data)
        docs.append((path, data, text, minutes))
    return docs
