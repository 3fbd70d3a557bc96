# Each target sets up what it needs: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
# Root installs Debian packages itself; anyone else through sudo (without a prompt).
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo -n)

.PHONY: demo test lint bench docs screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## ingest the bundled sample minutes and show what the graph knows
	$(BIN)/kg demo

# The browser tests drive Debian's chromium through Playwright, which never downloads a browser.
$(CHROMIUM):
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium

test: $(STAMP) $(CHROMIUM)  ## the test suite (browser tests included), and the linter
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/pytest -n auto --maxprocesses=4 --dist worksteal --durations=15

bench: $(STAMP)  ## print extraction and ingest speed, and the time long lines take by length
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/long_lines.py

docs: $(STAMP)  ## regenerate docs/ontology.md from the ontology
	$(BIN)/python -m kg.ontology_docs -o docs/ontology.md

screenshots: $(STAMP) $(CHROMIUM)  ## docs/explorer.png and docs/trace.png, taken in headless chromium
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) kg-store .pytest_cache .ruff_cache
