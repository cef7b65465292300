"""Docutils nodes of the follow-up feature, and how every builder renders them.

``check_node`` wraps one follow-up where it was written (it carries the anchor);
``check_box`` is the tick box of the follow-up list; ``check_page`` its page number in
print; ``checklist_node`` is the placeholder
that :mod:`checklist_resolver` replaces. Visitors exist for html, latex, text, man and
texinfo, so no builder stops on an unknown node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class check_node(nodes.General, nodes.Element):
    """One follow-up, in place in its talk."""


class check_box(nodes.Inline, nodes.Element):
    """A tick box for one follow-up: ``checked`` when the notes say CHECKED."""


class check_page(nodes.Inline, nodes.Element):
    """Where a follow-up stands in print: its page number (LaTeX only).

    ``label`` is the ``docname:id`` of the follow-up's anchor; ``external`` when the list
    is in another PDF than the follow-up (the handout), whose labels come through ``xr``.
    """


class checklist_node(nodes.General, nodes.Element):
    """Placeholder for ``.. checklist::``, filled in at doctree-resolved."""


class linklist_node(nodes.General, nodes.Element):
    """Placeholder for ``.. linklist::``, filled in at doctree-resolved."""


def visit_check_html(self, node: check_node) -> None:
    classes = ["check-item-inline"] + (["check-done"] if node.get("done") else [])
    self.body.append(self.starttag(node, "div", CLASS=" ".join(classes)))


def depart_check_html(self, node: check_node) -> None:
    self.body.append("</div>\n")


def visit_check_latex(self, node: check_node) -> None:
    for node_id in node["ids"]:
        self.body.append(self.hypertarget(node_id, anchor=True))


def visit_box_html(self, node: check_box) -> None:
    check_id = self.attval(node["check_id"])
    label = self.attval(node.get("label", "done"))
    checked = " checked" if node.get("checked") else ""
    # data-notes: the notes file, and whether the notes say done, for "Save ticks to notes"
    notes = self.attval(node.get("source", ""))
    in_notes = "done" if node.get("checked") else "open"
    self.body.append(
        f'<input type="checkbox" class="check-box" id="box-{check_id}" '
        f'data-check-id="{check_id}" data-notes="{notes}" data-in-notes="{in_notes}" '
        f'aria-label="{label}"{checked}> '
    )
    raise nodes.SkipNode


def visit_box_latex(self, node: check_box) -> None:
    self.body.append(r"\outlinenotesbox{%s}" % ("1" if node.get("checked") else "0"))
    raise nodes.SkipNode


def visit_page_latex(self, node: check_page) -> None:
    if node.get("external"):
        self.body.append(r"\outlinenotespageof{" + self.idescape("booklet-" + node["label"]) + "}")
    else:
        self.body.append(r"\outlinenotespage{" + self.idescape(node["label"]) + "}")
    raise nodes.SkipNode


def visit_box_text(self, node: check_box) -> None:
    self.add_text("[x] " if node.get("checked") else "[ ] ")
    raise nodes.SkipNode


def visit_box_plain(self, node: check_box) -> None:
    self.body.append("[x] " if node.get("checked") else "[ ] ")
    raise nodes.SkipNode


def skip(self, node: nodes.Element) -> None:
    raise nodes.SkipNode


def passthrough(self, node: nodes.Element) -> None:
    pass


FORMATS = ("html", "latex", "text", "man", "texinfo")
PASS = (passthrough, passthrough)
SKIP = (skip, None)

# node -> (html, latex, text, man, texinfo) visitors: every builder knows every node.
VISITORS = {
    check_node: ((visit_check_html, depart_check_html), (visit_check_latex, passthrough), PASS, PASS, PASS),
    check_box: (
        (visit_box_html, None),
        (visit_box_latex, None),
        (visit_box_text, None),
        (visit_box_plain, None),
        (visit_box_plain, None),
    ),
    check_page: (SKIP, (visit_page_latex, None), SKIP, SKIP, SKIP),
    checklist_node: (SKIP,) * 5,  # placeholders: replaced at doctree-resolved
    linklist_node: (SKIP,) * 5,
}


def register(app: Sphinx) -> None:
    for node, visitors in VISITORS.items():
        app.add_node(node, **dict(zip(FORMATS, visitors, strict=True)))
