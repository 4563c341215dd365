"""Every command and every setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md")))
COMMANDS = sorted(
    command.name or (command.callback.__name__ if command.callback else "")
    for command in app.registered_commands
)
SETTINGS = sorted(
    set(re.findall(r"CLAIMGRAPH_[A-Z_]+", (ROOT / "src" / "claimgraph" / "config.py").read_text()))
)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented(command: str) -> None:
    assert f"claimgraph {command}" in DOCS


@pytest.mark.parametrize("setting", SETTINGS)
def test_setting_is_documented(setting: str) -> None:
    assert f"`{setting}`" in DOCS


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:24])
    assert "make demo" in first_screen and "make test" in first_screen
