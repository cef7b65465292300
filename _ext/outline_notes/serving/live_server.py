"""``make livehtml``: the site served on localhost, rebuilt in this process on each save.

One process: it builds once (:class:`.resident.ResidentSite`), then watches the notes and
the project's own files (``watchfiles``) and rebuilds in place; the browser reloads when a
build is done. What ``sphinx-autobuild`` already provides is reused: its reload script
(``web_socket_script``), served the same way (Starlette's static files and a websocket,
on uvicorn). Its watcher is not: it runs each build in a new process.

- Saves while a build runs are kept, and make one next build: nothing is missed (a file
  renamed over the notes, an append, a file added to or removed from a notes folder).
  Editors' backup and swap files are not the notes and start no build.
- A failing build keeps the last good site, says why in the terminal and on every page (a
  box at the top), and the next good save takes it away.
- It listens on 127.0.0.1 only unless told otherwise, and stops on Ctrl+C.
"""

from __future__ import annotations

import html
import queue
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .resident import BuildResult, ResidentSite

_EDITOR_FILES = ("~", ".swp", ".swx", ".swo", ".tmp", ".bak", ".part", ".crdownload")
_EDITOR_PREFIXES = (".#", "#", ".~")
_NEVER = (".git", "__pycache__", ".venv", "node_modules", ".pytest_cache", ".ruff_cache")


@dataclass
class Watched:
    """What a save can touch: folders watched with what is under them, and folders whose own
    files only are watched (the project's top level, beside its build and venv)."""

    deep: list[Path]
    shallow: list[Path]
    ignored: list[Path]  # the generated pages, the build: written by the build itself


def is_editor_file(path: Path) -> bool:
    """A backup, swap or temporary file an editor writes beside the file it saves."""
    name = path.name
    return name.endswith(_EDITOR_FILES) or name.startswith(_EDITOR_PREFIXES) or name == "4913"


class LiveSite:
    """The build loop: a build, then one more for every batch of saves that came meanwhile."""

    def __init__(self, site: ResidentSite, watched: Watched, out=sys.stdout) -> None:
        self.site = site
        self.watched = watched
        self.out = out
        self.generation = 0  # how many builds have finished: the pages reload when it moves
        self.error = ""  # the last build's failure, shown on every page until a good build
        self.changes: queue.Queue[set[Path]] = queue.Queue()
        self.stop = threading.Event()

    def wanted(self, path: Path) -> bool:
        if is_editor_file(path) or any(part in _NEVER for part in path.parts):
            return False
        return not any(path == folder or folder in path.parents for folder in self.watched.ignored)

    def _watch(self, folders: list[Path], recursive: bool) -> None:
        import logging

        import watchfiles

        logging.getLogger("watchfiles").setLevel(logging.WARNING)  # not a line per change
        if not folders:
            return
        for changes in watchfiles.watch(
            *folders,
            watch_filter=lambda _change, path: self.wanted(Path(path)),
            recursive=recursive,
            debounce=40,
            step=20,
            stop_event=self.stop,
            raise_interrupt=False,
        ):
            self.changes.put({Path(path) for _, path in changes})

    def build(self, changed: set[Path] | None = None) -> BuildResult:
        result = self.site.build()
        self.error = "" if result.ok else result.error or "the build failed"
        what = f" ({', '.join(sorted(p.name for p in changed))})" if changed else ""
        if result.ok:
            self._say(f"livehtml: built in {result.seconds:.2f} s{what}")
        else:
            self._say(f"livehtml: the build failed{what}; the last good site is still served:\n{self.error}")
        self.generation += 1
        return result

    def run(self) -> None:
        """Watch and build until stopped (the first build is made before)."""
        watchers = [
            threading.Thread(target=self._watch, args=(self.watched.deep, True), daemon=True),
            threading.Thread(target=self._watch, args=(self.watched.shallow, False), daemon=True),
        ]
        for watcher in watchers:
            watcher.start()
        while not self.stop.is_set():
            try:
                changed = self.changes.get(timeout=0.2)
            except queue.Empty:
                continue
            while True:  # every save that came meanwhile: one build
                try:
                    changed |= self.changes.get_nowait()
                except queue.Empty:
                    break
            self.build(changed)

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def error_box(self) -> bytes:
        if not self.error:
            return b""
        return (
            '<div id="livehtml-error" role="alert" style="position:fixed;top:0;left:0;right:0;z-index:99;'
            "max-height:40vh;overflow:auto;margin:0;padding:0.6em 1em;background:#b00020;color:#fff;"
            'font:14px/1.4 monospace;white-space:pre-wrap">'
            f"The last build failed; this is the last good site.\n{html.escape(self.error)}</div>"
        ).encode()


def make_app(live: LiveSite, outdir: Path, ws_host: str):
    """The web app: the built pages, the reload script and the error box in each HTML page,
    and the websocket that says "refresh" after each build."""
    import asyncio

    from sphinx_autobuild.middleware import web_socket_script
    from starlette.applications import Starlette
    from starlette.datastructures import MutableHeaders
    from starlette.middleware import Middleware
    from starlette.routing import Mount, WebSocketRoute
    from starlette.staticfiles import StaticFiles
    from starlette.websockets import WebSocket, WebSocketDisconnect

    script = web_socket_script(ws_host).encode("utf-8")

    class Inject:
        def __init__(self, app) -> None:
            self.app = app

        async def __call__(self, scope, receive, send) -> None:
            if scope["type"] != "http":
                await self.app(scope, receive, send)
                return
            extra = b""

            async def send_wrapper(message) -> None:
                nonlocal extra
                if message["type"] == "http.response.start":
                    headers = MutableHeaders(scope=message)
                    if headers.get("content-type", "").startswith("text/html"):
                        extra = live.error_box() + script
                        if "content-length" in headers:
                            headers["content-length"] = str(int(headers["content-length"]) + len(extra))
                elif message["type"] == "http.response.body" and extra and not message.get("more_body"):
                    message["body"] += extra
                await send(message)

            await self.app(scope, receive, send_wrapper)

    async def reload(websocket: WebSocket) -> None:
        await websocket.accept()
        seen = live.generation
        try:
            while True:
                await asyncio.sleep(0.05)
                if live.generation != seen:
                    seen = live.generation
                    await websocket.send_text("refresh")
        except (WebSocketDisconnect, RuntimeError):
            return

    return Starlette(
        routes=[
            WebSocketRoute("/websocket-reload", reload),
            Mount("/", app=StaticFiles(directory=outdir, html=True, check_dir=False)),
        ],
        middleware=[Middleware(Inject)],
    )


def serve(live: LiveSite, outdir: Path, host: str, port: int) -> int:
    import uvicorn

    outdir.mkdir(parents=True, exist_ok=True)
    live.build()
    builder = threading.Thread(target=live.run, daemon=True)
    builder.start()
    print(f"livehtml: serving http://{host}:{port}/ (Ctrl+C stops)", file=live.out, flush=True)
    try:
        uvicorn.run(make_app(live, outdir, f"{host}:{port}"), host=host, port=port, log_level="warning")
    finally:
        live.stop.set()
        builder.join(timeout=30)  # a build under way finishes: its pages are whole
    return 0
