// IP addresses (IPv4 dotted quads, and full IPv6): an IP address can identify a person (EU-domstolen C-582/14 Breyer).
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';
import { codeAt, numberPass } from './numbers.ts';

// Both patterns are tried (sticky) only at runs of digits from the shared number pass that a dot or colon follows.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`${OCTET}(?:\\.${OCTET}){3}(?!\\d|\\.\\d)`, 'y');
// Full eight-group IPv6 or one with a "::"; hex groups of 1-4. Bounded repetitions keep it linear.
const IPV6 = /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])/y;
const NETMASK = /^255\.(?:0|128|192|224|240|248|252|254|255)\.(?:0|128|192|224|240|248|252|254|255)\.(?:0|128|192|224|240|248|252|254|255)$/;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export const ipAddressDetector: Detector = {
  name: 'ip_address',
  readsNumbers: true,
  detect(input: string): Finding[] {
    const out: Finding[] = [];
    const { view: text, starts, ends, count } = numberPass(input);
    let next4 = 0;
    let next6 = 0;
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      const after = codeAt(text, e);
      if (after === 46 && e - s <= 3 && s >= next4) {
        const prev = codeAt(text, s - 1);
        IPV4.lastIndex = s;
        const m = prev === 46 ? null : IPV4.exec(text);
        if (m) {
          next4 = s + m[0].length;
          // "version 1.2.3.4", "avsnitt 2.1.3.4": numbering, not an address.
          // "firmware 3.1.0.12", "app 4.2.0.1": a program's version.
          if (/(?:version|ver\.|v\.?|avsnitt|punkt|kapitel|kap\.|bilaga|release|build|firmware|fw|mjukvara|programvara|app|klient|client|drivrutin|driver)[\s:]*$/.test(before(text, s, 14))) continue;
          // A netmask ("255.255.255.0") or one named as a mask: a network's setting, not a device's address.
          if (NETMASK.test(m[0]) || /mask\S*[\s:]*$/.test(before(text, s, 16))) continue;
          // "app=minasidor/4.12.0.255" is a version after a name and a slash; "10.0.0.0/8" is a network range.
          if (/[\p{L}\d_-]\/$/u.test(before(text, s, 2)) || /^\/\d/.test(text.slice(next4, next4 + 2))) continue;
          out.push({ type: 'ip_address', start: s, end: next4, score: 0.9,
            explanation: 'IP-adress (IPv4): fyra tal 0–255 med punkter' });
          continue;
        }
      }
      // IPv6: a group (digits, perhaps hex letters after them) that a colon follows; the address starts where the run
      // of hex digits and colons before it starts.
      let h = e;
      while (h < text.length && h - s < 4 && isHex(text.charCodeAt(h))) h++;
      if (text.charCodeAt(h) !== 58 || !(isHex(codeAt(text, h + 1)) || codeAt(text, h + 1) === 58)) continue;
      let a = s;
      while (a > 0 && s - a < 40 && (isHex(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 58)) a--;
      if (a < next6) continue;
      IPV6.lastIndex = a;
      const m = IPV6.exec(text);
      next6 = m ? a + m[0].length : s + 1;
      if (!m || (!/[a-fA-F]|::/.test(m[0]) && m[0].split(':').length < 8)) continue;
      out.push({ type: 'ip_address', start: a, end: next6, score: 0.85, explanation: 'IP-adress (IPv6)' });
    }
    return out;
  },
};
