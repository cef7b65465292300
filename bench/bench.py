"""Benchmark: this project against plain Sphinx + furo + sphinx.ext.todo, in one run.

    make bench            # x1, x10 and x50 (ours and the basic floor; the peer at x50 skipped)
    make bench FULL=1     # also the peer at x50 (about 25 minutes here)

For each scale the shipped notes are repeated with days renumbered (Day 1..3, 4..6, ...)
and talk titles suffixed, so every day and talk is distinct. Three projects are built:

* ours  - this project, notes file -> pages -> site;
* peer  - our generated .rst pages with ``check``/``checklist`` swapped for
          ``todo``/``todolist`` (a page's or a day's own list left out: a ``todolist``
          lists the whole project), no extension of ours, furo theme;
* basic - the peer with ``html_theme = "basic"``: the floor for Sphinx's own work.

Runs alternate ours/peer; medians are reported. Measured: full build, no-change rebuild,
one-bullet-edit rebuild (wall seconds), peak RSS, talk page size, documents re-read;
parse + generate throughput; ``-j 2`` against ``-j 1``. Prints a table and writes
``bench/results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "_ext"))

from outline_notes.printing.pdf_build import missing_tools  # noqa: E402
from outline_notes.reading.parser import parse_notes  # noqa: E402
from outline_notes.sphinx_ext.page_generation import notes_and_pages  # noqa: E402
from outline_notes.writing.page_writer import PageOptions  # noqa: E402

PROJECT_FILES = ["conf.py", *sorted(p.name for p in REPO.glob("*.rst")), "_static", "_ext", "days/.gitignore"]
DAY_HEADING = re.compile(r"^Day (\d+)\s*$")
UPDATED = re.compile(r"(\d+) added, (\d+) changed, (\d+) removed")
RUNNER = HERE / "run_sphinx.py"

PEER_CONF = """\
project = "Conference notes"
extensions = ["sphinx_design", "sphinx.ext.todo"]
todo_include_todos = True
root_doc = "index"
exclude_patterns = ["_build"]
smartquotes = False
highlight_language = "none"
html_theme = "{theme}"
html_title = "Conference notes"
html_copy_source = False
html_show_sourcelink = False
"""


# --- inputs ---------------------------------------------------------------------------


def scaled_notes(text: str, factor: int) -> str:
    """The notes ``factor`` times over; copy n renumbers days and suffixes talk titles. Past
    "Day 99" a copy's days keep their number and say their copy ("Day 2 (copy 34)"): a day
    number of three digits reads as no day, and ×50 would lose a third of its days."""
    lines = text.splitlines()
    days = max((int(m.group(1)) for m in map(DAY_HEADING.match, lines) if m), default=1)
    out: list[str] = []
    for copy in range(factor):
        for index, line in enumerate(lines):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            match = DAY_HEADING.match(line)
            if match and copy:
                number = int(match.group(1)) + copy * days
                line = f"Day {number}" if number < 100 else f"Day {match.group(1)} (copy {copy + 1})"
            elif (
                copy
                and line.strip()
                and re.fullmatch(r"-{3,}\s*", following)
                and not line.startswith(("\t", " ", "-"))
            ):
                line = f"{line} (copy {copy + 1})"
            elif re.fullmatch(r"([-=])\1{2,}\s*", line) and index and out and out[-1].strip():
                line = line.strip()[0] * max(len(out[-1]), 3)
            out.append(line)
        out.append("")
    return "\n".join(out) + "\n"


def split_archive(notes: str, files: int) -> dict[str, str]:
    """The notes cut at day headings into ``files`` notes files of as many days each: an
    archive of conferences (``conf-01.txt``, ...) together as big as the notes."""
    lines = notes.splitlines(keepends=True)
    starts = [index for index, line in enumerate(lines) if DAY_HEADING.match(line.rstrip("\n"))]
    per = -(-len(starts) // files)
    out = {}
    for number in range(files):
        if number * per >= len(starts):
            break
        begin = starts[number * per] if number else 0
        end = starts[(number + 1) * per] if (number + 1) * per < len(starts) else len(lines)
        out[f"conf-{number + 1:02d}.txt"] = "".join(lines[begin:end])
    return out


def edit_one_bullet(path: Path, marker: str) -> None:
    """Change the text of the first plain ``- `` bullet that holds ``marker``."""
    text = path.read_text("utf-8")
    index = text.index(marker)
    path.write_text(text[:index] + marker + " (edited)" + text[index + len(marker) :], "utf-8")


# --- projects -------------------------------------------------------------------------


def make_ours(where: Path, notes: str, archive: dict[str, str] | None = None) -> Path:
    """This project on ``notes``; with ``archive`` (file name -> text), a notes/ folder too,
    which then is the input."""
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = REPO / name
        target = where / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    (where / "notes.txt").write_text(notes, "utf-8")
    for name, text in (archive or {}).items():
        (where / "notes").mkdir(exist_ok=True)
        (where / "notes" / name).write_text(text, "utf-8")
    return where


def projects(work: Path, notes: str, themes: tuple[str, ...], archive: dict[str, str] | None = None):
    """Ours, built once so that its generated pages exist, and a peer per theme built from
    those pages: (ours, {theme: peer})."""
    ours = make_ours(work / "ours-src", notes, archive)
    build(ours, work / "prime" / "html")  # generates days/ for the peers
    peers = {theme: make_peer(work / f"{theme}-src", ours, theme) for theme in themes}
    return ours, peers


def to_peer_rst(text: str) -> str:
    """Our page with ``check``/``checklist`` swapped for ``todo``/``todolist``. A checklist
    with options (a talk's or a day's own follow-ups) has no plain-Sphinx equivalent: a
    ``todolist`` lists every to-do of the project, so one on each page would make the peer
    quadratic. It is left out (a comment keeps its ``only`` block valid); the follow-up
    page's list of them all is the peer's one ``todolist``."""
    text = re.sub(r"^(\s*(?:- )?)\.\. check::", r"\1.. todo::", text, flags=re.M)
    text = re.sub(r"^\s+:(id|source|line|context|done):.*\n", "", text, flags=re.M)
    text = re.sub(
        r"^([ \t]*)\.\. checklist::\n(?:\1[ \t]+:[a-z]+:.*\n)+",
        r"\1.. a page's own follow-up list: none in plain Sphinx\n",
        text,
        flags=re.M,
    )
    return re.sub(r"^([ \t]*)\.\. checklist::", r"\1.. todolist::", text, flags=re.M)


def make_peer(where: Path, ours: Path, theme: str) -> Path:
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    for path in sorted((ours / "days").rglob("*")):
        if path.suffix in (".rst", ".inc"):
            target = where / "days" / path.relative_to(ours / "days")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_peer_rst(path.read_text("utf-8")), "utf-8")
    for page in ("index.rst", "followup.rst"):  # the peer's site: the talks and a todolist
        text = to_peer_rst((ours / page).read_text("utf-8"))
        if page == "index.rst":
            text = re.sub(r"^   (links|writing-notes)\n", "", text, flags=re.M)
        (where / page).write_text(text, "utf-8")
    (where / "conf.py").write_text(PEER_CONF.format(theme=theme), "utf-8")
    return where


# --- one build ------------------------------------------------------------------------


def build(src: Path, out: Path, jobs: int = 1) -> dict:
    """One sphinx-build html run in a child process; wall time, peak RSS, docs re-read."""
    report = out.parent / (out.name + ".rss.json")
    env = {**os.environ, "BENCH_REPORT": str(report)}
    env.pop("NOTES", None)
    command = [
        sys.executable,
        str(RUNNER),
        "-b",
        "html",
        "-N",
        "-j",
        str(jobs),
        "-d",
        str(out.parent / (out.name + ".doctrees")),
        str(src),
        str(out),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"build failed in {src}:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    counts = [tuple(map(int, m)) for m in UPDATED.findall(result.stdout)]
    reread = sum(a + c for a, c, _ in counts)
    rss = json.loads(report.read_text())
    checks = out / "checks.json"
    return {
        "seconds": seconds,
        "reread": reread,
        "peak_mb": rss["peak_mb"],
        "checklist_seconds": rss.get("checklist_seconds", 0.0),
        "checks": len(json.loads(checks.read_text("utf-8"))["items"]) if checks.exists() else 0,
    }


def page_sizes(out: Path) -> dict:
    talks = [p.stat().st_size for p in (out / "days").rglob("*.html") if p.name != "index.html"]
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {
        "talk_pages": len(talks),
        "talk_page_kb_median": statistics.median(talks) / 1024,
        "talk_page_kb_max": max(talks) / 1024,
        "output_mb": total / 2**20,
    }


def cycle(src: Path, work: Path, edit: tuple[Path, str], jobs: int = 1) -> dict:
    """Full build, no-change rebuild, one-bullet-edit rebuild, in a fresh build dir."""
    out = work / "html"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    full = build(src, out, jobs)
    sizes = page_sizes(out)
    again = build(src, out, jobs)
    original = edit[0].read_text("utf-8")
    edit_one_bullet(*edit)
    try:
        edited = build(src, out, jobs)
    finally:
        edit[0].write_text(original, "utf-8")
    return {"full": full, "nochange": again, "edit": edited, **sizes}


# --- throughput -----------------------------------------------------------------------


def throughput(notes: str, least: int = 10, seconds: float = 6.0) -> dict:
    """Megabytes of notes per second through parse + page generation (in process, pages
    in memory): the best and the median of at least ``least`` runs and ``seconds`` seconds,
    as timeit does it. This VM's speed swings by half from one second to the next; at ×50 a
    run takes a quarter of a second, so a short window holds too few runs to find its best.
    Every scale gets the same window (the cap on runs only bounds a tiny input's count: ×1
    runs about 1,200 times in it; a cap of 200 had cut its window to one second)."""
    data = notes.encode("utf-8")
    size = len(data) / 1e6
    times: list[float] = []
    began = time.perf_counter()
    while len(times) < least or (time.perf_counter() - began < seconds and len(times) < 5000):
        start = time.perf_counter()
        notes_and_pages(data, PageOptions())  # what the build runs: decode, parse, write pages
        times.append(time.perf_counter() - start)
    return {"best": size / min(times), "median": size / statistics.median(times), "runs": len(times)}


# --- the run --------------------------------------------------------------------------


def median_of(runs: list[dict], *keys: str) -> float:
    values = []
    for run in runs:
        value = run
        for key in keys:
            value = value[key]
        values.append(value)
    return statistics.median(values)


def run(scales: list[int], repeats: dict[int, int], full: bool, work: Path) -> dict:
    seed = (REPO / "notes.txt").read_text("utf-8")
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "scales": {},
    }
    for factor in scales:
        notes = scaled_notes(seed, factor)
        ours, peers = projects(work / f"x{factor}", notes, ("furo", "basic"))
        peer, basic = peers["furo"], peers["basic"]
        marker = _plain_bullet(notes)
        peer_page = _page_holding(peer, marker)
        basic_page = _page_holding(basic, marker)
        runs_ours, runs_peer, runs_basic = [], [], []
        count = repeats.get(factor, 1)
        peer_too = full or factor < 50
        for attempt in range(count):
            print(f"x{factor}: run {attempt + 1}/{count}", file=sys.stderr, flush=True)
            runs_ours.append(cycle(ours, work / f"x{factor}" / "ours", (ours / "notes.txt", marker)))
            if peer_too:
                runs_peer.append(cycle(peer, work / f"x{factor}" / "peer", (peer_page, marker)))
            runs_basic.append(cycle(basic, work / f"x{factor}" / "basic", (basic_page, marker)))
        entry = {
            "talks": len(parse_notes(notes).talks),
            "notes_mb": len(notes.encode()) / 1e6,
            "ours": _summary(runs_ours),
        }
        if runs_peer:
            entry["peer"] = _summary(runs_peer)
        entry["basic"] = _summary(runs_basic)
        rate = throughput(notes)
        entry["parse_generate_mb_s"] = rate["best"]
        entry["parse_generate_mb_s_median"] = rate["median"]
        if factor == max(scales):
            print(f"x{factor}: -j 2", file=sys.stderr, flush=True)
            entry["ours_j2"] = _summary(
                [cycle(ours, work / f"x{factor}" / "ours-j2", (ours / "notes.txt", marker), jobs=2)]
            )
        results["scales"][f"x{factor}"] = entry
    return results


def run_archive(work: Path, count: int, files: int = 30, factor: int = 50) -> dict:
    """The archive case: the x``factor`` notes as ``files`` conference files in ``notes/``,
    against the basic-theme floor building the same pages; one bullet edited in one file."""
    notes = scaled_notes((REPO / "notes.txt").read_text("utf-8"), factor)
    parts = split_archive(notes, files)
    ours, peers = projects(work / "archive", notes, ("basic",), parts)
    basic = peers["basic"]
    first = sorted(parts)[0]
    marker = _plain_bullet(parts[first])
    basic_page = _page_holding(basic, marker)
    runs_ours, runs_basic = [], []
    for attempt in range(count):
        print(f"archive of {len(parts)} files: run {attempt + 1}/{count}", file=sys.stderr, flush=True)
        runs_ours.append(cycle(ours, work / "archive" / "ours", (ours / "notes" / first, marker)))
        runs_basic.append(cycle(basic, work / "archive" / "basic", (basic_page, marker)))
    return {
        "talks": len(parse_notes(notes).talks),
        "files": len(parts),
        "notes_mb": len(notes.encode()) / 1e6,
        "ours": _summary(runs_ours),
        "basic": _summary(runs_basic),
    }


def pdf_seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return seconds


def pdf_tools_missing() -> list[str]:
    """What the PDF comparison needs and this machine lacks: ours (make pdf: XeLaTeX and its
    fonts) and the peer's (``latexpdf``: latexmk and pdflatex)."""
    peer = [tool for tool in ("latexmk", "pdflatex") if shutil.which(tool) is None]
    return missing_tools() + peer


