"""Ingest at scale (issue 7): parallel workers, versions, bad input, crash safety, concurrent writers.

The crash and concurrency tests run ``python -m quotes ingest`` as real processes on a generated corpus
and compare the database with a clean single run: same counts, no duplicates, no orphans.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from quotes.ingest import ingest
from quotes.pipeline import Extractor
from quotes.records import Article, Extraction
from quotes.store import db

SPEAKERS = ["Joko Widodo", "Sri Mulyani", "Budi Karya", "Retno Marsudi", "Anies Baswedan", "Erick Thohir"]
TOPICS = ["jembatan", "jalan tol", "pelabuhan", "bandara", "sekolah", "rumah sakit", "pasar", "bendungan"]


def article_json(number: int) -> dict[str, str]:
    """A short news article with direct and indirect quotes; statements repeat across articles so that
    near-duplicate merging has work to do."""
    speaker = SPEAKERS[number % len(SPEAKERS)]
    topic = TOPICS[number % len(TOPICS)]
    other = SPEAKERS[(number + 2) % len(SPEAKERS)]
    text = (
        f"Jakarta - Pemerintah meresmikan {topic} baru di kota nomor {number}.\n\n"
        f'"Kami akan membangun {number % 7 + 2} {topic} baru tahun ini untuk rakyat," kata {speaker} '
        f"kepada wartawan di Jakarta.\n\n"
        f"Menurut {other}, proyek {topic} itu akan selesai pada akhir tahun depan.\n\n"
        f'"Anggaran untuk {topic} sudah kami siapkan sejak awal tahun," ujar {other}.'
    )
    return {"id": f"gen-{number:05d}", "text": text, "published": f"2023-{number % 12 + 1:02d}-15"}


def write_corpus(path: Path, count: int, *, start: int = 0) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for number in range(start, start + count):
            f.write(json.dumps(article_json(number)) + "\n")
    return path


def quotes_cmd(*args: str, db_url: str, env: dict[str, str] | None = None) -> list[str]:
    return [sys.executable, "-m", "quotes", "--db", db_url, *args]


def run_quotes(*args: str, db_url: str, cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        quotes_cmd(*args, db_url=db_url),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


def snapshot(url: str) -> dict[str, object]:
    """What a clean run must reproduce: row counts and the stored content, ids aside."""
    engine = db.make_engine(url)
    with engine.connect() as conn:

        def rows(sql: str) -> list[tuple[object, ...]]:
            return sorted(tuple(r) for r in conn.execute(sa.text(sql)))

        found = {
            table: conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("article", "speaker", "outlet", "quote", "appearance", "appearance_via")
        }
        found["appearances"] = rows(
            "SELECT a.doc_id, p.start_char, p.end_char, s.name, q.text FROM appearance p "
            "JOIN article a ON a.id = p.article_id JOIN quote q ON q.id = p.quote_id "
            "LEFT JOIN speaker s ON s.id = p.speaker_id"
        )
        found["duplicate_articles"] = rows("SELECT doc_id FROM article GROUP BY doc_id HAVING count(*) > 1")
        found["duplicate_speakers"] = rows("SELECT name FROM speaker GROUP BY name HAVING count(*) > 1")
        found["duplicate_outlets"] = rows("SELECT name FROM outlet GROUP BY name HAVING count(*) > 1")
        found["duplicate_quotes"] = rows(
            "SELECT speaker_id, text FROM quote GROUP BY speaker_id, text HAVING count(*) > 1"
        )
        found["orphan_quotes"] = rows(
            "SELECT id FROM quote q WHERE NOT EXISTS (SELECT 1 FROM appearance p WHERE p.quote_id = q.id)"
        )
    engine.dispose()
    return found


def assert_clean(found: dict[str, object]) -> None:
    for key in ("duplicate_articles", "duplicate_speakers", "duplicate_outlets", "duplicate_quotes"):
        assert found[key] == [], key
    assert found["orphan_quotes"] == []


N_ARTICLES = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "gen.jsonl.gz", N_ARTICLES)


@pytest.fixture(scope="module")
def clean_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The reference: the corpus ingested once, in this process, on SQLite."""
    url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    summary = ingest(db.open_database(url), [corpus], extractor=Extractor(rules_only=True), batch_size=25)
    assert summary.new == N_ARTICLES and summary.skipped == 0
    found = snapshot(url)
    assert_clean(found)
    assert found["quote"] < found["appearance"], "the corpus must exercise near-duplicate merging"
    return found


