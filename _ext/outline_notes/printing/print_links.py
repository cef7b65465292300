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


_LONG_WORD = 40  # characters without a space: a word LaTeX could not break at the page edge
_CHUNK = 20
# A code line is cut into lines this long in print (Sphinx's wrapping measures the whole line
# first, and a line of thousands of characters is wider than TeX can measure).
_LONGEST_CODE_LINE = 500
_LONGEST_TITLE = 300
_BREAK = "\\texorpdfstring{\\allowbreak{}}{}"  # in a title too: nothing in the PDF's bookmarks


class BreakableWords(SphinxPostTransform):
    """A very long word in the text (a pasted hash, a log line without spaces) may break
    every 20 characters in print, instead of running off the page (or crashing XeLaTeX), in
    a title too. Code is left to Sphinx (``verbatimforcewraps`` wraps code lines)."""

    default_priority = 20  # after the references are resolved (:doc: rebuilds its text)
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        for title in list(self.document.findall(nodes.title)):
            # a heading cannot break across pages: one longer than a few lines is cut in
            # print, and printed whole as the first paragraph under it
            if isinstance(title.parent, nodes.section) and len(title.astext()) > _LONGEST_TITLE:
                whole = title.astext()
                title.children = [nodes.Text(whole[:_LONGEST_TITLE].rstrip() + " …")]
                section = title.parent
                section.insert(section.index(title) + 1, nodes.paragraph(whole, whole))
        for block in self.document.findall(nodes.literal_block):
            code = block.astext()
            if len(code) > _LONGEST_CODE_LINE and any(
                len(line) > _LONGEST_CODE_LINE for line in code.split("\n")
            ):
                lines = [
                    line[start : start + _LONGEST_CODE_LINE]
                    for line in code.split("\n")
                    for start in range(0, max(len(line), 1), _LONGEST_CODE_LINE)
                ]
                block.children = [nodes.Text("\n".join(lines))]
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            value = str(text)
            if len(value) <= _LONG_WORD or not any(len(w) > _LONG_WORD for w in value.split()):
                continue
            if parent is None or any(_left_alone(a) for a in _ancestors(parent)):
                continue
            pieces: list[nodes.Node] = []
            for index, word in enumerate(value.split(" ")):
                if index:
                    pieces.append(nodes.Text(" "))
                chunks = (
                    [word[i : i + _CHUNK] for i in range(0, len(word), _CHUNK)]
                    if len(word) > _LONG_WORD
                    else [word]
                )
                for number, chunk in enumerate(chunks):
                    if number:
                        pieces.append(nodes.raw("", _BREAK, format="latex"))
                    pieces.append(nodes.Text(chunk))
            parent.replace(text, pieces)


def _left_alone(node: nodes.Node) -> bool:
    """Code and raw output, and a link whose text is its address (BreakableLinks lets it
    break)."""
    if isinstance(node, nodes.reference):
        return node.astext() == node.get("refuri", "")
    return isinstance(node, nodes.FixedTextElement | nodes.literal)


def _ancestors(node: nodes.Node):
    while node is not None:
        yield node
        node = node.parent
