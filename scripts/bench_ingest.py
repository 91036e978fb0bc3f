"""Benchmark extraction and ingest against spaCy's bare Indonesian tokenizer, on the real corpus.

Every measurement runs in its own process (as a user runs ``quotes``), and records wall time, CPU time
of the whole process tree, and peak resident memory of the tree (parent plus worker processes, sampled
from /proc every 0.1 s). The bare tokenizer (``spacy.blank("id")``) runs over the same texts in the same
run, so the ratios hold even on a loaded machine, where absolute times do not.

    python scripts/bench_ingest.py                       # 3.4k, 1k and 30k articles (see --full)
    python scripts/bench_ingest.py --sizes 1000 --quick  # a smoke run
    python scripts/bench_ingest.py --postgres postgresql://postgres@127.0.0.1:5432/test

Results are appended as JSON lines to ``--log`` (default ``bench_ingest.jsonl``) as they are measured and
printed as a Markdown table at the end.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "indosum.jsonl.gz"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/indosum.jsonl.gz")


@dataclass
class Measure:
    step: str
    articles: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    quotes: int | None = None
    load: float | None = None

    @property
    def per_s(self) -> float:
        return self.articles / self.wall_s


def make_corpus(size: int, out: Path) -> int:
    """The first ``size`` corpus articles; beyond the corpus, copies with ``#rN`` appended to the ids."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        lines = source.read().splitlines()
    written = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as f:
        copy = 0
        while written < size:
            for line in lines:
                if written >= size:
                    break
                if copy:
                    doc = json.loads(line)
                    doc["id"] = f"{doc['id']}#r{copy}"
                    line = json.dumps(doc, ensure_ascii=False)
                f.write(line + "\n")
                written += 1
            copy += 1
    return written


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in kB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/status") as f:
                vm = next((line for line in f if line.startswith("VmRSS:")), None)
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(vm.split()[1]) if vm else 0
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run(
    step: str, articles: int, cmd: list[str], *, env: dict[str, str] | None = None
) -> tuple[Measure, str]:
    """Run ``cmd``, sampling the memory of its process tree; return the measure and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{step} failed ({proc.returncode}):\n{err[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measure(
        step, articles, round(wall, 2), round(cpu, 2), round(peak / 1024, 1), load=os.getloadavg()[0]
    ), out


# The in-process measurements, run as `python bench_ingest.py _tokenize|_extract FILE ...` in a child.


def _tokenize(path: str, n_process: int) -> None:
    import spacy

    nlp = spacy.blank("id")
    nlp.max_length = 10_000_000
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = (json.loads(line)["text"] for line in lines)
        count = sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=64))
    print(json.dumps({"docs": count}))


def _extract(path: str, workers: int) -> None:
    from quotes.pipeline import Extractor
    from quotes.readers import read_documents
    from quotes.records import Article
    from quotes.workers import ExtractionPool

    def batches():  # type: ignore[no-untyped-def]
        batch: list[Article] = []
        for doc in read_documents([path]):
            if isinstance(doc, Article):
                batch.append(doc)
                if len(batch) == 100:
                    yield None, batch
                    batch = []
        if batch:
            yield None, batch

    quotes = 0
    with ExtractionPool(workers, extractor=Extractor(rules_only=True)) as pool:
        for _, outcomes in pool.map(batches()):
            quotes += sum(len(o.quotes) for o in outcomes if not isinstance(o, str))
    print(json.dumps({"quotes": quotes}))


def _postgres_schema(url: str) -> tuple[str, str]:
    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{url}?options=-csearch_path%3D{schema}", schema


def _drop_schema(url: str, schema: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def _quotes_from_summary(out: str) -> int:
    # "articles: ...; quotes: ...; appearances: N; skipped: 0"
    return int(out.split("appearances:")[1].split(";")[0])


def bench(args: argparse.Namespace) -> list[Measure]:
    py = sys.executable
    results: list[Measure] = []
    log = open(args.log, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the whole run)

    def record(m: Measure) -> None:
        results.append(m)
        log.write(json.dumps({**asdict(m), "per_s": round(m.per_s, 1)}) + "\n")
        log.flush()
        print(
            f"{m.step:<34} {m.articles:>6} art {m.wall_s:>8.1f} s {m.per_s:>7.1f}/s "
            f"cpu {m.cpu_s:>7.1f} s rss {m.peak_rss_mb:>7.1f} MB quotes {m.quotes} load {m.load:.1f}",
            flush=True,
        )

    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus_{size}.jsonl.gz"
            n = make_corpus(size, corpus)
            m, _ = run("tokenizer (spacy.blank id)", n, [py, __file__, "_tokenize", str(corpus), "1"])
            record(m)
            if size == args.detail_size and not args.quick:
                m, _ = run("tokenizer n_process=2", n, [py, __file__, "_tokenize", str(corpus), "2"])
                record(m)
            # Beyond 10k articles only the tokenizer and the ingest (which includes extraction) are timed,
            # unless --full: each extra step there costs many minutes.
            big = size > 10_000 and not args.full
            extract_workers = (0, 1, 2) if size == args.detail_size and not args.quick else (args.workers,)
            if big:
                extract_workers = ()
            for workers in extract_workers:
                m, out = run(
                    f"extract workers={workers}", n, [py, __file__, "_extract", str(corpus), str(workers)]
                )
                m.quotes = json.loads(out)["quotes"]
                record(m)
            ingest_workers = (0, 1, 2) if size == args.detail_size and not args.quick else (args.workers,)
            for workers in ingest_workers:
                db = Path(tmp) / f"q_{size}_{workers}.db"
                cmd = [
                    py,
                    "-m",
                    "quotes",
                    "--db",
                    f"sqlite:///{db}",
                    "ingest",
                    "--rules-only",
                    "--no-progress",
                    f"--workers={workers}",
                    str(corpus),
                ]
                m, out = run(f"ingest sqlite workers={workers}", n, cmd)
                m.quotes = _quotes_from_summary(out)
                record(m)
                if workers == args.workers:
                    m, out = run(f"re-ingest sqlite (unchanged) w={workers}", n, cmd)
                    m.quotes = _quotes_from_summary(out)
                    record(m)
                db.unlink()
            if args.postgres and not big:
                url, schema = _postgres_schema(args.postgres)
                try:
                    cmd = [
                        py,
                        "-m",
                        "quotes",
                        "--db",
                        url,
                        "ingest",
                        "--rules-only",
                        "--no-progress",
                        f"--workers={args.workers}",
                        str(corpus),
                    ]
                    m, out = run(f"ingest postgresql workers={args.workers}", n, cmd)
                    m.quotes = _quotes_from_summary(out)
                    record(m)
                finally:
                    _drop_schema(args.postgres, schema)
            corpus.unlink()
    log.close()
    return results


def table(results: list[Measure]) -> str:
    """Markdown: each step against the bare tokenizer over the same texts, by wall time and by CPU time."""
    tokenizer = {m.articles: m for m in results if m.step.startswith("tokenizer (")}
    rows = [
        "| step | articles | wall s | articles/s | quotes/s | wall x tok. | CPU s | CPU x tok. | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in results:
        tok = tokenizer.get(m.articles)
        wall_ratio = f"{m.wall_s / tok.wall_s:.2f}" if tok else ""
        cpu_ratio = f"{m.cpu_s / tok.cpu_s:.2f}" if tok else ""
        qps = f"{m.quotes / m.wall_s:,.0f}" if m.quotes else ""
        rows.append(
            f"| {m.step} | {m.articles:,} | {m.wall_s:,.1f} | {m.per_s:,.1f} | {qps} | {wall_ratio} "
            f"| {m.cpu_s:,.1f} | {cpu_ratio} | {m.peak_rss_mb:,.0f} |"
        )
    return "\n".join(rows)


def load_log(path: str) -> list[Measure]:
    with open(path, encoding="utf-8") as f:
        return [Measure(**{k: v for k, v in json.loads(line).items() if k != "per_s"}) for line in f]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_tokenize":
        return _tokenize(sys.argv[2], int(sys.argv[3]))
    if len(sys.argv) > 1 and sys.argv[1] == "_extract":
        return _extract(sys.argv[2], int(sys.argv[3]))
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[3417, 1000, 30000])
    parser.add_argument(
        "--detail-size", type=int, default=3417, help="size at which 0/1/2 workers are compared"
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers for the other runs")
    parser.add_argument("--postgres", default=None, metavar="URL", help="also ingest into this PostgreSQL")
    parser.add_argument("--quick", action="store_true", help="skip the worker comparisons")
    parser.add_argument("--full", action="store_true", help="every step at every size, 30k included")
    parser.add_argument("--log", default="bench_ingest.jsonl")
    parser.add_argument("--table", action="store_true", help="only print the table of an existing --log")
    args = parser.parse_args()
    if args.table:
        print(table(load_log(args.log)))
        return
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found: {CORPUS}")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, corpus {CORPUS}", flush=True)
    results = bench(args)
    print()
    print(table(results))


if __name__ == "__main__":
    main()
