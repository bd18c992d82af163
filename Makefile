# mautic-hooks-contract: the workflow, one target per step. `make` alone lists them.
# Every target installs what it needs itself (.venv from requirements.lock, node_modules from package-lock.json).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
NODEBIN := node_modules/.bin
SPEC    := openapi.yaml

.PHONY: help lint docs test contract clean

help: ## List the targets
	@echo "mautic-hooks-contract — make targets:"
	@grep -hE '^[a-z][a-zA-Z_-]*:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# --- set-up -----------------------------------------------------------------------------------------
$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

lock: ## Re-pin requirements.lock from pyproject.toml (after changing a dependency)
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --disable-pip-version-check '.[dev]'
	{ echo "# Full pinned set for the project's venv (pip -c). Regenerate: make lock"; \
	  build/lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^mautic-hooks-contract'; } > requirements.lock
	rm -rf build/lock-venv

venv: $(VENV)/.installed  ## Create .venv with the pinned Python tools
node: node_modules/.installed  ## Install the pinned Node tools (Redocly, Spectral, Prism)
.PHONY: venv node lock

# --- the contract -----------------------------------------------------------------------------------
lint: $(VENV)/.installed node_modules/.installed ## Validate and lint openapi.yaml (4 tools, zero warnings)
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODEBIN)/redocly lint $(SPEC) --max-problems 50
	$(NODEBIN)/spectral lint $(SPEC) --fail-severity=hint --quiet
	$(BIN)/python scripts/check_generator.py $(SPEC)

docs: node_modules/.installed ## Build the HTML reference into build/reference.html
	$(NODEBIN)/redocly build-docs $(SPEC) --inlineBundle --title "Mautic Webhooks API" --output build/reference.html
	@echo "Reference written to build/reference.html"

# --- tests --------------------------------------------------------------------------------------------
test: lint ## Lint, then run every test (pytest fails on zero collected tests)
	$(BIN)/python -m pytest

contract: ## Verify a Mautic instance against openapi.yaml (coming: issue 5)
	@echo "make contract is not built yet (tracked as an open issue)."; exit 2

clean: ## Remove build output, reports and caches (keeps .venv and node_modules)
	rm -rf build reports .pytest_cache .hypothesis .schemathesis
