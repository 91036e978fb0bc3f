"""Every data file the package reads is declared as package data, so a non-editable install has it."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

ROOT = Path(__file__).resolve().parent.parent


def test_every_lexicon_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["quotes.data"]
    files = [p.name for p in (ROOT / "quotes" / "data").iterdir() if p.is_file() and p.suffix != ".py"]
    assert files
    missing = [name for name in files if not any(fnmatch(name, pattern) for pattern in patterns)]
    assert missing == []
