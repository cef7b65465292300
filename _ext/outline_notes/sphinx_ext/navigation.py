"""A bounded sidebar: the root's entries, and the children of each ancestor of the page.

Furo renders ``toctree(maxdepth=-1, includehidden=True)`` into every page and then
re-parses it with BeautifulSoup to add its expand/collapse checkboxes: quadratic time, and
pages that grow with the archive. Here the sidebar holds just the open branch (the days,
and the talks of the current day), written directly in the HTML shape Furo's
``get_navigation_tree`` produces (``li.toctree-lN``, ``current``, ``current-page``,
``has-children`` with its checkbox and label). ``toctree`` is kept out of Furo's
handler (so it computes nothing) and put back after it, with ``furo_navigation_tree``
set. Furo's templates, search, dark mode and prev/next links are untouched.
Cost per page: at most ``notes_sidebar_days`` days (a window around the page's own day; a
"… N earlier/later days" row links to the home page, which lists them all) plus one day's
talks, so a page's size does not grow with the archive.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from .grouped_list import plural
from .reading_order import reading_order, title

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

BEFORE_FURO, AFTER_FURO = 400, 600  # furo's html-page-context handler has the default, 500


def ancestors(parents: dict[str, str], docname: str) -> list[str]:
    """The page, its parent, ... up to (not including) the top."""
    chain: list[str] = []
    current: str | None = docname
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def windowed(entries: list[str], is_day: Callable[[str], bool], on_path: set[str], limit: int) -> list:
    """The entries with the days cut to ``limit``, centred on the open one (else the first).

    A run of days left out becomes ``("earlier" | "later", count)`` in its place; the other
    entries (follow-ups, links, ...) all stay. ``limit`` 0: every day.
    """
    days = [index for index, entry in enumerate(entries) if is_day(entry)]
    if limit <= 0 or len(days) <= limit:
        return entries
    open_at = next((n for n, index in enumerate(days) if entries[index] in on_path), 0)
    first = min(max(open_at - limit // 2, 0), len(days) - limit)
    left_out = set(days[:first] + days[first + limit :])
    start = days[first]
    out: list = []
    skipped = 0
    for index, entry in enumerate(entries):
        if index in left_out:
            skipped += 1
            continue
        if skipped:
            out.append(("earlier" if index <= start else "later", skipped))
            skipped = 0
        out.append(entry)
    if skipped:
        out.append(("later", skipped))
    return out


def bounded_tree(
    env: BuildEnvironment,
    root: str,
    pagename: str,
    parents: dict[str, str],
    uri: Any,
    label: Any,
    days: int = 0,
) -> str:
    """Furo-shaped HTML for the root's entries, opening only the branch holding ``pagename``.

    ``uri(doc)`` is the link from ``pagename`` to ``doc``; ``label(doc)`` its escaped title;
    ``days``: how many of the root's day entries to show (:func:`windowed`).
    """
    on_path = set(ancestors(parents, pagename))
    folder = env.config.notes_folder + "/"
    boxes = 0

    def is_part(doc: str) -> bool:  # a day of the notes, or a conference of an archive
        return doc.startswith(folder) and doc.endswith("/index")

    top = [doc for doc in env.toctree_includes.get(root, []) if is_part(doc)]
    noun = "conference" if top and env.metadata.get(top[0], {}).get("conference") else "day"

    def branch(docname: str, depth: int, seen: frozenset[str]) -> str:
        nonlocal boxes
        rows = []
        children = [
            child
            for child in env.toctree_includes.get(docname, [])
            if child in env.all_docs and child not in seen
        ]
        if depth == 1:
            children = windowed(children, is_part, on_path, days)
        for child in children:
            if isinstance(child, tuple):
                where, count = child
                rows.append(
                    f'<li class="toctree-l1 notes-more-days"><a class="reference internal" '
                    f'href="{uri(root)}">… {plural(count, f"{where} {noun}")}</a></li>'
                )
                continue
            current = child in on_path
            text = label(child)
            a_class = "reference internal" + (" current" if child == pagename else "")
            link = f'<a class="{a_class}" href="{uri(child)}">{text}</a>'
            inner = branch(child, depth + 1, seen | {child}) if current else ""
            classes = [f"toctree-l{depth}"] + (["current"] if current else [])
            if child == pagename:
                classes.append("current-page")
            if inner:
                boxes += 1
                box = f"toctree-checkbox-{boxes}"
                classes.append("has-children")
                link += (
                    f'<input aria-label="Toggle navigation of {text}" checked="" '
                    f'class="toctree-checkbox" id="{box}" name="{box}" role="switch" '
                    f'type="checkbox"/><label for="{box}"><span class="icon"><svg>'
                    '<use href="#svg-arrow-right"></use></svg></span></label>'
                )
            rows.append(f'<li class="{" ".join(classes)}">{link}{inner}</li>')
        if not rows:
            return ""
        return ('<ul class="current">' if depth > 1 else "<ul>") + "".join(rows) + "</ul>"

    return branch(root, 1, frozenset({root}))


def _hide_toctree(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Before Furo: take ``toctree`` away, so Furo does not render the whole site."""
    if "toctree" in context and not app.config.notes_full_sidebar:
        context["_outline_notes_toctree"] = context.pop("toctree")


def _bounded_sidebar(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """After Furo: give back ``toctree`` and set the bounded sidebar."""
    if "_outline_notes_toctree" not in context:
        return
    context["toctree"] = context.pop("_outline_notes_toctree")
    _, parents = reading_order(app.env)
    builder = app.builder
    # Per build (the builder is new each build; titles are final once reading is done):
    # each day is in every page's sidebar, so its title and link are worked out once per
    # folder, not once per page. A link to another page depends only on this page's folder.
    cache = builder.__dict__.setdefault("_outline_notes_sidebar", {"labels": {}, "uris": {}})
    labels, uris = cache["labels"], cache["uris"]
    folder = builder.get_target_uri(pagename).rpartition("/")[0]

    def label(doc: str) -> str:
        if doc not in labels:
            labels[doc] = escape(title(app.env, doc))
        return labels[doc]

    def uri(doc: str) -> str:
        if doc == pagename:
            return escape(builder.get_relative_uri(pagename, doc))
        key = (folder, doc)
        if key not in uris:
            uris[key] = escape(builder.get_relative_uri(pagename, doc))
        return uris[key]

    context["furo_navigation_tree"] = bounded_tree(
        app.env, app.config.root_doc, pagename, parents, uri, label, app.config.notes_sidebar_days
    )


def register(app: Sphinx) -> None:
    app.add_config_value("notes_full_sidebar", False, "html", types=[bool])
    app.add_config_value("notes_sidebar_days", 30, "html", types=[int])
    app.connect("html-page-context", _hide_toctree, priority=BEFORE_FURO)
    app.connect("html-page-context", _bounded_sidebar, priority=AFTER_FURO)
