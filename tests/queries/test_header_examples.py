"""Every ``// example:`` of a canned query's header returns rows on an import of examples/,
and a near miss of a Thai value gets a "did you mean" from the store's own names."""
from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.queries import list_queries

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [(query.name, example) for query in list_queries() for example in query.examples]


def _invoke(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def examples_env(request, store, falkor_home, tmp_path_factory) -> dict[str, str]:
    """The store holding an import of examples/ through the CLI, as the quick start does."""
    if store is request.getfixturevalue("falkor_store"):
        env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(falkor_home)}
    else:
        env = {"EDUGRAPH_STORE": os.environ["NEO4J_URI"],
               "EDUGRAPH_HOME": str(tmp_path_factory.mktemp("examples-home"))}
    store.clear()
    store.ensure_schema()
    imported = _invoke(["import", str(ROOT / "examples")], env)
    assert imported.exit_code == 0, imported.output
    return env


def test_every_query_has_an_example():
    assert {name for name, _ in EXAMPLES} == {q.name for q in list_queries()}


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}:{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_header_example_returns_rows_on_the_examples(examples_env, name, example):
    words = shlex.split(example)
    assert words[:2] == ["edugraph", "query"] and words[2] == name
    args = [w for w in words[1:]]
    if "--format" not in args:
        args += ["--format", "json"]
    result = _invoke(args, examples_env)
    assert result.exit_code == 0, result.output
    if "--format" in words and words[words.index("--format") + 1] == "csv":
        assert len(result.stdout.strip().splitlines()) >= 2, result.stdout
    else:
        import json
        assert json.loads(result.stdout), f"{example} returned no rows"
    assert "hint:" not in result.stderr


def test_a_thai_typo_in_a_province_gets_did_you_mean(examples_env):
    result = _invoke(["query", "signatories", "--param", "province=ศรีสะเกส"], examples_env)
    assert result.exit_code == 0
    assert result.stderr.strip() == ("edugraph: hint: no province in the store matches province='ศรีสะเกส'; "
                                     "did you mean: ศรีสะเกษ?")


def test_a_typo_in_a_person_gets_did_you_mean(examples_env):
    result = _invoke(["query", "positions_over_time", "--param", "person=กมลวรรณ ศรีบุญเรีอง"], examples_env)
    assert "did you mean: กมลวรรณ ศรีบุญเรือง?" in result.stderr


def test_filters_that_match_nothing_together_give_no_hint(examples_env):
    result = _invoke(["query", "signatories", "--param", "province=ศรีสะเกษ", "--param", "date=1999-01-01"],
                     examples_env)
    assert result.exit_code == 0 and "(no rows)" in result.stdout and result.stderr == ""


def test_explain_and_render_around_suggest_near_names(examples_env, tmp_path):
    explained = _invoke(["explain", "มหาวิทยาลัยราชภัฏศรีสะเกส"], examples_env)
    assert explained.exit_code == 2
    assert "did you mean: มหาวิทยาลัยราชภัฏศรีสะเกษ?" in explained.stderr
    rendered = _invoke(["render", "--out", str(tmp_path / "v.html"), "--around", "มหาวิทยาลัยราชภัฏศรีสะเกส"],
                       examples_env)
    assert rendered.exit_code == 2 and "did you mean: มหาวิทยาลัยราชภัฏศรีสะเกษ?" in rendered.stderr
