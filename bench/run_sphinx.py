"""Run sphinx-build in this process and record its peak memory in $BENCH_REPORT."""

import json
import os
import resource
import sys

from sphinx.cmd.build import main

code = main(sys.argv[1:])
peak_kb = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
)
with open(os.environ["BENCH_REPORT"], "w") as report:
    json.dump({"peak_mb": peak_kb / 1024, "returncode": code}, report)
sys.exit(code)
