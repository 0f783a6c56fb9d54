import { parseArgs } from "node:util";
import { createServer, isLoopback } from "../server/server.js";
import { Store } from "../store/store.js";
import { DEFAULT_DB } from "./store.js";
import { positiveInteger, UsageError } from "./usage.js";
import { packageVersion } from "./version.js";

/**
 * `vigie serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--allow-remote]`: the store,
 * read-only, over HTTP (API and web app) until interrupted.
 */
export async function runServe(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: "string", default: DEFAULT_DB },
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      "allow-remote": { type: "boolean" },
      "rate-limit": { type: "string" },
    },
  });
  // port 0: any free port (the address is printed)
  const port = values.port.trim() === "0" ? 0 : positiveInteger(values.port, "--port", 8080);
  if (port > 65535) throw new UsageError("--port must be at most 65535");
  if (!isLoopback(values.host) && !values["allow-remote"])
    throw new UsageError(`--host ${values.host} would serve the store to other machines; add --allow-remote if that is what you want`);
  const store = await Store.open(values.db, { readonly: true });
  const app = await createServer(store, { version: packageVersion(), rateLimit: positiveInteger(values["rate-limit"], "--rate-limit", 1200) });
  if (!isLoopback(values.host)) process.stderr.write(`vigie: warning: serving ${store.path} to the network on ${values.host} (read-only, rate-limited, no authentication)\n`);
  const address = await app.listen({ port, host: values.host });
  process.stderr.write(`vigie: serving ${store.path} at ${address}/ (API at ${address}/api, OpenAPI at ${address}/openapi.json); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
  await store.close();
  return 0;
}
