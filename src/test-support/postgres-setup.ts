/**
 * Vitest's global set-up: when VIGIE_TEST_POSTGRES is unset and PostgreSQL is installed, starts
 * a private server for the run (scripts/test-postgres.sh: its own data directory, a loopback
 * port) and stops it afterwards. Unset with no PostgreSQL installed, the PostgreSQL tests fail
 * and say what to do; "skip" leaves them out.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("../../scripts/test-postgres.sh", import.meta.url));

function installed(): boolean {
  return existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => existsSync(join("/usr/lib/postgresql", v, "bin", "pg_ctl")));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.VIGIE_TEST_POSTGRES || !installed()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "vigie-pg-"));
  // run as root, the server runs as the postgres user, who must reach its data directory
  chmodSync(dir, 0o755);
  const url = execFileSync(SCRIPT, ["start", join(dir, "data"), String(await freePort())], { encoding: "utf8" }).trim();
  process.env.VIGIE_TEST_POSTGRES = url;
  return () => {
    execFileSync(SCRIPT, ["stop", join(dir, "data")]);
    rmSync(dir, { recursive: true, force: true });
  };
}
