# Each target sets up what it needs: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench docs screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## ingest the bundled sample minutes and show what the graph knows
	$(BIN)/kg demo

test: $(STAMP)  ## the test suite, and the linter
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/pytest

bench: $(STAMP)  ## print extraction and ingest speed
	$(BIN)/python benchmarks/ingest.py

docs: $(STAMP)  ## regenerate docs/ontology.md from the ontology
	$(BIN)/python -m kg.ontology_docs -o docs/ontology.md

screenshots: $(STAMP)  ## docs/explorer.png and docs/trace.png, taken in headless chromium
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) kg-store .pytest_cache .ruff_cache
