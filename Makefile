# The two commands of the README: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-postgres browser-test lint typecheck bench install clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Cần python3-venv: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Serves as production does: DEBUG off (TDKT_DEBUG=1 make run for Django's debug pages),
# static files collected into var/static and served by WhiteNoise.
run: $(STAMP)
	@mkdir -p var
	$(BIN)/tdkt migrate --noinput
	$(BIN)/tdkt loaddemo
	$(BIN)/tdkt collectstatic --noinput --verbosity 0
	@echo "TĐKT đang chạy tại http://127.0.0.1:8000 (Ctrl+C để dừng)"
	$(BIN)/tdkt runserver 127.0.0.1:8000

# The whole suite on SQLite (set TDKT_DATABASE_URL to run it on PostgreSQL). Browser tests
# need Debian's chromium; without it they are reported as skipped with the install command.
test: $(STAMP)
	$(BIN)/pytest

test-postgres: $(STAMP)
	TDKT_DATABASE_URL=$${TDKT_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/tdkt} $(BIN)/pytest

browser-test: $(STAMP)
	$(BIN)/pytest -m browser

lint: $(STAMP)
	$(BIN)/ruff check tdkt tests bench
	$(BIN)/ruff format --check tdkt tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf var $(VENV)
