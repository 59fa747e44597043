# The two commands the README leads with are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help setup system-tools services run test test-fast lint messages bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/activate: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(BIN)/activate

setup: $(BIN)/activate ## Create the virtual environment and install the pinned packages
	$(BIN)/python manage.py compile_translations

run: setup ## Set up, load the demo content on SQLite and serve http://127.0.0.1:8000/
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver $(HOST)

system-tools: ## Install Debian's Chromium and gettext, and the npm checkers (axe-core, Lighthouse)
	./scripts/install-system-tools.sh

test: setup system-tools ## Set up and run the whole test suite, browser tests included
	$(BIN)/python -m pytest

test-fast: setup ## Run the tests that need no browser
	$(BIN)/python -m pytest --ignore=tests/browser

services: ## Start PostgreSQL and Redis on loopback (prints the variables to export)
	./scripts/start-services.sh

# Starts PostgreSQL and Redis (scripts/start-services.sh) and installs wrk when missing.
# make bench BENCH_ARGS="--database postgres --sizes 15000,150000 --record"
bench: setup ## Measure pages, searches, sitemaps and the admin at 15,000 and 150,000 items (bench/RESULTS.md)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

lint: setup ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: setup ## Refresh the .po files from the code and templates
	$(BIN)/python manage.py makemessages --all --no-location --no-wrap --ignore=.venv --ignore=staticfiles --ignore=node_modules
	$(BIN)/python manage.py compile_translations
