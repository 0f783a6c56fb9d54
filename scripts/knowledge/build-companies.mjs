#!/usr/bin/env node
// Builds data/knowledge/entities/companies-generated.jsonl: the listed companies of the world's
// stock exchanges of large and middle size, beside the S&P 500 of organizations-generated.jsonl
// and the hand-kept organizations.jsonl (a name either holds is left out here).
//
// Sources (record them when regenerating): FinanceDatabase, https://github.com/JerBouma/FinanceDatabase,
// database/equities/*.csv — MIT licence (Copyright (c) 2023 Jeroen Bouma); only each company's
// name, country and website are read. Word lists that keep dictionary words from being read as
// companies: the npm packages an-array-of-english-words and an-array-of-french-words (MIT,
// Titus Wormer), read at build time only and not shipped.
//
//   node scripts/knowledge/build-companies.mjs --finance GIT_DIR --words FILE.json --words FILE.json
//
// (GIT_DIR: the repository's git directory, as `fetch` or `git clone --bare` leaves it; FILE.json:
// a package's index.json, an array of lower-case words.)
//
// A company is taken from a listing with its description (the primary one), of middle, large or
// mega capitalization and not delisted. Its name loses its legal form ("Ryanair Holdings plc" is
// "Ryanair Holdings") and is named as the press names it when its website's domain spells some of
// first words ("Ryanair Holdings", ryanair.com: "Ryanair"; "Wizz Air Holdings", wizzair.com:
// "Wizz Air"), the longer names kept as aliases. A name of one word that
// is a word of the dictionaries, a common word, a given name or a place the knowledge knows, or of
// three letters or fewer, is left out: "Orange" stays the city and the colour, "Affirm" a verb. A
// name in capitals of five letters or more is written as the press writes it ("ALROSA" is "Alrosa").
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { commonWords, csvRecords, fold, placeNames, ROOT as root } from "./shared-data.mjs";

const { values } = parseArgs({ options: { finance: { type: "string" }, words: { type: "string", multiple: true } } });
if (!values.finance || !values.words?.length) {
  console.error("usage: build-companies.mjs --finance GIT_DIR --words FILE.json [--words FILE.json]");
  process.exit(2);
}
const git = (...args) => execFileSync("git", ["--git-dir", values.finance, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });

const SIZES = new Set(["Mega Cap", "Large Cap", "Mid Cap"]);
/** legal forms after a company's name, which the press leaves out */
const LEGAL =
  /,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?,? Ltd\.?|Co\.?|Ltd\.?|Limited|plc|PLC|Plc|S\.?A\.?|SA|S\.A\.B\. de C\.V\.|SE|AG|N\.V\.|NV|SpA|S\.p\.A\.|ASA|AB \(publ\)|AB|Oyj|A\/S|KGaA|& Co\. KGaA|Société anonyme|Societe Anonyme|société anonyme|Societe en commandite par actions|Société en commandite par actions|Société Européenne|Societe Europeenne|S\.C\.A\.|SCA|Tbk|Berhad|Bhd|PJSC|JSC|OJSC|Public Company Limited|P\.L\.C\.|L\.P\.|LP|LLC|Ltda\.?|S\.A\.A\.|Sociedad Anónima)$/;
const GROUPING = /\s+(Holdings?|Group)$/;
const RECEIPT = /\b(ADRs?|GDRs?|GDRS|DRN|Sponsored|Pfd|Pref|NV PF|Class [A-Z])\b|\/|\s{2,}|\d/;

const common = new Set(commonWords().map(fold));
const dictionary = new Set(values.words.flatMap((f) => JSON.parse(readFileSync(f, "utf8"))).map(fold));
const places = new Set([...placeNames(0)].map(fold));
// (named features too: continents, seas, landmarks)
for (const line of readFileSync(join(root, "data", "knowledge", "places", "features.jsonl"), "utf8").split("\n"))
  if (line.startsWith("{")) for (const n of [JSON.parse(line).name, ...(JSON.parse(line).aliases ?? [])]) places.add(fold(n));
