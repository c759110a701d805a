# Two commands a user needs: `make study` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: study test install clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the project metadata changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,names]'
	touch $(STAMP)

install: $(STAMP)

# Runs every notebook in notebooks/ on corpus/ with the venv's python3 kernel; figures/ + figures/index.md.
study: $(STAMP)
	$(BIN)/framing study --corpus corpus/ --figures figures/

# NLTK_DATA points at an empty folder: proves nothing needs downloaded data.
# Property tests run the "fast" hypothesis profile here (tests/conftest.py).
# -n auto: one pytest-xdist worker per core (TEST_WORKERS=0 runs in this process).
TEST_WORKERS ?= auto
test: $(STAMP)
	mkdir -p build/empty_nltk_data
	NLTK_DATA=$(CURDIR)/build/empty_nltk_data HYPOTHESIS_PROFILE=fast $(BIN)/python -m pytest -q -n $(TEST_WORKERS)

# The adversarial pass: every property test with FUZZ_EXAMPLES cases each (default 12,000;
# 9 properties = 108,000 cases, about an hour on 2 cores).
FUZZ_EXAMPLES ?= 12000
fuzz: $(STAMP)
	mkdir -p build/empty_nltk_data
	NLTK_DATA=$(CURDIR)/build/empty_nltk_data HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) \
	  $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_text_properties.py \
	  tests/test_corpus_properties.py tests/test_pipeline_properties.py --hypothesis-show-statistics

clean:
	rm -rf $(VENV) build

# Headless browser for tests/test_report_browser.py (Debian packages chromium + chromium-driver).
# Without them the browser test skips; with apt-get missing this only prints what to install.
.PHONY: browser-deps
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "chromium and chromedriver present"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y --no-install-recommends chromium chromium-driver; \
	else \
	  echo "install Chromium and its chromedriver to run the browser test (it skips without them)"; \
	fi
