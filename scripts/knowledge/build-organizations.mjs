#!/usr/bin/env node
// Builds data/knowledge/entities/organizations-generated.jsonl: companies, football clubs and news outlets,
// beside the hand-kept organizations.jsonl (whose entries win: a name it holds is left out here).
//
// Sources (record both when regenerating):
// - Companies of the S&P 500: https://github.com/datasets/s-and-p-500-companies,
//   data/constituents.csv — Open Data Commons PDDL 1.0 (public domain).
// - Football clubs: https://github.com/openfootball/clubs, */*.clubs.txt — CC0 1.0 (public domain).
// - News outlets: https://github.com/savkov/freebie, freebie/websources.csv — MIT licence
//   (Copyright (c) 2017 Sasho Savkov); and https://github.com/flairNLP/fundus,
//   docs/supported_publishers.md — MIT licence (Copyright (c) 2023 Max Dallabetta, Conrad
//   Dobberstein, Aaron Wey). Only the outlets' names and countries are taken.
//
//   node scripts/knowledge/build-organizations.mjs --sp500 GIT_DIR --clubs GIT_DIR --freebie GIT_DIR --fundus GIT_DIR
//
// (GIT_DIR: a repository's git directory, as `fetch` or `git clone --bare` leaves it.)
//
// An alias of one word that is also a place the knowledge knows (a country, a region, a city),
// a common word, or a name of three letters or fewer is left out: the
// club "Getafe CF" keeps its full names, and the city of Getafe stays a city. A club's one-word
// name that is a city's becomes a context alias (with the city's English and French names: the
// club Girona FC is "Gérone" in a French sports report), which the entity stage reads only in a
// document about sports; the first club to claim a city's name keeps it, the clubs of that city
// first. A club is named as the press names it, without its legal form ("Liverpool FC" is
// "Liverpool", as the annotation guide names "Paris Saint-Germain"), when that short form is an alias
// it is known by or the name of its own city, and no other club's.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { commonWords, csvRecords, fold, placeNames, places, ROOT as root } from "./shared-data.mjs";
const { values } = parseArgs({ options: { sp500: { type: "string" }, clubs: { type: "string" }, freebie: { type: "string" }, fundus: { type: "string" } } });
if (!values.sp500 || !values.clubs || !values.freebie || !values.fundus) {
  console.error("usage: build-organizations.mjs --sp500 GIT_DIR --clubs GIT_DIR --freebie GIT_DIR --fundus GIT_DIR");
  process.exit(2);
}
const git = (dir, ...args) => execFileSync("git", ["--git-dir", dir, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });

