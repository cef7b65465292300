"""Sphinx glue for print: the LaTeX builder's folder gets each document's ``.fonts`` file.

So the LaTeX output is complete however it is turned into PDF: ``make pdf``, Sphinx's own
``make latexpdf`` in that folder, or Read the Docs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..printing.fonts import write_font_files

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def write_fonts(app: Sphinx, exception: BaseException | None) -> None:
    """build-finished, LaTeX builder: the fonts of every document it wrote."""
    if exception is not None or app.builder.format != "latex":
        return
    names = [target.rpartition(".")[0] for _, target, *_ in app.config.latex_documents]
    write_font_files(Path(app.outdir), [name for name in names if Path(app.outdir, f"{name}.tex").is_file()])
