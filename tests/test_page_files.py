"""Generated pages: written only when changed, stale ones removed, foreign files untouched."""

from __future__ import annotations

import contextlib
import os

from outline_notes.writing.page_files import MANIFEST, sync_pages


def test_write_only_changed_remove_stale_keep_foreign(tmp_path):
    folder = tmp_path / "days"
    folder.mkdir()
    (folder / "mine.rst").write_text("hand-written")
    first = sync_pages(folder, {"a/x.rst": "one", "a/y.rst": "two", "mine.rst": "generated"})
    assert sorted(first.written) == ["a/x.rst", "a/y.rst"] and first.kept_foreign == ["mine.rst"]
    assert (folder / "mine.rst").read_text() == "hand-written"
    os.utime(folder / "a/x.rst", (1, 1))
    second = sync_pages(folder, {"a/x.rst": "one", "b/z.rst": "three"})
    assert second.unchanged == ["a/x.rst"] and second.removed == ["a/y.rst"]
    assert os.stat(folder / "a/x.rst").st_mtime == 1
    assert not (folder / "a/y.rst").exists() and (folder / "mine.rst").exists()
    third = sync_pages(folder, {})
    assert sorted(third.removed) == ["a/x.rst", "b/z.rst"]
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, "mine.rst"])


def test_up_to_date_only_for_the_same_source_and_untouched_pages(tmp_path):
    from outline_notes.writing.page_files import up_to_date

    sync_pages(tmp_path, {"a/x.rst": "x\n", "a/y.rst": "y\n"}, "key-1")
    assert up_to_date(tmp_path, "key-1")
    assert not up_to_date(tmp_path, "key-2") and not up_to_date(tmp_path, "")
    (tmp_path / "a/x.rst").write_text("hand edit\n")
    assert not up_to_date(tmp_path, "key-1")
    sync_pages(tmp_path, {"a/x.rst": "x\n", "a/y.rst": "y\n"}, "key-1")
    (tmp_path / "a/y.rst").unlink()
    assert not up_to_date(tmp_path, "key-1")
    # a foreign file in the way: never current, so our page is written once it is gone
    (tmp_path / "b.rst").write_text("mine\n")
    report = sync_pages(tmp_path, {"a/x.rst": "x\n", "b.rst": "ours\n"}, "key-3")
    assert report.kept_foreign == ["b.rst"] and not up_to_date(tmp_path, "key-3")


def test_a_page_written_before_a_kill_stays_the_generators(tmp_path, monkeypatch):
    """Killed after a new page is written but before the manifest: the next run, with other
    notes, still rewrites that page (it is not left as someone else's file for good)."""
    from outline_notes.writing import page_files

    folder = tmp_path / "days"
    sync_pages(folder, {"a.rst": "A\n"})
    written = []

    def killed(path, data):
        if path.name != page_files.MANIFEST and written:
            raise KeyboardInterrupt  # the build dies after the first new page
        original(path, data)
        written.append(path)

    original = page_files._atomic_write
    monkeypatch.setattr(page_files, "_atomic_write", killed)
    with contextlib.suppress(KeyboardInterrupt):
        sync_pages(folder, {"a.rst": "A\n", "b.rst": "B\n", "c.rst": "C\n"})
    monkeypatch.setattr(page_files, "_atomic_write", original)
    report = sync_pages(folder, {"a.rst": "A\n", "b.rst": "B, edited\n"})
    assert not report.kept_foreign and (folder / "b.rst").read_text() == "B, edited\n"


def test_conf_py_reads_the_notes_title_once_then_while_the_notes_are_unchanged_from_beside_the_pages(
    tmp_path, monkeypatch
):
    from outline_notes.sphinx_ext import page_generation

    parsed = []
    parse = page_generation.parse_notes
    monkeypatch.setattr(page_generation, "parse_notes", lambda *a, **k: parsed.append(a[1]) or parse(*a, **k))
    notes = tmp_path / "notes.md"
    notes.write_text("# PyCon **2024**\n\n## Day 1\n\n### Talk - Jane Doe\n- a\n", "utf-8")
    folder = tmp_path / "days"
    assert page_generation.title_of_notes(notes, "", folder) == ("PyCon **2024**", True)
    assert page_generation.title_of_notes(notes, "", folder) == ("PyCon **2024**", True)
    assert len(parsed) == 1  # the second time from the folder, not parsed again
    # another title, or another structure asked for: parsed again
    notes.write_text("# EuroPython 2024\n\n## Day 1\n\n### Talk - Jane Doe\n- a\n", "utf-8")
    assert page_generation.title_of_notes(notes, "", folder) == ("EuroPython 2024", True)
    assert page_generation.title_of_notes(notes, "title=none", folder) == ("", True)
    assert len(parsed) == 3
    # a file that cannot be read gives no title (the build says why); nothing is kept for it
    assert page_generation.title_of_notes(tmp_path / "missing.md", "", folder) is None
    # a folder that cannot be written: the title all the same
    assert page_generation.title_of_notes(notes, "", tmp_path / "notes.md" / "x") == ("EuroPython 2024", True)
