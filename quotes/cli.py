"""The ``quotes`` command line: a thin shell over the package. The only module that prints."""

from __future__ import annotations

import io
import json
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from sqlalchemy.orm import Session

from quotes import __version__
from quotes.records import QUOTE_KINDS
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
    quotes show 17                  provenance timeline and wording variants of a quote
    quotes export --format csv      quotes and appearances for spreadsheets, JSONL, JSON-LD
    quotes extract article.jsonl    print quotes as JSON Lines, no database
    quotes evaluate gold.jsonl      score the extractor on annotated articles
    quotes speakers                 speakers with counts; show, alias, merge, unmerge
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
@click.option(
    "--errors",
    is_flag=True,
    help="Also list every miss (missed, spurious, wrong speaker, missed or spurious relay).",
)
@click.option("--rules-only", is_flag=True, help="Do not use the trained model components (ablation).")
def evaluate(gold_paths: tuple[str, ...], as_json: bool, errors: bool, rules_only: bool) -> None:
    """Score the extractor on gold files (FORMAT.md section 3): one table per file and a total.

    Example: quotes evaluate seeds/gold.jsonl seeds/dev/unseen.jsonl
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


def filter_options(command: Any) -> Any:
    """The quote filters shared by ``lookup`` and ``export``."""
    options = [
        click.option(
            "--speaker", metavar="NAME", help="Quotes of this speaker (name, part of it, or alias)."
        ),
        click.option(
            "--outlet", metavar="NAME", help="Quotes published or relayed by this outlet (name or domain)."
        ),
        click.option(
            "--since",
            metavar="DATE",
            type=click.DateTime(["%Y-%m-%d"]),
            help="Appeared on or after DATE (YYYY-MM-DD).",
        ),
        click.option(
            "--until",
            metavar="DATE",
            type=click.DateTime(["%Y-%m-%d"]),
            help="Appeared on or before DATE (YYYY-MM-DD).",
        ),
        click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only quotes appearing as this kind."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(
    speaker: str | None, outlet: str | None, since: datetime | None, until: datetime | None, kind: str | None
) -> Any:
    from quotes.queries import Filters

    return Filters(
        speaker=speaker,
        outlet=outlet,
        since=since.date() if since else None,
        until=until.date() if until else None,
        kind=kind,  # type: ignore[arg-type]
    )


@cli.command()
@click.argument("text", required=False)
@filter_options
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(min=1, max=10_000), help="At most N quotes."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def lookup(
    ctx: click.Context,
    text: str | None,
    speaker: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    limit: int,
    fmt: str,
) -> None:
    """Find canonical quotes by wording: speaker, first appearance, every appearance and relay chain.

    TEXT may be pasted as read anywhere: other punctuation, a typo or missing words still find the
    quote, each result with its similarity (0-1). Without TEXT, the newest quotes matching the filters.
    --format json prints FORMAT.md section 4 objects plus "similarity".

    \b
    Examples:
      quotes lookup senapan --speaker Peskov
      quotes lookup "Kami akan selalu mendukung keputusan Presiden Putin" --format json
      quotes lookup --speaker "Kim Jong Un" --outlet KCNA --since 2023-09-01
    """
    from quotes.export import quote_result_json
    from quotes.queries import NotFound
    from quotes.queries import lookup as run_lookup
    from quotes.search import EmptyQuery

    with Session(_engine(ctx)) as session:
        try:
            results = run_lookup(
                session, text, filters=_filters(speaker, outlet, since, until, kind), limit=limit
            )
        except (NotFound, EmptyQuery) as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        items = [{**quote_result_json(r), "similarity": r.similarity} for r in results]
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("no matching quotes")
        return
    for number, result in enumerate(results):
        if number:
            click.echo()
        for line in _result_lines(result):
            click.echo(line)


# Terminal width the table is laid out for.
TABLE_WIDTH = 80
# Appearances listed per quote in the table; `quotes show` lists them all.
TABLE_APPEARANCES = 10


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _result_lines(result: Any) -> list[str]:
    head = f"#{result.quote_id}  {result.speaker or '(unknown speaker)'}"
    if result.similarity is not None:
        head += f"  similarity {result.similarity:.2f}"
    n = len(result.appearances)
    head += f"  {n} appearance{'s' if n != 1 else ''}"
    lines = [_fit(head, TABLE_WIDTH)]
    lines += textwrap.wrap(
        f"\u201c{result.text}\u201d", TABLE_WIDTH, initial_indent="    ", subsequent_indent="    "
    )
    for number, app in enumerate(result.appearances[:TABLE_APPEARANCES]):
        via = f" via {' > '.join(app.via)}" if app.via else ""
        first = "first " if number == 0 else ""
        lines.append(
            _fit(f"  - {first}{_day(app.published)}  {app.outlet or '?'}  {app.kind}{via}", TABLE_WIDTH)
        )
        lines.append(_fit(f"      {app.url or app.article_id}", TABLE_WIDTH))
    if n > TABLE_APPEARANCES:
        lines.append(f"  ... {n - TABLE_APPEARANCES} more: quotes show {result.quote_id}")
    if not result.appearances:
        lines.append("    (no appearances)")
    return lines


def _day(value: Any) -> str:
    return value.date().isoformat() if value else "undated"


@cli.command()
@click.argument("quote_id", type=click.IntRange(min=1, max=2**63 - 1))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def show(ctx: click.Context, quote_id: int, fmt: str) -> None:
    """Provenance of one quote: first appearance, every appearance and relay in order, wording
    variants with a word-level diff against the canonical text, related quotes.

    In the diff, [-words-] are in the canonical text only and {+words+} in that appearance only.
    --format json prints the FORMAT.md section 4 object plus "variants" and "related".

    \b
    Examples:
      quotes show 17
      quotes show 17 --format json
    """
    from quotes.export import quote_result_json
    from quotes.queries import quote as get_quote
    from quotes.queries import related
    from quotes.wording import render, word_diff

    with Session(_engine(ctx)) as session:
        result = get_quote(session, quote_id)
        if result is None:
            raise click.ClickException(f"no such quote: {quote_id}")
        links = related(session, quote_id)
    variants: dict[str, list[str]] = {}
    for app in result.appearances:
        if app.text != result.text:
            variants.setdefault(app.text, []).append(app.outlet or app.article_id)
    if fmt == "json":
        item = quote_result_json(result)
        item["variants"] = [
            {
                "text": text,
                "outlets": list(dict.fromkeys(outlets)),
                "diff": [{"op": part.op, "text": part.text} for part in word_diff(result.text, text)],
            }
            for text, outlets in variants.items()
        ]
        item["related"] = [
            {"quote_id": link.quote_id, "text": link.text, "speaker": link.speaker, **link.details}
            for link in links
        ]
        click.echo(json.dumps(item, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"#{result.quote_id}  {result.speaker or '(unknown speaker)'} ({result.speaker_type or '?'})")
    for line in textwrap.wrap(
        f"\u201c{result.text}\u201d", TABLE_WIDTH, initial_indent="    ", subsequent_indent="    "
    ):
        click.echo(line)
    if result.appearances:
        first = result.appearances[0]
        click.echo(
            f"first appearance: {_when(first)}  {first.outlet or '?'}\n    {first.url or first.article_id}"
        )
    click.echo(
        f"\ntimeline ({len(result.appearances)} appearance{'s' if len(result.appearances) != 1 else ''})"
    )
    for number, app in enumerate(result.appearances, 1):
        click.echo(
            f"{number:>3}. {_when(app)}  {app.outlet or '?'}  {app.kind}  similarity {app.similarity:.2f}"
        )
        if app.via:
            click.echo(f"     relayed: {' > '.join(app.via)} > {app.outlet or '?'}")
        click.echo(f"     {app.url or '(no url)'}  [{app.article_id} {app.start}:{app.end}]")
    click.echo(f"\nwording variants: {len(variants) or 'none, every appearance has the canonical text'}")
    for text, outlets in variants.items():
        click.echo(f"  - {', '.join(dict.fromkeys(outlets))}:")
        for line in textwrap.wrap(
            render(word_diff(result.text, text)),
            TABLE_WIDTH,
            initial_indent="      ",
            subsequent_indent="      ",
        ):
            click.echo(line)
    if links:
        click.echo("\nrelated quotes:")
        for link in links:
            details = ", ".join(f"{k}={v}" for k, v in link.details.items() if v is not None)
            click.echo(_fit(f"  #{link.quote_id}  {link.speaker or '?'}: {link.text}", TABLE_WIDTH))
            if details:
                click.echo(f"      {details}")


def _when(app: Any) -> str:
    if app.published is None:
        return "date unknown"
    stamp = app.published.isoformat(sep=" ", timespec="minutes")
    return stamp[:10] if stamp.endswith("00:00") else stamp


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "jsonld"]), default="jsonl", show_default=True
)
@filter_options
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Output file (default stdout)."
)
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    speaker: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    kind: str | None,
    output: str | None,
) -> None:
    """Export canonical quotes with all their appearances (FORMAT.md section 4), streamed.

    \b
    jsonl   one line per quote, appearances in publication order
    csv     one row per appearance, quote id and text repeated (UTF-8, header row)
    jsonld  schema.org Claim objects for ClaimReview

    \b
    Examples:
      quotes export --format csv --speaker Peskov -o peskov.csv
      quotes export --format jsonld --outlet KCNA --since 2023-09-01 > kcna.jsonld
    """
    from quotes.export import write_export
    from quotes.queries import NotFound, count_appearances, iter_quotes

    filters = _filters(speaker, outlet, since, until, kind)
    target = Path(output) if output else None
    # Written beside the target and renamed at the end, so a failed export never leaves half a file.
    partial = target.with_name(target.name + ".part") if target else None
    with Session(_engine(ctx)) as session:
        try:
            results = iter_quotes(session, filters)  # resolves the filters now: no output on a bad name
            total = count_appearances(session, filters) if sys.stderr.isatty() else 0
        except NotFound as exc:
            raise click.ClickException(str(exc)) from exc
        try:
            out = partial.open("w", encoding="utf-8", newline="") if partial else _stdout()
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
        try:
            with _progress(total) as bar:
                written = write_export(results, out, fmt=fmt, on_appearances=bar.update)  # type: ignore[arg-type]
            out.flush()
        except BaseException:
            if partial:
                out.close()
                partial.unlink(missing_ok=True)
            raise
    if target and partial:
        out.close()
        partial.replace(target)
        click.echo(f"{written} quotes written to {target}", err=True)


def _stdout() -> Any:
    """Standard output, in UTF-8 whatever the locale says (exports are UTF-8 by contract)."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


