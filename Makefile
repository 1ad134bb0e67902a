# Terveysaula: `make run` runs the whole service, `make test` proves it. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOME_DIR ?= ./data

.PHONY: run test lint types pytest bench clean-data help browser

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

# Debian's chromium for the browser tests (tests/browser), installed with apt-get when we are
# root; otherwise those tests skip, saying /usr/bin/chromium is missing. Playwright never
# downloads a browser.
CHROMIUM := /usr/bin/chromium
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "$(CHROMIUM) is missing and we are not root: the browser tests will skip"; \
	fi

pytest: $(STAMP) browser
	$(BIN)/pytest

test: lint types pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean-data:
	rm -rf $(HOME_DIR)
