"""Where a page stands in the site: reading order, toctree parent, title. Plain functions.

Shared by the follow-up list, the links page and the sidebar; records (follow-ups, links)
are plain dicts with ``docname`` and ``id``. Documents are in toctree
order from the root (depth first), the rest after; a page's day is the title of its
toctree parent (unless that is the root).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sphinx.errors import NoUri

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment


def document_order(env: BuildEnvironment) -> list[str]:
    """All documents, depth-first through the toctrees from the root; the rest after."""
    seen: dict[str, None] = {}
    stack = [env.config.root_doc]
    while stack:
        docname = stack.pop()
        if docname in seen or docname not in env.all_docs:
            continue
        seen[docname] = None
        stack.extend(reversed(env.toctree_includes.get(docname, [])))
    return list(seen) + sorted(set(env.all_docs) - set(seen))


def parent_map(toctree_includes: dict[str, list[str]]) -> dict[str, str]:
    """Each document's first toctree parent (parents in name order, as Sphinx does)."""
    parents: dict[str, str] = {}
    for parent in sorted(toctree_includes):
        for child in toctree_includes[parent]:
            parents.setdefault(child, parent)
    return parents


_CACHE = "_outline_notes_reading_order"


def reading_order(env: BuildEnvironment) -> tuple[list[str], dict[str, str]]:
    """(document order, parent map), computed once per build: every page's list and
    sidebar asks, and each costs a walk of the whole site."""
    cached = getattr(env, _CACHE, None)
    if cached is None:
        cached = (document_order(env), parent_map(env.toctree_includes))
        setattr(env, _CACHE, cached)
    return cached


def forget_order(app: object, env: BuildEnvironment) -> None:
    """env-updated: the documents were read; the order is computed afresh when asked."""
    setattr(env, _CACHE, None)
    setattr(env, _LISTS, {})


_LISTS = "_outline_notes_lists"


def once_per_build(env: BuildEnvironment, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept until the documents are read again: what every page with a list
    asks for (all follow-ups in reading order) is worked out once, not once per page."""
    cache = getattr(env, _LISTS, None)
    if cache is None:
        cache = {}
        setattr(env, _LISTS, cache)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def title(env: BuildEnvironment, docname: str) -> str:
    node = env.titles.get(docname)
    return node.astext() if node is not None else docname


def day_of(env: BuildEnvironment, docname: str, parents: dict[str, str]) -> str:
    parent = parents.get(docname)
    return title(env, parent) if parent and parent != env.config.root_doc else ""


def conference_of(env: BuildEnvironment, docname: str) -> tuple[str, str]:
    """(slug, home page) of the page's conference in an archive (its ``:conference:``
    metadata); ("", "") for a page of a single notes file, or not of the notes."""
    slug = str(env.metadata.get(docname, {}).get("conference", ""))
    if not slug:
        return "", ""
    return slug, f"{env.config.notes_folder}/{slug}/index"


def in_reading_order(env: BuildEnvironment, records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Records keyed by docname, flattened in reading order, with conference (in an
    archive), day, talk and speaker."""
    order, parents = reading_order(env)
    items = []
    for docname in order if len(records) > 1 else records:
        if docname not in records:
            continue
        conference, home = conference_of(env, docname)
        conference_title = title(env, home) if conference else ""
        day = day_of(env, docname, parents)
        if conference and parents.get(docname) == home:
            day = title(env, docname)  # a day page's own text: its day is the page
        speaker = str(env.metadata.get(docname, {}).get("speaker", ""))
        where = {"conference": conference, "conference_title": conference_title, "day": day}
        for record in records[docname]:
            items.append({**record, **where, "talk": title(env, docname), "speaker": speaker})
    return items


def anchor_uri(builder: Builder, fromdoc: str, record: dict[str, Any]) -> str | None:
    """The link from ``fromdoc`` to a record's anchor, or None where the output has no page."""
    try:
        return builder.get_relative_uri(fromdoc, record["docname"]) + "#" + record["id"]
    except NoUri:
        return None


def is_website(app: Sphinx) -> bool:
    """An HTML builder whose output is served as files (not an e-book, which packs only
    the files it knows a type for): where ``checks.json`` and ``outline.json`` belong."""
    return app.builder.format == "html" and app.builder.name != "epub"