class _NoProgress:
    def update(self, _n: int) -> None:
        pass

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


def _progress(total: int) -> Any:
    """A progress bar on stderr when it is a terminal and there is something to count."""
    if total and sys.stderr.isatty():
        return click.progressbar(length=total, label="exporting appearances", file=sys.stderr)
    return _NoProgress()


# --- speakers: registry, cross-article identity, aliases, recorded merges --------------------------


@cli.group(name="speakers", invoke_without_command=True)
@click.option("--like", metavar="TEXT", help="Only speakers whose name contains TEXT.")
@click.option("--limit", default=50, show_default=True, help="At most this many rows (0: all).")
@click.option("--merged", is_flag=True, help="Also list speakers merged into another.")
@click.pass_context
def speakers_group(ctx: click.Context, like: str | None, limit: int, merged: bool) -> None:
    """List speakers with their quote and appearance counts, most quoted first.

    \b
    quotes speakers                          the 50 most quoted speakers
    quotes speakers --like peskov
    quotes speakers show "Vladimir Putin"    aliases, roles, merges, most repeated quotes
    quotes speakers alias "Dmitry Peskov" "jubir Kremlin" --role
    quotes speakers merge "Vladimir Putin" "Putin"
    quotes speakers unmerge 1
    """
    if ctx.invoked_subcommand is not None:
        return
    from quotes.store import speakers

    with Session(_engine(ctx)) as session, session.begin():
        rows = speakers.list_speakers(session, like=like, include_merged=merged, limit=limit or None)
    if not rows:
        click.echo("no speakers")
        return
    click.echo(f"{'id':>6}  {'quotes':>6}  {'appear.':>7}  {'type':<12}  name")
    for row in rows:
        into = f"  (merged into {row.merged_into})" if row.merged_into else ""
        click.echo(f"{row.id:>6}  {row.quotes:>6}  {row.appearances:>7}  {row.type:<12}  {row.name}{into}")


