"""Everyday use: what a new user tripped over, each with the check that catches it."""

from __future__ import annotations

import pytest

TALK = "days/day-1/rust-at-work"


@pytest.mark.sphinx("html", testroot="everyday", freshenv=True)
def test_fenced_code_is_highlighted_in_its_language_without_the_fence_as_caption(app):
    app.build()
    page = (app.outdir / f"{TALK}.html").read_text("utf-8")
    assert "```" not in page and "code-block-caption" not in page
    assert 'class="highlight-rust' in page
    assert '<div class="code-language docutils container">' in page  # the language, quietly


@pytest.mark.sphinx("latex", testroot="everyday", freshenv=True)
def test_fenced_code_in_print_has_no_listing_caption(app):
    app.build()
    tex = next(app.outdir.glob("*.tex")).read_text("utf-8")
    assert "```" not in tex and r"\sphinxSetupCaptionForVerbatim" not in tex
    assert r"\begin{sphinxuseclass}{code-language}" in tex
