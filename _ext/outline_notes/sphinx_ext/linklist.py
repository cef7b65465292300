"""``.. linklist::``: every web link of the site, by day and talk, each with its bullet.

The directive leaves a placeholder (and marks its page as a list page, so it is rewritten
when any page changes); at doctree-resolved it becomes the list, built from the records
of :mod:`link_collector`, in reading order.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .check_nodes import linklist_node
from .grouped_list import grouped, plural
from .link_nodes import text_with_links
from .reading_order import anchor_uri, in_reading_order

if TYPE_CHECKING:
    from docutils.parsers.rst.directives import OptionSpec
    from sphinx.application import Sphinx
    from sphinx.builders import Builder


class LinklistDirective(SphinxDirective):
    option_spec: ClassVar[OptionSpec] = {"class": directives.class_option}

    def run(self) -> list[nodes.Node]:
        node = linklist_node(classes=self.options.get("class", []))
        self.set_source_info(node)
        self.env.get_domain("notes").add_list(self.env.docname)  # type: ignore[attr-defined]
        return [node]


def _item(builder: Builder, fromdoc: str, record: dict[str, Any]) -> nodes.list_item:
    item = nodes.list_item(classes=["link-item"])
    head = nodes.paragraph(classes=["link-url"])
    head += nodes.reference(record["text"], record["text"], refuri=record["url"])
    item += head
    if record["bullet"] != record["text"]:
        bullet = nodes.paragraph(classes=["link-bullet"])
        bullet += text_with_links(record["bullet"])
        item += bullet
    uri = anchor_uri(builder, fromdoc, record)
    if uri is None:
        return item
    where = nodes.paragraph(classes=["link-where"])
    where += nodes.reference("", "where it was written", internal=True, refuri=uri)
    item += where
    return item


def build_linklist(builder: Builder, fromdoc: str, records: list[dict[str, Any]]) -> nodes.Element:
    container = nodes.container(classes=["linklist"])
    talks = Counter(r["docname"] for r in records)
    summary = nodes.paragraph(classes=["linklist-summary"])
    summary += nodes.Text(f"{plural(len(records), 'link')} in {plural(len(talks), 'page')}.")
    container += summary
    container += grouped(
        records,
        lambda record: _item(builder, fromdoc, record),
        kind="linklist",
        noun="link",
        count_days=False,
    )
    return container


def resolve_linklists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(linklist_node))
    if not placeholders:
        return
    records = in_reading_order(app.env, app.env.get_domain("notes").links)  # type: ignore[attr-defined]
    for node in placeholders:
        replacement = build_linklist(app.builder, docname, records)
        replacement["classes"] += node["classes"]
        node.replace_self(replacement)
