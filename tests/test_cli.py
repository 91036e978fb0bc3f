"""The CLI as a user runs it: a real process, a temporary database, the seeds."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS


def quotes(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotes", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


def test_ingest_seeds_builds_sqlite_database(tmp_path: Path) -> None:
    result = quotes(
        "ingest",
        str(SEEDS / "000_bd68425c800e7118.txt"),
        str(SEEDS / "003_3f66a729c15f01e3.txt"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout
    con = sqlite3.connect(tmp_path / "quotes.db")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"article", "quote", "appearance", "speaker", "outlet"} <= tables
    assert con.execute("SELECT count(*) FROM article").fetchone()[0] == 2
    speakers = {r[0] for r in con.execute("SELECT name FROM speaker")}
    assert {"Dmitry Peskov", "Vladimir Putin", "Kim Jong Un", "KCNA"} <= speakers
    outlets = {r[0] for r in con.execute("SELECT o.name FROM article a JOIN outlet o ON o.id = a.outlet_id")}
    assert outlets == {"Tribunnews", "Liputan6"}
    via = con.execute(
        "SELECT group_concat(o.name, ' > ') FROM appearance_via v JOIN outlet o ON o.id = v.outlet_id "
        "JOIN appearance a ON a.id = v.appearance_id WHERE a.text LIKE 'Ya, ada batasan%' ORDER BY v.position"
    ).fetchone()[0]
    assert via == "Russia 1 > CNN"
    again = quotes("ingest", str(SEEDS), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert con.execute("SELECT count(*) FROM article WHERE doc_id LIKE '00%'").fetchone()[0] == 2


def test_lookup_finds_the_rifle_quote(tmp_path: Path) -> None:
    quotes("ingest", str(SEEDS / "003_3f66a729c15f01e3.txt"), cwd=tmp_path)
    result = quotes("lookup", "senapan", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert any(item["speaker"]["name"] == "Dmitry Peskov" for item in found)
    table = quotes("lookup", "senapan", cwd=tmp_path)
    assert "Dmitry Peskov" in table.stdout


def test_extract_writes_format_section_2(tmp_path: Path) -> None:
    result = quotes("extract", str(SEEDS / "003_3f66a729c15f01e3.txt"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    doc = json.loads(line)
    text = (SEEDS / "003_3f66a729c15f01e3.txt").read_text("utf-8")
    assert doc["id"] == "003_3f66a729c15f01e3.txt"
    for quote in doc["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert 0 <= quote["confidence"] <= 1 and quote["rule"]
    batas = next(q for q in doc["quotes"] if q["text"].startswith("Ya, ada batasan"))
    assert batas["speaker"]["name"] == "Vladimir Putin"
    assert [v["name"] for v in batas["via"]] == ["Russia 1", "CNN"]


def test_extract_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the extraction must not."""
    gold = str(SEEDS / "dev" / "tune_c.jsonl")
    outputs = []
    for seed in ("0", "1"):
        result = subprocess.run(
            [sys.executable, "-m", "quotes", "extract", "--rules-only", gold],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 18


def test_extract_reads_stdin_and_keeps_order(tmp_path: Path) -> None:
    docs = [
        {"id": "b", "text": '"Kami menang dengan adil hari ini," kata Budi.'},
        {"id": "a", "text": "Tidak ada kutipan."},
    ]
    result = quotes("extract", "-", cwd=tmp_path, stdin="\n".join(json.dumps(d) for d in docs))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b", "a"]


def test_bad_input_is_reported_skipped_and_the_rest_stored(tmp_path: Path) -> None:
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(
        '{"id": "ok1", "text": "\\"Kami siap bertanding besok,\\" kata Budi."}\n'
        "{not json\n"
        '{"text": "no id"}\n'
        '{"id": "empty", "text": "   "}\n'
        '{"id": "ok2", "text": "Menurut Budi, tim itu akan bertanding besok malam."}\n',
        encoding="utf-8",
    )
    (tmp_path / "junk.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    result = quotes("ingest", str(bad), str(tmp_path / "junk.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "mixed.jsonl:2: malformed JSON" in result.stderr
    assert "mixed.jsonl:3: missing 'id'" in result.stderr
    assert "mixed.jsonl:4" in result.stderr and "empty text" in result.stderr
    assert "junk.txt" in result.stderr
    assert "skipped: 4" in result.stdout
    con = sqlite3.connect(tmp_path / "quotes.db")
    assert {r[0] for r in con.execute("SELECT doc_id FROM article")} == {"ok1", "ok2"}


def test_help_lists_every_command() -> None:
    result = quotes("--help", cwd=ROOT)
    for command in ("ingest", "extract", "evaluate", "lookup", "speakers", "db"):
        assert command in result.stdout
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in (
        "quotes ingest",
        "quotes extract",
        "quotes evaluate",
        "quotes lookup",
        "quotes db upgrade",
        "quotes speakers",
        "quotes speakers show",
        "quotes speakers alias",
        "quotes speakers merge",
        "quotes speakers unmerge",
    ):
        assert command in readme, f"{command} is not documented in the README"


def test_speakers_commands_list_show_alias_merge_unmerge(tmp_path: Path) -> None:
    """Issue 5: the speaker registry and cross-article identity, as a user drives them."""
    ingest = quotes(
        "ingest",
        str(SEEDS / "000_bd68425c800e7118.txt"),
        str(SEEDS / "003_3f66a729c15f01e3.txt"),
        cwd=tmp_path,
    )
    assert ingest.returncode == 0, ingest.stderr
    listing = quotes("speakers", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert "Dmitry Peskov" in listing.stdout and "KCNA" in listing.stdout
    show = quotes("speakers", "show", "Peskov", cwd=tmp_path)
    assert show.returncode == 0, show.stderr
    assert "juru bicara Kremlin" in show.stdout and "senapan" in show.stdout
    alias = quotes("speakers", "alias", "Kim Jong Un", "Kim Jong Eun Jr", cwd=tmp_path)
    assert alias.returncode == 0, alias.stderr
    merge = quotes("speakers", "merge", "Vladimir Putin", "KCNA", cwd=tmp_path)
    assert merge.returncode == 0, merge.stderr
    assert "merge 1" in merge.stdout
    con = sqlite3.connect(tmp_path / "quotes.db")
    kcna_left = con.execute(
        "SELECT count(*) FROM appearance a JOIN speaker s ON s.id = a.speaker_id WHERE s.name = 'KCNA'"
    ).fetchone()[0]
    assert kcna_left == 0
    assert "KCNA" not in quotes("speakers", cwd=tmp_path).stdout
    unmerge = quotes("speakers", "unmerge", "1", cwd=tmp_path)
    assert unmerge.returncode == 0, unmerge.stderr
    kcna_back = con.execute(
        "SELECT count(*) FROM appearance a JOIN speaker s ON s.id = a.speaker_id WHERE s.name = 'KCNA'"
    ).fetchone()[0]
    assert kcna_back > 0
    again = quotes("speakers", "unmerge", "1", cwd=tmp_path)
    assert again.returncode == 1 and "already undone" in again.stderr
    missing = quotes("speakers", "show", "Nobody Atall", cwd=tmp_path)
    assert missing.returncode == 1 and "no speaker" in missing.stderr


def test_seed_articles_link_the_rifle_statements(tmp_path: Path) -> None:
    """Issue 5: Peskov's rifle statement in the two seeds is one related pair, not merged."""
    quotes(
        "ingest",
        str(SEEDS / "000_bd68425c800e7118.txt"),
        str(SEEDS / "003_3f66a729c15f01e3.txt"),
        cwd=tmp_path,
    )
    con = sqlite3.connect(tmp_path / "quotes.db")
    linked = con.execute(
        "SELECT a.text, b.text FROM quote_link l JOIN quote a ON a.id = l.quote_id JOIN quote b ON b.id = l.other_id"
    ).fetchall()
    assert any("senapan produksi Rusia" in a and "senapan produksi kami" in b for a, b in linked)