def _speaker_call(ctx: click.Context, action: Any) -> Any:
    from quotes.store.speakers import SpeakerError

    try:
        with Session(_engine(ctx)) as session, session.begin():
            return action(session)
    except SpeakerError as exc:
        raise click.ClickException(str(exc)) from exc


@speakers_group.command(name="show")
@click.argument("name")
@click.pass_context
def speakers_show(ctx: click.Context, name: str) -> None:
    """Show one speaker: type, aliases and roles, merges, most repeated quotes.

    Example: quotes speakers show Peskov
    """
    from quotes.store import speakers

    detail = _speaker_call(ctx, lambda session: speakers.show(session, name))
    row = detail.speaker
    click.echo(f"#{row.id} {row.name} ({row.type}): {row.quotes} quotes, {row.appearances} appearances")
    if row.merged_into:
        click.echo(f"merged into: {row.merged_into}")
    if detail.description:
        click.echo(f"description: {detail.description}")
    for kind in ("name", "role", "spelling", "mention"):
        names = [alias for alias, k in detail.aliases if k == kind]
        if names:
            click.echo(f"{kind + ' aliases' if kind != 'role' else 'roles'}: {'; '.join(names)}")
    for merge_id, kept, merged, undone in detail.merges:
        click.echo(f"merge {merge_id}: {merged} into {kept}{' (undone)' if undone else ''}")
    for quote_id, text, n in detail.top_quotes:
        click.echo(f"  #{quote_id} x{n}  {text}")


