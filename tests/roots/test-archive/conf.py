import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "_ext"))
extensions = ["sphinx_design", "outline_notes"]
notes_file = "notes"
exclude_patterns = ["_build", "notes"]
smartquotes = False
html_theme = "furo"
