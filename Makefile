# Two commands a user needs: `make study` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: study test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the project metadata changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Runs every notebook in notebooks/ on corpus/ with the venv's python3 kernel; figures/ + figures/index.md.
study: $(STAMP)
	$(BIN)/framing study --corpus corpus/ --figures figures/

# NLTK_DATA points at an empty folder: proves nothing needs downloaded data.
test: $(STAMP)
	mkdir -p build/empty_nltk_data
	NLTK_DATA=$(CURDIR)/build/empty_nltk_data $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build
