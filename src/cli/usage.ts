/** A mistake in how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The value of a flag that takes a positive whole number, or `fallback` when the flag is absent. */
export function positiveInteger(raw: string | undefined, flag: string, fallback: number): number;
export function positiveInteger(raw: string | undefined, flag: string, fallback: number | undefined): number | undefined;
export function positiveInteger(raw: string | undefined, flag: string, fallback: number | undefined): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, not "${raw}"`);
  if (n > MAX_COUNT) throw new UsageError(`${flag} takes a whole number up to ${MAX_COUNT}, not "${raw}"`);
  return n;
}

/** The largest count a flag takes (SQLite's LIMIT and JavaScript's safe integers both hold it). */
const MAX_COUNT = 1_000_000_000;

/** A date flag: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function dateFlag(raw: string | undefined, flag: string): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  const [y, mo, d] = m ? [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1] : [0, 0, 0];
  const real = m && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!real) throw new UsageError(`${flag} takes a date YYYY, YYYY-MM or YYYY-MM-DD, not "${raw}"`);
  return raw;
}

/** A flag that takes one of a few words (case aside); the word as the store writes it. */
export function choiceFlag(raw: string | undefined, flag: string, choices: readonly string[]): string | undefined {
  if (raw === undefined) return undefined;
  const found = choices.find((c) => c.toLowerCase() === raw.toLowerCase());
  if (!found) throw new UsageError(`${flag} is one of ${choices.join(", ")}, not "${raw}"`);
  return found;
}

/** A country flag: an ISO 3166 alpha-2 code. */
export function countryFlag(raw: string | undefined, flag: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(raw)) throw new UsageError(`${flag} takes a two-letter ISO 3166 country code (SY, FR, US…), not "${raw}"`);
  return raw.toUpperCase();
}

export const HELP = `vigie — news intelligence: entities, places, times, quotes, events and framing from news articles

Usage:
  vigie analyze PATH… [--json | --pretty] [--out DIR] [--workers N] [--max-bytes N] [--kb FILE]… [--config FILE]
  vigie lookup NAME… [--date YYYY[-MM[-DD]]] [--kb FILE]… [--json]
  vigie ingest PATH… [--db FILE] [--workers N] [--time-limit SECONDS] [--max-bytes N] [--kb FILE]… [--config FILE] [--quiet]
  vigie search QUERY [--db FILE] [--lang L] [--from D] [--to D] [--outlet O] [--entity NAME] [--limit N] [--json]
  vigie stats [--db FILE] [--json | --pretty]
  vigie events [--type T] [--actor NAME] [--target NAME] [--country CC] [--place NAME] [--status S] [--from D] [--to D] [--limit N] [--json]
  vigie quotes [--speaker NAME] [--text WORDS] [--kind direct|indirect|partial] [--limit N] [--json]
  vigie entity NAME [--json]
  vigie stories [--from D] [--to D] [--entity NAME] [--lang L] [--min-outlets N] [--limit N] [--rebuild] [--json]
  vigie story ID [--json]
  vigie export events [--format jsonl|csv|geojson] [--out FILE] [event filters]
  vigie export stories [--format jsonl|csv] [--out FILE] [story filters]
  vigie serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--allow-remote] [--rate-limit N]
  vigie enqueue PATH… --db postgres://… [--lease SECONDS] [--max-bytes N] [--quiet]
  vigie worker --db postgres://… [--concurrency N] [--lease SECONDS] [--time-limit SECONDS] [--exit-when-empty] [--kb FILE]… [--config FILE] [--quiet]
  vigie queue status --db postgres://… [--json]

  PATH is a file (.txt in the corpus format "date YYYY-MM[-DD] text…", plain .txt, .html,
  .jsonl, .rss/.atom/.xml feeds, .warc/.warc.gz archives), a directory (read recursively), or -
  for standard input.

Options:
  --json           one analysis record per document, as JSON Lines (default when stdout is not a terminal)
  --pretty         a readable summary (default on a terminal)
  --out DIR        write DIR/<name>.json per document instead of printing records
  --max-bytes N    refuse documents larger than N bytes (default 5000000)
  --kb FILE        add or override knowledge entries from FILE (JSON Lines; see docs/knowledge.md)
  --config FILE    read settings from FILE (default: ./vigie.config.json when present), e.g. {"kb": ["my.jsonl"]}
  --date D         (lookup) the date at which offices are read, e.g. 2024-12
  --db FILE|URL    the store: a SQLite file (default ./vigie.db, or $VIGIE_DB) or a PostgreSQL
                   database, postgres://user:password@host:port/database (the queue needs one)
  --workers N      (ingest, analyze) analysis worker threads; ingest: default the number of cores but one
                   (the writer keeps one), at least 1; analyze: the number of cores for inputs of 2000
                   documents or more, else 1, in this process
  --time-limit S   (ingest) seconds one document's analysis may take before it fails, default 60
  --quiet          (ingest) no progress, only problems and the summary
  -h, --help       this help

