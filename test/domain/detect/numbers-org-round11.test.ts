// Round 11 of issue 15: an organisation's own numbers (its switchboard, customer service, fault line and fax, its giro
// in a letterhead, footer, signature or payment instruction) are no personal data; a person's number beside them is.
// Invented text and digits; each class failed before its change.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import type { FindingType } from '../../../src/detect/types.ts';

const found = (text: string, type: FindingType): string[] =>
  scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe("an organisation's service numbers", () => {
  it('leaves a number labelled as switchboard, customer service, fault report, reception or fax and keeps a direct line and mobile', () => {
    const sig = 'Med vänliga hälsningar\n\nKarin Sjöholm\nHandläggare\nÖsterby kommun\nDirekt: 0471-382 15\nMobil: 073-418 22 90\n' +
      'Växel: 0471-380 00\nFax: 0471-382 99\nFelanmälan dygnet runt: 0471-380 60\nKundtjänst 0471-381 00';
    expect(found(sig, 'phone')).toEqual(['0471-382 15', '073-418 22 90']);
    expect(found('Ring vår reception på 031-660 20 00 eller mig direkt på 070-552 41 08.', 'phone')).toEqual(['070-552 41 08']);
    expect(found('Telefon 026-17 80 00 (vxl), e-post info@example.se', 'phone')).toEqual([]);
    expect(found('Hon nås via växeln 054-540 00 00 men helst på 076-120 33 45.', 'phone')).toEqual(['076-120 33 45']);
  });
  it('leaves a nationwide service number (020, 0771, 0900) whatever its label', () => {
    expect(found('Frågor? Ring 020-44 55 66 eller 0771-23 23 23, vardagar 8–17.', 'phone')).toEqual([]);
    expect(found('Frågor? Ring mig på 0709-44 55 66.', 'phone')).toEqual(['0709-44 55 66']);
  });
  it('leaves a generic telephone number on a footer line that names an organisation number, but not a mobile there', () => {
    expect(found('Åsby Värme AB | Tel 0530-71 20 00 | Org.nr 556234-8810 | Bankgiro 5040-2210', 'phone')).toEqual([]);
    expect(found('Per Ek | Mobil 070-771 20 31 | Åsby Värme AB | Org.nr 556234-8810', 'phone')).toEqual(['070-771 20 31']);
  });
  it("keeps a person's number after a firm's organisation number in prose, and an on-call mobile in a rota", () => {
    expect(found('Entreprenör: Bergslagens Rör AB, org.nr 556771-2034, kontaktperson Nils Öhman, tel 0581-122 40', 'phone')).toEqual(['0581-122 40']);
    expect(found('Lars Holm        Drift      0581-340 12   jour: 070-211 45 98', 'phone')).toEqual(['0581-340 12', '070-211 45 98']);
    expect(found('Växel 070-211 45 98', 'phone')).toEqual(['070-211 45 98']);
    expect(found('Nås via växeln 0381-120 00, anknytning 217.', 'phone')).toEqual(['0381-120 00']);
  });
});
