// Trains the contextual name model and writes src/detect/data/name-context-model.json (issue 15). Deterministic: fixed
// seed, generated documents from a seeded generator, the training files in a fixed order; the same sources give the same
// bytes. Usage: npm run train:names (after the character model), or directly:
//   tsx src/scripts/train-name-context.mjs [--dry-run] [--validate]
// --validate: trains on part of the documents and prints name recall and precision on the rest (rules alone, rules and
//   model), per source, to choose the threshold; writes nothing.
// Data (all in the repository, nothing fetched):
// - generated documents (src/scripts/generate-name-docs.mjs: faker 10.6.0 names, MIT, in templates written here);
// - src/detect/data/train/*.jsonl: the synthetic dev.jsonl, the odd (development) halves of dev-real.jsonl and
//   dev-messy.jsonl, the dev2 sets (written for development by a helper who never saw the detector), and the odd ids
//   of the dev3 sets (other kinds of organisation, written the same way). The even halves of dev-real and dev-messy, and
//   the even ids of dev3, are held out and never read here: dev3's even ids measure the model on text it never saw.
//   Round 16: dev16a.jsonl (a district-heating and electricity company, Skellefteå), dev16b.jsonl (a school
//   administration, Malmö), dev16g.jsonl (a municipality's car pool, parking and IT, Sundsvall) and dev16p.jsonl
//   (authorities: administrative courts, Kronofogden, Försäkringskassan, Skatteverket, a county board): the round's
//   development sets, each by a writer of its own who never saw the detector (invented text written for the project, the
//   corpus's conventions), copied whole. The round's other sets (dev16c-f) are held out by writer and never read here.
//   Round 18: train18a.jsonl (home care and LSS, Gävle), train18b.jsonl (IT, HR and payroll, Norrköping) and
//   train18c.jsonl (a water, energy and waste company, Växjö): training sets, each by a writer of its own who never saw
//   the detector, gold audited, copied whole.
//   Round 20: blind18a-d and blind18p (a housing company, Sundsvall; public transport, Umeå; building permits, Uppsala; an
//   energy company, Karlstad; public-sector decisions, Dalarna), held out in round 18, retired to training: their
//   figures chose branches in rounds 18 and 19, so they no longer measure text nobody tuned for. Each a writer of its own.
//   Round 21: blind20a-c and blind20p (a housing company, Sundsvall; a grid and city-network company, Skellefteå; public
//   transport, Jönköping county; public-sector decisions), retired the same way, and train22a.jsonl (elderly care,
//   Kristianstad) and train22b.jsonl (LSS and personal assistance, Piteå), written as training sets. Each a writer of its own.
//   The held-out sets that remain (src/detect/data/heldout/blind19*, blind21*, blind22*) are outside this directory and
//   never read here.
// The model reads each word's shape, lists, character-model score and surroundings, never its spelling (README, "Beslut").
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { scan } from '../detect/engine.ts';
import { nameDetector } from '../detect/name.ts';
import { contextCandidate, nameModel } from '../detect/name-model-hook.ts';
import { contextLogOdds, decodeContextModel, useContextModel } from '../detect/name-model-context.ts';
import { auc, contextModelFile, fitContext, fitContextAveraged, wordHash } from '../detect/name-model-train.ts';
import { generateNameDocs } from './generate-name-docs.mjs';
import { FOUND_SHARE, RIGHT_SHARE, letterShare, spanMask } from './letter-share.ts';

