// Words that signal sensitive circumstances (health, social services, protected identity, crime): information for the
// reviewer, not personal data in itself. They point at provisions worth weighing: OSL 21:1, 21:3, 25:1, 26:1, 35 kap.
import type { Detector, Finding } from './types.ts';

interface Area {
  label: string;
  provisions: string;
  stems: string[];
}

// Word stems matched at a word start, in lower case; the rest of the word may follow (sjukskriven, sjukskrivning).
const areas: Area[] = [
  {
    label: 'hälsa',
    provisions: 'OSL 21:1, 25:1',
    stems: ['sjukskriv', 'sjukdom', 'diagnos', 'läkarintyg', 'sjukhus', 'vårdcentral', 'psykiatri', 'depression', 'cancer', 'funktionsnedsättning', 'funktionshinder', 'graviditet', 'missfall', 'rehabilitering', 'handikapp', 'medicinering', 'läkemedel', 'demens', 'hemsjukvård', 'dialys', 'andningsmaskin', 'livsuppehållande'],
  },
  {
    label: 'socialtjänst',
    provisions: 'OSL 26:1',
    stems: ['socialtjänst', 'socialsekreterare', 'försörjningsstöd', 'ekonomiskt bistånd', 'orosanmälan', 'lvu', 'lvm', 'missbruk', 'beroende', 'skuldsanering', 'hemtjänst', 'god man', 'förvaltare', 'barnavård', 'familjehem', 'skyddat boende', 'kronofogde', 'betalningsföreläggande', 'avstängning på grund av skuld'],
  },
  {
    label: 'skyddad identitet eller hot',
    provisions: 'OSL 21:3',
    stems: ['skyddad identitet', 'skyddade personuppgifter', 'sekretessmarkering', 'kvarskrivning', 'kontaktförbud', 'hot och våld', 'våld i nära relation', 'trakasser'],
  },
  {
    label: 'brott',
    provisions: 'OSL 35 kap.',
    stems: ['polisanmäl', 'brottsmisstanke', 'misstänkt för', 'dömd', 'straffregister', 'åtal'],
  },
];

// One alternation over all stems (longest first so "ekonomiskt bistånd" wins over shorter overlaps).
const index = new Map<string, Area>();
for (const a of areas) for (const s of a.stems) index.set(s, a);
const escaped = [...index.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
// Run over a lower-cased copy with a plain (non-Unicode, case-sensitive) pattern: V8 matches a literal
// alternation like that several times faster than with the i and u flags. toLowerCase keeps the
// length of Swedish text, so offsets carry over; texts where it would not are scanned as they are.
const LETTER = 'a-zåäöéèüæøáíóúñç';
const pattern = new RegExp(`(?<![${LETTER}0-9])(?:${escaped.join('|')})[${LETTER}]*`, 'g');

export const sensitiveDetector: Detector = {
  name: 'sensitive_context',
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    const lower = text.toLowerCase();
    const haystack = lower.length === text.length ? lower : text;
    for (const m of haystack.matchAll(pattern)) {
      const word = m[0].toLowerCase().replace(/\s+/g, ' ');
      let area: Area | undefined;
      for (const [stem, a] of index) if (word.startsWith(stem)) { area = a; break; }
      if (!area) continue;
      out.push({
        type: 'sensitive_context',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.2,
        explanation: `Ord som kan tyda på känsliga uppgifter (${area.label}). Inte en personuppgift i sig – pröva om ${area.provisions} är tillämplig på uppgifterna runt omkring.`,
      });
    }
    return out;
  },
};
