"""Collect every web link of every page as it is read, for the links page.

A read-time transform: each paragraph holding an http(s) link gets an anchor (``link-N``)
if it has none, and each link becomes a plain-data record in the ``notes`` domain: the
address, the link text, the text of the bullet it came from, and that anchor.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms import SphinxTransform

from .check_nodes import linklist_node


def _holder(node: nodes.Node) -> nodes.Element | None:
    """The paragraph (or other text block) a link stands in."""
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.TextElement):
        parent = parent.parent
    return parent


def _in_schedule(node: nodes.Node | None) -> bool:
    """In a day page's schedule, which repeats each talk's first line: not a place of its own."""
    while node is not None:
        if isinstance(node, nodes.Element) and "day-schedule" in node["classes"]:
            return True
        node = node.parent
    return False


class CollectLinks(SphinxTransform):
    default_priority = 880

    def apply(self, **kwargs: object) -> None:
        if next(iter(self.document.findall(linklist_node)), None) is not None:
            return  # a page that lists links is not itself a source of them
        domain = self.env.get_domain("notes")
        taken = set(self.document.ids)
        counter = 0
        for ref in list(self.document.findall(nodes.reference)):
            uri = ref.get("refuri", "")
            if not uri.startswith(("http://", "https://")):
                continue
            holder = _holder(ref)
            if holder is None or _in_schedule(ref):
                continue
            if not holder["ids"]:
                counter += 1
                while f"link-{counter}" in taken:
                    counter += 1
                holder["ids"].append(f"link-{counter}")
                taken.add(f"link-{counter}")
                self.document.ids[f"link-{counter}"] = holder
            domain.add_link(  # type: ignore[attr-defined]
                self.env.docname,
                {
                    "id": holder["ids"][0],
                    "docname": self.env.docname,
                    "url": uri,
                    "text": " ".join(ref.astext().split()),
                    "bullet": " ".join(holder.astext().split()),
                },
            )
