"""A resident Sphinx: one application kept in this process, rebuilt in place on each save.

``sphinx-build`` as a new process pays the interpreter start, the imports and the loading
of the environment at every save; here they are paid once. Each rebuild does what a new
build's ``builder-inited`` does for the notes (take the folder's lock, write the pages of
the notes as they are now), then ``app.build()``: Sphinx reads the pages that changed and
writes what they touch.

A change to ``conf.py``, the extension's code or the templates (``_templates``,
``_static``) starts a new application, as does a build that failed (its state is not
trusted). A failed build leaves the last good site in place: the notes' errors stop the
build before a page is written.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import re
import time
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # the extension's own code


@dataclass
class BuildResult:
    ok: bool
    seconds: float
    error: str = ""  # what the build said, when it failed


class _Tee(io.StringIO):
    """The build's messages, shown as they come and kept (to show a failure on the page)."""

    def __init__(self, stream) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        if self.stream is not None:
            self.stream.write(text)
            self.stream.flush()
        return super().write(text)


_COLOURS = re.compile(r"\x1b\[[0-9;]*m")


def _plain(text: str) -> str:
    """The build's messages without their terminal colours (they are shown on the page)."""
    return _COLOURS.sub("", text).strip()


def code_key(confdir: Path) -> str:
    """Of what a running application cannot take in: conf.py, the extension, the templates."""
    digest = hashlib.sha256()
    paths = [confdir / "conf.py", *sorted(PACKAGE.rglob("*.py"))]
    for folder in ("_templates", "_static"):
        paths += sorted(p for p in (confdir / folder).rglob("*") if p.is_file())
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
    return digest.hexdigest()


class ResidentSite:
    """The site of one source folder, built by an application kept between builds."""

    def __init__(
        self,
        srcdir: Path,
        outdir: Path,
        doctreedir: Path,
        overrides: dict[str, str] | None = None,
        quiet: bool = False,
        status=None,
        warning=None,
    ) -> None:
        self.srcdir, self.outdir, self.doctreedir = srcdir, outdir, doctreedir
        self.overrides = dict(overrides or {})
        self.quiet = quiet
        self.status, self.warning = status, warning
        self.app = None
        self.key = ""
        self._namespace = contextlib.ExitStack()

    def _drop_app(self) -> None:
        """Let the application go, with the directives and roles it registered in docutils."""
        self.app = None
        self._namespace.close()
        gc.collect()  # the old application's environment goes before a new one loads

    def _new_app(self, status, warnings: _Tee):
        from sphinx.application import Sphinx
        from sphinx.util.docutils import docutils_namespace, patch_docutils

        self._drop_app()
        # as sphinx-build does: the app's directives and roles live as long as it does
        self._namespace.enter_context(patch_docutils(self.srcdir))
        self._namespace.enter_context(docutils_namespace())
        return Sphinx(
            str(self.srcdir),
            str(self.srcdir),
            str(self.outdir),
            str(self.doctreedir),
            "html",
            confoverrides=self.overrides,
            status=status,
            warning=warnings,
            freshenv=False,
        )

    def build(self) -> BuildResult:
        """Build now: in the kept application, or a new one when the code changed."""
        from sphinx.util import logging

        from ..sphinx_ext.build_lock import lock_folder
        from ..sphinx_ext.page_generation import generate_pages

        start = time.perf_counter()
        status = io.StringIO() if self.quiet else _Tee(self.status)  # this build's messages
        warnings = _Tee(self.warning)
        key = code_key(self.srcdir)
        error = ""
        try:
            if self.app is None or key != self.key:  # its builder-inited locks and writes the pages
                self.app = self._new_app(status, warnings)
                self.key = key
            else:  # what builder-inited does for a new application
                logging.setup(self.app, status, warnings)
                lock_folder(self.app)
                generate_pages(self.app)
            self.app.build()
            ok = self.app.statuscode == 0
        except (Exception, SystemExit) as err:
            ok = False
            if not isinstance(err, SystemExit) or not warnings.getvalue().strip():
                error = f"{type(err).__name__}: {err}"
        if not ok:  # a failed build's state is not trusted: the next one starts anew
            self._drop_app()
            error = "\n".join(part for part in (_plain(warnings.getvalue()), error) if part)
        return BuildResult(ok, time.perf_counter() - start, error)
