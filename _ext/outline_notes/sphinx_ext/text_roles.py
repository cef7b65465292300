"""The roles the pages need that reStructuredText lacks: ``~~strike~~`` and a tag chip.

``:notes-strike:`text``` gives an inline node with the class ``strike``: struck through in
HTML (``outline_notes.css``) and in LaTeX (``\\DUrolestrike`` in ``outlinenotes.sty``); other
builders show the text. ``:notes-tag:`#tag``` is a tag on a card (class ``tag-chip``).
"""

from __future__ import annotations

from docutils import nodes, utils


def strike_role(name, rawtext, text, lineno, inliner, options=None, content=()):
    return [nodes.inline(rawtext, utils.unescape(text), classes=["strike"])], []


def tag_role(name, rawtext, text, lineno, inliner, options=None, content=()):
    return [nodes.inline(rawtext, utils.unescape(text), classes=["tag-chip"])], []
