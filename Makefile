# The two commands of the README: `make demo` and `make test`.
# Both build .venv from scratch on a fresh machine; nothing is installed by hand.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= sqlite:///claimgraph.db

# Debian packages: to build PyICU (a dependency of followthemoney), and for the tests a
# PostgreSQL server to start and chromium to drive.
BUILD_PACKAGES := libicu-dev pkg-config g++
SYSTEM_PACKAGES := postgresql chromium fonts-dejavu-core

.PHONY: install system-deps demo test test-fast lint format eval quality clean

$(STAMP): pyproject.toml constraints.txt
	sh scripts/apt-install.sh $(BUILD_PACKAGES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	sh scripts/apt-install.sh $(SYSTEM_PACKAGES)

demo: install
	CLAIMGRAPH_DB=$(DB) $(BIN)/claimgraph ingest examples/corpus

test: install system-deps
	CLAIMGRAPH_TEST_PG=required $(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check src tests scripts benchmarks examples/tools
	$(BIN)/ruff format --check src tests scripts benchmarks examples/tools
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests scripts benchmarks examples/tools
	$(BIN)/ruff check --fix src tests scripts benchmarks examples/tools

eval: install
	$(BIN)/claimgraph eval --split test

quality: install
	$(BIN)/python scripts/quality.py

clean:
	rm -rf $(VENV) claimgraph.db claimgraph.db-wal claimgraph.db-shm .pytest_cache .mypy_cache .ruff_cache
