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
//   see `scbGiven` below; the others become ambiguous given names (ambiguous-first.txt), names only with a person's evidence.
// - Finland's name statistics (Digital and Population Data Services Agency, DVV, formerly Väestörekisterikeskus VRK; the
//   Population Information System's name data, open data under CC BY 4.0): the 22 765 surnames borne by at least 20
//   persons and the 21 425 given names borne by at least 5, as of 7 August 2019, as CSV from github.com/ykarikos/nimitilastot,
//   vendored in src/scripts/sources/dvv-finnish-names/ (README there). Finland is among the largest countries of birth of people in Sweden, and
//   the lists hold the Finland-Swedish names too. The same word rule as for SCB's names.
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
const inflectedOf = (w, set, endings) => set.has(w) || (set === common && prefixes.has(w)) || endings.some((e) => w.length - e.length >= 3 && w.endsWith(e) && set.has(w.slice(0, -e.length)));
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
// A given name that the word rule leaves out only because it is a Swedish word, as it stands or inflected ("Gärda" = gärd+a,
// "Adla" = adla, "Lycka", "Jöns"), and that no other list has, becomes an ambiguous given name: name-lexicon.ts reads the list
// into AMBIGUOUS_FIRST, the 'amb' kind in name.ts, a name only with a person's evidence (a surname after it, a title, role,
// kinship word or greeting before it, a name field; round 9). Not English words ("Happy", "Star": English text and products),
// places, countries, states, cities, vehicle makes or names shorter than four letters ("Kan", "Fam", "Han": function words
// and abbreviations).
function ambiguousGiven(w, common, english, places) {
  const low = w.toLowerCase();
  return w.length >= 4 && !places.has(w) && !notPeople.has(w) && !inflectedOf(low, english, EN_ENDINGS) && inflectedOf(low, common, SV_ENDINGS);
}
// Finland's surnames, by the same rule as the given names: a surname that is a common Swedish or English word, as it stands or
// inflected, a place or shorter than four letters ("Löf", "Ek": abbreviations) is left out, since a surname in the list is
// strong evidence when it is no word ("Korhonen", "Grönroos"); the Swedish words among Finland's surnames ("Berg", "Holm")
// are already surnames from faker.
const finnishSurname = scbGiven;
const dvvDir = new URL('./sources/dvv-finnish-names/', import.meta.url);
const dvv = (f) => readFileSync(new URL(f, dvvDir), 'utf8').split(/\r?\n/).slice(1).map((l) => l.split(',')[0].trim()).filter(Boolean);
const dvvGiven = [...dvv('men_all.csv'), ...dvv('women_all.csv')];
const dvvSurnames = dvv('lastnames.csv');
const either = new Set();
for (const l of readFileSync(join(src, 'humannames/package/list.txt'), 'utf8').split(/\r?\n/)) {
  const w = l.trim();
  if (w.length >= 2 && LATIN_NAME.test(w)) either.add(w);
}
const common = new Set();
// Compound-begin forms of the dictionary ("först-"): words too, for the name lists' word rule only ("Först" is no surname).
const prefixes = new Set();
const adjectiveOrBare = new Set();
const places = new Set();
const proper = new Set();
const compoundProper = new Set();
for (const l of readFileSync(join(src, 'dictionary-sv/package/index.dic'), 'utf8').split('\n').slice(1)) {
  const [stem, flags = ''] = l.trim().split('/');
  if (/^\p{Ll}{3,}-$/u.test(stem ?? '')) prefixes.add(stem.slice(0, -1));
  if (!stem || !/^[\p{L}-]+$/u.test(stem) || stem.startsWith('-') || stem.endsWith('-')) continue;
  if (/^\p{Ll}/u.test(stem)) {
    common.add(stem);
    // Adjectives (the comparison flags O and K: "svart/kOPQ", "vacker/KLMY") and words without an inflection flag, no capital
    // among the flags ("inget", "varje", "norra/k").
    if (/[OK]/.test(flags) || !/[A-Z]/.test(flags)) adjectiveOrBare.add(stem);
  }
  else if (/^\p{Lu}\p{Ll}/u.test(stem)) {
    (/[dev]/.test(flags) ? places : proper).add(stem);
    // The compound-begin flag X ("Telia/AX": "Teliaabonnemang"): a proper noun that begins compounds names a firm, a
    // brand, a place abroad or a famous person far more often than a private one (round 8, second wave).
    if (!/[dev]/.test(flags) && flags.includes('X')) compoundProper.add(stem);
  }
}
const nameWords = new Set([...either, ...proper]);
const english = new Set();
for (const l of readFileSync(join(src, 'dictionary-en/package/index.dic'), 'utf8').split('\n').slice(1)) {
  const stem = l.trim().split('/')[0];
  if (stem && /^\p{Ll}{3,}$/u.test(stem)) english.add(stem);
}
// Finland's surnames first: DVV counts every given name, and a Finn's second or third given name is now and then a family
// name ("Nilsson", "Lindholm"); such a name stays a surname, since name.ts reads a word in both lists as a given name.
for (const n of dvvSurnames) for (const w of n.split(' ')) if (LATIN_NAME.test(w) && finnishSurname(w, common, english, places)) last.add(w);
const ambiguous = new Set();
const dvvSurnameWords = new Set(dvvSurnames);
for (const [names, isDvv] of [[scbNames, false], [dvvGiven, true]]) {
  for (const n of names) {
    for (const w of String(n).split(' ')) {
      if (!LATIN_NAME.test(w) || (isDvv && (last.has(w) || dvvSurnameWords.has(w)))) continue;
      if (scbGiven(w, common, english, places)) first.add(w);
      // A name that the census or the dictionary already has as a name of unknown role ("Helge", "Folke", "Britta", "Tova")
      // keeps that role: name.ts reads it as a name word, weak when it is a Swedish word as it stands, and its rules for
      // registers ("Ström, Tova") ask for a name word there. Only the names that were no name at all ("Gärda", "Adla")
      // become ambiguous given names.
      else if (ambiguousGiven(w, common, english, places) && !nameWords.has(w)) ambiguous.add(w);
    }
  }
}
// A name faker already lists as a given name or a surname keeps that role (name.ts weakens it when it is a word as it stands;
// "Björk" is a surname far more often than a given name, and name.ts asks AMBIGUOUS_FIRST before SURNAMES).
for (const w of ambiguous) if (first.has(w) || last.has(w)) ambiguous.delete(w);
// Finland's surnames that are Swedish words, as they stand or inflected ("Lilja", "Modig", "Stolt", "Trygg", "Lärka"; round
// 10): the soldiers' and nature names of the Swedish naming tradition, borne in Finland and Sweden alike, which faker's short
// lists lack and the word rule above leaves out. They join the surnames as weak ones: name.ts reads a surname that is a Swedish
// word as a surname only with evidence, as it reads "Berg" or "Falk" (a given name before it, a title, a register's name
// field), never alone at a sentence start. At least five letters ("Bäck", "Stöd" and "Rask" are words far more often: "chef
// Stöd- och serviceavdelningen", a village "Bäck Norrgården 1"); not a given name, nor an ambiguous one ("Vilja", "Svala" stay
// given names); and only a word that the detector's own test calls one, a dictionary stem as it stands or with an ending, not
// a compound-begin form alone ("Först", which the detector cannot tell from a name). Not English words, places, countries,
// cities or makes.
const stemOf = (low) => (common.has(low) ? low : SV_ENDINGS.map((e) => low.length - e.length >= 3 && low.endsWith(e) ? low.slice(0, -e.length) : '').find((s) => common.has(s)));
const nounLike = (low) => { const s = stemOf(low); return s !== undefined && !adjectiveOrBare.has(s); };
for (const w of dvvSurnames) {
  const low = w.toLowerCase();
  if (!LATIN_NAME.test(w) || w.length < 5 || last.has(w) || first.has(w) || ambiguous.has(w) || places.has(w) || notPeople.has(w)) continue;
  if (!inflectedOf(low, english, EN_ENDINGS) && nounLike(low)) last.add(w);
}
// Sweden's localities (round 10, a negative list for the place-versus-name test): the 1 916 localities (tätorter) with their
// municipalities in github.com/sphrak/svenska-stader (Apache-2.0), vendored in src/scripts/sources/svenska-stader/ (README
// there). The dictionary has 815 of them as places; another 719 it has only as proper nouns without a place flag, so they sat
// among the name words ("Bergeforsen", "Bankekind", "Alunda"), and 158 it lacks. A one-word locality that no name list has
// (faker, humannames, SCB, DVV: "Berga", "Backa", "Lund" stay names) becomes a place and leaves the name words: name.ts then
// reads it as a place, not a person ("Avbrott i Bergeforsen och Bergsviken"), and address.ts knows it as a town. One that
// begins compounds stays in compound-proper.txt too ("Flen": "Flens kommun" is no person).
const localities = readFileSync(new URL('./sources/svenska-stader/svenska-stader.csv', import.meta.url), 'utf8').split(/\r?\n/).slice(1);
for (const l of localities) {
  const w = l.split(',')[0];
  if (!w || !/^\p{Lu}\p{Ll}+$/u.test(w) || first.has(w) || last.has(w) || ambiguous.has(w) || either.has(w)) continue;
  places.add(w);
  proper.delete(w);
}
const header = (what) =>
  `# ${what}\n# Built by src/scripts/build-detect-data.mjs from @faker-js/faker 10.6.0 (MIT), humannames 1.0.5 (MIT),\n` +
  `# dictionary-sv 4.0.0 (LGPL-3.0, Copyright Göran Andersson), dictionary-en 4.0.0 ((MIT AND BSD)), SCB's given names\n` +
  `# (Statistiska centralbyrån, CC BY 4.0), Finland's name statistics (DVV, CC BY 4.0) and svenska-stader (Apache-2.0);\n` +
  `# see README. Not edited by hand.\n`;
