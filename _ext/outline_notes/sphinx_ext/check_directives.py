"""``.. check::`` (one follow-up, in place) and ``.. checklist::`` (the list of them).

``check`` parses its content as ordinary reStructuredText, shows every CHECK / CHECKED word
as a badge, and records a plain-data follow-up in the ``notes`` domain. ``checklist`` only
leaves a placeholder, filled in once all documents are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

from ..reading import markers
from .check_nodes import check_node, checklist_node

if TYPE_CHECKING:
    from docutils.parsers.rst.directives import OptionSpec


def configured_markers(config) -> markers.Markers:
    """The follow-up words of conf.py (``notes_followup_markers``, ``notes_done_markers``)."""
    return markers.Markers(tuple(config.notes_followup_markers), tuple(config.notes_done_markers))


def mark_badges(node: nodes.Element, words: markers.Markers = markers.DEFAULT) -> None:
    """Wrap every marker inside ``node`` (as typed) in an inline with class ``check-badge``."""
    for text in list(node.findall(nodes.Text)):
        value = text.astext()  # escapes undone (docutils keeps them as NUL characters)
        if (isinstance(text.parent, nodes.inline) and "check-badge" in text.parent["classes"]) or not (
            found := markers.find(value, words)
        ):
            continue
        pieces: list[nodes.Node] = []
        position = 0
        for start, end, typed, done in sorted(found):
            if start < position:
                continue
            if start > position:
                pieces.append(nodes.Text(value[position:start]))
            classes = ["check-badge"] + (["check-badge-done"] if done else [])
            pieces.append(nodes.inline(typed, typed, classes=classes))
            position = end
        if position < len(value):
            pieces.append(nodes.Text(value[position:]))
        text.parent.replace(text, pieces)


class CheckDirective(SphinxDirective):
    """A follow-up item: its content is the item as the note-taker wrote it."""

    has_content = True
    option_spec: ClassVar[OptionSpec] = {
        "id": directives.unchanged,
        "source": directives.unchanged,
        "line": directives.positive_int,
        "context": directives.unchanged,
        "done": directives.flag,
        "marker": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        node = check_node()
        self.set_source_info(node)
        self.state.nested_parse(self.content, self.content_offset, node)
        written = " ".join(node.astext().split())
        context = " ".join(self.options.get("context", "").split())
        words = configured_markers(self.config)
        text, context = markers.followup_text(written, context, words)
        done = "done" in self.options or markers.is_done(written, words)
        node_id = self.options.get("id") or make_id(self.env, self.state.document, "check", text)
        node["ids"].append(node_id)
        node["done"] = done
        mark_badges(node, words)
        line = self.get_source_info()[1]
        relative = str(self.env.doc2path(self.env.docname, False))
        record = {
            "id": node_id,
            "docname": self.env.docname,
            "text": text,
            "context": context,
            "done": done,
            "marker": self.options.get("marker") or markers.marker_of(written, words),
            "source": self.options.get("source") or relative,
            "line": self.options.get("line") or line,
        }
        self.env.get_domain("notes").add_check(self.env.docname, record)  # type: ignore[attr-defined]
        return [node]


class ChecklistDirective(SphinxDirective):
    """The follow-ups of the project, of one conference of an archive (``:conference:``, its
    slug or title), of one day (``:day:``) or of this page (``:page:``);
    ``:summary:`` gives one line, linking to their part of the follow-up page."""

    option_spec: ClassVar[OptionSpec] = {
        "day": directives.unchanged_required,
        "conference": directives.unchanged_required,
        "page": directives.flag,
        "open": directives.flag,
        "compact": directives.flag,
        "summary": directives.flag,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        node = checklist_node()
        self.set_source_info(node)
        options: dict[str, Any] = {
            "day": self.options.get("day", ""),
            "conference": self.options.get("conference", ""),
            "page": "page" in self.options,
            "open": "open" in self.options,
            "compact": "compact" in self.options,
            "summary": "summary" in self.options,
        }
        node.update_all_atts({"filters": options, "docname": self.env.docname})
        node["classes"] += self.options.get("class", [])
        if not options["page"]:  # a page's own list is fresh whenever the page is read
            self.env.get_domain("notes").add_list(self.env.docname)  # type: ignore[attr-defined]
        return [node]
