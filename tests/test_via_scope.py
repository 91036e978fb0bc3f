"""The relay-scope diagnostic (scripts/via_scope.py) run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS


def _run(*paths: Path) -> str:
    script = ROOT / "scripts" / "via_scope.py"
    return subprocess.run(
        [sys.executable, str(script), *map(str, paths)], capture_output=True, text=True, check=True
    ).stdout


def test_seeds_relays_are_all_named_in_their_paragraph() -> None:
    assert _run(SEEDS / "gold.jsonl").splitlines() == [
        "relay named paragraph  4/4 relayed quotes found",
        "relay named earlier    0/0 relayed quotes found",
    ]


def test_a_relay_named_only_earlier_is_counted_apart(tmp_path: Path) -> None:
    text = (
        "Dilansir Reuters, pasukan itu mundur dari kota.\n\n"
        '"Kami akan kembali," kata Ahmed Salem kepada wartawan.'
    )
    start = text.index("Kami")
    gold = {
        "id": "a",
        "text": text,
        "quotes": [
            {
                "start": start,
                "end": text.index(",", start),
                "kind": "direct",
                "speaker": {"text": "Ahmed Salem", "name": "Ahmed Salem"},
                "via": ["Reuters"],
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert _run(path).splitlines()[1] == "relay named earlier    0/1 relayed quotes found"
