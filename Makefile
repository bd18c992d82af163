# mautic-hooks-contract: the workflow, one target per step. `make` alone lists them.
# Every target installs what it needs itself (.venv from requirements.lock, node_modules from package-lock.json).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
NODEBIN := node_modules/.bin
SPEC    := openapi.yaml

.PHONY: help lint docs generate test contract sweep sandbox mutation bench clean replay record record-suite diff redis-server

help: ## List the targets
	@echo "mautic-hooks-contract — make targets:"
	@grep -hE '^[a-z][a-zA-Z_-]*:.*?## ' $(MAKEFILE_LIST) | awk -F':.*?## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# --- set-up -----------------------------------------------------------------------------------------
# The generated client and the receiver kit (receiver/, built on the client's models) are installed editable too;
# the build's egg-info is removed from generated/, which must hold exactly what the generator writes.
$(VENV)/.installed: pyproject.toml requirements.lock generated/mautic-hooks-client/pyproject.toml receiver/pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]' \
	  -e ./generated/mautic-hooks-client -e './receiver[server,redis]'
	rm -rf generated/mautic-hooks-client/*.egg-info
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

lock: ## Re-pin requirements.lock from pyproject.toml (after changing a dependency)
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --disable-pip-version-check '.[dev]'
	{ echo "# Full pinned set for the project's venv (pip -c). Regenerate: make lock"; \
	  build/lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v '^mautic-hooks-contract\|^pip=='; } > requirements.lock
	rm -rf build/lock-venv

# The inbox's tests start their own redis-server (tests/receiver/redis_support.py): Debian's package provides it.
# Installed only when missing; as root directly, otherwise through sudo. A system service is never used.
redis-server: ## Install Debian's redis-server if it is missing (the inbox's tests start their own)
	@command -v redis-server >/dev/null || { \
	  echo "redis-server is missing: installing Debian's redis-server package"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends redis-server; }
	@redis-server --version

venv: $(VENV)/.installed  ## Create .venv with the pinned Python tools
node: node_modules/.installed  ## Install the pinned Node tools (Redocly, Spectral, Prism)
.PHONY: venv node lock

# --- the contract -----------------------------------------------------------------------------------
lint: $(VENV)/.installed node_modules/.installed ## Validate and lint openapi.yaml; check generated/ is fresh; ruff on the Python code
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODEBIN)/redocly lint $(SPEC) --max-problems 50
	$(NODEBIN)/spectral lint $(SPEC) --fail-severity=hint --quiet
	@# Generates the client into a temporary folder with --fail-on-warning and diffs it with generated/.
	$(BIN)/python scripts/generate_client.py check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

generate: $(VENV)/.installed ## Regenerate the Python client in generated/mautic-hooks-client/ from openapi.yaml
	$(BIN)/python scripts/generate_client.py generate

docs: node_modules/.installed ## Build the HTML reference into build/reference.html
	$(NODEBIN)/redocly build-docs $(SPEC) --inlineBundle --title "Mautic Webhooks API" --output build/reference.html
	@echo "Reference written to build/reference.html"

# --- tests --------------------------------------------------------------------------------------------
test: lint redis-server ## Lint, then run every test (pytest fails on zero collected tests)
	$(BIN)/python -m pytest

# --- the main job -----------------------------------------------------------------------------------
contract: $(VENV)/.installed ## Verify MAUTIC_URL (or the embedded sandbox) against openapi.yaml
	$(BIN)/mautic-hooks-contract run

sweep: $(VENV)/.installed ## Delete hooks that interrupted contract runs left on MAUTIC_URL
	$(BIN)/mautic-hooks-contract sweep

sandbox: $(VENV)/.installed ## Run the Mautic-compatible sandbox on 127.0.0.1:8080 (SANDBOX_PORT, SANDBOX_DB)
	$(BIN)/python -m mautic_hooks_contract.sandbox serve

# --- recordings: real Mautic as the judge (mautic_hooks_contract/recording/) ---------------------------
replay: $(VENV)/.installed ## Replay recordings against a fresh sandbox each (RECORDING=file; default: every shipped one)
	$(BIN)/python -m mautic_hooks_contract.recording replay $(RECORDING)

record: $(VENV)/.installed ## Record the probe catalogue (or GROUPS=a,b) against MAUTIC_URL (or a sandbox) into RECORDING=file
	$(BIN)/python -m mautic_hooks_contract.recording record --out $(or $(RECORDING),reports/recording-$(shell date +%Y%m%d-%H%M%S).jsonl) $(if $(GROUPS),--groups $(GROUPS))

record-suite: $(VENV)/.installed ## Run the contract suite through a recording proxy against MAUTIC_URL (or a sandbox) into RECORDING=file
	$(BIN)/mautic-hooks-contract record --suite --out $(or $(RECORDING),reports/suite-$(shell date +%Y%m%d-%H%M%S).jsonl)

diff: $(VENV)/.installed ## Compare two recordings of the same catalogue by group: A=old.jsonl B=new.jsonl
	$(BIN)/python -m mautic_hooks_contract.recording diff $(A) $(B)

# --- evidence: the suite's power and the speed figures in BENCHMARKS.md -------------------------------
mutation: $(VENV)/.installed ## Run the suite against every fault of the sandbox's catalogue; all must be caught
	$(BIN)/python -m mautic_hooks_contract.runner.mutation

bench: $(VENV)/.installed node_modules/.installed redis-server ## Benchmark the sandbox against Prism, the suite's profiles, the inbox
	$(BIN)/python -m bench.run_bench
	$(BIN)/python -m bench.contract_profiles
	$(BIN)/python -m bench.contract_profiles --profiles quick --rounds 1 --fault slow-auth  # the estimate vs the wall time
	$(BIN)/python -m bench.receiver_bench

clean: ## Remove build output, reports and caches (keeps .venv and node_modules)
	rm -rf build reports .pytest_cache .hypothesis .schemathesis
