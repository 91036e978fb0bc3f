"""lookup, show and export as a user runs them: ``python -m quotes --db ...`` on a temporary SQLite (issue 6)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

FILES = [
    SEEDS / "000_bd68425c800e7118.txt",
    SEEDS / "003_3f66a729c15f01e3.txt",
    ROOT / "tests" / "data" / "relays.jsonl",
]
SECTION_4_KEYS = {"quote_id", "text", "speaker", "first_seen", "n_appearances", "appearances"}


def quotes(db: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotes", "--db", f"sqlite:///{db}", *args],
        cwd=db.parent,
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "quotes.db"
    result = quotes(db, "ingest", *map(str, FILES))
    assert result.returncode == 0, result.stderr
    return db


def _kim_id(db: Path) -> int:
    found = json.loads(
        quotes(
            db,
            "lookup",
            "Kami akan selalu mendukung keputusan Presiden Putin dan kepemimpinan Rusia",
            "--format",
            "json",
        ).stdout
    )
    return int(found[0]["quote_id"])


def test_lookup_json_items_are_section_4_plus_similarity(seeded: Path) -> None:
    result = quotes(
        seeded,
        "lookup",
        "kami akan selalu mendukung keputusan presiden putin dan kepemimpinan rusia!!",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert set(items[0]) == SECTION_4_KEYS | {"similarity"}
    assert items[0]["speaker"] == {"name": "Kim Jong Un", "type": "person"}
    assert items[0]["similarity"] >= 0.9
    outlets = [a["outlet"] for a in items[0]["appearances"]]
    assert outlets[:2] == ["Tribunnews", "Liputan6"]  # dated appearances first, by publication
    assert items[0]["appearances"][0]["via"] == ["KCNA"]


def test_lookup_table_fits_80_columns(seeded: Path) -> None:
    result = quotes(seeded, "lookup", "Putin", "--limit", "50")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("similarity" in line for line in lines)
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize(
    "text", ['"senapan" AND (kim OR *', "senapan NEAR(kim", "kim*", "' OR 1=1 --", 'senapan"', "AND OR NOT"]
)
def test_lookup_search_syntax_never_tracebacks(seeded: Path, text: str) -> None:
    result = quotes(seeded, "lookup", text)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_lookup_without_words_is_a_message(seeded: Path) -> None:
    result = quotes(seeded, "lookup", "*()")
    assert result.returncode == 1
    assert "no words" in result.stderr and "Traceback" not in result.stderr


def test_unknown_speaker_suggests_close_names(seeded: Path) -> None:
    result = quotes(seeded, "lookup", "senapan", "--speaker", "Peskof")
    assert result.returncode == 1
    assert "no such speaker: 'Peskof'" in result.stderr and "Dmitry Peskov" in result.stderr


def test_unknown_outlet_suggests_close_names(seeded: Path) -> None:
    result = quotes(seeded, "export", "--format", "csv", "--outlet", "Liputan 6")
    assert result.returncode == 1
    assert "no such outlet" in result.stderr and "Liputan6" in result.stderr
    assert result.stdout == ""  # not even a CSV header


def test_export_to_an_unwritable_place_is_a_message(seeded: Path, tmp_path: Path) -> None:
    result = quotes(seeded, "export", "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_lookup_filters(seeded: Path) -> None:
    result = quotes(
        seeded,
        "lookup",
        "--speaker",
        "Kim Jong Un",
        "--outlet",
        "KCNA",
        "--since",
        "2023-09-14",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    assert [item["speaker"]["name"] for item in json.loads(result.stdout)] == ["Kim Jong Un"]
    bad = quotes(seeded, "lookup", "--since", "14/09/2023")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_show_prints_the_provenance_timeline(seeded: Path) -> None:
    result = quotes(seeded, "show", str(_kim_id(seeded)))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "first appearance: 2023-09-13 08:00  Tribunnews" in out
    assert "relayed: KCNA > Tribunnews" in out
    assert out.index("Tribunnews") < out.index("Liputan6")
    assert "wording variants:" in out and ("[-" in out or "{+" in out)


def test_show_json(seeded: Path) -> None:
    result = quotes(seeded, "show", str(_kim_id(seeded)), "--format", "json")
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)
    assert set(item) >= SECTION_4_KEYS and {"variants", "related"} <= set(item)
    assert item["variants"] and {"text", "outlets", "diff"} == set(item["variants"][0])
    assert {part["op"] for part in item["variants"][0]["diff"]} >= {"=", "+"}


def test_show_unknown_quote(seeded: Path) -> None:
    result = quotes(seeded, "show", "99999")
    assert result.returncode == 1 and "no such quote: 99999" in result.stderr


def test_export_csv_to_file(seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = quotes(seeded, "export", "--format", "csv", "--speaker", "Kim Jong Un", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"), newline="")))
    assert rows and {row["speaker"] for row in rows} == {"Kim Jong Un"}
    assert not (tmp_path / "out.csv.part").exists()


def test_export_jsonl_and_jsonld_to_stdout(seeded: Path) -> None:
    jsonl = quotes(seeded, "export", "--format", "jsonl")
    assert jsonl.returncode == 0, jsonl.stderr
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert lines and all(set(line) == SECTION_4_KEYS for line in lines)
    jsonld = quotes(seeded, "export", "--format", "jsonld", "--kind", "direct")
    assert jsonld.returncode == 0, jsonld.stderr
    claims = json.loads(jsonld.stdout)["@graph"]
    assert claims and all(claim["@type"] == "Claim" for claim in claims)


def test_export_progress_bar_only_on_a_terminal(seeded: Path, tmp_path: Path) -> None:
    quiet = quotes(seeded, "export", "--format", "jsonl", "-o", str(tmp_path / "a.jsonl"))
    assert "exporting" not in quiet.stderr
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "quotes", "--db", f"sqlite:///{seeded}", "export", "--format", "jsonl"],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
            text=True,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0
    assert b"exporting appearances" in shown
    assert all(json.loads(line) for line in process.stdout.splitlines())  # stdout stays clean


def test_help_documents_the_new_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in ("lookup", "show", "export"):
        assert command in result.stdout
        assert f"quotes {command}" in readme
        sub = subprocess.run(
            [sys.executable, "-m", "quotes", command, "--help"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert "Example" in sub.stdout, f"quotes {command} --help has no example"


def test_table_lists_ten_appearances_then_points_to_show() -> None:
    from quotes.cli import TABLE_APPEARANCES, _result_lines
    from quotes.queries import AppearanceRow, QuoteResult

    app = AppearanceRow(
        "a" * 120,
        "https://example.org/" + "x" * 100,
        "Tribunnews",
        None,
        0,
        5,
        "Kami",
        "direct",
        "kata",
        ("KCNA",),
        1.0,
    )
    result = QuoteResult(7, "Kami " * 60, "Kim Jong Un", "person", None, (app,) * 12, 0.5)
    lines = _result_lines(result)
    assert max(len(line) for line in lines) <= 80
    assert sum(line.startswith("  - ") for line in lines) == TABLE_APPEARANCES
    assert lines[-1] == "  ... 2 more: quotes show 7"


@pytest.mark.parametrize(
    "args",
    [
        ("show", "99999999999999999999"),
        ("show", "abc"),
        ("lookup", "--limit", "0"),
        ("lookup", "--limit", "99999999999999999999"),
        ("lookup", "--kind", "rumour"),
        ("export", "--format", "xml"),
        ("export", "--until", "2023-13-45"),
    ],
)
def test_bad_arguments_are_usage_errors(seeded: Path, args: tuple[str, ...]) -> None:
    result = quotes(seeded, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Error:" in result.stderr
