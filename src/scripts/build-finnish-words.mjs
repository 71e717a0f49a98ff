// Builds src/detect/data/fi-words.txt, the common Finnish words that no name list has (issue 15, round 14): a capitalised
// Finnish word in Swedish prose ("Mummo kom på besök", a quoted "Anteeksi, …") is that word, not a name of an origin the
// lists miss. From general sources on npm, never from the dev sets. Run after installing the pinned packages in one folder:
//   mkdir /tmp/fi && cd /tmp/fi && npm init -y && npm install @zxcvbn-ts/language-fi@3.0.2 @cspell/dict-fi-fi@1.1.3 cspell-trie-lib@9.8.0
//   node src/scripts/build-finnish-words.mjs /tmp/fi
// (after src/scripts/build-detect-data.mjs, whose name and word lists it reads.) Sources and licences:
// - @zxcvbn-ts/language-fi 3.0.2 (MIT): its common words, the 18 310 most frequent Finnish words, and its Finnish given
//   names and surnames (taken away).
// - @cspell/dict-fi-fi 1.1.3 (LGPL-3.0; the Finnish Hunspell dictionary): a frequent word joins only when the dictionary
//   has it in lower case, so that a frequent name or a foreign word of the frequency list is no Finnish word here.
// A word is left out when it has fewer than four letters, or is a given name, surname or ambiguous given name of the
// detector's lists (data/first-names.txt, surnames.txt, ambiguous-first.txt), or a common Swedish or English word (those
// lists decide already).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node src/scripts/build-finnish-words.mjs DIR_WITH_NODE_MODULES');
const require = createRequire(join(dir, 'package.json'));
const fi = require('@zxcvbn-ts/language-fi').dictionary;
// cspell-trie-lib is a module without a require() entry; the dictionary's file is no export of its package.
const { importTrie, Trie } = await import(pathToFileURL(join(dir, 'node_modules/cspell-trie-lib/dist/index.js')).href);
const trieText = gunzipSync(readFileSync(join(dir, 'node_modules/@cspell/dict-fi-fi/dict/fi-fi.trie.gz'))).toString('utf8');
const frequent = new Set(fi.commonWords.map((w) => String(w)));
const inDictionary = new Set();
for (const w of new Trie(importTrie(trieText.split('\n'))).words()) if (frequent.has(w)) inDictionary.add(w);

const data = new URL('../detect/data/', import.meta.url);
const lines = (file) => readFileSync(new URL(file, data), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
const taken = new Set([...fi.femaleFirstnames, ...fi.maleFirstnames, ...fi.lastnames].map((w) => String(w).toLowerCase()));
for (const f of ['first-names.txt', 'surnames.txt', 'ambiguous-first.txt']) for (const w of lines(f)) taken.add(w.toLowerCase());
for (const f of ['sv-words.txt', 'en-words.txt']) for (const w of lines(f)) taken.add(w);
const words = [...inDictionary].filter((w) => /^[a-zåäöšž]{4,}$/.test(w) && !taken.has(w)).sort();
const header = '# Common Finnish words in no name list (round 14).\n' +
  '# Built by src/scripts/build-finnish-words.mjs from @zxcvbn-ts/language-fi 3.0.2 (MIT) and @cspell/dict-fi-fi 1.1.3\n' +
  '# (LGPL-3.0, the Finnish Hunspell dictionary); see README. Not edited by hand.\n';
writeFileSync(new URL('fi-words.txt', data), header + words.join('\n') + '\n');
console.log({ frequent: frequent.size, inDictionary: inDictionary.size, written: words.length });