def run_pdf(scales: list[int], repeats: dict[int, int], work: Path) -> dict:
    """``make pdf`` (booklet and handout, from a fresh build folder) against the peer's
    ``sphinx-build -M latexpdf`` (pdflatex, Sphinx's defaults) on the same pages."""
    seed = (REPO / "notes.txt").read_text("utf-8")
    results = {}
    env = {**os.environ}
    env.pop("NOTES", None)
    for factor in scales:
        ours, peers = projects(work / f"pdf-x{factor}", scaled_notes(seed, factor), ("furo",))
        peer = peers["furo"]
        out_ours, out_peer = work / f"pdf-x{factor}" / "ours", work / f"pdf-x{factor}" / "peer"
        ours_runs, peer_runs = [], []
        for attempt in range(repeats.get(factor, 1)):
            print(f"pdf x{factor}: run {attempt + 1}", file=sys.stderr, flush=True)
            for folder in (out_ours, out_peer):
                shutil.rmtree(folder, ignore_errors=True)
            latex = [sys.executable, "-m", "sphinx", "-q", "-b", "latex", str(ours), str(out_ours / "latex")]
            pdf = [sys.executable, "-m", "outline_notes", "pdf", str(out_ours / "latex")]
            ours_env = {**env, "PYTHONPATH": str(ours / "_ext")}
            ours_runs.append(pdf_seconds(latex, ours_env) + pdf_seconds(pdf, ours_env))
            peer_runs.append(
                pdf_seconds(
                    [sys.executable, "-m", "sphinx", "-M", "latexpdf", str(peer), str(out_peer), "-q"], env
                )
            )
        results[f"x{factor}"] = {
            "ours_seconds": statistics.median(ours_runs),
            "peer_seconds": statistics.median(peer_runs),
            "ratio": statistics.median(ours_runs) / statistics.median(peer_runs),
            "runs": len(ours_runs),
        }
    return results


