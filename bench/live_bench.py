"""make livehtml, measured: from a save of the notes to the served page holding the edit.

    python bench/live_bench.py            # x1 and the x50 archive (30 files), ours and sphinx-autobuild
    python bench/live_bench.py --saves 5  # fewer saves, for a quick look

For each case and server: the median and the worst of ``--saves`` saves of each kind (a new
file renamed over the notes, as editors save; an append), each waited for until the page
holds the new word. Ours is the resident server (``python -m outline_notes live``, what make
livehtml runs); the peer is ``sphinx-autobuild`` with the same folders, in the same run. And
the resident server's memory (RSS) after its first build and after ``--edits`` edits.
Not part of make test: times are measured here, never asserted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import REPO, make_ours, scaled_notes, split_archive

sys.path.insert(0, str(REPO / "_ext"))
from outline_notes.reading.parser import read_notes


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _served(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):  # the page being written as it is read
        return ""


def _wait(url: str, word: str, limit: float = 300) -> float:
    start = time.perf_counter()
    while word not in _served(url):
        if time.perf_counter() - start > limit:
            raise TimeoutError(f"{word!r} never reached {url}")
        time.sleep(0.01)
    return time.perf_counter() - start


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _server(kind: str, project: Path, notes: Path, port: int) -> subprocess.Popen:
    html, doctrees = project / "_build" / "html", project / "_build" / "doctrees"
    env = {**os.environ, "NOTES": str(notes), "PYTHONPATH": str(project / "_ext")}
    watch = notes if notes.is_dir() else notes.parent
    if kind == "resident":
        command = [
            sys.executable,
            "-m",
            "outline_notes",
            "live",
            str(project),
            str(html),
            "-d",
            str(doctrees),
        ]
        command += ["--watch", str(notes), "--port", str(port), "-q"]
    else:
        command = [
            str(Path(sys.prefix, "bin", "sphinx-autobuild")),
            str(project),
            str(html),
            "-d",
            str(doctrees),
        ]
        command += ["--port", str(port), "-q", "--watch", str(watch)]
        command += ["--ignore", f"{project / 'days'}/*", "--ignore", f"{project / '_build'}/*"]
    return subprocess.Popen(
        command,
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def measure(
    kind: str, project: Path, notes_file: Path, pages: dict[str, str], saves: int, edits: int
) -> dict:
    port = _free_port()
    notes_arg = notes_file.parent if notes_file.parent.name == "notes" else notes_file
    server = _server(kind, project, notes_arg, port)
    url = f"http://127.0.0.1:{port}/{pages['rename']}"
    result: dict = {"server": kind}
    try:
        first = _wait(url, "</html>", 900)
        result["first build s"] = round(first, 2)
        base = notes_file.read_text("utf-8")
        time.sleep(1)
        if kind == "resident":
            result["rss after 1 build MB"] = round(_rss_mb(server.pid), 1)
        for how in ("rename", "append"):
            url = f"http://127.0.0.1:{port}/{pages[how]}"
            times = []
            last_word = ""
            for number in range(saves):
                word = f"saved{how}{number}x{time.time_ns()}"
                text = base.replace("\n- ", f"\n- {word} ", 1)
                if how == "rename":
                    temporary = notes_file.with_name(f".{notes_file.name}.tmp")
                    temporary.write_text(text, "utf-8")
                    start = time.perf_counter()
                    os.replace(temporary, notes_file)
                else:
                    notes_file.write_text(base, "utf-8")  # the last append gone, and served so
                    if last_word:
                        while last_word in _served(url):
                            time.sleep(0.01)
                    time.sleep(0.3)
                    start = time.perf_counter()
                    with notes_file.open("a", encoding="utf-8") as stream:
                        stream.write(f"\n- {word}\n")
                    text = None
                while word not in _served(url):
                    time.sleep(0.01)
                    if time.perf_counter() - start > 300:
                        raise TimeoutError(f"{kind}: {how} save {number} not served")
                times.append(time.perf_counter() - start)
                last_word = word
                time.sleep(0.3)
            result[f"{how} median s"] = round(statistics.median(times), 3)
            result[f"{how} max s"] = round(max(times), 3)
        notes_file.write_text(base, "utf-8")
        url = f"http://127.0.0.1:{port}/{pages['rename']}"
        if kind == "resident" and edits:
            for number in range(edits):
                word = f"edit{number}x{time.time_ns()}"
                notes_file.write_text(base.replace("\n- ", f"\n- {word} ", 1), "utf-8")
                _wait(url, word)
            result[f"rss after {edits} edits MB"] = round(_rss_mb(server.pid), 1)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "live-results.json")
    args = parser.parse_args(argv)
    shipped = (REPO / "notes.txt").read_text("utf-8")
    results = []
    with tempfile.TemporaryDirectory() as work:
        cases = [
            ("x1", shipped, None),
            ("archive x50, 30 files", shipped, split_archive(scaled_notes(shipped, 50), 30)),
        ]
        for name, notes, archive in cases:
            for kind in ("resident", "autobuild"):
                project = make_ours(Path(work) / f"{kind}-{len(results)}", notes, archive)
                if archive:
                    notes_file, folder = project / "notes" / sorted(archive)[0], "days/conf-01"
                else:
                    notes_file, folder = project / "notes.txt", "days"
                parsed = read_notes(notes_file)
                first_day, last_day = parsed.days[0], parsed.days[-1]
                pages = {  # the first bullet's talk (edited in place), the last talk (appended to)
                    "rename": f"{folder}/{first_day.slug}/{first_day.talks[0].slug}.html",
                    "append": f"{folder}/{last_day.slug}/{last_day.talks[-1].slug}.html",
                }
                print(f"{name}: {kind} ...", file=sys.stderr, flush=True)
                edits = args.edits if (kind == "resident" and not archive) else 0
                entry = {"case": name, **measure(kind, project, notes_file, pages, args.saves, edits)}
                print(json.dumps(entry), flush=True)
                results.append(entry)
    args.out.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
