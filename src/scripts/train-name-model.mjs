// Trains the name-likeness model and writes src/detect/data/name-model.json (issue 15). Deterministic: fixed seed,
// fixed split by a hash of the word, so the same lists and packages give the same bytes.
// Usage: npm run train:names            (= tsx src/scripts/train-name-model.mjs; add --dry-run to only print figures)
// Data, never the dev sets' texts:
// - names (label 1): src/detect/data/first-names.txt, surnames.txt, name-words.txt (faker 10.6.0 MIT, humannames 1.0.5
//   MIT, dictionary-sv 4.0.0 proper nouns; built by src/scripts/build-detect-data.mjs);
// - not names (label 0): src/detect/data/sv-words.txt (dictionary-sv stems) with seeded inflected forms and
//   compounds, street names made of names, places and words with a street ending, places.txt, the recogniser's own organisation and heading words, and English words from word-list
//   4.1.0 (MIT, devDependency). A word on both sides ("berg", "rose") is dropped from both.
// - unseen origins: the given names and surnames of faker's fi, hu, vi, yo_NG, zu_ZA and en_GH locales
//   (@faker-js/faker 10.6.0, devDependency) are taken out of a second training run and tested on.
// 10 % of the words (by hash) are held out from training and the figures below are computed on them.
import { readFileSync, writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import wordListPath from 'word-list';
import { decodeModel, logOddsWith } from '../detect/name-model.ts';
import { auc, characterModelInputs, seeded, toFile, train, wordHash } from '../detect/name-model-train.ts';
import { NOT_NAME, ORG_MARKER } from '../detect/name-lexicon.ts';

const dry = process.argv.includes('--dry-run');
/** The lists under src/detect/data/ the model is trained on (with word-list's English words): their fingerprint is stored. */
const CHARACTER_MODEL_LISTS = ['first-names.txt', 'surnames.txt', 'name-words.txt', 'sv-words.txt', 'places.txt'];
const OPTIONS = { bits: 18, epochs: 4, rate: 0.2, seed: 15 };
const HELD_OUT_ORIGINS = ['fi', 'hu', 'vi', 'yo_NG', 'zu_ZA', 'en_GH'];
const started = Date.now();

const data = new URL('../detect/data/', import.meta.url);
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const readList = (file) => lines(readFileSync(new URL(file, data), 'utf8')).map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && WORD.test(w));
const isTest = (w) => wordHash(w) % 10 === 0;

const pos = { first: readList('first-names.txt'), surname: readList('surnames.txt'), nameWord: readList('name-words.txt') };
const sv = readList('sv-words.txt');
const places = readList('places.txt');
const org = [...new Set([...ORG_MARKER.source.replace(/[\^$()?:]/g, '').split('|'), ...NOT_NAME].map((w) => w.toLowerCase()))]
  .filter((w) => w.length >= 2 && WORD.test(w));
const english = lines(readFileSync(wordListPath, 'utf8')).filter((w) => w.length >= 2 && WORD.test(w));

// Inflected forms and compounds of the Swedish stems: the words a scan meets that the dictionary test may miss.
const rnd = seeded(OPTIONS.seed);
const ENDINGS = ['en', 'et', 'er', 'ar', 'or', 'na', 'arna', 'erna', 'orna', 'ade', 'ande', 'are', 's', 'ens', 'ets', 't', 'a', 'e',
  'de', 'te', 'ing', 'ingen', 'het', 'heten', 'lig', 'liga', 'isk', 'iska', 'ningen', 'aren'];
const svStems = sv.filter((w) => w.length >= 3 && !w.includes('-'));
const inflected = [];
for (const w of svStems) for (let k = 0; k < 2; k++) inflected.push(w + ENDINGS[Math.floor(rnd() * ENDINGS.length)]);
const compounds = [];
for (let k = 0; k < 60_000; k++) {
  const a = svStems[Math.floor(rnd() * svStems.length)];
  const b = svStems[Math.floor(rnd() * svStems.length)];
  compounds.push(a + (rnd() < 0.3 ? 's' : '') + b + (rnd() < 0.4 ? ENDINGS[Math.floor(rnd() * ENDINGS.length)] : ''));
}
// Street names are built from names, places and words ("Sörmlandsgatan", "Lindgrensvägen"): the ending decides.
const STREET = ['gatan', 'vägen', 'gränd', 'gränden', 'stigen', 'backen', 'torget', 'allén', 'leden', 'platsen', 'stråket',
  'gången', 'parken', 'slingan', 'gata', 'väg', 'plan', 'kajen', 'esplanaden', 'promenaden'];
const streetBases = [...pos.first, ...pos.surname, ...places, ...svStems];
const streets = [];
for (let k = 0; k < 30_000; k++) {
  const b = streetBases[Math.floor(rnd() * streetBases.length)];
  streets.push(b + (rnd() < 0.4 ? 's' : '') + STREET[Math.floor(rnd() * STREET.length)]);
}

// The dictionary's proper nouns include some streets ("Drottninggatan"): not names.
const streetEnd = new RegExp(`(?:${STREET.join('|')})$`);
for (const k of Object.keys(pos)) pos[k] = pos[k].filter((w) => !streetEnd.test(w));