def test_worker_processes_store_what_one_process_stores(
    corpus: Path, clean_run: dict[str, object], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    result = run_quotes(
        "ingest",
        "--rules-only",
        "--workers",
        "2",
        "--batch-size",
        "25",
        str(corpus),
        db_url=url,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"{N_ARTICLES} new" in result.stdout and result.stderr == ""
    )  # no progress line when not a terminal
    assert snapshot(url) == clean_run
    again = run_quotes("ingest", "--rules-only", "--workers", "2", str(corpus), db_url=url, cwd=tmp_path)
    assert f"0 new, 0 updated, {N_ARTICLES} unchanged" in again.stdout
    assert snapshot(url) == clean_run


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as f:
                    if marker.encode() in f.read():
                        found.append(int(entry))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find leftover workers")
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(
    corpus: Path, clean_run: dict[str, object], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    db.open_database(url).dispose()
    marker = f"QUOTES_TEST_RUN={uuid.uuid4().hex}"
    args = ["ingest", "--rules-only", "--workers", "2", "--batch-size", "5", str(corpus)]
    proc = subprocess.Popen(
        quotes_cmd(*args, db_url=url),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, marker.split("=")[0]: marker.split("=")[1]},
    )
    con = sqlite3.connect(tmp_path / "q.db", timeout=30)
    deadline = time.monotonic() + 120
    while con.execute("SELECT count(*) FROM article").fetchone()[0] < 10:
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = con.execute("SELECT count(*) FROM article").fetchone()[0]
    assert 10 <= stored < N_ARTICLES, "killed mid-run"
    assert stored % 5 == 0, "only whole batches are committed"
    con.close()
    deadline = time.monotonic() + 15
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_with(marker) == [], "worker processes outlived their killed parent"
    partial = snapshot(url)
    assert_clean(partial)

    rerun = run_quotes(*args, db_url=url, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_ARTICLES - stored} new, 0 updated, {stored} unchanged" in rerun.stdout
    assert snapshot(url) == clean_run


def test_two_processes_on_one_sqlite_file(corpus: Path, clean_run: dict[str, object], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    _ingest_twice_at_once(url, corpus, tmp_path)
    assert snapshot(url) == clean_run


def _ingest_twice_at_once(url: str, corpus: Path, tmp_path: Path) -> list[tuple[str, str]]:
    """Two real `quotes ingest` processes on one database at the same time; both must succeed."""
    db.open_database(url).dispose()
    args = ["ingest", "--rules-only", "--workers", "0", "--batch-size", "20", str(corpus)]
    procs = [
        subprocess.Popen(
            quotes_cmd(*args, db_url=url),
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    return outputs


@pytest.mark.postgres
def test_two_processes_on_one_postgres_database(
    corpus: Path, clean_run: dict[str, object], postgres_url: str, tmp_path: Path
) -> None:
    outputs = _ingest_twice_at_once(postgres_url, corpus, tmp_path)
    new = [int(out.split("articles: ")[1].split(" new")[0]) for out, _ in outputs]
    assert sum(new) == N_ARTICLES, outputs  # every article stored by exactly one of the two
    assert snapshot(postgres_url) == clean_run


def test_locked_sqlite_file_gives_a_clear_message(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    db.open_database(f"sqlite:///{path}").dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run_quotes(
            "ingest",
            "--rules-only",
            "--workers",
            "0",
            str(corpus),
            db_url=f"sqlite:///{path}",
            cwd=tmp_path,
            env={**os.environ, db.BUSY_TIMEOUT_ENV_VAR: "0.5"},
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "is locked by another process (waited 0.5 s)" in result.stderr
    assert "Traceback" not in result.stderr


def _doc(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}) + "\n"


def test_same_id_new_text_replaces_the_old_version(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    engine = db.open_database(url)
    first, second = tmp_path / "v1.jsonl", tmp_path / "v2.jsonl"
    first.write_text(_doc("a", '"Kami siap bertanding besok malam," kata Budi Santoso.'), encoding="utf-8")
    second.write_text(_doc("a", '"Harga beras akan turun bulan depan," kata Sri Mulyani.'), encoding="utf-8")
    extractor = Extractor(rules_only=True)
    assert ingest(engine, [first], extractor=extractor).new == 1
    summary = ingest(engine, [second], extractor=extractor)
    assert (summary.new, summary.updated, summary.quotes_new) == (0, 1, 1)
    found = snapshot(url)
    assert (found["article"], found["quote"], found["appearance"]) == (1, 1, 1)
    assert [row[4] for row in found["appearances"]] == ["Harga beras akan turun bulan depan,"]  # type: ignore[attr-defined]
    assert_clean(found)


def test_same_id_twice_in_one_run_the_later_wins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    path = tmp_path / "in.jsonl"
    path.write_text(
        _doc("a", '"Kami siap bertanding besok malam," kata Budi Santoso.')
        + _doc("a", '"Harga beras akan turun bulan depan," kata Sri Mulyani.'),
        encoding="utf-8",
    )
    summary = ingest(db.open_database(url), [path], extractor=Extractor(rules_only=True))
    assert (summary.new, summary.updated) == (1, 1)
    assert snapshot(url)["quote"] == 1


class _FailsOn(Extractor):
    def extract(self, article: Article) -> Extraction:
        if article.id == "boom":
            raise ValueError("odd article")
        return super().extract(article)


def test_an_extraction_failure_skips_only_that_article(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        _doc("a", "Berita pertama.") + _doc("boom", "Berita kedua.") + _doc("c", "Berita ketiga."),
        encoding="utf-8",
    )
    errors: list[str] = []
    summary = ingest(
        db.open_database(f"sqlite:///{tmp_path / 'q.db'}"),
        [path],
        extractor=_FailsOn(rules_only=True),
        on_error=errors.append,
    )
    assert (summary.new, summary.skipped) == (2, 1)
    assert errors == [f"{path}:2: article 'boom': extraction failed: ValueError: odd article"]


def test_every_kind_of_bad_input_through_the_command_with_progress(tmp_path: Path) -> None:
    good = [article_json(n) for n in range(3)]
    lines = [
        json.dumps(good[0]).encode(),
        b"{malformed",
        json.dumps({"text": "tanpa id"}).encode(),
        json.dumps({"id": "no-text"}).encode(),
        b'{"id": "bad-utf8", "text": "\xff\xfe"}',
        json.dumps({"id": "empty", "text": "  "}).encode(),
        json.dumps({"id": "huge", "text": "kata " * 500_000}).encode(),
        json.dumps(good[1]).encode(),
    ]
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (tmp_path / "junk.jsonl").write_bytes(bytes(range(256)) * 40)
    whole = gzip.compress((json.dumps(good[2]) + "\n").encode() + b"x" * 100_000)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) - 20])
    url = f"sqlite:///{tmp_path / 'q.db'}"
    result = run_quotes(
        "ingest", "--rules-only", "--workers", "0", "--progress", str(tmp_path), db_url=url, cwd=tmp_path
    )
    assert result.returncode == 1
    assert "3 articles (" in result.stderr and "/s)" in result.stderr  # the progress line
    assert "/s" not in result.stdout
    mixed = tmp_path / "mixed.jsonl"
    for where, reason in [
        (f"{mixed}:2", "malformed JSON"),
        (f"{mixed}:3", "missing 'id'"),
        (f"{mixed}:4", "missing 'text'"),
        (f"{mixed}:5", "invalid UTF-8"),
        (f"{mixed}:6", "empty text"),
        (f"{mixed}:7", "characters, more than the"),
        (f"{tmp_path / 'junk.jsonl'}", "binary data"),
        (f"{tmp_path / 'cut.jsonl.gz'}:2", "truncated"),
    ]:
        assert any(
            line.startswith(f"skipped: {where}: ") and reason in line for line in result.stderr.splitlines()
        ), (
            where,
            result.stderr,
        )
    assert "3 new" in result.stdout and "skipped: 8" in result.stdout
    con = sqlite3.connect(tmp_path / "q.db")
    assert {r[0] for r in con.execute("SELECT doc_id FROM article")} == {d["id"] for d in good}
