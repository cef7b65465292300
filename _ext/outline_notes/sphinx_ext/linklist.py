"""``.. linklist::``: every web address of the site once, with every place it was written.

The directive leaves a placeholder (and marks its page as a list page, so it is rewritten
when any page changes); at doctree-resolved it becomes the list, built from the records
of :mod:`link_collector`, in reading order: an address in the order of its first mention,
and under it each mention (talk, day, its bullet, a way back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .check_nodes import linklist_node
from .grouped_list import plural
from .link_nodes import text_with_links
from .reading_order import anchor_uri, in_reading_order

if TYPE_CHECKING:
    from docutils.parsers.rst.directives import OptionSpec
    from sphinx.application import Sphinx
    from sphinx.builders import Builder


class LinklistDirective(SphinxDirective):
    """The links of the site, or of one conference of an archive (``:conference:``, its slug)."""

    option_spec: ClassVar[OptionSpec] = {
        "class": directives.class_option,
        "conference": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        node = linklist_node(classes=self.options.get("class", []))
        node["conference"] = self.options.get("conference", "").strip()
        self.set_source_info(node)
        self.env.get_domain("notes").add_list(self.env.docname)  # type: ignore[attr-defined]
        return [node]


def _mention(builder: Builder, fromdoc: str, record: dict[str, Any]) -> nodes.list_item:
    item = nodes.list_item(classes=["link-mention"])
    where = nodes.paragraph(classes=["link-where"])
    label = record["talk"] + (f" ({record['day']})" if record["day"] else "")
    uri = anchor_uri(builder, fromdoc, record)
    if uri is None:
        where += nodes.Text(label)
    else:
        where += nodes.reference("", label, internal=True, refuri=uri)
    item += where
    if record["bullet"] != record["text"]:
        bullet = nodes.paragraph(classes=["link-bullet"])
        bullet += text_with_links(record["bullet"])
        item += bullet
    return item


def _address(url: str) -> str:
    """Mentions of the same address: "http://pypy.org/" and "http://pypy.org" are one."""
    return url.rstrip("/")


def build_linklist(builder: Builder, fromdoc: str, records: list[dict[str, Any]]) -> nodes.Element:
    container = nodes.container(classes=["linklist"])
    addresses: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        addresses.setdefault(_address(record["url"]), []).append(record)
    pages = len({r["docname"] for r in records})
    summary = nodes.paragraph(classes=["linklist-summary"])
    summary += nodes.Text(
        f"{plural(len(addresses), 'link')} ({plural(len(records), 'mention')}) in {plural(pages, 'page')}."
    )
    container += summary
    if not records:
        return container
    items = nodes.bullet_list(classes=["linklist-items"])
    for mentions in addresses.values():
        item = nodes.list_item(classes=["link-item"])
        head = nodes.paragraph(classes=["link-url"])
        first = mentions[0]
        head += nodes.reference(first["text"], first["text"], refuri=first["url"])
        if len(mentions) > 1:
            head += nodes.Text(f" ({plural(len(mentions), 'mention')})")
        item += head
        places = nodes.bullet_list(classes=["link-mentions"])
        places.extend(_mention(builder, fromdoc, record) for record in mentions)
        item += places
        items += item
    container += items
    return container


def resolve_linklists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(linklist_node))
    if not placeholders:
        return
    records = in_reading_order(app.env, app.env.get_domain("notes").links)  # type: ignore[attr-defined]
    for node in placeholders:
        chosen = records
        if node.get("conference"):
            prefix = f"{app.config.notes_folder}/{node['conference']}/"
            chosen = [record for record in records if record["docname"].startswith(prefix)]
        section = node.parent
        if not chosen and app.builder.format == "latex" and isinstance(section, nodes.section):
            section.parent.remove(section)  # in print, no chapter that says "0 links"
            continue
        replacement = build_linklist(app.builder, docname, chosen)
        replacement["classes"] += node["classes"]
        node.replace_self(replacement)
