"""Sphinx glue for print: the LaTeX builder's folder gets, beside the ``.tex`` files, each
document's ``.fonts`` file and the list of the documents this build wrote.

So the LaTeX output is complete however it is turned into PDF (``make pdf``, Sphinx's own
``make latexpdf`` in that folder, or Read the Docs), and ``make pdf`` prints the documents of
these notes only, not a ``.tex`` an earlier build left there (other notes, another
``NOTES``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..printing.fonts import write_font_files
from ..printing.pdf_build import write_document_list

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def write_latex_extras(app: Sphinx, exception: BaseException | None) -> None:
    """build-finished, LaTeX builder: the fonts of every document it wrote, and their list."""
    if exception is not None or app.builder.format != "latex":
        return
    names = [target.rpartition(".")[0] for _, target, *_ in app.config.latex_documents]
    names = [name for name in names if Path(app.outdir, f"{name}.tex").is_file()]
    write_font_files(Path(app.outdir), names)
    write_document_list(Path(app.outdir), names)
