"""Print: the LaTeX-side transforms and the PDF build (booklet, then handout)."""