Exit codes: 0 all documents analyzed, 1 some documents failed, 2 usage error.
`;

const DB = "  --db FILE|URL      the store: a SQLite file or postgres://… (default $VIGIE_DB, else ./vigie.db)\n";
const PG = "  --db URL           the PostgreSQL store and queue, postgres://user:password@host:port/database (default $VIGIE_DB)\n";
const LEASE = "  --lease S          seconds a worker may hold a job before it is taken back and given to another (default 300)\n";
const JSON_OUT = "  --json             JSON Lines (the default when standard output is not a terminal)\n";
const LIMIT = (n: string) => `  --limit N          at most N rows (default ${n})\n`;
const DATES = "  --from D, --to D   dates YYYY, YYYY-MM or YYYY-MM-DD (--to inclusive at its precision)\n";
const KB = "  --kb FILE          add or override knowledge entries (JSON Lines; repeatable)\n  --config FILE      settings file (default ./vigie.config.json when present)\n";
const EVENT_FILTERS =
  "  --type T           a PLOVER type: AGREE ACCUSE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN\n" +
  "  --actor NAME, --target NAME, --place NAME   an entity under any of its names\n" +
  "  --country CC       ISO 3166 code of the actor, the target or the place\n" +
  "  --status S         reported, claimed, historical, intended or negated\n" + DATES;
const STORY_FILTERS = DATES + "  --entity NAME      stories with a document naming it\n  --lang L           stories with a document in language L\n  --min-outlets N    stories told by at least N outlets\n";

/** Each command's own help: what it does and every option it takes. */
export const COMMAND_HELP: Record<string, string> = {
  analyze: "vigie analyze PATH… — one analysis record per document\n\n" + JSON_OUT + "  --pretty           a readable summary (default on a terminal)\n  --out DIR          DIR/<name>.json per document\n  --workers N        analysis worker threads (default: the number of cores for 2000 documents or more, else 1)\n  --max-bytes N      refuse documents larger than N bytes (default 5000000)\n" + KB,
  lookup: "vigie lookup NAME… — what the knowledge base knows of a name\n\n  --date D           the date at which offices are read\n" + KB + JSON_OUT,
  ingest: "vigie ingest PATH… — every document with its whole analysis into the store, once each\n\n" + DB + "  --workers N        analysis worker threads (default the number of cores but one, at least 1)\n  --time-limit S     seconds one document's analysis may take before it fails (default 60)\n  --max-bytes N      refuse documents larger than N bytes (default 5000000)\n  --quiet            no progress, only problems and the summary\n" + KB,
  search: "vigie search QUERY — full text, diacritic-insensitive, ranked, with snippets\n\n" + DB + "  --lang L           documents in language L\n" + DATES + "  --outlet O         documents of outlet O\n  --entity NAME      documents naming this entity\n" + LIMIT("20") + JSON_OUT,
  stats: "vigie stats — what the store holds\n\n" + DB + JSON_OUT + "  --pretty           a readable summary\n",
  events: "vigie events — who did what to whom, where and when, newest first\n\n" + DB + EVENT_FILTERS + LIMIT("50") + JSON_OUT,
  quotes: "vigie quotes — quotations with their speakers\n\n" + DB + "  --speaker NAME     a speaker under any of their names\n  --text WORDS       quotations holding these words\n  --kind K           direct, indirect or partial\n" + LIMIT("50") + JSON_OUT,
  entity: "vigie entity NAME — names, roles, mentions by month, company kept, quotes, events\n\n" + DB + JSON_OUT,
  stories: "vigie stories — stories (one development told by one or more outlets), newest first\n\n" + DB + STORY_FILTERS + "  --rebuild          regroup every stored document first\n" + LIMIT("50") + JSON_OUT,
  story: "vigie story ID — one story: documents, timeline, each outlet's labels, figures and quotations\n\n" + DB + JSON_OUT,
  serve: "vigie serve — the store, read-only, over HTTP: the web app at /, the API at /api, OpenAPI at /openapi.json, docs at /docs\n\n" + DB + "  --port N           the port (default 8080)\n  --host H           the address to listen on (default 127.0.0.1, this machine only)\n  --allow-remote     allow a --host other machines can reach (no authentication: put a proxy in front)\n  --rate-limit N     requests per minute from one address (default 1200)\n",
  enqueue: "vigie enqueue PATH… — one analysis job per new document, for vigie worker\n\n" + PG + LEASE + "  --max-bytes N      refuse documents larger than N bytes (default 5000000)\n  --quiet            only problems\n",
  worker:
    "vigie worker — takes jobs from the queue, analyzes and stores them; run as many as you like, on as many machines\n\n" + PG +
    "  --concurrency N    documents analyzed at a time, each on its own thread (default 1)\n" + LEASE +
    "  --time-limit S     seconds one document's analysis may take before it fails (default 60)\n  --exit-when-empty  stop once no job is waiting, being retried or being analyzed\n  --quiet            only problems\n" + KB,
  queue: "vigie queue status — jobs waiting, being analyzed, done and failed (with the reasons)\n\n" + PG + JSON_OUT,
  export: "vigie export events|stories — everything that matches, to a file or standard output\n\n" + DB + "  --format F         events: jsonl, csv or geojson; stories: jsonl or csv (default jsonl)\n  --out FILE         write to FILE\n  events filters:\n" + EVENT_FILTERS + "  stories filters:\n" + STORY_FILTERS + "  --limit N          at most N rows\n",
};
