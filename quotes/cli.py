"""The ``quotes`` command line: a thin shell over the package. The only module that prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy.orm import Session

from quotes import __version__
from quotes.store import db


def _engine(ctx: click.Context) -> Any:
    try:
        return db.open_database(ctx.obj["db"])
    except db.DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    envvar=db.ENV_VAR,
    default=None,
    metavar="URL",
    help=f"Database URL (default {db.DEFAULT_URL}; env {db.ENV_VAR}). "
    "Example: postgresql://postgres@127.0.0.1:5432/quotes",
)
@click.version_option(__version__, prog_name="quotes")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Quote attribution database: who said what, when, where it was first published, who relayed it.

    \b
    quotes ingest seeds/            extract and store quotes from articles
    quotes lookup senapan           find canonical quotes and their appearances
    quotes extract article.jsonl    print quotes as JSON Lines, no database
    quotes evaluate gold.jsonl      score the extractor on annotated articles
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_url


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--rules-only", is_flag=True, help="Do not use the trained model components.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Extraction processes (default: the number of cores; 0 extracts in the writing process).",
)
@click.option("--batch-size", default=100, show_default=True, help="Articles per transaction.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress line on stderr (default: on a terminal)."
)
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    rules_only: bool,
    workers: int | None,
    batch_size: int,
    progress: bool | None,
) -> None:
    """Read articles (.txt, .jsonl, .jsonl.gz, .html, directories, - for stdin), store their quotes.

    Streams the input (memory stays flat), extracts in parallel worker processes and writes each batch
    in one transaction: a killed run keeps whole batches, and running it again completes it. Re-ingesting
    an unchanged article changes nothing; the same id with a different text replaces that article's
    appearances (counted as updated). Bad documents are reported on stderr with file and line, skipped,
    and make the exit status 1 once everything else is stored.

    \b
    Examples:
      quotes ingest seeds/
      quotes ingest --workers 2 ../shared/corpus/indosum.jsonl.gz
      zcat feed.jsonl.gz | quotes --db postgresql://postgres@127.0.0.1/quotes ingest -
    """
    import os

    from quotes.ingest import ingest as run_ingest
    from quotes.pipeline import Extractor

    engine = _engine(ctx)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress() if show else None

    def on_error(message: str) -> None:
        if bar:
            bar.clear()
        click.echo(f"skipped: {message}", err=True)

    try:
        summary = run_ingest(
            engine,
            paths,
            extractor=Extractor(rules_only=rules_only),
            workers=(os.cpu_count() or 1) if workers is None else workers,
            batch_size=batch_size,
            on_error=on_error,
            on_progress=bar.update if bar else None,
        )
    except db.DatabaseError as exc:
        if bar:
            bar.clear()
        raise click.ClickException(str(exc)) from exc
    if bar:
        bar.clear()
    click.echo(
        f"articles: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged; "
        f"quotes: {summary.quotes_new} new, {summary.quotes_merged} merged into existing; "
        f"appearances: {summary.appearances}; skipped: {summary.skipped}"
    )
    if summary.skipped:
        sys.exit(1)


class _Progress:
    """One self-overwriting line on stderr: articles, articles/s, quotes, skipped, elapsed."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._start = self._clock()
        self._shown = False

    def update(self, summary: Any) -> None:
        elapsed = max(self._clock() - self._start, 1e-9)
        minutes, seconds = divmod(int(elapsed), 60)
        line = (
            f"{summary.articles:,} articles ({summary.articles / elapsed:,.1f}/s), "
            f"{summary.appearances:,} quotes, {summary.skipped:,} skipped, {minutes}:{seconds:02d}"
        )
        click.echo(f"\r\033[K{line}", err=True, nl=False)
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            click.echo("\r\033[K", err=True, nl=False)
            self._shown = False


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file (default stdout).",
)
@click.option("--rules-only", is_flag=True, help="Do not use the trained model components (ablation).")
def extract(input_path: str, output: Any, rules_only: bool) -> None:
    """Print the quotes of INPUT (JSONL documents or a .txt article, - for stdin) as JSON Lines.

    One line per input document, in input order, with offsets into its text (FORMAT.md section 2).

    Example: quotes extract seeds/003_3f66a729c15f01e3.txt
    """
    from quotes.export import extraction_json
    from quotes.pipeline import Extractor
    from quotes.readers import ReadError, read_documents

    extractor = Extractor(rules_only=rules_only)
    skipped = 0
    for document in read_documents([input_path]):
        if isinstance(document, ReadError):
            click.echo(f"skipped: {document}", err=True)
            skipped += 1
            continue
        extraction = extractor.extract(document)
        output.write(json.dumps(extraction_json(extraction), ensure_ascii=False) + "\n")
    if skipped:
        click.echo(f"{skipped} document(s) skipped", err=True)
        sys.exit(1)


