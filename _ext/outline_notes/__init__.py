"""outline_notes: a Sphinx extension that turns plain-text conference notes into a site.

``setup()`` only registers: config values, the page generator (:mod:`page_generation`),
the follow-up nodes, directives and domain, the bounded sidebar (:mod:`navigation`)
and the static files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .printing.print_links import BreakableLinks, BreakableWords
from .sphinx_ext import check_nodes, navigation
from .sphinx_ext.atom_feed import link_the_feed, write_feed
from .sphinx_ext.build_lock import lock_folder, unlock_folder
from .sphinx_ext.check_directives import CheckDirective, ChecklistDirective
from .sphinx_ext.check_domain import ChecksDomain
from .sphinx_ext.checklist_resolver import (
    lists_to_rewrite,
    note_changes,
    resolve_checklists,
    write_checks_json,
)
from .sphinx_ext.interrupted import build_finished, rebuild_after_interruption
from .sphinx_ext.latex_extras import write_latex_extras
from .sphinx_ext.link_collector import CollectLinks
from .sphinx_ext.linklist import LinklistDirective, resolve_linklists
from .sphinx_ext.page_generation import (
    choose_booklets,
    generate_pages,
    notes_never_sources,
    write_outline_json,
)
from .sphinx_ext.reading_order import forget_order
from .sphinx_ext.site_address import say_what_needs_the_address
from .sphinx_ext.stale_output import remove_built_pages
from .sphinx_ext.text_roles import strike_role, tag_role
from .sphinx_ext.titles import html_title_as_text, latex_titles_as_text, meta_content_as_text

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

__version__ = "0.1.0"
STATIC = Path(__file__).parent / "static"  # the website's files (CSS, JS), HTML builders only
TEX = Path(__file__).parent / "printing" / "tex"  # the LaTeX builder's files


def _add_static_path(app: Sphinx, config: Config) -> None:
    # At config-inited, before the environment compares its stored config with this one.
    # New lists, never append: a default list is shared by every Sphinx app in the process.
    if str(STATIC) not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, str(STATIC)]
    for name in ("outlinenotes.sty", "outlinenotes.lua"):
        path = str(TEX / name)
        if path not in config.latex_additional_files:
            config.latex_additional_files = [*config.latex_additional_files, path]


def _long_lines(app: Sphinx) -> None:
    """A notes line of any length reaches its page: docutils refuses a whole document with a
    line over 10,000 characters (a pasted log, a long title), and the page (or the home
    page's cards) would be empty while the build succeeds."""
    app.env.settings["line_length_limit"] = max(app.env.settings.get("line_length_limit", 0), 10**8)


def _latex_epilog(app: Sphinx) -> None:
    """``make pdf`` runs LaTeX itself: Sphinx's "Run 'make' in that directory" is not for it."""
    if app.config.notes_latex_epilog is not None and app.builder.name == "latex":
        app.builder.epilog = app.config.notes_latex_epilog


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("notes_file", "", "env", types=[str])
    app.add_config_value("notes_title", "", "env", types=[str])
    app.add_config_value("notes_folder", "days", "env", types=[str])
    app.add_config_value("notes_followup_doc", "followup", "env", types=[str])
    app.add_config_value("notes_home_links", [], "env", types=[list, tuple])
    app.add_config_value("notes_structure", "", "env", types=[str])
    app.add_config_value("notes_days", True, "env", types=[bool])
    app.add_config_value("notes_inline", "auto", "env", types=[str])
    app.add_config_value("notes_latex_epilog", None, "", types=[str, type(None)])
    app.add_config_value("notes_print_conference", "", "", types=[str])
    app.add_config_value("notes_followup_markers", ["CHECK", "TODO"], "env", types=[list, tuple])
    app.add_config_value("notes_done_markers", ["CHECKED", "DONE"], "env", types=[list, tuple])
    # Private lines (PRIVATE ..., %% ... %%, <!-- ... -->, :noexport:) are left out of every
    # output; "show" keeps them, for a build that stays on the note-taker's machine.
    app.add_config_value("notes_private", "hide", "env", types=[str])
    app.add_config_value("notes_private_markers", ["PRIVATE"], "env", types=[list, tuple])
    app.connect("builder-inited", lock_folder, priority=400)  # before the pages are written
    app.connect("builder-inited", generate_pages)
    app.connect("builder-inited", choose_booklets, priority=600)
    app.connect("builder-inited", latex_titles_as_text, priority=700)
    app.connect("builder-inited", _latex_epilog)
    app.connect("builder-inited", _long_lines)
    app.connect("config-inited", _add_static_path)
    app.connect("config-inited", notes_never_sources)
    app.connect("html-page-context", html_title_as_text)
    app.connect("html-page-context", meta_content_as_text, priority=900)  # after sphinxext-opengraph
    app.add_css_file("outline_notes.css")
    app.add_latex_package("outlinenotes")
    app.add_js_file("outline_notes.js", loading_method="defer")
    check_nodes.register(app)
    navigation.register(app)
    app.add_role("notes-strike", strike_role)
    app.add_role("notes-tag", tag_role)
    app.add_directive("check", CheckDirective)
    app.add_directive("checklist", ChecklistDirective)
    app.add_directive("linklist", LinklistDirective)
    app.add_transform(CollectLinks)
    app.add_domain(ChecksDomain)
    app.add_post_transform(BreakableLinks)
    app.add_post_transform(BreakableWords)
    app.connect("doctree-resolved", resolve_checklists)
    app.connect("doctree-resolved", resolve_linklists)
    app.connect("env-get-outdated", note_changes)
    app.connect("env-get-outdated", remove_built_pages)
    app.connect("env-get-outdated", rebuild_after_interruption)
    app.connect("env-get-updated", lists_to_rewrite)
    app.connect("env-updated", forget_order)
    app.connect("build-finished", write_checks_json)
    app.connect("build-finished", write_outline_json)
    app.connect("build-finished", write_feed)
    app.connect("html-page-context", link_the_feed)
    app.connect("builder-inited", say_what_needs_the_address)
    app.connect("build-finished", write_latex_extras)
    app.connect("build-finished", build_finished)
    app.connect("build-finished", unlock_folder)
    return {
        "version": __version__,
        "env_version": 4,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
