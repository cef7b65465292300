"""A bounded sidebar: the root's entries, and the children of each ancestor of the page.

Furo renders ``toctree(maxdepth=-1, includehidden=True)`` into every page, so each page
walks and prints the whole site: quadratic time and pages that grow with the archive.
Here, before Furo's ``html-page-context`` handler runs, ``context["toctree"]`` is replaced
by a function that returns the same HTML shape (``ul > li.toctree-lN > a.reference``, with
``current`` on the path to the page) for just the open branch: the days, and the talks of
the current day. Furo then adds its expand/collapse checkboxes as usual, and its search,
dark mode and prev/next links are untouched. Cost per page: the days plus one day's talks.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

PRIORITY = 400  # before furo's handler (default priority 500)
_CACHE_KEY = "_outline_notes_nav_parents"


def parent_map(toctree_includes: dict[str, list[str]]) -> dict[str, str]:
    """Each document's first toctree parent (sorted by parent name, as Sphinx does)."""
    parents: dict[str, str] = {}
    for parent in sorted(toctree_includes):
        for child in toctree_includes[parent]:
            parents.setdefault(child, parent)
    return parents


def ancestors(parents: dict[str, str], docname: str) -> list[str]:
    """The page, its parent, ... up to (not including) the top."""
    chain: list[str] = []
    current: str | None = docname
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def _title(env: BuildEnvironment, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname


def bounded_tree(env: BuildEnvironment, root: str, pagename: str, parents: dict[str, str],
                 uri: Any) -> str:
    """HTML for the root's entries, opening only the branch that holds ``pagename``."""
    on_path = set(ancestors(parents, pagename))

    def branch(docname: str, depth: int, seen: frozenset[str]) -> str:
        rows = []
        for child in env.toctree_includes.get(docname, []):
            if child not in env.all_docs or child in seen:
                continue
            current = child in on_path
            li_class = f"toctree-l{depth}" + (" current" if current else "")
            a_class = "reference internal" + (" current" if child == pagename else "")
            row = (f'<li class="{li_class}"><a class="{a_class}" href="{escape(uri(child))}">'
                   f"{escape(_title(env, child))}</a>")
            if current and env.toctree_includes.get(child):
                row += branch(child, depth + 1, seen | {child})
            rows.append(row + "</li>")
        if not rows:
            return ""
        return ('<ul class="current">' if depth > 1 else "<ul>") + "".join(rows) + "</ul>"

    return branch(root, 1, frozenset({root}))


def _reset_cache(app: Sphinx, env: BuildEnvironment) -> None:
    setattr(app, _CACHE_KEY, None)


def install_bounded_toctree(app: Sphinx, pagename: str, templatename: str,
                            context: dict[str, Any], doctree: Any) -> None:
    if "toctree" not in context or app.config.notes_full_sidebar:
        return
    env = app.env
    parents = getattr(app, _CACHE_KEY, None)
    if parents is None:
        parents = parent_map(env.toctree_includes)
        setattr(app, _CACHE_KEY, parents)
    builder = app.builder
    full_toctree = context["toctree"]

    def toctree(**kwargs: Any) -> str:
        if kwargs.get("maxdepth", 0) not in (-1, 0) or not kwargs.get("includehidden"):
            return full_toctree(**kwargs)
        return bounded_tree(env, app.config.root_doc, pagename, parents,
                            lambda doc: builder.get_relative_uri(pagename, doc))

    context["toctree"] = toctree


def register(app: Sphinx) -> None:
    app.add_config_value("notes_full_sidebar", False, "html", types=[bool])
    app.connect("env-updated", _reset_cache)
    app.connect("html-page-context", install_bounded_toctree, priority=PRIORITY)
