"""No stale page in the output: when a page goes (a talk deleted, a notes file removed from
the archive, another ``NOTES``), its built file goes too.

Sphinx forgets a removed document but leaves its HTML in the output folder, where it would
be published. At ``env-get-outdated`` the builder's own file for each removed document is
deleted -- only that file, only inside the output folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..writing.page_files import remove_empty_parents

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def remove_built_pages(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    outfile = getattr(app.builder, "get_outfilename", None)
    if outfile is None or not removed:
        return []
    outdir = Path(app.outdir).resolve()
    for docname in removed:
        target = Path(outfile(docname)).resolve()
        if outdir in target.parents and target.is_file():
            target.unlink()
            remove_empty_parents(target.parent, outdir)
    return []
