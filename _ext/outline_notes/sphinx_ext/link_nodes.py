"""Docutils nodes for note text with its links (the follow-up list shows them as links too)."""

from __future__ import annotations

from docutils import nodes

from ..reading.links import split_links


def text_with_links(text: str) -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for segment, href in split_links(text):
        if href is None:
            result.append(nodes.Text(segment))
        else:
            result.append(nodes.reference(segment, segment, refuri=href))
    return result