const givenNames = new Set(
  ["given-names.json", "given-names-generated.json"].flatMap((f) => {
    const data = JSON.parse(readFileSync(join(root, "data", "knowledge", f), "utf8"));
    return data.names ?? [];
  }).map((n) => fold(n)),
);
const known = new Set();
for (const file of readdirSync(join(root, "data", "knowledge", "entities"))) {
  if (!file.endsWith(".jsonl") || file === "companies-generated.jsonl") continue;
  for (const line of readFileSync(join(root, "data", "knowledge", "entities", file), "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    const e = JSON.parse(line);
    for (const n of [e.name, ...(e.aliases ?? [])]) known.add(fold(n));
  }
}

/** Country names (English, French and others) -> ISO code. */
const countryCodes = new Map();
for (const line of readFileSync(join(root, "data", "knowledge", "places", "countries.jsonl"), "utf8").split("\n")) {
  if (!line.startsWith("{")) continue;
  const c = JSON.parse(line);
  for (const n of [c.name, c.fr, ...(c.names ?? [])]) if (typeof n === "string") countryCodes.set(fold(n), c.code);
}

/** "ALROSA" as "Alrosa": a listing's capitals, not an acronym's (those are shorter) */
const pressCase = (name) => name.replace(/\b\p{Lu}{5,}\b/gu, (w) => w[0] + w.slice(1).toLowerCase());

const stripLegal = (name) => {
  let n = pressCase(name.trim());
  for (let i = 0; i < 3; i++) n = n.replace(LEGAL, "").trim();
  return n;
};

/** The words of the name its website's domain spells ("wizzair.com" in "Wizz Air Holdings"), or null. */
function domainName(name, website) {
  const host = (website ?? "").replace(/^https?:\/\//, "").replace(/\/.*$/, "").toLowerCase();
  const parts = host.split(".").filter((p) => !["www", "com", "co", "net", "org", "group", "corporate", "investors", "ir"].includes(p) && p.length > 2);
  const label = parts.sort((a, b) => b.length - a.length)[0]?.replace(/-/g, "");
  if (!label) return null;
  // (the name's first words: "XPO Logistics Europe" at xpo-europe is no "Europe")
  const words = name.split(/\s+/);
  for (let j = 1; j <= words.length; j++) {
    const span = words.slice(0, j).join(" ");
    if (fold(span).replace(/[^a-z0-9]/g, "") === label) return span.replace(/[,.]$/, "");
  }
  return null;
}

/** Whether a name may stand for the company wherever it is written. */
function usable(name) {
  if (!/^[\p{L}\p{N}]/u.test(name) || name.replace(/[^\p{L}\p{N}]/gu, "").length <= 3) return false;
  if (known.has(fold(name)) || places.has(fold(name))) return false;
  if (!name.includes(" ")) return !common.has(fold(name)) && !dictionary.has(fold(name)) && !givenNames.has(fold(name));
  return true;
}

const companies = new Map();
const files = git("ls-tree", "-r", "--name-only", "HEAD", "database/equities").split("\n").filter((f) => f.endsWith(".csv"));
const absent = [];
for (const file of files) {
  let text;
  try {
    text = git("show", `HEAD:${file}`);
  } catch {
    // (a snapshot may list its largest files without holding them: their companies come from their other listings)
    absent.push(file);
    continue;
  }
  let header = null;
  for (const row of csvRecords(text)) {
    if (!header) {
      header = Object.fromEntries(row.map((h, i) => [h, i]));
      continue;
    }
    const get = (k) => row[header[k]] ?? "";
    if (!SIZES.has(get("market_cap")) || get("delisted") === "True" || !get("summary") || !get("country")) continue;
    const country = countryCodes.get(fold(get("country")));
    if (!country) continue;
    const legal = stripLegal(get("name"));
    // (a depositary receipt's or a share class's listing name is no company's name: "SAMSUNG EL./25 GDRS NV PF")
    if (RECEIPT.test(legal)) continue;
    const grouped = legal.replace(GROUPING, "").trim();
    const short = domainName(legal, get("website"));
    // (a company the knowledge holds already, under any of these names, keeps its entry there: "Airbus")
    if ([short, grouped, legal].some((n) => n && known.has(fold(n)))) continue;
    const name = short && usable(short) ? short : usable(grouped) ? grouped : legal;
    if (!usable(name) || companies.has(fold(name))) continue;
    const aliases = [...new Set([grouped, legal])].filter((a) => a !== name && usable(a));
    companies.set(fold(name), { name, type: "organization", country, aliases, sector: "BUS" });
  }
}

const out = [...companies.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
const header = "// Generated by scripts/knowledge/build-companies.mjs: listed companies of middle to mega capitalization (JerBouma/FinanceDatabase, MIT). Do not edit: add to organizations.jsonl, which wins.";
writeFileSync(join(root, "data", "knowledge", "entities", "companies-generated.jsonl"), `${header}\n${out.map((e) => JSON.stringify(e)).join("\n")}\n`);
console.log(`${out.length} companies written${absent.length ? `; absent from the snapshot, skipped: ${absent.join(", ")}` : ""}`);