const dry = process.argv.includes('--dry-run');
const validate = process.argv.includes('--validate');
// --out FILE: writes the model there instead (to compare settings with src/scripts/eval-name-model.ts).
const outAt = process.argv.indexOf('--out');
const outFile = outAt > 0 ? process.argv[outAt + 1] : undefined;
// The environment variables are for trying other settings with --validate or --out only; the shipped model uses the defaults.
const env = validate || outFile ? process.env : {};
const OPTIONS = {
  bits: 17, epochs: Number(env.EPOCHS ?? 6), rate: Number(env.RATE ?? 0.1), seed: Number(env.SEED ?? 15), generated: Number(env.GENERATED ?? 3000),
  // Round 10b: the shipped model is the mean of one training per seed, each on its own generated documents (README).
  seeds: (env.SEEDS ?? '15,16,17,18,19').split(',').map(Number),
  // Round 11: 0.7 by F2 (recall first): the held-out messy half 91.7 -> 92.6 % recall at 0.85 -> 0.7 (same precision
  // within a finding), dev8-messy +0.4 to +0.6 F2, the real files' five-fold cross-validation flat (98.65-98.74 from 0.5
  // to 0.9). 0.6 scored a little higher on dev8 but took an acronym in prose, a verb after a name on a chat line and a
  // common word at a sentence start, which tests of earlier rounds forbid.
  // Round 16: 0.8 by leave-one-writer-out validation on eight writers (FOLDS=writer): F2 98.5 from 0.6 to 0.8 pooled, and
  // 0.8 the most precise of them (98.7 -> 99.0 % at 0.7 -> 0.8, recall 98.5 -> 98.4); at 0.7 the model retrained on the
  // round's writers took a capital abbreviation after a verb and a firm's surname, which earlier rounds' tests forbid.
  // Round 18: 0.75 by the same validation on eleven writers (the three train18 sets added): F2 97.8 from 0.6 to 0.75
  // pooled (97.84, 97.80, 97.81, 97.81), 97.7 at 0.8; 0.75 the most precise of them (98.0 -> 98.3 % at 0.6 -> 0.75). No
  // threshold kept both an abbreviation in prose out ("Kontakta HQ om …" 0.89, now in NOT_INITIALS) and a given name with
  // initials in parentheses in ("Dzifa (DA)" 0.85), which earlier rounds' tests ask for.
  // Round 20: 0.8 by the same validation on sixteen writers (blind18a-d and blind18p added): F2 98.0 at 0.5 and 0.6,
  // 97.9 from 0.65 to 0.75, 97.8 at 0.8 (97.98, 97.96, 97.86 at 0.75, 97.82 at 0.8), precision 97.6 -> 98.1 from 0.5 to
  // 0.8; at 0.75 the model retrained on the new writers took a word in capitals in quotes ("SELMA" 0.76) and a product
  // code in a column of codes ("FV" 0.79), which earlier rounds' tests forbid; 0.8 kept both out for three names of 4 660.
  threshold: Number(env.THRESHOLD ?? 0.8), rulesAware: env.RULES_AWARE !== '0',
  // How much one word of each source counts: real text more than generated.
  weights: { generated: Number(env.GEN_WEIGHT ?? 1), dev: 1, real: Number(env.REAL_WEIGHT ?? 6) },
};
const started = Date.now();