def _plain_bullet(notes: str) -> str:
    """A column-0 bullet of plain lower-case words: it reads the same in notes and .rst."""
    for line in notes.splitlines():
        match = re.fullmatch(r"- ([a-z][a-z ]{15,})", line)
        if match:
            return match.group(1)
    raise SystemExit("no plain bullet to edit in the notes")


def _page_holding(project: Path, marker: str) -> Path:
    for page in sorted((project / "days").rglob("*.rst")):
        if f"- {marker}\n" in page.read_text("utf-8"):
            return page
    raise SystemExit(f"no page holds {marker!r}")


def _summary(runs: list[dict]) -> dict:
    summary = {}
    for phase in ("full", "nochange", "edit"):
        summary[phase] = {
            "seconds": median_of(runs, phase, "seconds"),
            "peak_mb": median_of(runs, phase, "peak_mb"),
            "reread": median_of(runs, phase, "reread"),
            "checklist_seconds": median_of(runs, phase, "checklist_seconds"),
            "checks": median_of(runs, phase, "checks"),
        }
    for key in ("talk_pages", "talk_page_kb_median", "talk_page_kb_max", "output_mb"):
        summary[key] = median_of(runs, key)
    summary["runs"] = len(runs)
    return summary


def table(results: dict) -> str:
    rows = [
        "| notes | talks | project | full s | no-change s | edit s (docs re-read) | peak MB "
        "| talk page KB (max) | output MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for scale, entry in results["scales"].items():
        for name in ("ours", "ours_j2", "peer", "basic"):
            if name not in entry:
                continue
            s = entry[name]
            label = {
                "ours": "ours",
                "ours_j2": "ours -j 2",
                "peer": "peer (furo+todo)",
                "basic": "peer, basic theme",
            }[name]
            notes = f"archive, {entry['files']} files" if "files" in entry else scale
            rows.append(
                f"| {notes} | {entry['talks']} | {label} | {s['full']['seconds']:.2f} | "
                f"{s['nochange']['seconds']:.2f} ({s['nochange']['reread']:.0f}) | "
                f"{s['edit']['seconds']:.2f} ({s['edit']['reread']:.0f}) | "
                f"{s['full']['peak_mb']:.0f} | {s['talk_page_kb_median']:.1f} "
                f"({s['talk_page_kb_max']:.1f}) | {s['output_mb']:.1f} |"
            )
    rows.append("")
    if results.get("pdf"):
        rows += [
            "| notes | make pdf s (booklet + handout) | peer latexpdf s (pdflatex) | ratio |",
            "|---|---|---|---|",
        ]
        for scale, entry in results["pdf"].items():
            ours, peer = entry["ours_seconds"], entry["peer_seconds"]
            rows.append(f"| {scale} | {ours:.2f} | {peer:.2f} | {entry['ratio']:.2f} |")
        rows.append("")
    if results.get("pdf_skipped"):
        rows += [f"PDF comparison skipped: this machine lacks {', '.join(results['pdf_skipped'])}.", ""]
    for scale, entry in results["scales"].items():
        parts = [scale]
        if "parse_generate_mb_s" in entry:
            parts[0] += (
                f": parse + generate {entry['parse_generate_mb_s']:.1f} MB/s "
                f"(median {entry['parse_generate_mb_s_median']:.1f})"
            )
        if "peer" in entry:
            o, p = entry["ours"], entry["peer"]
            parts.append(f"full {o['full']['seconds'] / p['full']['seconds']:.2f}x peer")
            parts.append(f"no-change {o['nochange']['seconds'] / p['nochange']['seconds']:.2f}x peer")
        if "basic" in entry:
            ours, floor = entry["ours"], entry["basic"]
            parts.append(f"full {ours['full']['seconds'] / floor['full']['seconds']:.2f}x basic floor")
            parts.append(f"one-bullet edit {ours['edit']['seconds'] / floor['edit']['seconds']:.2f}x floor's")
        full = entry["ours"]["full"]
        if full["checks"]:
            parts.append(
                f"checklists {full['checklist_seconds'] * 1e3:.0f} ms for {full['checks']:.0f} checks "
                f"({full['checklist_seconds'] / full['checks'] * 1e6:.0f} µs each)"
            )
        if "ours_j2" in entry:
            parts.append(
                f"-j 2 / -j 1 = {entry['ours_j2']['full']['seconds'] / entry['ours']['full']['seconds']:.2f}"
            )
        rows.append("; ".join(parts))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="also build the peer at x50 (about 25 min)")
    parser.add_argument("--scales", default="1,10,50", help="comma-separated factors")
    # three at ×50 too: one alternating pair there has ranged 0.93-1.22× the floor from run to run
    parser.add_argument("--repeats", default="5,3,3", help="runs per scale, same order")
    parser.add_argument("--archive", type=int, default=1, help="runs of the archive case (0: skip it)")
    parser.add_argument("--pdf", default="1,10", help="scales of the PDF case (empty: skip it)")
    parser.add_argument("--pdf-repeats", default="3,1", help="runs per PDF scale, same order")
    parser.add_argument("--work", default="/tmp/outline-notes-bench", help="scratch directory")
    parser.add_argument("--output", default=str(HERE / "results.json"))
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    counts = [int(s) for s in args.repeats.split(",")]
    repeats = {scale: counts[min(i, len(counts) - 1)] for i, scale in enumerate(scales)}
    results = run(scales, repeats, args.full, Path(args.work))
    if args.archive:
        results["scales"]["archive"] = run_archive(Path(args.work), args.archive)
    output = Path(args.output)
    output.write_text(json.dumps(results, indent=1) + "\n", "utf-8")  # kept if the PDF part fails
    missing = pdf_tools_missing() if args.pdf else []
    if missing:  # the site's figures stand; the PDF comparison needs LaTeX (.ci/run installs it)
        print(f"pdf: skipped, this machine lacks {', '.join(missing)}", file=sys.stderr, flush=True)
        results["pdf_skipped"] = missing
    elif args.pdf:
        pdf_scales = [int(x) for x in args.pdf.split(",")]
        pdf_counts = [int(x) for x in args.pdf_repeats.split(",")]
        pdf_repeats = {scale: pdf_counts[min(i, len(pdf_counts) - 1)] for i, scale in enumerate(pdf_scales)}
        try:
            results["pdf"] = run_pdf(pdf_scales, pdf_repeats, Path(args.work))
        except SystemExit as failed:  # a LaTeX error: the site's figures are still printed
            results["pdf_failed"] = str(failed.code)
    output.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    print(table(results))
    print(f"\nwrote {args.output}")
    if results.get("pdf_failed"):
        print(f"\nthe PDF comparison failed:\n{results['pdf_failed']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
