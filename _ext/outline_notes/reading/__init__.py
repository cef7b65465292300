"""Reading the notes: pure code, no Sphinx import.

The evidence functions (:mod:`.day_words`, :mod:`.speakers`, :mod:`.heading_words`) judge one
heading's text; :mod:`.structure` weighs them over the whole file to give each heading its role.
"""
