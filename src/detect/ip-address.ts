// IP addresses (IPv4 dotted quads, and full IPv6): an IP address can identify a person (EU-domstolen C-582/14 Breyer).
import type { Detector, Finding } from './types.ts';
import { before } from './context.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`${OCTET}(?:\\.${OCTET}){3}(?!\\d|\\.\\d)`, 'g');
// Full eight-group IPv6 or one with a "::"; hex groups of 1-4. Bounded repetitions keep it linear.
const IPV6 = /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])/g;

export const ipAddressDetector: Detector = {
  name: 'ip_address',
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    if (text.indexOf('.') >= 0) {
      IPV4.lastIndex = 0;
      for (let m = IPV4.exec(text); m; m = IPV4.exec(text)) {
        if (m.index > 0 && /[\d.]/.test(text[m.index - 1]!)) { IPV4.lastIndex = m.index + 1; continue; }
        // "version 1.2.3.4", "avsnitt 2.1.3.4": numbering, not an address.
        if (/(?:version|ver\.|v\.?|avsnitt|punkt|kapitel|kap\.|bilaga|release|build)\s*$/.test(before(text, m.index, 12))) continue;
        // "app=minasidor/4.12.0.255" is a version after a name and a slash; "10.0.0.0/8" is a network range.
        if (/[\p{L}\d_-]\/$/u.test(before(text, m.index, 2)) || /^\/\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
        out.push({ type: 'ip_address', start: m.index, end: m.index + m[0].length, score: 0.9,
          explanation: 'IP-adress (IPv4): fyra tal 0–255 med punkter' });
      }
    }
    if (text.indexOf('::') >= 0 || /[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:/.test(text)) {
      IPV6.lastIndex = 0;
      for (let m = IPV6.exec(text); m; m = IPV6.exec(text)) {
        if (!/[a-fA-F]|::/.test(m[0]) && m[0].split(':').length < 8) continue;
        out.push({ type: 'ip_address', start: m.index, end: m.index + m[0].length, score: 0.85,
          explanation: 'IP-adress (IPv6)' });
      }
    }
    return out;
  },
};
