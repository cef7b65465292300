"""Fill in ``.. checklist::`` placeholders, write ``checks.json``, keep both fresh.

Follow-ups are ordered as a reader meets them: documents in toctree order from the root,
then items in the order they were written. The day of a follow-up is the title of its
page's toctree parent, the talk is its page's title, the speaker its ``:speaker:`` metadata.
Pages that hold a list are rewritten (not re-read: their lists are built at write time)
whenever a document was added or removed, or a re-read one gives the lists something else
(sphinx#9706 is the todo extension's failure to do this); an edit that changes no item,
title or order leaves them alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.util import logging

from ..writing.followup_exports import followups_ics, stamp_of, todo_txt
from ..writing.wording import day_anchor
from .check_nodes import check_box, check_page, checklist_node
from .grouped_list import grouped, plural
from .link_nodes import text_with_links
from .reading_order import anchor_uri, in_reading_order, is_website, once_per_build, title
from .site_files import write_if_changed

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)


def collect(env: BuildEnvironment, only: str | None = None) -> list[dict[str, Any]]:
    """The follow-ups of the project (or of page ``only``), in reading order."""
    checks = env.get_domain("notes").checks  # type: ignore[attr-defined]
    if only is None:
        return once_per_build(env, "checks", lambda: in_reading_order(env, checks))
    return in_reading_order(env, {only: checks.get(only, [])})


def _selected(items: list[dict[str, Any]], filters: dict[str, Any], docname: str) -> list[dict[str, Any]]:
    if filters.get("page"):
        items = [i for i in items if i["docname"] == docname]
    if filters.get("conference"):
        wanted = filters["conference"].strip().casefold()
        items = [i for i in items if wanted in (i["conference"].casefold(), i["conference_title"].casefold())]
    if filters.get("day"):
        wanted = filters["day"].strip().lower()
        items = [i for i in items if i["day"].lower() == wanted or i["docname"].split("/")[-2:-1] == [wanted]]
    if filters.get("open"):
        items = [i for i in items if not i["done"]]
    return items


def _item_node(
    builder: Builder, fromdoc: str, record: dict[str, Any], compact: bool = False
) -> nodes.list_item:
    classes = ["check-item"] + (["check-done"] if record["done"] else [])
    item = nodes.list_item(classes=classes)
    para = nodes.paragraph(classes=["check-text"])
    para += check_box(
        check_id=record["id"],
        checked=record["done"],
        label=record["text"][:120],
        source=builder.config.notes_file or record["source"],  # what make done takes as NOTES
    )
    para += text_with_links(record["text"])
    item += para
    if record["context"] and record["context"] != record["text"] and not compact:
        context = nodes.paragraph(classes=["check-context"])
        context += nodes.Text("under: ")
        context += text_with_links(record["context"])
        item += context
    uri = anchor_uri(builder, fromdoc, record)
    where = nodes.paragraph(classes=["check-where"])
    label = record["talk"] + (f" — {record['speaker']}" if record["speaker"] else "")
    if uri is not None:
        where += nodes.reference("", label, internal=True, refuri=uri)
    else:
        where += nodes.Text(label)
    # A follow-up outside this output (the handout PDF) is found by label in the booklet's.
    where += check_page(label=f"{record['docname']}:{record['id']}", external=uri is None)
    if not compact:
        where += nodes.Text(f" · {record['source']}, line {record['line']}")
    item += where
    return item


def build_list(
    builder: Builder, fromdoc: str, items: list[dict[str, Any]], grouped_by_day: bool, compact: bool = False
) -> nodes.Element:
    container = nodes.container(classes=["checklist"])
    done = sum(1 for i in items if i["done"])
    summary = nodes.paragraph(classes=["checklist-summary"])
    summary += nodes.Text(f"{plural(len(items), 'follow-up')}, {done} done.")
    container += summary
    if not items:
        return container
    container += grouped(
        items,
        lambda record: _item_node(builder, fromdoc, record, compact),
        kind="checklist",
        noun="follow-up",
        by_day=grouped_by_day,
        by_talk=grouped_by_day and not compact,
        anchors=grouped_by_day,
    )
    return container


def summary_line(app: Sphinx, fromdoc: str, items: list[dict[str, Any]]) -> nodes.paragraph:
    """ "This day has 3 follow-ups, 1 of them done.", the count linking to the day's part of
    the follow-up page; "This day has no follow-ups." """
    para = nodes.paragraph(classes=["checklist-day-summary"])
    para += nodes.Text("This day has ")
    done = sum(1 for i in items if i["done"])
    label = plural(len(items), "follow-up") if items else "no follow-ups"
    if not items:
        after = "."
    elif not done:
        after = ", none done yet."
    else:
        after = f", {'all' if done == len(items) else done} of them done."
    try:
        uri = app.builder.get_relative_uri(fromdoc, app.config.notes_followup_doc)
    except NoUri:
        uri = None
    if uri is None or not items or not app.config.notes_followup_doc:
        para += nodes.Text(label)
    else:
        para += nodes.reference(
            "", label, internal=True, refuri=f"{uri}#{day_anchor(items[0]['day'], items[0]['conference'])}"
        )
    para += nodes.Text(after)
    return para


def resolve_checklists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(checklist_node))
    if not placeholders:
        return
    everything = None
    printed = app.config.notes_print_conference if app.builder.format == "latex" else ""
    for node in placeholders:
        filters = node["filters"]
        if printed and not filters.get("conference"):  # make pdf CONF=...: its handout
            filters = {**filters, "conference": printed}
        if filters.get("page"):  # a talk's own box: its records only, not a walk of the site
            items = collect(app.env, only=docname)
        else:
            everything = everything if everything is not None else collect(app.env)
            items = everything
        chosen = _selected(items, filters, docname)
        if filters.get("summary"):
            node.replace_self(summary_line(app, docname, chosen))
            continue
        by_day = not filters.get("page") and not filters.get("day")
        replacement = build_list(app.builder, docname, chosen, by_day, filters.get("compact", False))
        replacement["classes"] += node["classes"]
        if filters.get("page"):
            replacement["classes"].append("checklist-page")
        node.replace_self(replacement)


_BEFORE = "_outline_notes_lists_before"


def _fingerprint(env: BuildEnvironment, docname: str) -> tuple:
    """What a document gives the lists: its follow-ups and links, its title (the talk or day
    of their items), its speaker and conference, and its toctree (the items' order)."""
    domain = env.get_domain("notes")
    return (
        domain.checks.get(docname),  # type: ignore[attr-defined]
        domain.links.get(docname),  # type: ignore[attr-defined]
        title(env, docname),
        env.toctree_includes.get(docname),
        {key: value for key, value in env.metadata.get(docname, {}).items() if key in _LISTED_METADATA},
    )


_LISTED_METADATA = ("speaker", "conference")  # not og:description: the page's first lines


def note_changes(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """env-get-outdated: what the documents about to be read gave the lists (re-read none)."""
    if added or removed:
        setattr(app, _BEFORE, True)  # a page comes or goes: the lists are rewritten
    else:
        setattr(app, _BEFORE, {docname: _fingerprint(env, docname) for docname in changed})
    return []


def lists_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """env-get-updated: after reading, the pages with a list, if what any document gives
    the lists changed (a talk edited without touching its follow-ups or links, its title or
    its place, leaves the follow-up and links pages as they are)."""
    before = getattr(app, _BEFORE, None)
    setattr(app, _BEFORE, None)
    if not before:
        return []
    if before is not True and all(_fingerprint(env, doc) == seen for doc, seen in before.items()):
        return []
    return list(env.get_domain("notes").docs_with_lists())  # type: ignore[attr-defined]


def json_records(app: Sphinx) -> list[dict[str, Any]]:
    records = []
    for record in collect(app.env):
        uri = app.builder.get_target_uri(record["docname"]) + "#" + record["id"]
        records.append(
            {
                "id": record["id"],
                "conference": record["conference"],
                "conference_title": record["conference_title"],
                "day": record["day"],
                "talk": record["talk"],
                "speaker": record["speaker"],
                "text": record["text"],
                "context": record["context"],
                "done": record["done"],
                "marker": record.get("marker", ""),
                "source": record["source"],
                "line": record["line"],
                "url": uri,
                "docname": record["docname"],
            }
        )
    return records


def write_checks_json(app: Sphinx, exception: BaseException | None) -> None:
    """``checks.json``, ``followups.ics`` and ``todo.txt`` beside the site's pages."""
    if exception is not None or not is_website(app):
        return
    records = json_records(app)
    text = json.dumps({"items": records}, ensure_ascii=False, indent=1) + "\n"
    exports = [Path(app.outdir, name) for name in ("checks.json", "followups.ics", "todo.txt")]
    if all(path.is_file() for path in exports) and exports[0].read_text("utf-8") == text:
        return  # the same follow-ups: the calendar and todo.txt made from them stand
    write_if_changed(exports[0], text.encode("utf-8"))
    notes = Path(app.confdir, app.config.notes_file) if app.config.notes_file else None
    stamp = stamp_of(_newest_change(notes) if notes is not None else 0)
    base = app.config.html_baseurl.rstrip("/") + "/" if app.config.html_baseurl else ""
    write_if_changed(Path(app.outdir, "followups.ics"), followups_ics(records, stamp, base))
    write_if_changed(
        Path(app.outdir, "todo.txt"), todo_txt(records, stamp.date().isoformat()).encode("utf-8")
    )


def _newest_change(notes: Path) -> float:
    """When the notes file (or the newest file of a notes folder) was last saved; 0 if never."""
    try:
        if notes.is_dir():
            return max((p.stat().st_mtime for p in notes.iterdir() if p.is_file()), default=0.0)
        return notes.stat().st_mtime
    except OSError:
        return 0.0
