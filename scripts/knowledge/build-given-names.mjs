#!/usr/bin/env node
// Builds data/knowledge/given-names-generated.json: given names of many countries, in the
// Latin alphabet, that start a person's name in the entity stage (beside the hand-kept
// data/knowledge/given-names.json).
//
// Source: the person/first_name lists of Faker's locales (https://github.com/faker-js/faker,
// src/locales/*/person/first_name.ts), MIT licence, copyright Faker contributors and Marak
// Squires. Read from a snapshot's git directory or a checkout:
//
//   node scripts/knowledge/build-given-names.mjs --faker PATH   (a checkout, or a bare repository with --git)
//
// Left out: names not written in the Latin alphabet, names of fewer than three letters, and
// names that are also common words of a language the analyzer reads (the lists in
// data/lang/*/common-words.json, and the hand-kept exceptions below): "Will", "Rose" or
// "Hope" at the start of a capitalized run say nothing of a person; and names of countries,
// regions and cities of a million people or more ("America First", "Florida Keys").
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { commonWords, placeNames, ROOT as root } from "./shared-data.mjs";
const { values } = parseArgs({ options: { faker: { type: "string" }, git: { type: "boolean", default: false } } });
if (!values.faker) {
  console.error("usage: build-given-names.mjs --faker PATH [--git]");
  process.exit(2);
}

/** Words that are given names somewhere and ordinary words or titles in the press. */
const EXCEPTIONS = new Set(
  `Will Mark Bill Grace Hope Rose Joy Faith Summer Autumn Winter April May June August Dawn Eve Ivy Iris Lily Daisy Ruby Amber Crystal Jade Pearl Holly Heather Violet
  Hunter Mason Taylor Cooper Parker Carter Porter Baker Fisher Miller Tucker Walker Chase Cash Gray Grey Brown Green White Black Young King Prince Duke Earl Major Sunny Sky Storm River Rain
  Page Art Bob Guy Pat Sue Ray Rex Max Long Star Chance Justice Liberty Unity Harmony Destiny Trinity Genesis Messiah Royal Reign Noble Sterling Price Story Lane Brook Glen Dale Dean
  Angel Christian Constance Prudence Patience Mercy Felicity Charity Honor Honour Victory Victoire Aurore Océane Marine Rosa Clement Clément Pascal Gloria Dolores
  Domingo Jesus Jésus Mohammed Muhammad Justin Martin Laurent Vincent France Roma Paris Florence Lourdes Sydney Madison Austin Houston Dallas Jordan Georgia Virginia Carolina Israel Ali America Mercedes Lincoln Darwin`
    .split(/\s+/)
    .filter(Boolean),
);
// kept anyway: names the hand-kept list holds already ("Ali", "Martin", …) stay there

const LATIN = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*$/u;

function readLists() {
  const dir = "src/locales";
  if (values.git) {
    const files = execFileSync("git", ["--git-dir", values.faker, "ls-tree", "-r", "--name-only", "HEAD", dir], { encoding: "utf8" })
      .split("\n")
      .filter((f) => /\/person\/first_name\.ts$/.test(f));
    return files.map((f) => execFileSync("git", ["--git-dir", values.faker, "show", `HEAD:${f}`], { encoding: "utf8" }));
  }
  return readdirSync(join(values.faker, dir))
    .map((l) => join(values.faker, dir, l, "person", "first_name.ts"))
    .filter(existsSync)
    .map((f) => readFileSync(f, "utf8"));
}

const common = new Set(commonWords().map((w) => w.toLowerCase()));
const places = placeNames(1_000_000);
const hand = new Set(JSON.parse(readFileSync(join(root, "data", "knowledge", "given-names.json"), "utf8")).names);

const names = new Set();
/** name -> the genders its locale lists give it ("female", "male") */
const genders = new Map();
for (const source of readLists()) {
  // each list's gender: the key (female: [, male: [) of the array the name stands in
  const sections = [...source.matchAll(/^\s*(generic|female|male)\s*:\s*\[/gm)].map((m) => ({ at: m.index, gender: m[1] }));
  const genderAt = (at) => sections.filter((x) => x.at < at).pop()?.gender ?? "generic";
  for (const m of source.matchAll(/'((?:[^'\\]|\\.)+)'|"((?:[^"\\]|\\.)+)"/g)) {
    const name = (m[1] ?? m[2]).replace(/\\'/g, "'").normalize("NFC").trim();
    const g = genderAt(m.index);
    if (g !== "generic") genders.set(name, new Set([...(genders.get(name) ?? []), g]));
    if (name.length < 3 || !LATIN.test(name) || name !== name[0].toUpperCase() + name.slice(1)) continue;
    if (name.slice(1) === name.slice(1).toUpperCase()) continue;
    if (EXCEPTIONS.has(name) || common.has(name.toLowerCase()) || places.has(name) || hand.has(name)) continue;
    names.add(name);
  }
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = [...names].sort(byName);
// a name's gender where every list that gives it one agrees (hand-kept names included, for pronouns: "selon elle")
const only = (g) => [...genders].filter(([n, gs]) => gs.size === 1 && gs.has(g) && (names.has(n) || hand.has(n))).map(([n]) => n).sort(byName);
const out = {
  description: "Given names of many countries in the Latin alphabet, generated by scripts/knowledge/build-given-names.mjs from Faker's locale lists (MIT licence); names that are common words are left out. Hand-kept names are in given-names.json. female, male: the names (of both files) that the lists give one gender only, which a pronoun ('elle', 'he') agrees with.",
  names: sorted,
  female: only("female"),
  male: only("male"),
};
writeFileSync(join(root, "data", "knowledge", "given-names-generated.json"), `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${sorted.length} given names written; ${out.female.length} female, ${out.male.length} male`);
