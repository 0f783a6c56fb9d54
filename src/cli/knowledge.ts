import { parseArgs } from "node:util";
import type { CalendarValue } from "../document/document.js";
import { loadKnowledge, type Knowledge } from "../knowledge/knowledge.js";
import { parseDateString } from "../readers/calendar.js";
import { knowledgeFiles } from "./config.js";
import { UsageError } from "./usage.js";

/** One line on stderr per knowledge entry that could not be loaded (the rest is loaded). */
export function reportKnowledgeErrors(knowledge: Knowledge | null): void {
  for (const e of knowledge?.errors ?? []) process.stderr.write(`vigie: ${e.message} (entry skipped)\n`);
}

function describe(k: Knowledge, name: string, date: CalendarValue | null) {
  return k.lookup(name).map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    country: e.country,
    kb: e.kb,
    role: e.type === "person" ? k.roleOf(e, date) : e.role,
    sector: e.sector,
    geo: e.geo,
    population: e.population || undefined,
  }));
}

/** `vigie lookup NAME… [--date D] [--kb FILE] [--json]`: what the knowledge base knows of a name. */
export async function runLookup(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { date: { type: "string" }, kb: { type: "string", multiple: true }, config: { type: "string" }, json: { type: "boolean" } },
  });
  if (!positionals.length) throw new UsageError("lookup needs at least one NAME");
  const date = values.date ? parseDateString(values.date) : null;
  if (values.date && !date) throw new UsageError(`--date takes YYYY, YYYY-MM or YYYY-MM-DD, not "${values.date}"`);
  const k = loadKnowledge({ files: knowledgeFiles(values.config, values.kb) });
  reportKnowledgeErrors(k);
  let found = 0;
  for (const name of positionals) {
    const matches = describe(k, name, date);
    found += matches.length;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ name, matches })}\n`);
      continue;
    }
    process.stdout.write(`${name}: ${matches.length ? "" : "unknown"}\n`);
    for (const m of matches) {
      const where = m.geo ? ` ${m.geo.kind} ${m.geo.lat},${m.geo.lon}` : "";
      const extra = [m.role, m.sector, m.kb].filter(Boolean).join(" · ");
      process.stdout.write(`  ${m.name} (${m.type}${m.country ? `, ${m.country}` : ""}${where})${extra ? ` — ${extra}` : ""}\n`);
    }
  }
  return found ? 0 : 1;
}
