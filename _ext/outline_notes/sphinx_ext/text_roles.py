"""The one role the Markdown renderer needs that reStructuredText lacks: ``~~strike~~``.

``:notes-strike:`text``` gives an inline node with the class ``strike``: struck through in
HTML (``outline_notes.css``) and in LaTeX (``\\DUrolestrike`` in ``outlinenotes.sty``); other
builders show the text.
"""

from __future__ import annotations

from docutils import nodes, utils


def strike_role(name, rawtext, text, lineno, inliner, options=None, content=()):
    return [nodes.inline(rawtext, utils.unescape(text), classes=["strike"])], []
