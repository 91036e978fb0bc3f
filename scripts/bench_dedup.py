"""Benchmark incremental near-duplicate clustering on realistic synthetic quotes (issue 5).

Quotes are built from real news quotes: every quoted span ("...", “...”) of at least 5 words in the
IndoSum corpus (../shared/corpus/indosum.jsonl.gz; without it, the quotes of seeds/dedup_pairs.jsonl).
For n appearances the script makes n/3 distinct statements (a corpus quote with about a third of its
content words swapped for corpus words, so that statements stay distinct at 1M), gives each a speaker
drawn from a Zipf law over n/50 speakers, and publishes each statement 1-6 times (geometric) with a
controlled edit: none, re-punctuation and case, one typo, trimmed ends, a fragment of >= 6 words, or a
changed number (a template: must NOT join). Appearances arrive in random order.

Each size runs in its own process (clean peak memory): ``quotes.dedup.Clusterer`` adds the appearances
one by one (the store uses the same keys and decisions over the ``quote_key`` table). Reported: wall and CPU seconds (CPU is the fair measure on a shared machine),
microseconds per quote, peak RSS, clusters, and against the generator's truth the share of appearances
placed with their statement (recall), appearances of different statements merged (false joins), and
template edits that joined their original (must be 0). ``--store`` also runs the SQLite store path
(``save_extraction``) for the smallest size.

    python scripts/bench_dedup.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "indosum.jsonl.gz"
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{20,400})[\"”]")


def base_quotes(corpus: Path) -> list[str]:
    """Real quote texts: quoted spans of the corpus, else the labelled pairs' quotes."""
    found: list[str] = []
    if corpus.is_file():
        with gzip.open(corpus, "rt", encoding="utf-8") as lines:
            for line in lines:
                found.extend(m.group(1).strip() for m in _QUOTED.finditer(json.loads(line)["text"]))
    else:
        for line in (ROOT / "seeds" / "dedup_pairs.jsonl").read_text("utf-8").splitlines():
            pair = json.loads(line)
            found.extend([pair["a"]["text"], pair["b"]["text"]])
    return sorted({q for q in found if len(q.split()) >= 5})


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def edit(text: str, rng: random.Random) -> tuple[str, str]:
    """One published wording of a statement, and the kind of edit."""
    words = text.split()
    kind = rng.choices(
        ["same", "punct", "typo", "trim", "fragment", "template"], weights=[30, 20, 15, 15, 15, 5]
    )[0]
    if kind == "punct":
        out = text.rstrip(".,!?") + rng.choice([",", ".", "!", "...", ""])
        return (out.lower() if rng.random() < 0.3 else out), kind
    if kind == "typo":
        i = rng.randrange(len(words))
        return " ".join(words[:i] + [_typo(words[i], rng)] + words[i + 1 :]), kind
    if kind == "trim" and len(words) >= 8:
        return " ".join(words[rng.randint(0, 1) : len(words) - rng.randint(1, 2)]), kind
    if kind == "fragment" and len(words) >= 10:
        size = rng.randint(max(6, len(words) // 2), len(words) - 2)
        start = rng.randrange(0, len(words) - size + 1)
        return " ".join(words[start : start + size]), kind
    if kind == "template":  # the same sentence about another number or name: must stay apart
        numbers = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)]
        names = [  # names as the guard sees them: capitalised, not starting a sentence
            i
            for i, w in enumerate(words)
            if i > 0 and w[:1].isupper() and w.isalpha() and words[i - 1][-1] not in ".!?:"
        ]
        if numbers:
            i = rng.choice(numbers)
            words[i] = str(rng.randint(2, 999))
            return " ".join(words), kind
        if names:
            i = rng.choice(names)
            words[i] = rng.choice(["Jakarta", "Persib", "Surabaya", "Golkar", "Yamaha", "Bandung", "Medan"])
            return " ".join(words), kind
    return text, "same"


