"""After an interrupted build (``kill -9``, a crash, Ctrl+C), the next build gives the same
site as a clean one.

Sphinx pickles its environment before it writes the pages and the search index; killed in
between, the next build takes the documents for up to date and leaves a half-written page, or
a search index without the pages read last. A mark (beside the environment, one per builder)
says a build is under way; it goes when the build finishes. Found at the next build, every
document is read and written again, and the search index is made anew.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)
MARK = ".outline-notes-building"


def _mark(app: Sphinx) -> Path:
    """Beside the environment (never in the output folder, which is published or packed)."""
    return Path(app.doctreedir) / f"{MARK}-{app.builder.name}"


def rebuild_after_interruption(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """env-get-outdated: every document again when the last build did not finish; then the
    mark for this one."""
    mark = _mark(app)
    again: list[str] = []
    if mark.exists():
        logger.info(
            "outline_notes: the last build into %s did not finish: every page is made again", app.outdir
        )
        again = sorted(env.found_docs - added - changed)
        index = Path(app.outdir) / "searchindex.js"
        if index.is_file():  # perhaps half written: made anew from every page
            index.unlink()
    mark.parent.mkdir(parents=True, exist_ok=True)
    mark.write_text("a build is under way\n", "utf-8")
    return again


def build_finished(app: Sphinx, exception: BaseException | None) -> None:
    """build-finished: the build ran to its end (an error in the notes is an end too)."""
    _mark(app).unlink(missing_ok=True)