/** Names of one word that must stay what they are elsewhere (common words and tennis tournaments included). */
const KEPT_APART = new Set(["Wimbledon", "Palace", "United", "City", "Athletic", "Sporting", "Real", "Club", "Racing", "Olympic", "National", "Union", "General", "America", "América", "Europa", "Olimpia", "Nacional", "Independiente", "Universidad", "Deportivo", "Atlético", "Inter", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Metalist", "Partizan", "Sparta", "Slavia", "Rapid", "Victoria", "Fortuna", "Energie"]);

/** City names (folded) -> the city's names in English and French, for a club's contextual aliases. */
const cityNames = new Map();
for (const c of places().cities) {
  const names = [...new Set([c.name, c.fr].filter(Boolean))];
  for (const n of names) cityNames.set(fold(n), names);
}
const placeSet = new Set([...placeNames(100_000)].map(fold));
/** Named features (landmarks, seas, continents), folded. */
const features = new Set(
  readFileSync(join(root, "data", "knowledge", "places", "features.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => [JSON.parse(l).name, ...(JSON.parse(l).aliases ?? [])].map(fold)),
);
const common = new Set(commonWords().map(fold));
const known = new Set();
for (const file of readdirSync(join(root, "data", "knowledge", "entities"))) {
  if (!file.endsWith(".jsonl") || file.endsWith("-generated.jsonl")) continue;
  for (const line of readFileSync(join(root, "data", "knowledge", "entities", file), "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    const e = JSON.parse(line);
    for (const n of [e.name, ...(e.aliases ?? [])]) known.add(n.toLowerCase());
    // (a hand-kept club's context alias is its own: "Barcelona" is FC Barcelona's in a sports report)
    for (const n of e.contextAliases ?? []) known.add(`context:${n.toLowerCase()}`);
  }
}

/** Whether an alias may name the organization wherever it is written. */
function usable(alias) {
  if (!/\p{L}/u.test(alias) || alias.length <= 3) return false;
  // (a name of several words that is a city's is the club's only in a sports report: "Santa Clara")
  if (alias.includes(" ")) return !/\.$/.test(alias) && !placeSet.has(fold(alias)) && !cityNames.has(fold(alias));
  return !placeSet.has(fold(alias)) && !cityNames.has(fold(alias)) && !common.has(fold(alias)) && !KEPT_APART.has(alias) && !/\./.test(alias);
}

const out = [];
const add = (name, type, country, aliases, sector) => {
  const all = [name, ...aliases].filter((n, i, a) => a.indexOf(n) === i);
  if (all.some((n) => known.has(n.toLowerCase()))) return;
  const kept = all.filter((n, i) => i === 0 || usable(n));
  for (const n of kept) known.add(n.toLowerCase());
  const entry = { name, type, country, aliases: kept.slice(1), sector };
  // a club's one-word name that is its city's ("Liverpool", "Girona"): its name in a sports report, in English and French
  const context = sector === "SPT" ? all.filter((n) => !KEPT_APART.has(n) && cityNames.has(fold(n))).flatMap((n) => cityNames.get(fold(n))) : [];
  if (context.length) entry.contextAliases = [...new Set(context)].filter((n) => !known.has(`context:${n.toLowerCase()}`));
  for (const n of entry.contextAliases ?? []) known.add(`context:${n.toLowerCase()}`);
  if (!entry.contextAliases?.length) delete entry.contextAliases;
  out.push(entry);
};

// S&P 500: "Alphabet Inc. (Class A)" is Alphabet; the suffix-less name is the one the press writes
const SUFFIX = /,?\s+(Inc\.?|Corporation|Corp\.?|Company|Co\.?|Incorporated|plc|PLC|Ltd\.?|Holdings?|Group|N\.V\.|S\.A\.|& Co\.)$/;
const [, ...constituents] = csvRecords(git(values.sp500, "show", "HEAD:data/constituents.csv").trim());
for (const fields of constituents) {
  let name = fields[1].replace(/\s*\(Class [A-Z]\)$/, "").trim();
  const full = name;
  for (let i = 0; i < 2; i++) name = name.replace(SUFFIX, "").trim();
  if (name.length < 2) continue;
  add(name, "organization", "US", full !== name ? [full] : [], "BUS");
}

// football clubs: "Name, year, @ stadium, city" then "| alias | alias" lines; reserve teams ("ii)") left out
const COUNTRY = { eng: "GB", sco: "GB", wal: "GB", nir: "GB", kos: "XK" };
/** the legal form after a club's name, which the press leaves out */
const CLUB_FORM = /\s+(F\.?C\.?|A\.?F\.?C\.?|C\.?F\.?|S\.?C\.?)$/;
const files = git(values.clubs, "ls-tree", "-r", "--name-only", "HEAD").split("\n").filter((f) => /\/[a-z]+\.clubs\.txt$/.test(f));
const clubs = [];
for (const file of files) {
  const prefix = file.match(/([a-z]+)\.clubs\.txt$/)[1];
  const country = COUNTRY[prefix] ?? prefix.toUpperCase();
  let club = null;
  const flush = () => club && clubs.push(club);
  for (const raw of git(values.clubs, "show", `HEAD:${file}`).split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").replace(/\[[a-z]{2}\]/g, "").trimEnd();
    if (!line.trim() || /^\s*(=|ii\)|iii\))/.test(line)) {
      if (/^\s*(ii\)|iii\))/.test(line)) {
        flush();
        club = null;
      }
      continue;
    }
    if (/^\s*\|/.test(line)) {
      if (club) club.aliases.push(...line.split("|").map((a) => a.trim()).filter(Boolean));
      continue;
    }
    if (/^\s/.test(raw)) continue;
    flush();
    const fields = line.split(",").map((f) => f.trim());
    const name = fields[0];
    // (its city is the last field: "Liverpool FC, 1892, @ Anfield, Liverpool (Anfield) › Lancashire")
    const city = fields.length > 1 ? fields.at(-1).replace(/\s*[(›].*$/, "") : "";
    club = /\p{L}/u.test(name) ? { name, city, country, aliases: [] } : null;
  }
  flush();
}
/** words that name a state body, whatever club bears them */
const INSTITUTION = /\b(Police|Army|Navy|Air Force|Armed Forces|Military|Prisons?|Customs|Ministry|Gendarmerie)\b/;
/** The name without its legal form, when it is a city's: the club's own city only (Valencia CF, not Valencia FC of Léogâne). */
const shortForm = (club) => club.name.replace(CLUB_FORM, "");
const ofItsCity = (club) => shortForm(club) !== club.name && cityNames.has(fold(shortForm(club))) && fold(shortForm(club)) === fold(club.city);
// the clubs of a city that bears their name first: they claim the city's name in sports reports before namesakes elsewhere
clubs.sort((a, b) => Number(ofItsCity(b)) - Number(ofItsCity(a)));
for (const club of clubs) {
  // the press's short form is the name when the club is also known by it ("Liverpool FC" is "Liverpool", "Valencia CF" "Valencia")
  const short = shortForm(club);
  // (a short form that names an institution stays the club's only with its legal form: "Metropolitan Police FC", not the London police)
  const attested = cityNames.has(fold(short)) ? ofItsCity(club) : short !== club.name && club.aliases.includes(short) && usable(short) && !INSTITUTION.test(short);
  // (a short form another club took first stays that club's: the name keeps its legal form)
  const free = !known.has(short.toLowerCase()) && !known.has(`context:${short.toLowerCase()}`);
  if (attested && free) add(short, "organization", club.country, [club.name, ...club.aliases.filter((a) => a !== short)], "SPT");
  else add(club.name, "organization", club.country, club.aliases.filter((a) => !INSTITUTION.test(a) || CLUB_FORM.test(a)), "SPT");
}

// news outlets: "Neue Zürcher Zeitung (NZZ)" is the name and its acronym, "Euronews (FR)" one edition of Euronews;
// a name of one word that is a common word or a place ("Metro", "People", "i") names no outlet wherever it is written,
// and non-profits listed among the sources are left out (they are no outlets)
const NOT_OUTLET = /\b(Foundation|Fondation|Aid|Amnesty|Watch|Institute|Society|Council|Reporters|Relief|Oxfam|Children|Crisis|Fund|Bank|University|Greenpeace|EarthShare|Care2|Internews|IFEX|IMPEL)\b/;
const addOutlet = (raw, country) => {
  const entity = (t) => t.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&").trim();
  const text = entity(raw);
  const bracket = text.match(/\(([^)]*)\)\s*$/);
  const name = text.replace(/\s*\([^)]*\)\s*$/, "").trim();
  // (a name of one plain word is an outlet's only when long, rare and no plural: "Tagesspiegel", not "Nature", "Stern", "Airliners";
  // one of a distinctive shape is kept: "TechCrunch", "T-Online", "CNBC"; mis-encoded names are dropped)
  const plainWord = !name.includes(" ") && /^\p{Lu}\p{Ll}+$/u.test(name);
  if (!name || NOT_OUTLET.test(name) || /[\uFFFD_\u0300-\u036f]/.test(name) || (!name.includes(" ") && !usable(name)) || (plainWord && (name.length < 9 || name.endsWith("s"))) || !/^[\p{Lu}\p{N}]/u.test(name) || name.length <= 3) return;
  const aliases = bracket && /^\p{Lu}[\p{L}.]{3,}$/u.test(bracket[1]) && !/^(EN|FR|DE|ES|IT)$/.test(bracket[1]) ? [bracket[1]] : [];
  // "The Guardian": the name the press writes without its article
  if (/^The /.test(name) && name.split(" ").length > 2) aliases.push(name.slice(4));
  // ("The White House" lists its own news: the place it is named after stays that place)
  if ([name, name.replace(/^The /, "")].some((n) => placeSet.has(fold(n)) || features.has(fold(n)))) return;
  add(name, "organization", country, aliases, "MED");
};
const COUNTRY_OF_SECTION = { UK: "GB", IND: "IN", ISL: "IS" };
let section = null;
for (const line of git(values.fundus, "show", "HEAD:docs/supported_publishers.md").split("\n")) {
  const heading = line.match(/^## ([A-Z]+)-Publishers/);
  if (heading) section = COUNTRY_OF_SECTION[heading[1]] ?? heading[1];
  const div = line.match(/^\s*<div>(.+)<\/div>\s*$/);
  if (div && section) addOutlet(div[1], section);
}
const [, ...websources] = csvRecords(git(values.freebie, "show", "HEAD:freebie/websources.csv").trim());
for (const [, name, , cca, coverage] of websources) {
  if (name && cca && coverage !== "local") addOutlet(name, cca.toUpperCase());
}

const header = "// Generated by scripts/knowledge/build-organizations.mjs: S&P 500 companies (datasets/s-and-p-500-companies, ODC PDDL), football clubs (openfootball/clubs, CC0) and news outlets (savkov/freebie and flairNLP/fundus, MIT). Do not edit: add to organizations.jsonl, which wins.";
writeFileSync(join(root, "data", "knowledge", "entities", "organizations-generated.jsonl"), `${header}\n${out.map((e) => JSON.stringify(e)).join("\n")}\n`);
const bySector = out.reduce((m, e) => ((m[e.sector] = (m[e.sector] ?? 0) + 1), m), {});
console.log(`${out.length} organizations written`, bySector);
