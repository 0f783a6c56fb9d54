/**
 * V8 runs its optimizing compiler and its garbage collector's helpers on a pool of background
 * threads, four by default. On a machine of two cores, four helpers busy compiling the analysis
 * (about 3 s of compiler time in a 4 s run) take the main thread's core from it while it warms
 * up: `vigie analyze` of 1,220 articles ran 10–12% faster, and an ingest 6% faster, with one
 * helper. The pool is sized when the process starts, so a command that is CPU-bound restarts once,
 * at its start, with one helper per core but the main thread's, where that is fewer than four,
 * when its inputs are large enough for the gain to outweigh a second start.
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/** Node's own size of the pool. */
const DEFAULT_HELPERS = 4;

/**
 * The commands that analyze documents in one run, which the restart speeds up (a query's start-up
 * would only grow). Not the queue's worker, a service: it stops cleanly on the first signal, and one
 * a supervisor sends to both processes must not reach it twice.
 */
const CPU_BOUND = new Set(["analyze", "ingest"]);

/** Inputs of fewer bytes run where they are: their run is mostly start-up, which a restart lengthens (by about 70 ms). */
const RELAUNCH_FROM_BYTES = 256 * 1024;

/** The options of analyze and ingest that take a value (the others are switches): their value is no input. */
const VALUE_OPTIONS = new Set(["--out", "--db", "--kb", "--config", "--max-bytes", "--workers", "--time-limit"]);

/**
 * Whether the input paths among a command's arguments hold at least `limit` bytes (files' sizes,
 * directories walked until the limit is reached); standard input counts as small.
 */
export function inputsReach(argv: string[], limit: number): boolean {
  let bytes = 0;
  const add = (path: string): boolean => {
    try {
      const stat = statSync(path);
      if (stat.isFile()) bytes += stat.size;
      else if (stat.isDirectory()) for (const name of readdirSync(path)) if (add(join(path, name))) return true;
    } catch {
      // (a path that cannot be read is the command's to report)
    }
    return bytes >= limit;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith("-") && add(arg)) return true;
  }
  return false;
}

/** The helper threads for `cores` cores (one per core but the main thread's), or null where Node's default suits. */
export function helperThreads(cores: number): number | null {
  const helpers = Math.max(1, cores - 1);
  return helpers < DEFAULT_HELPERS ? helpers : null;
}

/** Whether the pool's size was chosen already: on the command line, in NODE_OPTIONS, or by a restart. */
function poolSizeChosen(): boolean {
  const flag = /--v8-pool-size\b/;
  return process.execArgv.some((a) => flag.test(a)) || flag.test(process.env.NODE_OPTIONS ?? "");
}

/**
 * Runs the command in a process with fewer helper threads when it is CPU-bound, its inputs are
 * large and the machine has few cores: resolves with its exit code. Resolves with null when the
 * command is to run here.
 */
export function relaunched(command: string, argv: string[]): Promise<number | null> {
  if (!CPU_BOUND.has(command) || !inputsReach(argv.slice(1), RELAUNCH_FROM_BYTES)) return Promise.resolve(null);
  return withFewerHelpers(argv);
}

/**
 * Runs this script again with `argv`, with one helper thread per core but the main thread's, when
 * that is fewer than Node's default and no pool size was chosen: resolves with its exit code
 * (standard streams shared; a signal that stopped it stops this process too), else with null.
 */
export function withFewerHelpers(argv: string[]): Promise<number | null> {
  const helpers = helperThreads(availableParallelism());
  if (helpers === null || poolSizeChosen()) return Promise.resolve(null);
  const child = spawn(process.execPath, [...process.execArgv, `--v8-pool-size=${helpers}`, process.argv[1]!, ...argv], { stdio: "inherit" });
  // (Ctrl-C reaches both processes; a signal sent to this one alone is passed on: the commands stop on it)
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, pass);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, pass);
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}
