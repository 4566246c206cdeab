"""The install a new user runs is the one CI runs, and it stays true: every
import declared, every bound met by the lock, the lock from PyPI names."""

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIRS = ("edugraph", "graph", "loaders", "queries", "viz")


def _readme_quickstart() -> list[str]:
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("\n## Quick start\n", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def _project() -> dict:
    return tomllib.loads(ROOT.joinpath("pyproject.toml").read_text(encoding="utf-8"))["project"]


def _declared() -> list[Requirement]:
    project = _project()
    return [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]


def _locked() -> dict[str, str]:
    pins = {}
    for line in ROOT.joinpath("requirements.lock").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", line)
        if match:
            pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def test_ci_runs_the_readme_quickstart_commands_verbatim():
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run"), "--print-commands"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert printed == _readme_quickstart()


def test_quickstart_installs_from_the_lock_with_the_venvs_own_pip():
    main_job, tests = _readme_quickstart()
    assert main_job.startswith("python3 -m venv .venv && ")
    assert "-r requirements.lock" in main_job and "--no-deps -e ." in main_job
    assert "edugraph import examples/" in main_job and "edugraph query " in main_job
    assert tests == ".venv/bin/python -m pytest -q"
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    assert "--upgrade pip" not in ci and "pip install" not in ci


def test_every_declared_dependency_is_locked_at_or_above_its_bound():
    locked = _locked()
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is declared but not in requirements.lock"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"requirements.lock has {name}=={locked[name]}, outside {requirement}"
        )
        assert any(spec.operator == ">=" for spec in requirement.specifier), f"{requirement} has no lower bound"


def test_lock_pins_only_public_releases():
    # A local build (+cpu, +local) is what a private mirror serves, not PyPI.
    assert all("+" not in version for version in _locked().values())


def _third_party_imports() -> set[str]:
    found = set()
    for folder in PACKAGE_DIRS:
        for path in ROOT.joinpath(folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    local = {"edugraph", *PACKAGE_DIRS}
    return {name for name in found if name not in sys.stdlib_module_names and name not in local}


def test_every_imported_package_is_declared():
    declared = {canonicalize_name(r.name) for r in _declared()}
    distributions = importlib.metadata.packages_distributions()
    for module in sorted(_third_party_imports()):
        owners = {canonicalize_name(d) for d in distributions.get(module, [])}
        assert owners & declared, f"the code imports {module} (from {owners or 'nothing installed'}) but pyproject.toml does not declare it"


def test_html_reader_dependency_is_importable():
    # jusText (under trafilatura) imports lxml.html.clean, split from lxml 5.2.
    import justext  # noqa: F401
    import lxml.html.clean  # noqa: F401
