import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "_ext"))
extensions = ["sphinx_design", "outline_notes"]
notes_file = "notes.org"
exclude_patterns = ["_build"]
smartquotes = False
notes_followup_doc = ""
