# Set-up and everyday commands. `make help` lists them.
SHELL := /bin/bash
PYTHON_BIN ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The demo site and the admin's links answer where `make run` serves.
WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
export WAGTAILADMIN_BASE_URL

.DEFAULT_GOAL := help
.PHONY: help install install-dev run demo test check lint format messages check-messages bench weight clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-15s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Create .venv and install the runtime requirements

install-dev: $(VENV)/.installed-dev ## Install the development and test requirements too

demo: install ## Migrate and build the demo site in every language (safe to repeat)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_data

run: demo ## Build the demo site and serve it at http://127.0.0.1:8000
	@echo "Serving http://$(HOST):$(PORT)/ (Ctrl+C stops)"
	$(MANAGE) runserver $(HOST):$(PORT)

check: install-dev ## Django checks, missing migrations and UI catalogues
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check_catalogues

lint: install-dev ## ruff: lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev ## ruff: fix what can be fixed and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: check lint ## The whole suite (browser tests too where /usr/bin/chromium exists)
	@set +e; $(VENV)/bin/pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests"; status=0; fi; exit $$status

messages: install-dev ## Update locale/*.po from the code and compile .mo files
	$(MANAGE) makemessages $(foreach lang,$(shell $(PY) -c "import os;print(' '.join(c for c in os.environ.get('SITE_LANGUAGES','en,ru,be,uk').split(',')[1:]))"),-l $(lang)) \
		--no-obsolete --ignore '.venv/*' --ignore 'static/*' --ignore 'media/*' --ignore 'tests/*' --ignore 'bench/*'
	$(MANAGE) compile_catalogues

check-messages: install-dev ## Fail when a UI catalogue is incomplete or stale
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check_catalogues

bench: install-dev ## Measure the site under the entrypoint's gunicorn, cached and not, and flood it (BENCH_QUICK=1: a few minutes)
	@command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
	$(PY) bench/run.py $(if $(filter 1,$(BENCH_QUICK)),--quick) $(BENCH_ARGS)

weight: install-dev ## Print the compressed size of the main pages against the 60 KB budget
	$(PY) bench/weight.py

clean: ## Remove the virtualenv, database and collected files
	rm -rf $(VENV) db.sqlite3 static media
