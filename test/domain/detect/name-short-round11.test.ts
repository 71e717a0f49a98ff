// The short forms of people in everyday documents, round 11 (det-short11): staff initials beside a date, initials that
// the document's own full names explain, a legend that explains initials which are also an abbreviation, login names,
// nicknames and children's given names (test/fixtures/name-probes-round11-short.txt). Invented examples, none taken from
// a dev set; every positive case failed before the change it tests, the negative cases (committee references, codes,
// abbreviations, system accounts) pass both before and after.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';

describe('staff initials beside a date, as a note\'s signature', () => {
  it('takes initials and a date in parentheses after a note\'s heading', () => {
    expect(names('Anteckning (TB 2025-03-11): kunden ringde om fakturan.')).toEqual(['TB']);
    expect(names('Uppdatering (LK 2026-01-14 09:12): leverantören har svarat.')).toEqual(['LK']);
    expect(names('Kommentar (RN, 2025-06-30): ärendet avslutas.')).toEqual(['RN']);
    expect(names('Telefonsamtal (ÅE 2025-02-03): grannen klagar igen.')).toEqual(['ÅE']);
  });
  it('takes initials and a date last on a line after a sentence', () => {
    expect(names('Avstämt med ekonomi, inget att erinra. MRB 2025-04-22\nKopia: akten')).toEqual(['MRB']);
    expect(names('Påminnelse skickad. HS 2024-11-05')).toEqual(['HS']);
  });
  it('takes initials after a date and before a dash', () => {
    expect(names('Noterat 3/4 EV – vidare till chef.')).toEqual(['EV']);
  });
  it('takes initials after "loggat av" or "kontrollerad av"', () => {
    expect(names('Dokumentet loggat av VT 2025-09-01 14:30.')).toEqual(['VT']);
    expect(names('Listan kontrollerad av OJ 2025-05-19.')).toEqual(['OJ']);
  });
  it('is no name for a committee\'s decision with its date and paragraph, or a code with a date', () => {
    expect(names('Beslutet fattades av kommunstyrelsen (KS 2025-03-12 § 45).')).toEqual([]);
    expect(names('Enligt beslut i KF 2024-06-10, § 88, höjs taxan.')).toEqual([]);
    expect(names('Taxan höjdes (KF 2024-06-10) med två procent.')).toEqual([]);
    expect(names('Priset gäller från 2025-07-01 (SEK 2025-07-01 enligt prislista).')).toEqual([]);
    expect(names('Vi öppnar igen måndag. OBS 2025-12-24 stängt.')).toEqual([]);
  });
});

describe('initials that a full name in the same document explains', () => {
  it('takes initials whose letters are those of a person named in the text', () => {
    expect(names('Närvarande: Hanna Lund, Yusuf Mahmoud.\nBeslut: HL kontaktar polisen. Anteckningar: YM'))
      .toEqual(['Hanna Lund', 'Yusuf Mahmoud', 'HL', 'YM']);
    expect(names('Ansvarig hamnvärd är Mats Berg Carlsson.\n01/10 Kranbil bokad. MBC\n02/10 MBC skickar till elfirman.'))
      .toEqual(['Mats Berg Carlsson', 'MBC', 'MBC']);
    expect(names('Sammanställning för löneunderlag (EF):\nAnsvarig: Eva Forsberg')).toEqual(['EF', 'Eva Forsberg']);
  });
  it('takes initials that are also a word only where they act, first in a clause before a word in lower case', () => {
    expect(names('[09:40] Jenny Ahlström: jag ringer kunden\n[09:52] Nils Holm: JA kan du ta beslutet?'))
      .toEqual(['Jenny Ahlström', 'Nils Holm', 'JA']);
  });
  it('is no name for an abbreviation or a word in capitals that happens to share a person\'s letters', () => {
    expect(names('Anna Berg, VD för Berg Bygg AB, skrev under.')).toEqual(['Anna Berg']);
    expect(names('Inger Tell arbetar på IT och ringde HR om saken.')).toEqual(['Inger Tell']);
    expect(names('Olle Karlsson sa att det var OK med tiden.')).toEqual(['Olle Karlsson']);
    expect(names('Jonas Andersson svarade JA på frågan.')).toEqual(['Jonas Andersson']);
    expect(names('Svar från Jonas Andersson: JA')).toEqual(['Jonas Andersson']);
  });
});

describe('a legend that explains initials which are also an abbreviation', () => {
  it('takes the initials when their letters are the name\'s', () => {
    expect(names('SN = Sara Nord, AK = Anna Kron')).toEqual(['SN', 'Sara Nord', 'AK', 'Anna Kron']);
  });
  it('leaves an abbreviation explained by words that are not its letters', () => {
    expect(names('KS = kommunstyrelsen')).toEqual([]);
  });
});

describe('login names', () => {
  it('takes a login after "körd av" and after "Anv:"', () => {
    expect(names('Rapporten körd 2026-02-16 av lfriden (Procapita 9.3).')).toEqual(['lfriden']);
    expect(names('Anv: kesv01\nBehörighet: läs')).toEqual(['kesv01']);
  });
  it('takes a login in a log\'s key-value field for the user', () => {
    expect(names('2025-03-04 10:12:09 user=mhagberg action=export rows=211')).toEqual(['mhagberg']);
    expect(names('auth ok uid=kesv01 src=10.2.3.4')).toEqual(['kesv01']);
  });
  it('is no name for a system account or a program', () => {
    expect(names('2025-03-04 10:12:01 user=system action=backup status=ok')).toEqual([]);
    expect(names('session user=guest timeout=30')).toEqual([]);
    expect(names('2025-03-04 10:15:44 login: admin från 10.2.3.4')).toEqual([]);
    expect(names('Rapporten körd av schemaläggaren kl 02:00.')).toEqual([]);
  });
});

describe('children\'s given names and nicknames', () => {
  it('takes a child\'s given name after "vh till" (vårdnadshavare till)', () => {
    expect(names('+46701234567 (Tran Van Minh, vh till Bao 3A)')).toEqual(['Tran Van Minh', 'Bao']);
    expect(names('Sms från vh till Elin 4B om hämtningen')).toEqual(['Elin']);
  });
  it('takes a capitalised word in a list of given names', () => {
    expect(names('Närv: Jonna, Nadia, Pajen, Roya, Gustav.')).toContain('Pajen');
  });
  it('is no name for a word in a list of departments', () => {
    expect(names('Närvarande: Ekonomi, Teknik, Kundtjänst och Drift.')).toEqual([]);
  });
});
