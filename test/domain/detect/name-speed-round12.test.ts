// Speed work on the name passes, round 12 (issue 15): helpers rewritten to read the text in place must answer as the
// regular expressions they replace did. Every example is invented.
import { describe, expect, it } from 'vitest';
import { initialsOfNames } from '../../../src/detect/short-forms.ts';
import type { Finding } from '../../../src/detect/types.ts';

const NAME_PART = /\p{Lu}[\p{L}'’]*/gu;
const PARTICLE = /^(?:von|af|de|van|der|den|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|zu|dos|das|do|och)$/;
/** The regular-expression reading that initialsOfNames had before round 12, as the reference. */
function reference(text: string, out: readonly Finding[]): Set<string> {
  const r = new Set<string>();
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start < 4 || f.end - f.start > 60) continue;
    const v = text.slice(f.start, f.end);
    if (v.indexOf(' ') < 0 && v.indexOf('-') < 0) continue;
    const comma = v.indexOf(',');
    const parts = comma > 0 ? [v.slice(comma + 1), v.slice(0, comma)] : [v];
    const letters: string[] = [];
    for (const p of parts) {
      for (const w of p.split(/[ \u00a0]+/)) {
        if (w === '' || PARTICLE.test(w)) continue;
        NAME_PART.lastIndex = 0;
        for (let m = NAME_PART.exec(w); m; m = NAME_PART.exec(w)) letters.push(m[0].charAt(0));
      }
    }
    if (letters.length < 2 || letters.length > 4) continue;
    r.add(letters.join(''));
    if (letters.length >= 3) r.add(letters[0]! + letters[letters.length - 1]!);
  }
  return r;
}
const name = (text: string, start = 0, end = text.length): Finding => ({ type: 'name', start, end, score: 1, explanation: '' });

describe('initialsOfNames reads a name in place as the regular expressions did', () => {
  it('gives the initials of names of many shapes', () => {
    const names = ['Mats Berg Carlsson', 'Per-Åke Nilsson', 'Holm, Nils', 'HOLMGREN, ANNA-KARIN', 'Ines von Ekdahl', 'Seán O\'Rourke',
      'Lars G Holmér', 'Lars G. Holmér', 'Kajsa\u00a0Ström', 'Anna\nBerg', 'Ola McLean', 'Éva D’Arcy', 'Björn Ek, Stina Ek', 'Åsa Östlund-Ärlig',
      'Ωmega Ångström', 'ǅemal Beg', 'Ab Cd Ef Gh Ij', 'Zi', 'Nils', 'Li 𝐀ng', 'Tran Van Long'];
    for (const v of names) expect([...initialsOfNames(v, [name(v)])], v).toEqual([...reference(v, [name(v)])]);
    expect([...initialsOfNames('Mats Berg Carlsson', [name('Mats Berg Carlsson')])]).toEqual(['MBC', 'MC']);
    expect([...initialsOfNames('Holm, Nils', [name('Holm, Nils')])]).toEqual(['NH']);
  });

  it('agrees with the reference on random strings of letters, marks and separators', () => {
    const alphabet = ['A', 'b', 'Å', 'ö', 'É', 'é', ' ', ' ', '\u00a0', ',', '-', '\'', '’', '.', '\n', 'Ω', 'ω', '中', '𝐀', 'ǅ', 'ª', '×', '1', 'von '];
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 4 + rnd(30);
      for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
      const out = [name(s, 1, s.length - 1), name(s)];
      expect([...initialsOfNames(s, out)], JSON.stringify(s)).toEqual([...reference(s, out)]);
    }
  });
});
