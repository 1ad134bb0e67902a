# Terveysaula: `make run` runs the whole service, `make test` proves it. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOME_DIR ?= ./data

.PHONY: run test lint types pytest bench clean-data help

help:
	@echo "make run    - run the whole service (homeserver, appservice, bots, portal) from $(HOME_DIR)"
	@echo "make test   - lint (ruff), types (mypy) and tests (pytest) against a real homeserver"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/terveysaula up --home $(HOME_DIR)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: lint types pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean-data:
	rm -rf $(HOME_DIR)
