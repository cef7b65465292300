"""Generated pages: written only when changed, stale ones removed, foreign files untouched."""

from __future__ import annotations

import os

from outline_notes.page_files import MANIFEST, sync_pages


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
