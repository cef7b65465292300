"""Writing the pages: pure code, no Sphinx import.

The reStructuredText pages of a parsed notes file (:mod:`.page_writer`, escaped by
:mod:`.rst_escape`), the files on disk (:mod:`.page_files`), and reports for people
(:mod:`.outline_report`, :mod:`.followup_list`).
"""
