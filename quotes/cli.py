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
    quotes speakers                 speakers with counts; show, alias, merge, unmerge
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_url


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--rules-only", is_flag=True, help="Do not use the trained model components.")
@click.option("--batch-size", default=100, show_default=True, help="Articles per transaction.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], rules_only: bool, batch_size: int) -> None:
    """Read articles (.txt, .jsonl, .jsonl.gz, .html, directories, - for stdin), store their quotes.

    Re-ingesting an unchanged article changes nothing; a changed text replaces that article's
    appearances. Bad documents are reported on stderr with file and line, skipped, and make the exit
    status 1 once everything else is stored.

    Example: quotes ingest seeds/
    """
    from quotes.ingest import ingest as run_ingest
    from quotes.pipeline import Extractor

    engine = _engine(ctx)
    summary = run_ingest(
        engine,
        paths,
        extractor=Extractor(rules_only=rules_only),
        batch_size=batch_size,
        on_error=lambda message: click.echo(f"skipped: {message}", err=True),
    )
    click.echo(
        f"articles: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged; "
        f"quotes: {summary.quotes_new} new, {summary.quotes_merged} merged into existing; "
        f"appearances: {summary.appearances}; skipped: {summary.skipped}"
    )
    if summary.skipped:
        sys.exit(1)


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
