"""Run sphinx-build in this process; record its peak memory (and, for this project, the time
spent resolving checklists) in $BENCH_REPORT."""

import json
import os
import resource
import sys
import time
from pathlib import Path

from sphinx.cmd.build import main

spent = [0.0]
source_dir = Path(sys.argv[-2])
if (source_dir / "_ext" / "outline_notes").is_dir():  # ours: time the checklist resolver
    sys.path.insert(0, str(source_dir / "_ext"))
    import outline_notes
    from outline_notes.sphinx_ext import checklist_resolver

    resolve = checklist_resolver.resolve_checklists

    def timed_resolve(app, doctree, docname):
        start = time.perf_counter()
        try:
            return resolve(app, doctree, docname)
        finally:
            spent[0] += time.perf_counter() - start

    # before Sphinx calls the extension's setup(), which connects this name
    checklist_resolver.resolve_checklists = outline_notes.resolve_checklists = timed_resolve

code = main(sys.argv[1:])
peak_kb = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
)
with open(os.environ["BENCH_REPORT"], "w") as report:
    json.dump({"peak_mb": peak_kb / 1024, "returncode": code, "checklist_seconds": spent[0]}, report)
sys.exit(code)
