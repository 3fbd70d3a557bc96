"""notebooks/tour.ipynb runs from top to bottom, offline, and shows what it says it shows."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT

TOUR = ROOT / "notebooks" / "tour.ipynb"


def test_the_tour_runs(tmp_path: Path) -> None:
    nb = nbformat.read(TOUR, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", out
            # Nothing on stderr: IPython's "Consider using IPython.display.IFrame instead"
            # warning printed under the drawing, in red, for the tour's own iframe.
            assert out.get("name") != "stderr", out
            text.append(out.get("text", ""))
            text.extend(str(v) for v in out.get("data", {}).values())
    everything = "\n".join(text)
    assert "Most connected topics:" in everything
    assert "<table>" in everything and "meeting" in everything
    assert "vis.Network" in everything  # vis-network inlined, not fetched:
    assert "cdnjs" not in everything and "jsdelivr" not in everything
    assert "co-attendance:" in everything
    assert "Modern Slavery" in everything  # the trace
    # ... showing overdue follow-ups as kg trace does (they printed as "Open"), each
    # passage of the minutes on its own line (a resolution's "that:\na)" broke it).
    assert "follow-up (Overdue):" in everything
    assert not re.search(r"resolved: [^\n]*\n[a-z]\)", everything)
    assert re.search(r"\d+ open follow-ups", everything)