const posAll = new Set(Object.values(pos).flat());
const negBase = new Set([...sv, ...places, ...org, ...english]);
const ambiguous = new Set([...posAll].filter((w) => negBase.has(w)));
const neg = {
  swedish: sv, swedishInflected: inflected, swedishCompound: compounds, street: streets, place: places, organisation: org, english,
};
const clean = (list, other) => [...new Set(list)].filter((w) => !ambiguous.has(w) && !other.has(w));
for (const k of Object.keys(pos)) pos[k] = clean(pos[k], new Set());
for (const k of Object.keys(neg)) neg[k] = clean(neg[k], posAll);

// Names of the held-out origins (Latin script), for the second run.
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const origin = {};
for (const loc of HELD_OUT_ORIGINS) {
  const p = allLocales[loc].person;
  const words = [...flat(p.first_name), ...flat(p.last_name)].flatMap((n) => String(n).split(' ')).map((w) => w.toLowerCase());
  origin[loc] = [...new Set(words.filter((w) => w.length >= 2 && WORD.test(w) && !ambiguous.has(w) && !negBase.has(w)))];
}
const originAll = new Set(Object.values(origin).flat());

function examples(exclude) {
  const out = [];
  const seen = new Set();
  for (const [lists, label] of [[pos, 1], [neg, 0]]) {
    for (const list of Object.values(lists)) {
      for (const w of list) {
        if (isTest(w) || seen.has(w) || (label === 1 && exclude.has(w))) continue;
        seen.add(w);
        out.push({ word: w, label });
      }
    }
  }
  return out;
}

const pct = (x) => Math.round(1000 * x) / 10;
const LOGIT_90 = Math.log(9);
const LOGIT_75 = Math.log(3);
function evaluate(m, lists, label) {
  const r = {};
  for (const [k, list] of Object.entries(lists)) {
    const test = list.filter(isTest);
    const s = test.map((w) => logOddsWith(m, w));
    r[k] = { words: test.length, accuracy: pct(s.filter((z) => (z > 0) === (label === 1)).length / Math.max(1, s.length)) };
  }
  return r;
}
const testScores = (m, lists) => Object.values(lists).flat().filter(isTest).map((w) => logOddsWith(m, w));

// 1. The model that ships: trained on 90 % of every list, figures on the other 10 %.
const trainSet = examples(new Set());
const main = train(trainSet, OPTIONS);
const checkWords = ['warsame', 'mäkelä', 'nguyen', 'ánde', 'förvaltningsrätten', 'kommunstyrelsen', 'flaskvatten', 'portal'];
const file = toFile(OPTIONS.bits, main.ngram, main.shape, {}, checkWords);
const model = decodeModel(file);
const posScores = testScores(model, pos);
const negScores = testScores(model, neg);
const figures = {
  inputs: characterModelInputs(CHARACTER_MODEL_LISTS.map((f) => readFileSync(new URL(f, data), 'utf8')).concat(readFileSync(wordListPath, 'utf8'))),
  seed: OPTIONS.seed, bits: OPTIONS.bits, epochs: OPTIONS.epochs, trainingWords: trainSet.length,
  heldOut: {
    auc: Math.round(10000 * auc(posScores, negScores)) / 10000,
    accuracy: pct((posScores.filter((z) => z > 0).length + negScores.filter((z) => z <= 0).length) / (posScores.length + negScores.length)),
    // The hook's thresholds: how many names pass 0.9 and 0.75, how many non-names do.
    namesAt90: pct(posScores.filter((z) => z >= LOGIT_90).length / posScores.length),
    notNamesAt90: pct(negScores.filter((z) => z >= LOGIT_90).length / negScores.length),
    notNamesAt75: pct(negScores.filter((z) => z >= LOGIT_75).length / negScores.length),
    names: evaluate(model, pos, 1), notNames: evaluate(model, neg, 0),
  },
};

// 2. Unseen origins: the same training without any word of the held-out locales; scored on all of them.
const byOrigin = train(examples(originAll), OPTIONS);
const originModel = decodeModel(toFile(OPTIONS.bits, byOrigin.ngram, byOrigin.shape, {}, []));
const negOrigin = testScores(originModel, neg);
figures.unseenOrigins = { locales: HELD_OUT_ORIGINS.join(' '), notNamesHeldOutAccuracy: pct(negOrigin.filter((z) => z <= 0).length / negOrigin.length) };
for (const [loc, words] of Object.entries(origin)) {
  const s = words.map((w) => logOddsWith(originModel, w));
  figures.unseenOrigins[loc] = {
    words: words.length, recallAt50: pct(s.filter((z) => z > 0).length / s.length),
    recallAt75: pct(s.filter((z) => z >= LOGIT_75).length / s.length),
    recallAt90: pct(s.filter((z) => z >= LOGIT_90).length / s.length), auc: Math.round(10000 * auc(s, negOrigin)) / 10000,
  };
}
file.training = figures;
console.log(JSON.stringify(figures, null, 1));
// Not stored: the file must be the same bytes in every run.
console.log(`trained in ${Math.round((Date.now() - started) / 1000)} s`);
if (!dry) {
  writeFileSync(new URL('name-model.json', data), JSON.stringify(file) + '\n');
  console.log(`wrote src/detect/data/name-model.json (${Math.round(JSON.stringify(file).length / 1024)} kB)`);
}
