# Shortcuts for Parcours. Everything goes through scripts/setup.sh and the .venv it builds.
.PHONY: run test lint translations translations-update bench dist dist-check clean

VENV := .venv
TS_FILES := resources/translations/parcours_fr.ts resources/translations/parcours_en.ts
# Relative locations keep the diffs small when code moves; vanished strings stay marked obsolete.
LUPDATE_FLAGS := -extensions py -locations relative -source-language en

# Open the editor on the sample project (installs first when needed).
run:
	bash scripts/setup.sh run

# Run the test suite offscreen; pass pytest arguments with ARGS="-k cli -x".
test:
	bash scripts/setup.sh test $(ARGS)

# ruff and mypy with pyproject.toml's settings (app/model and app/export under mypy's strict flags).
lint:
	bash scripts/setup.sh lint

# Compile the .ts catalogues into the .qm files the application loads. Each is written beside
# and renamed over the old one: a running Parcours keeps the one it mapped (rewriting it in
# place would crash it).
translations: $(VENV)/bin/pyside6-lrelease
	for ts in $(TS_FILES); do qm="$${ts%.ts}.qm"; \
	    $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$$qm.part" && mv -f "$$qm.part" "$$qm" || exit 1; done

# Collect every tr()/QT_TRANSLATE_NOOP string of app/ into the .ts catalogues (translations kept).
translations-update: $(VENV)/bin/pyside6-lupdate
	for ts in $(TS_FILES); do \
	    lang=$${ts##*_}; lang=$${lang%.ts}; \
	    $(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) app -ts "$$ts" -target-language "$$lang" || exit 1; \
	done

# Build the frozen bundle, its .tar.gz and the .deb into dist/ (see packaging/README.md).
dist:
	bash scripts/setup.sh dist

# Install the .deb on this machine, use it as a user would, remove it (root; see packaging/check.sh).
dist-check:
	bash packaging/check.sh

# Print the performance figures against their budgets and same-run baselines.
bench: $(VENV)/bin/python
	$(VENV)/bin/python benchmarks/run.py

$(VENV)/bin/python $(VENV)/bin/pyside6-lrelease $(VENV)/bin/pyside6-lupdate:
	bash scripts/setup.sh install

# Remove what the build and the tests leave behind (the .venv stays: delete it by hand).
clean:
	rm -rf build dist *.egg-info .pytest_cache .hypothesis resources/translations/*.qm
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
