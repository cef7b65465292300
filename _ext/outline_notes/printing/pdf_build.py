"""Turn the LaTeX builder's output into the PDFs: the booklet(s), then the handout.

No Sphinx import: ``make pdf`` runs ``sphinx-build -b latex`` and then
``python -m outline_notes pdf BUILDDIR/latex``. Each document's fonts are in the
``<name>.fonts`` the LaTeX builder wrote beside it (:mod:`.fonts`: only the fallbacks its
characters need); a character no font has, XeLaTeX names in its log. XeLaTeX runs each
booklet once; then,
side by side, each booklet a second time (for its table of contents and its own page
references) and the handout once, whose page numbers come from the booklets' first ``.aux``
(the main matter's page numbers do not depend on the table of contents, which is numbered
apart). A document whose labels moved is run again, as latexmk would. A PDF from an earlier
run is kept until the new one is complete, so a failed run leaves it in place. Characters
that no font could print are reported, with their code points. When the LaTeX is the same as
for the PDFs already there (a digest of the folder's inputs), no LaTeX runs.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..reading.lexing import lex
from .fonts import MAIN, missing_fonts

APT_PACKAGES = (
    "texlive-xetex texlive-latex-recommended texlive-latex-extra "
    "texlive-fonts-recommended fonts-freefont-otf fonts-noto-cjk fonts-symbola fonts-dejavu-core"
)
BOOKLET = "notes"  # an archive has a booklet per conference, named by its slug
HANDOUT = "followups"  # built last: its page numbers come from the booklets' .aux files
_MISSING = re.compile(r"Missing character: There is no (.+?) \((U\+[0-9A-F]+)\) in font")
_ERROR = re.compile(r"^(?:! |(\S+?):(\d+): )(.*)$", re.M)  # plain or -file-line-error
_OVERFULL = re.compile(r"^Overfull \\hbox \(([\d.]+)pt too wide\).*?lines? (\d+)", re.M)


class PdfError(Exception):
    """A PDF could not be made; the message says why in one line."""


@dataclass
class PdfReport:
    pdfs: list[Path] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)  # code point -> character
    overfull: list[str] = field(default_factory=list)
    unchanged: bool = False  # the PDFs were already made from this very LaTeX: no run
    removed: list[Path] = field(default_factory=list)  # PDFs of an earlier build's documents


ENGINE = "xelatex"


def missing_tools() -> list[str]:
    """What make pdf needs and this machine lacks: XeLaTeX, and the main fonts (without
    them XeLaTeX stops with "font not found"; a missing fallback font only leaves the
    characters it would set out, and make pdf names them)."""
    missing = [tool for tool in (ENGINE,) if shutil.which(tool) is None]
    fonts = missing_fonts(MAIN.values())
    return missing + ([f"the font{'s' if len(fonts) > 1 else ''} {', '.join(fonts)}"] if fonts else [])


DOCUMENT_LIST = ".outline-notes-documents"  # the documents of the last LaTeX build, a line each


def write_document_list(latex_dir: Path, names: list[str]) -> None:
    """What the LaTeX builder wrote this time (glue calls this at build-finished)."""
    (latex_dir / DOCUMENT_LIST).write_text("".join(f"{name}\n" for name in names), "utf-8")


def documents(latex_dir: Path) -> list[str]:
    """The .tex files the last LaTeX build wrote (all of the folder's, without its list),
    booklets first, the handout last."""
    listed = latex_dir / DOCUMENT_LIST
    if listed.is_file():
        names = sorted(n for n in listed.read_text("utf-8").split() if (latex_dir / f"{n}.tex").is_file())
    else:
        names = sorted(p.stem for p in latex_dir.glob("*.tex"))
    return sorted(names, key=lambda name: (name == HANDOUT, name != BOOKLET))


def read_log(log: Path, report: PdfReport) -> None:
    text = log.read_text("utf-8", errors="replace") if log.exists() else ""
    for char, code in _MISSING.findall(text):
        report.missing.setdefault(code, char)
    for width, line in _OVERFULL.findall(text):
        if float(width) > 1.0:
            report.overfull.append(f"{log.stem}.tex line {line}: {width}pt too wide")


def build_pdfs(latex_dir: Path) -> PdfReport:
    if missing := missing_tools():
        raise PdfError(
            f"{' and '.join(missing)} not found; install LaTeX and fonts: sudo apt-get install {APT_PACKAGES}"
        )
    names = documents(latex_dir)
    if not names:
        raise PdfError(f"no .tex files in {latex_dir}; run sphinx-build -b latex first")
    report = PdfReport()
    digest = inputs_digest(latex_dir)
    stamp = latex_dir / INPUTS_STAMP
    pdfs = [latex_dir / f"{name}.pdf" for name in names]
    if all(p.exists() for p in pdfs) and stamp.exists() and stamp.read_text("utf-8").strip() == digest:
        report.unchanged = True  # the same LaTeX as for these PDFs: no LaTeX run at all
        report.pdfs = pdfs
    else:
        stamp.unlink(missing_ok=True)
        _run_all(latex_dir, names)
        report.pdfs = [_publish(latex_dir, name) for name in names]
        stamp.write_text(digest + "\n", "utf-8")
    report.removed = _forget_old_pdfs(latex_dir, names)
    for name in names:
        read_log(latex_dir / f"{name}.log", report)
    return report


PDF_LIST = ".outline-notes-pdfs"  # the PDFs this command published, a name a line


def _forget_old_pdfs(latex_dir: Path, names: list[str]) -> list[Path]:
    """Remove the PDFs an earlier run published for documents this build no longer has
    (other notes, another CONF=), so the folder holds this build's PDFs only. A PDF this
    command did not publish is never touched."""
    listed = latex_dir / PDF_LIST
    before = listed.read_text("utf-8").split() if listed.is_file() else []
    removed = []
    for old in sorted(set(before) - set(names)):
        pdf = latex_dir / f"{old}.pdf"
        if pdf.is_file():
            pdf.unlink()
            removed.append(pdf)
    listed.write_text("".join(f"{name}\n" for name in names), "utf-8")
    return removed


def _run_all(latex_dir: Path, names: list[str]) -> None:
    """Booklets once; then booklets again beside the handout; again where labels moved."""
    booklets = [name for name in names if name != HANDOUT]
    handout = [name for name in names if name == HANDOUT]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda name: _run(latex_dir, name), booklets))
        first = {name: _aux(latex_dir, name) for name in booklets}
        list(pool.map(lambda name: _run(latex_dir, name), booklets + handout))
        moved = [name for name in booklets if _aux(latex_dir, name) != first[name]]
        list(pool.map(lambda name: _run(latex_dir, name), moved))
    if handout and (moved or _wants_rerun(latex_dir, HANDOUT)):  # after the booklets: their labels
        _run(latex_dir, HANDOUT)


def _work(latex_dir: Path, name: str) -> Path:
    return latex_dir / f".{name}.build"


def _aux(latex_dir: Path, name: str) -> bytes:
    aux = _work(latex_dir, name) / f"{name}.aux"
    return aux.read_bytes() if aux.exists() else b""


def _wants_rerun(latex_dir: Path, name: str) -> bool:
    log = _work(latex_dir, name) / f"{name}.log"
    text = log.read_text("utf-8", errors="replace") if log.exists() else ""
    return "Rerun to get" in text or "Label(s) may have changed" in text


def latex_seconds() -> int:
    """How long one LaTeX run may take (a run takes seconds; a pathological line can take
    hours): OUTLINE_NOTES_LATEX_SECONDS, else 600."""
    try:
        return max(1, int(os.environ.get("OUTLINE_NOTES_LATEX_SECONDS", "600")))
    except ValueError:
        return 600


def _run(latex_dir: Path, name: str) -> None:
    """One XeLaTeX run of ``name.tex`` in its own work folder (its .aux, .toc and log stay
    there between runs); its .log and .aux are copied beside the .tex (the handout reads
    the booklets' labels from there)."""
    work = _work(latex_dir, name)
    work.mkdir(exist_ok=True)
    command = [
        ENGINE,
        "-interaction=nonstopmode",
        "-halt-on-error",
        "-file-line-error",
        f"-jobname={name}",
        str((latex_dir / f"{name}.tex").resolve()),
    ]
    try:
        result = subprocess.run(
            command, cwd=work, capture_output=True, text=True, env=_env(latex_dir), timeout=latex_seconds()
        )
    except subprocess.TimeoutExpired:
        raise PdfError(
            f"{latex_dir / name}.tex: {ENGINE} ran {latex_seconds()} s without finishing (a very long "
            "line or word in the notes?) and was stopped (OUTLINE_NOTES_LATEX_SECONDS sets the limit); "
            "the previous PDF, if any, is unchanged"
        ) from None
    log = work / f"{name}.log"
    if log.exists():
        shutil.copy2(log, latex_dir / f"{name}.log")
    aux = work / f"{name}.aux"
    if aux.exists():
        shutil.copy2(aux, latex_dir / f"{name}.aux")
    if result.returncode != 0 or not (work / f"{name}.pdf").exists():
        errors = _ERROR.findall(log.read_text("utf-8", errors="replace")) if log.exists() else []
        file, line, first = errors[0] if errors else ("", "", f"{ENGINE} exited with {result.returncode}")
        where = str((latex_dir / file).resolve()) + f":{line}" if file else f"{latex_dir / name}.tex"
        raise PdfError(
            f"{where}: {first} (see {latex_dir / name}.log); the previous PDF, if any, is unchanged"
        )


def _publish(latex_dir: Path, name: str) -> Path:
    """The finished PDF beside the .tex, replacing the old one only now."""
    target = latex_dir / f"{name}.pdf"
    shutil.copy2(_work(latex_dir, name) / f"{name}.pdf", target.with_suffix(".pdf.tmp"))
    target.with_suffix(".pdf.tmp").replace(target)
    return target


INPUTS_STAMP = ".pdf-inputs.sha256"
_INPUTS = {
    ".tex",
    ".fonts",
    ".sty",
    ".lua",
    ".cls",
    ".cfg",
    ".def",
    ".fd",
    ".ist",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
}


def inputs_digest(latex_dir: Path) -> str:
    """Of everything LaTeX reads from the folder Sphinx wrote (not what LaTeX writes)."""
    digest = hashlib.sha256()
    for path in sorted(latex_dir.iterdir()):
        if path.is_file() and path.suffix.lower() in _INPUTS:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    digest.update(ENGINE.encode())
    return digest.hexdigest()


def _env(latex_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    # The handout's \externaldocument and Sphinx's .sty files are found in latex_dir.
    env["TEXINPUTS"] = f".:{latex_dir.resolve()}:" + env.get("TEXINPUTS", "")
    return env


def missing_glyph_messages(missing: dict[str, str], notes_text: str, source: str) -> list[str]:
    """One warning per character no font printed, at each notes line that holds it."""
    lines = [line.raw for line in lex(notes_text)]  # numbered as an editor numbers them
    messages = []
    for code, char in sorted(missing.items()):
        at = [number for number, line in enumerate(lines, start=1) if char in line]
        what = f"no font prints {char!r} ({code}); it is missing from the PDF"
        if not at:
            messages.append(f"warning: {what}")
        messages += [f"{source}:{number}: warning: {what}" for number in at]
    return messages
