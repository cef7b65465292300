# Conference notes -> Sphinx site. `make html` and `make test` set everything up on first use.
PYTHON      ?= python3.11
VENV        ?= .venv
SPHINXOPTS  ?=
SPHINXBUILD ?= $(VENV)/bin/sphinx-build
SOURCEDIR    = .
BUILDDIR    ?= _build
NOTES       ?=
STAMP        = $(VENV)/.installed

export NOTES

.PHONY: help html test clean livehtml rst followups Makefile

help: $(STAMP)
	@$(SPHINXBUILD) -M help "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

requirements.txt: ;

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

html: $(STAMP)
	@$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

test: $(STAMP)
	$(VENV)/bin/python -m pytest tests $(PYTEST_ARGS)

livehtml: $(STAMP)
	$(VENV)/bin/sphinx-autobuild "$(SOURCEDIR)" "$(BUILDDIR)/html" $(SPHINXOPTS) \
		--watch "$(if $(NOTES),$(NOTES),notes.txt)" --ignore "days/*" --ignore "$(BUILDDIR)/*"

clean:
	rm -rf "$(BUILDDIR)"

# The pages as .rst, without building, to keep and hand-edit: make rst OUT=my-pages
OUT ?= pages
rst: $(STAMP)
	PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes pages "$(if $(NOTES),$(NOTES),notes.txt)" "$(OUT)"

# The follow-ups on the terminal: make followups FORMAT=markdown (text, markdown, json)
FORMAT ?= text
followups: $(STAMP)
	@PYTHONPATH=_ext $(VENV)/bin/python -m outline_notes checks "$(if $(NOTES),$(NOTES),notes.txt)" --format $(FORMAT)

# Catch-all: every other sphinx-build builder (text, singlehtml, dirhtml, epub, latex, ...).
%: Makefile $(STAMP)
	@$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)
