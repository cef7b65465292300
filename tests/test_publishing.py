"""Publishing: the GitHub Pages workflow and Read the Docs build what make html builds
(#24, item 2). The workflow cannot run here: its steps are read and its build step is run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import yaml
from conftest import REPO, copy_project


def test_the_pages_workflow_builds_the_site_with_make_html_and_publishes_that_folder(tmp_path):
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    triggers = workflow.get("on") or workflow.get(True)  # YAML 1.1 reads the key "on" as True
    assert "main" in triggers["push"]["branches"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = workflow["jobs"]["build"]["steps"]
    build = next(step for step in steps if step.get("name") == "Build the site")
    upload = next(step for step in steps if "upload-pages-artifact" in step.get("uses", ""))
    assert build["run"].startswith("make html") and upload["with"]["path"] == "_build/html"
    assert any("deploy-pages" in step.get("uses", "") for step in workflow["jobs"]["deploy"]["steps"])
    # its build step, as the runner runs it (the venv is the one these tests run in)
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(REPO / name, project / name)
    command = build["run"].replace("${{ vars.NOTES_SITE_URL }}", "https://me.example.org/notes/")
    env = {k: v for k, v in os.environ.items() if k != "NOTES"}
    result = subprocess.run(
        f"{command} VENV={sys.prefix}",
        shell=True,
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / upload["with"]["path"]
    assert (site / "index.html").is_file() and (site / "followup.html").is_file()
    assert "https://me.example.org/notes/days/" in (site / "followups.ics").read_text("utf-8")


def test_read_the_docs_builds_this_conf_py_with_the_pinned_requirements():
    config = yaml.safe_load((REPO / ".readthedocs.yaml").read_text("utf-8"))
    assert config["sphinx"]["configuration"] == "conf.py" and config["sphinx"]["fail_on_warning"] is False
    assert config["python"]["install"] == [{"requirements": "requirements.txt"}]
    assert config["build"]["tools"]["python"] == "3.11" and "pdf" in config["formats"]