const dataDir = new URL('../detect/data/', import.meta.url);
const trainDir = new URL('train/', dataDir);
const files = readdirSync(trainDir).filter((f) => f.endsWith('.jsonl')).sort();
const docs = [];
const realDocs = [];
const generated = (seed) => generateNameDocs(seed, OPTIONS.generated).map((d) => ({ ...d, source: 'generated' }));
for (const d of generated(OPTIONS.seed)) docs.push(d);
for (const f of files) {
  for (const line of readFileSync(new URL(f, trainDir), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    const doc = { id: d.id, text: d.text, entities: d.entities, source: f === 'dev.jsonl' ? 'dev' : 'real', file: f };
    docs.push(doc);
    realDocs.push(doc);
  }
}

/**
 * Name recall and precision on `ds`, counted as the corpus scorer counts them (90 % / 50 % of letters): with the whole
 * engine (a gold name is found when findings of any type cover it; a name finding inside a neutral span is not counted),
 * so a threshold is chosen on what a user gets, not on the name pass alone.
 */
function score(ds) {
  let gold = 0, found = 0, finds = 0, correct = 0;
  const misses = [];
  const falses = [];
  for (const d of ds) {
    const all = scan(d.text);
    const cov = spanMask(d.text.length, all);
    const inGold = spanMask(d.text.length, d.entities.filter((e) => e.type !== 'neutral'));
    const inGoldOrNeutral = spanMask(d.text.length, d.entities);
    for (const e of d.entities) {
      if (e.type !== 'name') continue;
      gold++;
      const [a, c] = letterShare(d.text, e.start, e.end, cov);
      if (a > 0 && c / a >= FOUND_SHARE) found++; else misses.push(d.text.slice(e.start, e.end));
    }
    for (const f of all) {
      if (f.type !== 'name') continue;
      const [a, c] = letterShare(d.text, f.start, f.end, inGold);
      const [, n] = letterShare(d.text, f.start, f.end, inGoldOrNeutral);
      if (a > 0 && c / a < RIGHT_SHARE && n / a >= RIGHT_SHARE) continue;
      finds++;
      if (a > 0 && c / a >= RIGHT_SHARE) correct++; else falses.push(d.text.slice(f.start, f.end));
    }
  }
  return { gold, hit: found, found: finds, correct, misses, falses };
}

// The contextual model alone, word by word, on the words the rules leave open in held-out documents (as
// sweep-name-model.ts --tokens): more sensitive than the engine's figures, where the rules find almost every name.
const tokenPos = [];
const tokenNeg = [];
function tokenScores(ds, m) {
  let current;
  nameModel.collect = (text, tokens, covered, known, initials) => {
    const gold = spanMask(text.length, current.entities.filter((e) => e.type === 'name'));
    const info = { known: new Set(known), initials: new Set(initials) };
    for (let k = 0; k < tokens.length; k++) {
      if (!contextCandidate(text, tokens, k, covered)) continue;
      const t = tokens[k];
      let inside = 0;
      for (let i = t.start; i < t.end; i++) inside += gold[i];
      const p = 1 / (1 + Math.exp(-contextLogOdds(m, text, tokens, k, covered, info).z));
      (inside * 2 >= t.end - t.start ? tokenPos : tokenNeg).push(p);
    }
  };
  try { for (const d of ds) { current = d; nameDetector.detect(d.text); } } finally { nameModel.collect = undefined; }
}

const toFile = (m, training) => contextModelFile(m, OPTIONS, training);

if (validate) {
  // Document-level cross-validation (FOLDS, default 3): the real documents of one fold (by a hash of the id) and a
  // share of the generated ones are held back, the model is trained on the rest as shipped (the mean over the seeds,
  // each seed on its own generated documents less the held-back share; CV_SEEDS=1 for the first seed alone, quicker),
  // and every real document is scored once with the whole engine, at each threshold. Round 11: F2 per threshold, and
  // pooled over the real files, to choose the threshold recall-first (DETECT.md).
  // FOLDS=writer (round 16): leave one writer out instead; each fold holds back every file of one writer (the files of one
  // set, "dev2-messy" and "dev2-real", count as one writer, as do the corpus's odd halves), trains on the other writers
  // and all the generated documents, and scores the held-back writer: whether the model transfers to a writer it never saw.
  // Every other file is a writer of its own by its name: dev16a, ..., train18a, train18b, train18c (round 18), blind18a, ...,
  // blind18p (round 20): sixteen writers.
  const writerOf = (f) => (f === 'dev.jsonl' ? 'dev' : f.startsWith('dev-') ? 'dev1' : f.replace(/(?:-messy|-real)?(?:-odd)?\.jsonl$/, ''));
  const writers = [...new Set(files.map(writerOf))];
  const byWriter = process.env.FOLDS === 'writer';
  const only = process.env.ONLY_WRITERS ? process.env.ONLY_WRITERS.split(',') : writers;
  const folds = byWriter ? writers.length : Number(process.env.FOLDS ?? 3);
  const thresholds = (process.env.THRESHOLDS ?? '0.5,0.6,0.65,0.7,0.75,0.8,0.85,0.9,0.95').split(',').map(Number);
  const cvSeeds = process.env.CV_SEEDS === '1' ? [OPTIONS.seed] : OPTIONS.seeds;
  const totals = {};
  const shows = {};
  for (let fold = 0; fold < folds; fold++) {
    if (byWriter && !only.includes(writers[fold])) continue;
    const held = byWriter ? (d) => d.file !== undefined && writerOf(d.file) === writers[fold] : (d) => wordHash(d.id) % folds === fold;
    // TRAIN_WITHOUT=w1,w2: also leaves these writers out of training (to see what their text adds to the others).
    const without = (process.env.TRAIN_WITHOUT ?? '').split(',');
    const trainReal = realDocs.filter((d) => !held(d) && !without.includes(writerOf(d.file)));
    const docsFor = (seed) => [...generated(seed).filter((d) => !held(d)), ...trainReal];
    const m = cvSeeds.length === 1 ? fitContext(docsFor(cvSeeds[0]), OPTIONS) : fitContextAveraged(docsFor, cvSeeds, OPTIONS);
    const model = decodeContextModel(toFile(m, {}));
    useContextModel(model);
    console.log(`fold ${fold}${byWriter ? ` (${writers[fold]} held out)` : ''}: trained on ${m.examples} words (${m.positives} in names), ${Math.round((Date.now() - started) / 1000)} s`);
    tokenScores(realDocs.filter(held), model);
    const groups = {};
    for (const d of realDocs.filter(held)) (groups[d.file] ??= []).push(d);
    if (!byWriter) (groups.generated = generated(OPTIONS.seed).filter(held).slice(0, 300));
    for (const [g, ds] of Object.entries(groups)) {
      const row = (totals[g] ??= { docs: 0, gold: 0, off: [0, 0, 0], on: thresholds.map(() => [0, 0, 0]) });
      nameModel.context = false;
      const off = score(ds);
      row.docs += ds.length; row.gold += off.gold;
      row.off[0] += off.hit; row.off[1] += off.found; row.off[2] += off.correct;
      nameModel.context = true;
      thresholds.forEach((th, i) => {
        model.threshold = th;
        const on = score(ds);
        row.on[i][0] += on.hit; row.on[i][1] += on.found; row.on[i][2] += on.correct;
        if (th === OPTIONS.threshold) {
          const offFalse = new Set(off.falses);
          const sh = (shows[g] ??= { misses: [], falses: [] });
          sh.misses.push(...on.misses);
          sh.falses.push(...on.falses.filter((x) => !offFalse.has(x)));
        }
      });
    }
  }
  console.log(`open words of the held-out real documents: ${tokenPos.length} in names, ${tokenNeg.length} not; AUC ${auc(tokenPos, tokenNeg).toFixed(4)}; ` +
    thresholds.map((t) => `≥${t}: ${tokenPos.filter((x) => x >= t).length} / ${tokenNeg.filter((x) => x >= t).length}`).join('  '));
  const pc = (a, b) => (100 * a / Math.max(1, b)).toFixed(1);
  const f2 = (hit, gold, found, correct) => {
    const r = hit / Math.max(1, gold);
    const p = correct / Math.max(1, found);
    return r && p ? (100 * 5 * p * r / (4 * p + r)).toFixed(1) : '0.0';
  };
  const pooled = { docs: 0, gold: 0, off: [0, 0, 0], on: thresholds.map(() => [0, 0, 0]) };
  for (const [g, r] of Object.entries(totals)) {
    if (g !== 'generated') {
      pooled.docs += r.docs; pooled.gold += r.gold;
      r.off.forEach((v, i) => { pooled.off[i] += v; });
      r.on.forEach((x, t) => x.forEach((v, i) => { pooled.on[t][i] += v; }));
    }
  }
  for (const [g, r] of [...Object.entries(totals), ['real files pooled', pooled]]) {
    console.log(`${g.padEnd(22)} ${String(r.docs).padStart(4)} docs ${String(r.gold).padStart(5)} names  rules: ${pc(r.off[0], r.gold)} / ${pc(r.off[2], r.off[1])} F2 ${f2(r.off[0], r.gold, r.off[1], r.off[2])}`);
    for (let i = 0; i < thresholds.length; i++) {
      const [h, f, c] = r.on[i];
      console.log(`   t=${thresholds[i]}: recall ${pc(h, r.gold)} precision ${pc(c, f)} F2 ${f2(h, r.gold, f, c)} (found ${f}, false ${f - c}, missed ${r.gold - h})`);
    }
    if (process.argv.includes('--show') && g !== 'generated' && shows[g]) {
      console.log('   still missed:', shows[g].misses.slice(0, 30).join(' | '));
      console.log('   new false:', shows[g].falses.slice(0, 30).join(' | '));
    }
  }
} else {
  const m = fitContextAveraged((seed) => (seed === OPTIONS.seed ? docs : [...generated(seed), ...realDocs]), OPTIONS.seeds, OPTIONS);
  const file = toFile(m, {
    seeds: OPTIONS.seeds, bits: OPTIONS.bits, epochs: OPTIONS.epochs, generatedDocuments: OPTIONS.generated, files,
    words: m.examples, wordsInNames: m.positives,
  });
  console.log(JSON.stringify(file.training));
  console.log(`trained in ${Math.round((Date.now() - started) / 1000)} s`);
  if (!dry) {
    writeFileSync(outFile ?? new URL('name-context-model.json', dataDir), JSON.stringify(file) + '\n');
    console.log(`wrote ${outFile ?? 'src/detect/data/name-context-model.json'} (${Math.round(JSON.stringify(file).length / 1024)} kB)`);
  }
}
