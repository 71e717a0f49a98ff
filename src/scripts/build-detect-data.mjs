// Builds the word lists in src/detect/data/ from general sources on npm, never from the dev sets (issue 15).
// Run after unpacking the pinned packages into one folder:
//   mkdir /tmp/p && cd /tmp/p && for p in @faker-js/faker@10.6.0 humannames@1.0.5 dictionary-sv@4.0.0 dictionary-en@4.0.0; do
//     npm pack $p && mkdir -p ${p%@*} && tar xzf *.tgz -C ${p%@*} && rm *.tgz; done
//   node src/scripts/build-detect-data.mjs /tmp/p
// Sources and licences (also in README, "Personuppgiftsdetektorn"):
// - @faker-js/faker 10.6.0 (MIT): given names and surnames of every Latin-script locale (≈ 60 languages).
// - humannames 1.0.5 (MIT): ≈ 197 000 given names and surnames from censuses, role not marked.
// - dictionary-sv 4.0.0 (LGPL-3.0, Göran Andersson): the Swedish Hunspell word list. Lower-case stems are the
//   common Swedish words; capitalised stems with a place flag (d, e or v: "Korsholm/Adv", "Täby/AeX") are Swedish places; other
//   capitalised stems are proper nouns (people, foreign places, organisations), kept as weak name evidence.
// - dictionary-en 4.0.0 ((MIT AND BSD), SCOWL / Kevin Atkinson et al.): the English Hunspell word list. Its lower-case
//   stems are common English words: a capitalised word in no Swedish list that is one ("Excel", "Transit") is a product
//   or a heading in English more often than a person, so it is no evidence of a name of an origin the lists miss.
// - SCB's name statistics (Statistiska centralbyrån, open data under CC BY 4.0): the 25 166 given names borne in Sweden, of
//   every origin, as compiled into JSON by github.com/bolddp/swedish-names, vendored in src/scripts/sources/scb-given-names/
//   (README there) so that the lists build without network. Only names that are no common word join the given names:
//   see `scbGiven` below.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const src = process.argv[2];
if (!src) throw new Error('usage: node src/scripts/build-detect-data.mjs DIR_WITH_UNPACKED_PACKAGES');
const out = new URL('../detect/data/', import.meta.url);
const { allLocales } = await import(pathToFileURL(join(src, '@faker-js/faker/package/dist/index.js')).href);

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}'’-]*\p{Ll}[\p{Script=Latin}'’-]*$/u;
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const first = new Set();
const last = new Set();
for (const loc of Object.values(allLocales)) {
  const p = loc.person;
  if (!p) continue;
  for (const n of flat(p.first_name)) for (const w of String(n).split(' ')) if (LATIN_NAME.test(w)) first.add(w);
  for (const n of flat(p.last_name)) for (const w of String(n).split(' ')) if (LATIN_NAME.test(w)) last.add(w);
}
// SCB's given names. A name that is also a common Swedish word, as it stands or inflected ("Saga", "Sol", "Vilda" = vild+a,
// "Goda"), a common English word ("Happy", "Star"), a Swedish place ("Avesta"), a country, state, city or vehicle make in
// faker's lists ("Eritrea", "Texas", "Tesla") or shorter than four letters ("Li", "Kan", "Fam": abbreviations and function
// words the stem dictionary lacks, "Kan ni …") does not become a given name by this list alone: the detector's dictionary
// test keeps such words weak (name-lexicon.ts, AMBIGUOUS_FIRST and the 'amb' kind in name.ts), and a census list that has
// them already keeps them as weak evidence (issue 15, round 8: the short names cost more precision on the development
// sets than they bought recall). The endings are name-lexicon.ts's inflection endings, the test isSwedishWord(word, false).
const scbDir = new URL('./sources/scb-given-names/', import.meta.url);
const scbNames = ['swedish_female_names.json', 'swedish_male_names.json'].flatMap((f) => JSON.parse(readFileSync(new URL(f, scbDir), 'utf8')));
const SV_ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ande', 'ende', 'dde', 'des', 'tes', 'ens', 'ets', 'ans',
  'ars', 'ers', 'ors', 'de', 'te', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'an', 's', 'n', 't', 'a', 'e'];
