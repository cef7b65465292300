"""Run sphinx-build on a copy of the project, as `make html` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def sphinx_build(
    srcdir: Path, builder: str = "html", *options: str, notes: Path | None = None, outdir: Path | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("NOTES", None)
    if notes is not None:
        env["NOTES"] = str(notes)
    outdir = outdir or srcdir / "_build" / builder
    command = [sys.executable, "-m", "sphinx", "-N", "-b", builder, *options, str(srcdir), str(outdir)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
