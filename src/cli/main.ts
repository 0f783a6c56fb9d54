#!/usr/bin/env node
import { StoreError } from "../store/errors.js";
import { COMMAND_HELP, HELP, UsageError } from "./usage.js";
import { packageVersion } from "./version.js";

type Command = (argv: string[]) => Promise<number>;

/** Each command's module is loaded only when it runs (the server's, the store's and the analyzer's are heavy). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import("./analyze.js")).runAnalyze,
  lookup: async () => (await import("./knowledge.js")).runLookup,
  ingest: async () => (await import("./store.js")).runIngest,
  search: async () => (await import("./store.js")).runSearch,
  stats: async () => (await import("./store.js")).runStats,
  events: async () => (await import("./query.js")).runEvents,
  quotes: async () => (await import("./query.js")).runQuotes,
  entity: async () => (await import("./query.js")).runEntity,
  export: async () => (await import("./query.js")).runExport,
  stories: async () => (await import("./stories.js")).runStories,
  story: async () => (await import("./stories.js")).runStory,
  serve: async () => (await import("./serve.js")).runServe,
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
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`unknown command "${command}" (try: vigie --help)`);
  return (await load())(rest);
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