const EN_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];
const inflectedOf = (w, set, endings) => set.has(w) || endings.some((e) => w.length - e.length >= 3 && w.endsWith(e) && set.has(w.slice(0, -e.length)));
const notPeople = new Set();
for (const loc of Object.values(allLocales)) {
  for (const n of [...flat(loc.location?.country), ...flat(loc.location?.state), ...flat(loc.location?.city_name), ...flat(loc.vehicle?.manufacturer)]) {
    for (const w of String(n).split(/[ -]/)) notPeople.add(w);
  }
}
function scbGiven(w, common, english, places) {
  const low = w.toLowerCase();
  return w.length >= 4 && !places.has(w) && !notPeople.has(w) && !inflectedOf(low, common, SV_ENDINGS) && !inflectedOf(low, english, EN_ENDINGS);
}
const either = new Set();
for (const l of readFileSync(join(src, 'humannames/package/list.txt'), 'utf8').split(/\r?\n/)) {
  const w = l.trim();
  if (w.length >= 2 && LATIN_NAME.test(w)) either.add(w);
}
const common = new Set();
const places = new Set();
const proper = new Set();
for (const l of readFileSync(join(src, 'dictionary-sv/package/index.dic'), 'utf8').split('\n').slice(1)) {
  const [stem, flags = ''] = l.trim().split('/');
  if (!stem || !/^[\p{L}-]+$/u.test(stem) || stem.startsWith('-') || stem.endsWith('-')) continue;
  if (/^\p{Ll}/u.test(stem)) common.add(stem);
  else if (/^\p{Lu}\p{Ll}/u.test(stem)) (/[dev]/.test(flags) ? places : proper).add(stem);
}
const english = new Set();
for (const l of readFileSync(join(src, 'dictionary-en/package/index.dic'), 'utf8').split('\n').slice(1)) {
  const stem = l.trim().split('/')[0];
  if (stem && /^\p{Ll}{3,}$/u.test(stem)) english.add(stem);
}
for (const n of scbNames) for (const w of String(n).split(' ')) if (LATIN_NAME.test(w) && scbGiven(w, common, english, places)) first.add(w);
const header = (what) =>
  `# ${what}\n# Built by src/scripts/build-detect-data.mjs from @faker-js/faker 10.6.0 (MIT), humannames 1.0.5 (MIT),\n` +
  `# dictionary-sv 4.0.0 (LGPL-3.0, Copyright Göran Andersson), dictionary-en 4.0.0 ((MIT AND BSD)) and SCB's given names\n` +
  `# (Statistiska centralbyrån, CC BY 4.0); see README. Not edited by hand.\n`;
// One word a line, as it stands: name-lexicon.ts reads the lines straight into its hash table (word-table.ts), without trimming.
const write = (file, what, set) => {
  for (const w of set) if (!w || w !== w.trim() || w.includes('\n') || w.startsWith('#')) throw new Error(`${file}: bad word ${JSON.stringify(w)}`);
  writeFileSync(new URL(file, out), header(what) + [...set].sort().join('\n') + '\n');
};
write('first-names.txt', "Given names (faker, all Latin-script locales; SCB's given names that are no common word).", first);
write('surnames.txt', 'Surnames (faker, all Latin-script locales).', last);
write('name-words.txt', 'Given names or surnames, role unknown (humannames; dictionary-sv proper nouns without a place flag).',
  new Set([...either, ...[...proper].filter((w) => !first.has(w) && !last.has(w))]));
write('places.txt', 'Swedish places (dictionary-sv stems with a place flag).', places);
write('sv-words.txt', 'Common Swedish words (dictionary-sv lower-case stems).', common);
write('en-words.txt', 'Common English words (dictionary-en lower-case stems of three letters or more).', english);
console.log({ english: english.size, first: first.size, last: last.size, either: either.size, proper: proper.size, places: places.size, common: common.size });
