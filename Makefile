# Two commands on a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench reliability package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/persona-workshop --demo

# ruff, ruff format and mypy, as CI runs them.
lint: $(STAMP)
	$(BIN)/ruff check workshop tests packaging
	$(BIN)/ruff format --check workshop tests packaging
	$(BIN)/mypy

# The lint, then every test with the coverage floor of the Qt-free layers (pyproject.toml,
# [tool.coverage]): fails when domain/ store/ io/ export/ drop below it.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov --cov-report=term

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks $(ARGS)

reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -p no:randomly tests/reliability

clean:
	rm -rf $(VENV) build dist *.egg-info

# The one-folder desktop bundle in dist/persona-workshop/, then its smoke test (the app
# opens the demo offscreen; a poster is printed through the bundled program). ~1 min here.
package: $(STAMP)
	$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[package]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build_bundle.py --smoke
