// Swedish telephone numbers: 0 + area code + subscriber number, or +46 / 0046, in the usual groupings.
// The numbering plan (PTS): national significant number of 7-9 digits; mobile numbers 07x with 9.
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';

// Each iteration of (?:[ -]?\d) consumes one digit, so there is one way to read a run: linear.
// A separator may be a spaced dash ("073 – 410 – 22 – 08"), never a spaced slash ("… / 072-…" are two numbers).
const NATIONAL = /(?:(?:\+|00)46[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(?0)[1-9]\d{0,3}\)?(?:(?:[ \u00a0]?[\-–][ \u00a0]?|[ \u00a0/])?\d){4,9}(?![\d]|[.,]\d|-\d)/g;
// Foreign numbers: "+358 44 271 6093", "+90 532 418 07 66", "0044 7700 418 233" (ITU-T E.164: at most 15 digits).
const FOREIGN = /(?:\+|00)(?!46)[1-9]\d{0,2}(?:[ \u00a0\-–.]?\(?\d\)?){6,12}(?![\d]|[.,]\d)/g;
// The SMS-gateway form of a Swedish mobile number: 46 7X and eight digits, no plus.
const GATEWAY = /(?<!\d)467[02369]\d{7}(?!\d)/g;
// An extension or short number right after a telephone word: "Tel: 18151", "tfn 123 45".
const AFTER_WORD = /(?<![\p{L}])(?:tel|telefon|tfn|mobil|mobiltelefon|mob|direkt|direktnummer|växel|ankn|anknytning|sms)\.?:?[ \u00a0]*(?:nr\.?[ \u00a0]*)?(\d(?:[ \u00a0\-]?\d){3,11})(?![\d])/giu;

const NEG = /bankgiro|plusgiro|bg|pg|konto|clearing|faktura|ocr|org\.?nr|organisationsnummer|dnr|diarie|kundn|personnummer|pnr|samordn/;
const POS = /tel|tfn|mobil|ring|nås|sms|telefon|växel|fax/;

export const phoneDetector: Detector = {
  name: 'phone',
  readsNumbers: true,
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    NATIONAL.lastIndex = 0;
    for (let m = NATIONAL.exec(text); m; m = NATIONAL.exec(text)) {
      // Checked by hand rather than as a look-behind so V8 can skip to candidate starts quickly.
      if (m.index > 0 && /[\w+\-–.,:]/.test(text[m.index - 1]!)) { NATIONAL.lastIndex = m.index + 1; continue; }
      const raw = m[0];
      let digits = raw.replace(/\D/g, '');
      const international = raw.startsWith('+') || raw.startsWith('00');
      if (international) digits = '0' + digits.slice(raw.startsWith('+') ? 2 : 4).replace(/^0/, '');
      const n = digits.length; // including the leading 0
      if (n < 8 || n > 10) continue;
      if (digits.startsWith('07') && n !== 10) continue;
      const ctx = before(text, m.index, 30);
      const positive = POS.test(ctx);
      if (!positive && NEG.test(ctx)) continue;
      // A bare run of ten digits is as likely a personnummer or reference number: it needs context or a mobile prefix.
      if (!international && /^\d+$/.test(raw) && !positive && !/^07[02369]/.test(raw)) continue;
      out.push({ type: 'phone', start: m.index, end: m.index + raw.length, score: positive ? 0.9 : 0.8,
        explanation: `Telefonnummer: ${international ? 'landsnummer +46' : 'riktnummer'} och ${n - 1} siffror${positive ? ', sammanhangsord' : ''}` });
    }
    if (text.indexOf('+') >= 0 || text.indexOf('00') >= 0) {
      FOREIGN.lastIndex = 0;
      for (let m = FOREIGN.exec(text); m; m = FOREIGN.exec(text)) {
        if (m.index > 0 && /[\w+\-–.,:/]/.test(text[m.index - 1]!)) continue;
        if (m[0].startsWith('00') && !POS.test(before(text, m.index, 30))) continue;
        const digits = m[0].replace(/\D/g, '').length;
        if (digits < 8 || digits > 15) continue;
        out.push({ type: 'phone', start: m.index, end: m.index + m[0].length, score: 0.9,
          explanation: 'Telefonnummer med utländskt landsnummer (+ och 8–15 siffror)' });
      }
    }
    GATEWAY.lastIndex = 0;
    for (let m = GATEWAY.exec(text); m; m = GATEWAY.exec(text)) {
      out.push({ type: 'phone', start: m.index, end: m.index + m[0].length, score: 0.8,
        explanation: 'Mobilnummer i SMS-tjänstens form: 46 och 7X utan plustecken' });
    }
    if (/tel|tfn|mob|direkt|växel|ankn|sms/i.test(text)) {
      AFTER_WORD.lastIndex = 0;
      for (let m = AFTER_WORD.exec(text); m; m = AFTER_WORD.exec(text)) {
        const num = m[1]!;
        const start = m.index + m[0].length - num.length;
        out.push({ type: 'phone', start, end: start + num.length, score: 0.7,
          explanation: 'Telefonnummer eller anknytning direkt efter ordet "tel"' });
      }
    }
    return out;
  },
};
