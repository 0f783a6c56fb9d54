#!/usr/bin/env node
import { runAnalyze } from "./analyze.js";
import { runLookup } from "./knowledge.js";
import { runEntity, runEvents, runExport, runQuotes } from "./query.js";
import { runIngest, runSearch, runStats } from "./store.js";
import { runStories, runStory } from "./stories.js";
import { packageVersion, runServe } from "./serve.js";
import { StoreError } from "../store/store.js";
import { COMMAND_HELP, HELP, UsageError } from "./usage.js";

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: runAnalyze,
  lookup: runLookup,
  ingest: runIngest,
  search: runSearch,
  stats: runStats,
  events: runEvents,
  quotes: runQuotes,
  entity: runEntity,
  export: runExport,
  stories: runStories,
  story: runStory,
  serve: runServe,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v" || command === "version") {
    process.stdout.write(`vigie ${packageVersion()}\n`);
    return 0;
  }
  if (!command || command === "-h" || command === "--help" || command === "help" || rest.includes("--help") || rest.includes("-h")) {
    const about = command === "help" ? rest[0] : command;
    process.stdout.write((about && COMMAND_HELP[about]) || HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}" (try: vigie --help)`);
  return run(rest);
}

// a reader that stops early (vigie events | head) is no error
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (err instanceof StoreError) {
      process.stderr.write(`vigie: ${err.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`vigie: ${(err as Error).message}\n`);
    if (!usage) process.stderr.write("vigie: this is a bug; please report it with the input that caused it\n");
    process.exitCode = usage ? 2 : 70;
  },
);