// One word a line, as it stands: name-lexicon.ts reads the lines straight into its hash table (word-table.ts), without trimming.
const write = (file, what, set) => {
  for (const w of set) if (!w || w !== w.trim() || w.includes('\n') || w.startsWith('#')) throw new Error(`${file}: bad word ${JSON.stringify(w)}`);
  writeFileSync(new URL(file, out), header(what) + [...set].sort().join('\n') + '\n');
};
write('first-names.txt', "Given names (faker, all Latin-script locales; SCB's and DVV's given names that are no common word).", first);
write('surnames.txt', "Surnames (faker, all Latin-script locales; DVV's surnames of Finland that are no common word, and those of five letters or more that are Swedish words).", last);
write('ambiguous-first.txt', "Given names borne in Sweden or Finland (SCB, DVV) that are also Swedish words, as they stand or inflected: names only with a person's evidence.", ambiguous);
write('name-words.txt', 'Given names or surnames, role unknown (humannames; dictionary-sv proper nouns without a place flag).',
  new Set([...either, ...[...proper].filter((w) => !first.has(w) && !last.has(w))]));
write('compound-proper.txt', 'Proper nouns that begin compounds (dictionary-sv flag X, no place flag), in no name list: firms, brands, places abroad.',
  new Set([...compoundProper].filter((w) => !first.has(w) && !last.has(w) && !either.has(w))));
write('places.txt', 'Swedish places (dictionary-sv stems with a place flag; localities of svenska-stader in no name list).', places);
write('sv-words.txt', 'Common Swedish words (dictionary-sv lower-case stems).', common);
write('en-words.txt', 'Common English words (dictionary-en lower-case stems of three letters or more).', english);
console.log({ english: english.size, first: first.size, last: last.size, ambiguous: ambiguous.size, either: either.size, proper: proper.size, places: places.size, common: common.size });