@speakers_group.command(name="alias")
@click.argument("name")
@click.argument("alias")
@click.option("--role", is_flag=True, help="ALIAS is a role (juru bicara Kremlin), not another name.")
@click.pass_context
def speakers_alias(ctx: click.Context, name: str, alias: str, role: bool) -> None:
    """Record ALIAS as another name (or, with --role, a role) of the speaker NAME.

    New articles that write the speaker this way are linked to NAME.

    Example: quotes speakers alias "Kim Jong Un" "pemimpin Korut" --role
    """
    from quotes.store import speakers

    kind = "role" if role else "name"
    _speaker_call(ctx, lambda session: speakers.add_alias(session, name, alias, kind=kind))
    click.echo(f"{alias!r} is now a {kind} alias of {name!r}")


@speakers_group.command(name="merge")
@click.argument("keep")
@click.argument("other")
@click.pass_context
def speakers_merge(ctx: click.Context, keep: str, other: str) -> None:
    """Merge speaker OTHER into KEEP: quotes, appearances and aliases move; recorded and reversible.

    Later mentions of OTHER are linked to KEEP. Undo with `quotes speakers unmerge MERGE_ID`.

    Example: quotes speakers merge "Febri Diansyah" "KPK Febri Diansyah"
    """
    from quotes.store import speakers

    merge_id = _speaker_call(ctx, lambda session: speakers.merge(session, keep, other))
    click.echo(f"merge {merge_id}: {other} merged into {keep} (undo: quotes speakers unmerge {merge_id})")


@speakers_group.command(name="unmerge")
@click.argument("merge_id", type=int)
@click.pass_context
def speakers_unmerge(ctx: click.Context, merge_id: int) -> None:
    """Undo the recorded merge MERGE_ID: move back what it moved.

    Example: quotes speakers unmerge 1
    """
    from quotes.store import speakers

    kept, restored = _speaker_call(ctx, lambda session: speakers.unmerge(session, merge_id))
    click.echo(f"merge {merge_id} undone: {restored} separated from {kept}")


@speakers_group.command(name="load")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def speakers_load(ctx: click.Context, path: str | None) -> None:
    """Load a speaker registry file (default seeds/speakers.json) into the database; idempotent.

    Example: quotes speakers load seeds/speakers.json
    """
    from quotes.speakers import load_registry
    from quotes.store import speakers

    registry = load_registry(Path(path) if path else None)
    n = _speaker_call(ctx, lambda session: speakers.load(session, registry))
    click.echo(f"{len(registry)} speakers, {n} aliases and roles loaded")


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