@cli.command()
@click.argument("gold_paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", is_flag=True, help="Also list every miss (missed, spurious, wrong speaker).")
@click.option("--rules-only", is_flag=True, help="Do not use the trained model components (ablation).")
def evaluate(gold_paths: tuple[str, ...], as_json: bool, errors: bool, rules_only: bool) -> None:
    """Score the extractor on gold files (FORMAT.md section 3): one table per file and a total.

    Example: quotes evaluate seeds/gold.jsonl seeds/dev/untouched.jsonl
    """
    from quotes.evaluate import evaluate_files, format_table, metrics_json
    from quotes.pipeline import Extractor

    results = evaluate_files([Path(p) for p in gold_paths], extractor=Extractor(rules_only=rules_only))
    if as_json:
        click.echo(metrics_json(results))
    else:
        click.echo("\n\n".join(format_table(name, report.metrics()) for name, report in results.items()))
    if errors:
        for name, report in results.items():
            if name == "total" and len(results) > 1:
                continue
            for miss in report.misses:
                click.echo(
                    f"{miss.what}\t{miss.article_id}\tgold={miss.gold_speaker}\tpred={miss.predicted_speaker}"
                    f"\t{miss.rule}\t{miss.text}"
                )


@cli.command()
@click.argument("text", required=False)
@click.option("--speaker", help="Only quotes of this speaker (any part of the name).")
@click.option("--limit", default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def lookup(ctx: click.Context, text: str | None, speaker: str | None, limit: int, fmt: str) -> None:
    """Find canonical quotes containing TEXT, with speaker, first appearance and every appearance.

    Example: quotes lookup senapan --speaker Peskov
    """
    from quotes.queries import lookup as run_lookup

    with Session(_engine(ctx)) as session:
        results = run_lookup(session, text, speaker=speaker, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([_result_json(r) for r in results], ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("no matching quotes")
        return
    for result in results:
        first = result.appearances[0] if result.appearances else None
        click.echo(
            f"#{result.quote_id}  {result.speaker or '(unknown speaker)'}  first seen {_day(result.first_seen)}"
        )
        click.echo(f"    {result.text}")
        for app in result.appearances:
            via = f" via {' > '.join(app.via)}" if app.via else ""
            click.echo(f"    - {app.outlet or '?'} {_day(app.published)} {app.kind}{via} [{app.article_id}]")
        if first is None:
            click.echo("    (no appearances)")


def _day(value: Any) -> str:
    return value.date().isoformat() if value else "?"


def _result_json(result: Any) -> dict[str, Any]:
    return {
        "quote_id": result.quote_id,
        "text": result.text,
        "speaker": {"name": result.speaker, "type": result.speaker_type} if result.speaker else None,
        "first_seen": _day(result.first_seen) if result.first_seen else None,
        "n_appearances": len(result.appearances),
        "appearances": [
            {
                "article_id": a.article_id,
                "url": a.url,
                "outlet": a.outlet,
                "published": _day(a.published) if a.published else None,
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "kind": a.kind,
                "cue": a.cue,
                "via": list(a.via),
                "similarity": a.similarity,
            }
            for a in result.appearances
        ],
        "similarity": result.similarity,
    }


@cli.group(name="db")
def db_group() -> None:
    """Schema migrations (Alembic): upgrade, downgrade, current."""


@db_group.command()
@click.argument("revision", default="head")
@click.pass_context
def upgrade(ctx: click.Context, revision: str) -> None:
    """Migrate the database to REVISION (default: the newest)."""
    engine = db.make_engine(ctx.obj["db"])
    db.upgrade(engine, revision)
    click.echo(f"database at revision {db.current_revision(engine)}")


@db_group.command()
@click.argument("revision", default="-1")
@click.pass_context
def downgrade(ctx: click.Context, revision: str) -> None:
    """Migrate the database down to REVISION (default: one step; 'base' drops every table)."""
    engine = db.make_engine(ctx.obj["db"])
    db.downgrade(engine, revision)
    click.echo(f"database at revision {db.current_revision(engine) or 'base'}")


@db_group.command()
@click.pass_context
def current(ctx: click.Context) -> None:
    """Print the database's revision and the newest one available."""
    engine = db.make_engine(ctx.obj["db"])
    click.echo(f"current: {db.current_revision(engine) or 'base (empty)'}\nhead:    {db.head_revision()}")


def main() -> None:
    cli(obj={})
