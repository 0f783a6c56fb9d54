#!/usr/bin/env node
// Lists what the system missed and added against gold annotations, per document, to look at every
// error (the shared score.mjs gives only totals). Usage:
//   node scripts/eval/diff.mjs --gold ../shared/gold/dev --sys OUT_DIR [--task entities|countries|places|times|quotes|events|framing] [--doc NAME]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { gold: { type: "string" }, sys: { type: "string" }, task: { type: "string", default: "entities" }, doc: { type: "string" } } });
const norm = (s) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/[’‘`´]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
const keys = (xs) => new Set(xs.map(norm).filter(Boolean));
const sysKeys = (e) => keys([e.name, ...(e.aliases ?? []), ...(e.mentions ?? []).map((m) => m.text)]);
const meets = (a, b) => [...a].some((k) => b.has(k));

for (const f of readdirSync(values.gold).filter((f) => f.endsWith(".json")).sort()) {
  const name = basename(f, ".json");
  if (values.doc && values.doc !== name) continue;
  const gold = JSON.parse(readFileSync(join(values.gold, f), "utf8"));
  const sp = join(values.sys, f);
  if (!existsSync(sp)) { console.log(`${name}: no record`); continue; }
  const sys = JSON.parse(readFileSync(sp, "utf8"));
  const lines = [];
  const ents = (sys.entities ?? []).map((e) => ({ e, k: sysKeys(e), used: false }));
  const matchOf = new Map();
  for (const g of gold.entities ?? []) {
    const gk = keys([g.name, ...(g.aliases ?? [])]);
    const types = [g.type, ...(g.type_accept ?? [])];
    const c = ents.filter((s) => !s.used && types.includes(s.e.type) && meets(s.k, gk));
    c.sort((a, b) => (norm(b.e.name) === norm(g.name)) - (norm(a.e.name) === norm(g.name)));
    if (c[0]) { c[0].used = true; matchOf.set(g, c[0].e); }
    const m = matchOf.get(g);
    if (values.task === "entities") {
      if (!m) lines.push(`  - MISS ${g.type} ${g.name} {${(g.aliases ?? []).join("|")}}`);
      else if (norm(m.name) !== norm(g.name)) lines.push(`  ~ NAME ${g.name} <- ${m.name}`);
    }
    if (values.task === "countries" && m && g.country && m.country !== g.country) lines.push(`  ~ COUNTRY ${g.name}: gold ${g.country} sys ${m.country}`);
  }
  if (values.task === "entities") for (const s of ents) if (!s.used) lines.push(`  + FALSE ${s.e.type} ${s.e.name} {${s.e.aliases.join("|")}}`);
  if (values.task === "places") for (const gp of gold.places ?? []) {
    const gk = keys([gp.name, ...(gp.aliases ?? [])]);
    const locs = (sys.entities ?? []).filter((e) => e.type === "location" || e.geo);
    const s = locs.find((e) => norm(e.name) === norm(gp.name)) ?? locs.find((e) => meets(sysKeys(e), gk));
    if (!s) lines.push(`  - MISS ${gp.name}`);
    else if (!s.geo || s.geo.country !== gp.country) lines.push(`  ~ ${gp.name}: country gold ${gp.country} sys ${s.geo?.country}`);
    else if (gp.kind !== "country") {
      const r = Math.PI / 180, dl = (s.geo.lat - gp.lat) * r, dn = (s.geo.lon - gp.lon) * r;
      const h = Math.sin(dl / 2) ** 2 + Math.cos(gp.lat * r) * Math.cos(s.geo.lat * r) * Math.sin(dn / 2) ** 2;
      const km = 12742 * Math.asin(Math.sqrt(h));
      const lim = gp.kind === "city" ? 30 : gp.kind === "region" ? 150 : Infinity;
      if (km > lim) lines.push(`  ~ ${gp.name} (${gp.kind}): ${km.toFixed(0)} km off (sys ${s.name} ${s.geo.kind})`);
    }
  }
  if (values.task === "times") {
    const st = (sys.times ?? []).map((t) => ({ t, used: false }));
    for (const gt of gold.times ?? []) {
      const g = norm(gt.text);
      const s = st.find((x) => !x.used && norm(x.t.text) && (norm(x.t.text).includes(g) || g.includes(norm(x.t.text))));
      if (!s) { lines.push(`  - MISS "${gt.text}" ${gt.value}`); continue; }
      s.used = true;
      if (s.t.value !== gt.value) lines.push(`  ~ VALUE "${gt.text}" gold ${gt.value}${gt.accept ? ` (accept ${gt.accept})` : ""} sys ${s.t.value} ("${s.t.text}")`);
    }
    for (const s of st) if (!s.used) lines.push(`  + FALSE "${s.t.text}" ${s.t.value}`);
  }
  if (values.task === "quotes") {
    const toks = (x) => new Set(norm(x).split(/[ ']+/).filter(Boolean));
    const sq = (sys.quotes ?? []).map((q) => ({ q, tok: toks(q.text), used: false }));
    const byId = new Map((sys.entities ?? []).map((e) => [e.id, e]));
    for (const g of gold.quotes ?? []) {
      const gt = toks(g.text);
      let best = null, sim = 0;
      for (const s of sq) { if (s.used) continue; let n = 0; for (const t of gt) if (s.tok.has(t)) n++; const v = n / Math.max(gt.size, s.tok.size, 1); if (v > sim) { sim = v; best = s; } }
      if (!best || sim < 0.5) { lines.push(`  - MISS ${g.kind} [${g.speaker}] ${g.text.slice(0, 110)}`); continue; }
      best.used = true;
      const who = best.q.speaker ? byId.get(best.q.speaker)?.name : best.q.speakerText;
      if (norm(who) !== norm(g.speaker)) lines.push(`  ~ SPEAKER ${g.kind} gold [${g.speaker}] sys [${who}] ${g.text.slice(0, 70)}`);
    }
    for (const s of sq) if (!s.used) lines.push(`  + FALSE ${s.q.kind} [${s.q.speakerText}] ${s.q.text.slice(0, 110)}`);
  }
  if (values.task === "events") {
    // matched as score.mjs does: same type, actor and target (a gold null is any)
    const byId = new Map((sys.entities ?? []).map((e) => [e.id, e]));
    const goldKeys = (n) => { const g = (gold.entities ?? []).find((x) => norm(x.name) === norm(n)); return g ? keys([g.name, ...(g.aliases ?? [])]) : keys([n]); };
    const argOk = (id, n, accept) => n == null || (!!id && byId.has(id) && [n, ...(accept ?? [])].some((x) => meets(sysKeys(byId.get(id)), goldKeys(x))));
    const sv = (sys.events ?? []).map((v) => ({ v, used: false }));
    const show = (v) => `${v.type} ${byId.get(v.actor)?.name} -> ${byId.get(v.target)?.name} @${byId.get(v.place)?.name} ${v.date?.value} ${v.status} "${v.trigger.text}"`;
    for (const v of gold.events ?? []) {
      const s = sv.find((x) => !x.used && x.v.type === v.type && argOk(x.v.actor, v.actor, v.actor_accept) && argOk(x.v.target, v.target, v.target_accept));
      if (s) s.used = true;
      lines.push(`  ${s ? "=" : "-"} ${v.type} ${v.actor} -> ${v.target} @${v.place} ${v.date} ${v.status} "${v.trigger}"${s ? `\n      ~ ${show(s.v)}` : ""}`);
    }
    for (const s of sv) if (!s.used) lines.push(`  + ${show(s.v)}`);
  }
  if (values.task === "framing") {
    for (const x of gold.framing ?? []) lines.push(`  G ${x.voice} "${x.term}" -> ${x.refers_to}`);
    for (const x of sys.framing ?? []) lines.push(`  S ${x.voice} "${x.term}" -> ${x.refersTo}`);
  }
  if (lines.length) console.log(`${name}:\n${lines.join("\n")}`);
}
