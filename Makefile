# Ringcard developer commands. `make run` and `make test` work on a fresh
# Debian machine as root: they install what is missing first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

# Debian packages. The window's run-time set (Qt's system libraries for the
# xcb and offscreen plugins, a real font) is listed once, in
# packaging/debian/runtime-packages: `make run` installs it, the .deb depends on
# it. Building the bundle needs binutils (PyInstaller's objdump); the tests add
# PostgreSQL 15, sipp, socat and Xvfb, and the screenshots on real screens a
# window manager (openbox).
RUNTIME_DEB_PACKAGES := $(shell grep -v '^\#' packaging/debian/runtime-packages)
BUILD_DEB_PACKAGES := binutils
TEST_DEB_PACKAGES := postgresql postgresql-contrib sip-tester socat xvfb openbox

.PHONY: run test deps deps-run deps-build venv bench bundle deb screenshots lint clean translations

run: deps-run venv
	$(PY) -m app

deps-run:
	@bash scripts/install_debian_packages.sh $(RUNTIME_DEB_PACKAGES)

deps-build:
	@bash scripts/install_debian_packages.sh $(BUILD_DEB_PACKAGES)

deps:
	@bash scripts/install_debian_packages.sh $(RUNTIME_DEB_PACKAGES) $(BUILD_DEB_PACKAGES) \
		$(TEST_DEB_PACKAGES)

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# The PostgreSQL server is started and stopped by tests/conftest.py
# (initdb + pg_ctl on loopback, own port and socket dir).
test: deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: deps-build venv
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.search_bench $(BENCH_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.gui_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.telephony_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.popup_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.activity_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.alerts_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.import_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.install_bench

bundle: deps-build venv
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec

# dist/ringcard_<version>_<arch>.deb from the bundle (packaging/build_deb.py)
deb: bundle
	$(PY) packaging/build_deb.py --bundle dist/ringcard --out dist

# Update every area's translations/de/<area>.ts from the sources (pyside6-lupdate),
# then compile them all into resources/translations/ringcard_de.qm (pyside6-lrelease).
# Check only: $(PY) -m tools.translations --check
translations: venv
	$(PY) -m tools.translations

# The windows offscreen, then the main pages at 1024x600, 1366x768 and 1920x1080 in a
# real window (Xvfb and openbox, started and stopped by the tool)
screenshots: deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots.run docs/screenshots
	$(PY) -m tools.screenshots.screens docs/screenshots

lint: venv
	$(PY) -m ruff check app tests bench tools
	$(PY) -m mypy

clean:
	rm -rf build dist .pytest_cache
