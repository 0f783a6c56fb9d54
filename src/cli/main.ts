#!/usr/bin/env node
import { StoreError } from "../store/errors.js";
import { COMMAND_HELP, HELP, UsageError } from "./usage.js";
import { packageVersion } from "./version.js";
import { tuneCompiler } from "../util/compiler.js";
import { relaunched } from "./relaunch.js";

type Command = (argv: string[]) => Promise<number>;

/** Each command's module and function, loaded only when it runs (the server's, the store's and the analyzer's modules are heavy). */
const COMMANDS: Record<string, [module: string, run: string]> = {
  analyze: ["./analyze.js", "runAnalyze"],
  lookup: ["./knowledge.js", "runLookup"],
  ingest: ["./store.js", "runIngest"],
  search: ["./store.js", "runSearch"],
  stats: ["./store.js", "runStats"],
  events: ["./query.js", "runEvents"],
  quotes: ["./query.js", "runQuotes"],
  entity: ["./query.js", "runEntity"],
  export: ["./query.js", "runExport"],
  stories: ["./stories.js", "runStories"],
  story: ["./stories.js", "runStory"],
  serve: ["./serve.js", "runServe"],
  enqueue: ["./queue.js", "runEnqueue"],
  worker: ["./queue.js", "runWorker"],
  queue: ["./queue.js", "runQueue"],
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
  const entry = COMMANDS[command];
  if (!entry) throw new UsageError(`unknown command "${command}" (try: vigie --help)`);
  const code = await relaunched(command, argv);
  if (code !== null) return code;
  tuneCompiler();
  const module = (await import(entry[0])) as Record<string, Command>;
  return module[entry[1]]!(rest);
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
