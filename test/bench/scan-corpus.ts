// The generated corpus of `npm run bench:scan` (and of the test that the pooled CLI gives the engine's output):
// letters, minutes, e-mail threads, CSV tables, registers, PDF tables flattened to one cell per line, OCR'd letters
// and field reports, built from the detector's general name lists, the Swedish dictionary and invented streets.
// Never copied from the dev sets (issue 15). Deterministic: the same seed gives the same documents.
//
// Real text has a large vocabulary: the name pass classifies every capitalised word once per spelling, so a corpus
// of a few fixed sentences is scanned faster than real text (the issue measured 6.6 MB/s on real text when an earlier
// corpus said 24). Sentences here therefore carry words drawn from the whole dictionary, some inflected and some
// capitalised at the start of a sentence or heading.
import { readFileSync } from 'node:fs';

// A small deterministic generator (mulberry32), so every run scans the same text.
let seed = 42;
const rnd = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// Names drawn from the detector's own general lists (many origins), so the bench does not favour a hand-picked few.
const list = (f: string): string[] =>
  readFileSync(new URL(`../../src/detect/data/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const FIRST = list('first-names.txt').filter((_, i) => i % 7 === 0);
const LAST = list('surnames.txt').filter((_, i) => i % 7 === 0);
const WORDS = list('sv-words.txt').filter((w) => /^[a-zåäöé]{3,}$/.test(w));
/** A dictionary word, sometimes inflected. */
const word = (): string => pick(WORDS) + pick(['', '', '', 'en', 'et', 'er', 'ar', 'erna', 'arna', 's', 't', 'a', 'de', 'ade']);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const STREETS = ['Storgatan', 'Kyrkogatan', 'Björkvägen', 'Skolvägen', 'Östra Långgatan', 'Tallstigen', 'Ringvägen', 'Åsgränd'];
const TOWNS = ['Strängnäs', 'Mariefred', 'Eskilstuna', 'Katrineholm', 'Nyköping', 'Flen', 'Torshälla', 'Malmköping'];
const BLOCKS = ['Ugglan', 'Tornet', 'Kvarnen', 'Björken', 'Lärkan', 'Eken', 'Hästen', 'Rosen'];

const name = (): string => `${pick(FIRST)} ${pick(LAST)}`;
const date = (): string => `20${int(18, 26)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
function pnr(): string {
  const body = `${pad(int(30, 99))}${pad(int(1, 12))}${pad(int(1, 28))}${digits(3)}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) { let d = Number(body[i]) * (i % 2 ? 1 : 2); if (d > 9) d -= 9; sum += d; }
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}
const phone = (): string => pick([`070-${digits(3)} ${digits(2)} ${digits(2)}`, `0152-${digits(3)} ${digits(2)}`, `+46 73 ${digits(3)} ${digits(2)} ${digits(2)}`]);
const street = (): string => `${pick(STREETS)} ${int(1, 120)}${rnd() < 0.2 ? ' B' : ''}`;
const postcode = (): string => `${int(600, 649)} ${digits(2)}`;
const meter = (): string => `735999${digits(12)}`;
const amount = (): string => `${int(1, 99)} ${digits(3)},${digits(2)} kr`;
const dnr = (): string => `Dnr ${pick(['KS', 'SN', 'BN', 'MV'])} ${int(2018, 2026)}/${int(1, 999)}`;

const PROSE = [
  () => `Vi har tagit emot er skrivelse den ${date()} angående fakturan för ${pick(['fjärrvärme', 'vatten och avlopp', 'avfallshämtning', 'elnät'])}.`,
  () => `Enligt våra uppgifter är förbrukningen under perioden ${int(1200, 45000)} kWh, vilket motsvarar ett belopp om ${amount()}.`,
  () => `Ärendet har handlagts av ${name()} och beslutet har fattats med stöd av delegation enligt nämndens delegationsordning.`,
  () => `Handlingen lämnas ut med undantag för uppgifter som omfattas av sekretess enligt 21 kap. 7 § offentlighets- och sekretesslagen.`,
  () => `Kunden ${name()}, personnummer ${pnr()}, har begärt att avtalet ska sägas upp från och med ${date()}.`,
  () => `Om ni har frågor är ni välkomna att kontakta kundservice på ${phone()} vardagar mellan kl. 08.00 och 16.30.`,
  () => `Fastigheten ${pick(TOWNS)} ${pick(BLOCKS)} ${int(1, 30)}:${int(1, 200)} ansluts till det kommunala nätet under ${pick(['våren', 'hösten'])} ${int(2024, 2027)}.`,
  () => `Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från den dag ni fick del av beslutet.`,
  () => `Mätaren med anläggnings-ID ${meter()} byttes ut av vår tekniker, och slutavläsningen skickades till ${pick(LAST).toLowerCase()}@example.se.`,
  () => `Nämnden beslutar att godkänna redovisningen och lägga den till handlingarna.`,
  () => `Hyresgästen på ${street()}, lgh ${int(1001, 1304)}, anmälde vattenläckan till fastighetsskötaren samma kväll.`,
  () => `Betalningen ska göras till bankgiro 5050-1055 senast ${date()}; ange fakturanummer ${digits(9)} som referens.`,
  () => `Socialsekreteraren ${pick(LAST)} träffade familjen i hemmet och bedömde att ytterligare stöd behövs.`,
  () => `Protokollet justerades av ordföranden och ${name()} utan anmärkning.`,
  () => `Det fanns inga synpunkter på förslaget från de remissinstanser som har yttrat sig.`,
  () => `${cap(word())} ${pick(['har', 'ska', 'kan', 'måste'])} ${pick(['utredas', 'bedömas', 'redovisas', 'kontrolleras'])} innan ${word()} och ${word()} ${pick(['lämnas', 'behandlas', 'prövas'])}.`,
  () => `Enligt ${word()} från ${date()} framgår att ${word()}, ${word()} och ${word()} inte har ${pick(['redovisats', 'åtgärdats', 'betalats'])}.`,
  () => `${cap(word())} och ${word()} i ${pick(TOWNS)} ${pick(['diskuterades', 'togs upp', 'nämndes'])} av ${pick(['ledamöterna', 'förvaltningen', 'kunden', 'teknikern'])}, som ${pick(['ansåg', 'menade', 'påpekade'])} att ${word()} ${pick(['behövs', 'saknas', 'är oklar'])}.`,
  () => `${cap(word())}: ${word()}, ${word()} (${int(2, 400)} st), ${word()}.`,
];
const prose = (n: number): string => Array.from({ length: n }, () => pick(PROSE)()).join(' ');

function letter(): string {
  return `${name()}\n${street()}\n${postcode()} ${pick(TOWNS)}\n\n${date()}\n${dnr()}\n\nAngående ${pick(['er begäran om allmän handling', 'faktura', 'flyttanmälan', 'avbrott i leveransen'])}\n\n` +
    `${prose(int(3, 6))}\n\n${prose(int(2, 5))}\n\nMed vänliga hälsningar\n\n${name()}\nHandläggare\n${pick(LAST).toLowerCase()}@kommun.example.se\n`;
}
function minutes(): string {
  const members = Array.from({ length: int(5, 9) }, () => `${name()} (${pick(['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'])})`).join(', ');
  const items = Array.from({ length: int(3, 6) }, (_, i) => `§ ${int(10, 90) + i} ${pick(['Budgetuppföljning', 'Taxor 2026', 'Delegationsbeslut', 'Anmälan om bygglov'])}\n${dnr()}\n\n${prose(int(2, 4))}`).join('\n\n');
  return `SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum ${date()}\n\nBeslutande: ${members}\nSekreterare: ${name()}\n\n${items}\n\nJusteras\n${name()}        ${name()}\n`;
}
function table(): string {
  const rows = Array.from({ length: int(10, 30) }, (_, i) =>
    [i + 1, `${pick(LAST).toUpperCase()};${pick(FIRST).toUpperCase()}`, pnr(), street().toUpperCase(), postcode(), pick(TOWNS).toUpperCase(), meter(), int(1000, 60000)].join(';'));
  return `NR;EFTERNAMN;FÖRNAMN;PERSONNUMMER;ADRESS;POSTNR;ORT;ANLÄGGNINGS-ID;KWH\n${rows.join('\n')}\n`;
}
function thread(): string {
  const a = name();
  const b = name();
  return `Från: ${a} <${a.split(' ')[0]!.toLowerCase()}@example.com>\nSkickat: ${date()} ${pad(int(7, 22))}:${pad(int(0, 59))}\nTill: kundservice@example.se\nÄmne: SV: ${pick(['Faktura', 'Mätarbyte', 'Flytt'])}\n\n` +
    `Hej!\n\n${prose(int(1, 3))} Ni når mig på ${phone()}.\n\nHälsningar\n${a}\n\n> ${prose(2).replace(/\. /g, '.\n> ')}\n> Med vänlig hälsning\n> ${b}\n`;
}

/** A register printed as text: "SURNAME, Given name" first, often in capitals, columns padded with spaces. */
function register(): string {
  const rows = Array.from({ length: int(8, 25) }, () => {
    const last = pick(LAST);
    const first = rnd() < 0.3 ? `${pick(FIRST)}-${pick(FIRST)}` : pick(FIRST);
    const who = rnd() < 0.5 ? `${last.toUpperCase()}, ${first.toUpperCase()}` : `${last}, ${first}`;
    return `${who.padEnd(34)}${pnr()}   ${street().padEnd(22)}${postcode()} ${pick(TOWNS).padEnd(14)}${phone()}`;
  });
  return `KUNDREGISTER ${pick(['FJÄRRVÄRME', 'VATTEN', 'ELNÄT'])} – utdrag ${date()}\n\n${'Namn'.padEnd(34)}Personnr      Adress                Postadress\n${rows.join('\n')}\n`;
}
/** A PDF table flattened to text: one cell per line, names, streets and personnummer broken inside a cell. */
function pdfTable(): string {
  const cells: string[] = ['Kundnr', 'Namn', 'Adress', 'Personnr', 'Förbrukning'];
  for (let i = int(5, 15); i > 0; i--) {
    const n = name();
    const p = pnr();
    const s = street();
    cells.push(digits(6), rnd() < 0.3 ? n.replace(' ', '\n') : n, rnd() < 0.2 ? s.replace(/(\p{L}{5})(\p{L}{3,})/u, '$1-\n$2') : s,
      rnd() < 0.3 ? p.replace('-', '-\n') : p, `${int(100, 40000)} kWh`);
  }
  return `Sida ${int(1, 9)} av ${int(9, 20)}\n${prose(1)}\n${cells.join('\n')}\n${dnr()}\n`;
}
/** An OCR'd letter: 0 read as O and 1 as l inside numbers, "Igh" for "lgh", words hyphenated over line breaks. */
function ocr(): string {
  return letter()
    .replace(/\d+/g, (m) => (rnd() < 0.15 ? m.replace(/0/g, 'O').replace(/1/g, 'l') : m))
    .replace(/lgh/g, () => (rnd() < 0.5 ? 'Igh' : 'lgh'))
    .replace(/(\p{Ll}{4})(\p{Ll}{4,}) /gu, (m, a: string, b: string) => (rnd() < 0.08 ? `${a}-\n${b}\n` : m));
}
/** A field report: labelled lines, then free text. */
function report(): string {
  return `DRIFTRAPPORT ${digits(5)}\nDatum: ${date()}\nTekniker: ${name()}\nPlats: ${street()}, ${pick(TOWNS)}\nKontakt på plats: ${name()}, ${phone()}\n` +
    `Anläggning: ${meter()}\nFastighet: ${pick(TOWNS).toUpperCase()} ${pick(BLOCKS).toUpperCase()} ${int(1, 30)}:${int(1, 200)}\n\n${prose(int(2, 5))}\n`;
}

export type DocKind = 'letter' | 'minutes' | 'csv' | 'thread' | 'register' | 'pdf-table' | 'ocr' | 'report';
const KINDS: [DocKind, number, () => string][] = [
  ['letter', 0.22, letter], ['minutes', 0.12, minutes], ['csv', 0.1, table], ['thread', 0.18, thread],
  ['register', 0.08, register], ['pdf-table', 0.1, pdfTable], ['ocr', 0.1, ocr], ['report', 0.1, report],
];

/** Documents of every kind, at least `minBytes` of UTF-8 in all. */
export function corpusDocs(minBytes: number, startSeed = 42): { kind: DocKind; text: string }[] {
  seed = startSeed;
  const docs: { kind: DocKind; text: string }[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    let r = rnd();
    const [kind, , make] = KINDS.find(([, p]) => (r -= p) < 0) ?? KINDS[0]!;
    const text = make();
    docs.push({ kind, text });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

export const corpus = (minBytes: number, startSeed = 42): string[] => corpusDocs(minBytes, startSeed).map((d) => d.text);

