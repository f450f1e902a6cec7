# Ringcard developer commands. `make run` and `make test` work on a fresh
# Debian machine as root: they install what is missing first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)

# Debian packages: Qt runtime (offscreen and xcb under Xvfb), a real font,
# PostgreSQL 15, sipp, socat, Xvfb.
DEB_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 fonts-dejavu-core postgresql postgresql-contrib sip-tester socat xvfb \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 binutils

.PHONY: run test deps venv bench bundle screenshots lint clean

run: venv
	$(PY) -m app

deps:
	@bash scripts/install_debian_packages.sh $(DEB_PACKAGES)

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

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.search_bench $(BENCH_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.gui_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.telephony_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.popup_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.activity_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.alerts_bench
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.import_bench

bundle: venv
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec

screenshots: deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots.run docs/screenshots

lint: venv
	$(PY) -m ruff check app tests bench tools
	$(PY) -m mypy

clean:
	rm -rf build dist .pytest_cache