def make(n: int, seed: int, bases: list[str]) -> list[tuple[str, str, int, str]]:
    """``n`` appearances: (speaker, wording, statement id, edit kind), in random arrival order."""
    rng = random.Random(seed)
    vocab = sorted({w for q in bases for w in q.split() if len(w) >= 5 and w.isalpha()})
    n_speakers = max(20, n // 50)
    weights = [1 / (rank**1.1) for rank in range(1, n_speakers + 1)]
    out: list[tuple[str, str, int, str]] = []
    statement = 0
    while len(out) < n:
        words = rng.choice(bases).split()
        for i in range(len(words)):
            if len(words[i]) >= 5 and rng.random() < 0.33:
                words[i] = rng.choice(vocab)
        text = " ".join(words)
        speaker = f"speaker-{rng.choices(range(n_speakers), weights)[0]}"
        copies = min(6, 1 + int(math.log(1 - rng.random()) / math.log(0.55)))
        # the first appearance is the statement itself; templates get their own statement id
        out.append((speaker, text, statement, "same"))
        for _ in range(copies - 1):
            wording, kind = edit(text, rng)
            out.append((speaker, wording, -statement - 1 if kind == "template" else statement, kind))
        statement += 1
    out = out[:n]
    rng.shuffle(out)
    return out


def run_memory(n: int, seed: int) -> dict[str, object]:
    from quotes.dedup import Clusterer

    data = make(n, seed, base_quotes(CORPUS))
    clusterer = Clusterer()
    started, cpu = time.perf_counter(), time.process_time()
    placed = []
    for i, (speaker, text, _s, _k) in enumerate(data):
        placed.append(clusterer.add(speaker, text, i).cluster)
        if i and i % 100_000 == 0:
            print(f"{i:,} quotes, {time.process_time() - cpu:.0f} s CPU", file=sys.stderr, flush=True)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return {
        "n": n,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        **_quality(data, placed),
        "clusters": len(clusterer.clusters),
    }


def _quality(data: list[tuple[str, str, int, str]], placed: list[int]) -> dict[str, object]:
    """Each true statement's main cluster; recall = appearances in it; false joins = foreign members."""
    by_statement: dict[int, Counter[int]] = {}
    for (_sp, _t, statement, _k), cluster in zip(data, placed):
        by_statement.setdefault(statement, Counter())[cluster] += 1
    main = {s: c.most_common(1)[0][0] for s, c in by_statement.items()}
    owner: dict[int, int] = {}
    for statement, cluster in main.items():
        owner.setdefault(cluster, statement)
    joined = sum(1 for (_sp, _t, s, _k), c in zip(data, placed) if main[s] == c)
    foreign = sum(1 for (_sp, _t, s, _k), c in zip(data, placed) if owner.get(c, s) != s)
    template_joined = sum(
        1 for (_sp, _t, s, kind), c in zip(data, placed) if kind == "template" and main.get(-s - 1) == c
    )
    return {
        "recall": round(joined / len(data), 4),
        "false_joins": foreign,
        "templates": sum(1 for d in data if d[3] == "template"),
        "template_joins": template_joined,
    }


def run_store(n: int, seed: int) -> dict[str, object]:
    """The real store path: one article per 20 appearances through ``save_extraction`` on SQLite."""
    import tempfile
    from datetime import datetime

    from sqlalchemy.orm import Session

    from quotes import records
    from quotes.store import db
    from quotes.store.write import save_extraction

    data = make(n, seed, base_quotes(CORPUS))
    with tempfile.TemporaryDirectory() as tmp:
        engine = db.open_database(f"sqlite:///{tmp}/bench.db")
        started, cpu = time.perf_counter(), time.process_time()
        for batch_start in range(0, n, 1000):
            with Session(engine) as session, session.begin():
                for art in range(batch_start, min(n, batch_start + 1000), 20):
                    chunk = data[art : art + 20]
                    text = "\n".join(f'"{t}" kata {sp}.' for sp, t, _s, _k in chunk)
                    quotes, offset = [], 0
                    for speaker, wording, _s, _k in chunk:
                        start = text.index(wording, offset) if wording else offset
                        offset = start + len(wording)
                        quotes.append(
                            records.Quote(
                                span=records.Span(start, offset, wording),
                                kind="direct",
                                speaker=records.SpeakerRef(speaker, "person"),
                                cue=None,
                                rule="bench",
                                confidence=0.9,
                            )
                        )
                    article = records.Article(id=f"b{art}", text=text, published=datetime(2024, 1, 1))
                    save_extraction(session, article, records.Extraction(article.id, tuple(quotes), "bench"))
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        with engine.connect() as conn:
            quotes_n = conn.exec_driver_sql("SELECT count(*) FROM quote").scalar_one()
    return {
        "n": n,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "clusters": quotes_n,
        "backend": "sqlite store",
    }


def child(args: argparse.Namespace) -> None:
    result = (run_store if args.backend == "store" else run_memory)(args.child, args.seed)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument(
        "--store", action="store_true", help="also time the SQLite store on the smallest size"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="memory", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    runs = [(n, "memory") for n in args.sizes] + ([(min(args.sizes), "store")] if args.store else [])
    results = []
    for n, backend in runs:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed), "--backend", backend],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result.setdefault("backend", "in-memory index")
        results.append(result)
        print(json.dumps(result), file=sys.stderr, flush=True)
    print(f"corpus: {'IndoSum' if CORPUS.is_file() else 'seeds/dedup_pairs.jsonl (corpus not found)'}")
    print(
        "| backend | n | wall s | CPU s | CPU µs/quote | peak RSS MB | clusters | recall | false joins "
        "| template joins |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['backend']} | {r['n']:,} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
            f"{1e6 * r['cpu_seconds'] / r['n']:.0f} | {r['peak_rss_mb']} | {r['clusters']:,} | "
            f"{r.get('recall', '-')} | {r.get('false_joins', '-')} | "
            f"{r.get('template_joins', '-')}/{r.get('templates', '-')} |"
        )
    memory = [r for r in results if r["backend"] == "in-memory index"]
    for a, b in zip(memory, memory[1:]):
        exponent = math.log(b["cpu_seconds"] / a["cpu_seconds"]) / math.log(b["n"] / a["n"])
        print(f"CPU time growth {a['n']:,} -> {b['n']:,}: n^{exponent:.2f}")


if __name__ == "__main__":
    main()
