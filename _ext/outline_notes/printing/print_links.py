"""Links in print: long URLs must break at the page edge instead of running off it.

Sphinx prints a link as ``\\sphinxurl`` (which breaks) only when its text is exactly its
address; the escaped text of a note keeps docutils' escape marks, so a typed URL never
compares equal. This post-transform, for LaTeX only, gives such a link plain text, and
shows other unbreakable link text (a bare ``github.com/...`` path) as an inline literal,
which Sphinx lets wrap.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

_UNBREAKABLE = 30  # characters without a space before a link text needs help to wrap


class BreakableLinks(SphinxPostTransform):
    default_priority = 5
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        for ref in list(self.document.findall(nodes.reference)):
            uri = ref.get("refuri", "")
            if (
                not uri.startswith(("http://", "https://"))
                or len(ref.children) != 1
                or not isinstance(ref[0], nodes.Text)
            ):
                continue
            text = ref.astext()
            if text == uri:
                ref[0] = nodes.Text(uri)
            elif len(text) > _UNBREAKABLE and not any(c.isspace() for c in text):
                ref[0] = nodes.literal(text, text)
