"""Sphinx configuration: conference notes -> site and handout.

The notes are the folder ``notes/`` when there is one (every ``.txt``, ``.md`` and ``.org``
file in it a conference: an archive), else the file ``notes.txt``, unless the environment
variable ``NOTES`` names another file or folder (``make html NOTES=path/to/notes.txt``).
The pages are generated into ``days/``.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).parent.resolve()
sys.path.insert(0, str(HERE / "_ext"))

project = "Conference notes"
version = "1"  # an e-book needs one (make epub); no release, so the PDF says none
release = ""
author = "The note-taker"
copyright = "the note-taker"

extensions = ["sphinx_design", "outline_notes"]

from outline_notes.printing.fonts import preamble as fonts_preamble
from outline_notes.reading.archive import conference_slugs, notes_files
from outline_notes.sphinx_ext.page_generation import title_of_notes
from outline_notes.writing.markdown_inline import title_words

notes_file = os.environ.get("NOTES") or ("notes" if (HERE / "notes").is_dir() else "notes.txt")
ARCHIVE = (HERE / notes_file).is_dir()
# Private lines are never published; PRIVATE=show keeps them, for a build on this machine.
notes_private = os.environ.get("PRIVATE", "hide")
# When the guess of days and talks is wrong: "days=none", "days=#, talks=##" (see the guide).
notes_structure = os.environ.get("NOTES_STRUCTURE", "")
# The site's and the PDF's title: NOTES_TITLE, else the notes' own title heading, else project.
_given_title = os.environ.get("NOTES_TITLE", "")
notes_folder = "days"
# (kept beside the generated pages: an unchanged notes file is not parsed only for its title)
_read = (
    None
    if ARCHIVE or _given_title
    else title_of_notes(HERE / notes_file, notes_structure, HERE / notes_folder)
)
notes_title = _given_title or (_read[0] if _read else "")
# ... as plain words where no Markdown is rendered: the tab, the sidebar, the feed, the PDF
_title_words = _given_title or (title_words(*_read) if _read else "")
notes_home_links = [("followup", "Follow-ups"), ("links", "Links"), ("writing-notes", "Writing your notes")]

root_doc = "index"
# The "Writing your notes" guide is a page of the site; True puts it in the PDF booklet too.
notes_guide_in_print = False
if notes_guide_in_print:
    tags.add("guide_in_print")  # noqa: F821 (Sphinx gives conf.py its tags)
exclude_patterns = ["_build", ".venv", "tests", "bench", "README.md", "**/.ipynb_checkpoints"]
templates_path: list[str] = []
smartquotes = False  # notes show quotes and dashes as typed
highlight_language = "none"

html_theme = "furo"
html_title = _title_words or project  # the browser tab and the sidebar brand
html_static_path = ["_static"]
html_css_files = ["site.css"]
# The site's public address (NOTES_SITE_URL=https://me.github.io/notes/): absolute links in
# followups.ics and feed.xml, which other apps open outside the site, link previews (Open
# Graph) and sitemap.xml. Without it the build says once what it would add.
html_baseurl = os.environ.get("NOTES_SITE_URL", "")
if html_baseurl and not html_baseurl.endswith("/"):
    html_baseurl += "/"

# Link previews: Open Graph title, description (a talk's first lines) and site name on every
# page; no social-card images (they would need matplotlib).
with contextlib.redirect_stdout(io.StringIO()):  # it prints that social cards need matplotlib
    import sphinxext.opengraph  # noqa: F401
extensions.append("sphinxext.opengraph")
ogp_site_url = html_baseurl
ogp_site_name = html_title
ogp_social_cards = {"enable": False}
ogp_enable_meta_description = True
# sitemap.xml of the web pages (not search, the index or the print-only handout)
if html_baseurl:
    extensions.append("sphinx_sitemap")
    sitemap_url_scheme = "{link}"
    sitemap_excludes = ["search.html", "genindex.html", "handout.html"]
html_copy_source = False
html_show_sourcelink = False

# PDF (make pdf): the booklet of all talks, and a one- or two-page follow-up handout whose
# page numbers point into the booklet. XeLaTeX, with FreeSerif and, for the characters it
# lacks, the fallback fonts each document needs (Noto CJK, Symbola, DejaVu: chosen by
# printing/fonts.py into <document>.fonts when the LaTeX is written); links are clickable
# and repeated as footnotes for print.
title = _title_words or project
latex_engine = "xelatex"
# An archive prints a booklet per conference (CONF=<file or slug> just that one, and the
# handout with its follow-ups only) and one handout of the follow-ups.
notes_print_conference = os.environ.get("CONF", "")
if ARCHIVE:
    _slugs = sorted(conference_slugs([path.name for path in notes_files(HERE / notes_file)[0]]).values())
    _booklets = [  # titled from the notes at build time; CONF= leaves one
        (f"{notes_folder}/{slug}/index", f"{slug}.tex", slug, author, "manual") for slug in _slugs
    ]
else:
    _booklets = [(root_doc, "notes.tex", title, author, "manual")]
latex_documents = [*_booklets, ("handout", "followups.tex", f"Follow-ups: {title}", author, "howto")]
latex_show_urls = "footnote"
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "fontpkg": fonts_preamble(),
    "printindex": "",
    "makeindex": "",  # no index: no .idx to write, no makeindex pass
    "maxlistdepth": "20",  # notes nest bullets deeper than LaTeX's default of 6 levels
    # a booklet read on screen or printed one-sided: no blank pages before chapters
    "extraclassoptions": "openany,oneside",
    # chapters headed by their number and title, in no language ("CHAPTER ONE" is English
    # whatever the notes'): outlinenotes.sty sets the heading
    "fncychap": "",
    # a pasted line of code longer than the page wraps even where it has no space
    "sphinxsetup": "verbatimforcewraps=true, verbatimmaxunderfull=0",
}
if ARCHIVE:  # the handout's page numbers come from every booklet
    _names = ",".join(target[:-4] for _, target, *_ in _booklets)
    latex_elements["preamble"] = f"\\def\\outlinenotesbooklets{{{_names}}}\n"
latex_domain_indices = False
