# Conference notes -> Sphinx site. `make html` and `make test` set everything up on first use.
PYTHON      ?= python3.11
VENV        ?= .venv
SPHINXOPTS  ?= -j auto
SPHINXBUILD ?= $(VENV)/bin/sphinx-build
SOURCEDIR    = .
BUILDDIR    ?= _build
NOTES       ?=
STAMP        = $(VENV)/.installed

# The notes: NOTES=, else the folder notes/ (an archive: a file per conference), else notes.txt.
NOTES_PATH   = $(if $(NOTES),$(NOTES),$(if $(wildcard notes/.),notes,notes.txt))

OUT         ?= pages
FORMAT      ?= text

# What the user names (paths, ids) reaches the commands through the environment, never as
# shell text: a quote, "$(...)" or ";" in it is part of the name, and a leading "-" is no option.
export NOTES NOTES_STRUCTURE CONF NOTES_PATH ID TICKS OUT FORMAT NOTES_SITE_URL PRIVATE

.PHONY: help html test lint clean livehtml rst followups outline done undone pdf bench corpus linkcheck Makefile

help:
	@echo "Conference notes -> site and handout. NOTES=path/to/notes picks the notes: a file, or a folder of them (default notes/, else notes.txt)."
	@echo "  make html        the site, in $(BUILDDIR)/html (sets up .venv on first use)"
	@echo "  make pdf         the PDF booklet (one per conference of a folder) and the follow-up handout,"
	@echo "                   in $(BUILDDIR)/latex; CONF=name: one conference's booklet and handout"
	@echo "  make livehtml    the site, rebuilt and reloaded whenever the notes are saved"
	@echo "  make outline     the title, days and talks found in the notes, with their lines"
	@echo "  make followups   the follow-ups on the terminal (FORMAT=text, markdown or json)"
	@echo "  make done        mark follow-ups done in the notes (ID=... or TICKS=file); make undone reverses"
	@echo "  make rst         the pages as .rst in OUT= (default pages/), to keep and hand-edit"
	@echo "  make test        lint and the test suite"
	@echo "  make bench       speed and memory against plain Sphinx (FULL=1: also the slow x50 peer)"
	@echo "  make corpus      how well other people's notes are read (FIT=1: refit, cross-validated)"
	@echo "  make clean       remove $(BUILDDIR)"
	@echo "Every other Sphinx builder works too: make text, make epub, make linkcheck, ..."

requirements.txt package.json package-lock.json pyproject.toml: ;

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

html: $(STAMP)
	@$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

# axe-core for the accessibility tests, from the npm registry (skipped when npm is missing).
AXE = node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

test: $(STAMP) lint $(if $(shell command -v npm),$(AXE))
	$(VENV)/bin/python -m pytest tests $(PYTEST_ARGS)

# ruff (lint and format) on the Python, sphinx-lint on the hand-written .rst; see pyproject.toml.
lint: $(STAMP)
	$(VENV)/bin/ruff check --quiet .
	$(VENV)/bin/ruff format --check --quiet .
	$(VENV)/bin/sphinx-lint *.rst tests/roots

# For people online: check every link of the notes (not part of make test: no network here).
linkcheck: $(STAMP)
	@$(SPHINXBUILD) -M linkcheck "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

# One resident Sphinx serves the site on 127.0.0.1 and rebuilds it in place on each save
# (python -m outline_notes live; SPHINXOPTS="--port 8001 -q" for another port, quieter). The
# notes' folder is watched, not the file: editors save by writing a new file and renaming it
# over the old one. The environment is make html's (-d): a page livehtml wrote is known to
# the next make html, which removes it when its talk is gone, and nothing of Sphinx's own is
# left in the folder people publish. LIVE=autobuild runs sphinx-autobuild instead.
livehtml: $(STAMP)
ifeq ($(LIVE),autobuild)
	@watch="$$NOTES_PATH"; [ -d "$$watch" ] || watch="$$(dirname -- "$$watch")"; \
	$(VENV)/bin/sphinx-autobuild "$(SOURCEDIR)" "$(BUILDDIR)/html" -d "$(BUILDDIR)/doctrees" $(SPHINXOPTS) \
		--watch "$$(realpath -- "$$watch")" \
		--ignore "$(abspath days)/*" --ignore "$(abspath $(BUILDDIR))/*" --ignore "$(abspath $(VENV))/*"
else
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes live "$(SOURCEDIR)" "$(BUILDDIR)/html" \
		-d "$(BUILDDIR)/doctrees" --watch "$$NOTES_PATH" $(SPHINXOPTS)
endif

# The PDF booklet and the follow-up handout: BUILDDIR/latex/notes.pdf and followups.pdf.
pdf: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -c "import sys; from outline_notes.printing.pdf_build import missing_tools, APT_PACKAGES; \
		m = missing_tools(); m and sys.exit('make pdf: ' + ' and '.join(m) + ' not found; install LaTeX: sudo apt-get install ' + APT_PACKAGES)"
	@$(SPHINXBUILD) -b latex "$(SOURCEDIR)" "$(BUILDDIR)/latex" $(SPHINXOPTS) $(O) \
		-D notes_latex_epilog="The LaTeX files are in $(BUILDDIR)/latex; now the PDFs:"
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes pdf "$(BUILDDIR)/latex" \
		--notes="$$NOTES_PATH"

# Benchmarks against plain Sphinx + furo + sphinx.ext.todo (not part of make test).
# make bench FULL=1 also builds the peer at x50 (about 25 minutes).
bench: $(STAMP)
	$(VENV)/bin/python bench/bench.py $(if $(FULL),--full,)
	$(VENV)/bin/python bench/live_bench.py

# How well the structure is read on notes by other writers (../shared/testdata: real-notes
# and corpus, each file beside its expected.json): per file and in total. FIT=1 also refits
# the weights of the readings, cross-validated (bench/fit_structure.py; FIT=write saves them).
corpus: $(STAMP)
	$(VENV)/bin/python bench/corpus.py
	$(if $(FIT),$(VENV)/bin/python bench/fit_structure.py $(if $(filter write,$(FIT)),--write,),)

clean:
	rm -rf "$(BUILDDIR)"

# The pages as .rst, without building, to keep and hand-edit: make rst OUT=my-pages.
# A page edited since it was written is kept; FORCE=1 replaces it.
rst: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes pages $(if $(FORCE),--force,) -- "$$NOTES_PATH" "$$OUT"

# The structure found in the notes (title, days, talks, speakers, and why): make outline NOTES=...
outline: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes outline --structure="$$NOTES_STRUCTURE" \
		--format="$$FORMAT" -- "$$NOTES_PATH"

# Done that sticks: mark follow-ups done (or open again) in the notes file itself, by their ids
# as in checks.json: make done ID="check-opening-1a2b3c ..." or TICKS=ticks.txt (saved by the page).
done undone: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes $@ --from-env -- "$$NOTES_PATH"

# The follow-ups on the terminal: make followups FORMAT=markdown (text, markdown, json)
followups: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes checks --format="$$FORMAT" -- "$$NOTES_PATH"

# Catch-all: every other sphinx-build builder (text, singlehtml, dirhtml, epub, latex, ...).
%: Makefile $(STAMP)
	@$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)
