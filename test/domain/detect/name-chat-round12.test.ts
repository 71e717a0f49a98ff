// Names in chats, SMS logs and notes, round 12 (det-chat12): speakers whose name is a word or a nickname in no list, in
// the shapes of chat exports and hand-copied chats. Invented examples, none taken from a dev set; every positive case
// failed before the change it tests, the negative cases (parties by role or kinship, a log's labels, an agenda) pass both
// before and after.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';
import { chatSpeakers } from '../../../src/detect/chat-line.ts';
import { names } from './found.ts';

const speakers = (text: string): string[] => {
  const sp = chatSpeakers(text);
  const r: string[] = [];
  for (let i = 0; i < sp.length; i += 3) r.push(text.slice(sp[i]!, sp[i + 1]!));
  return r.sort();
};

describe('the speakers of chat lines, in the shapes of exports', () => {
  it('reads a speaker after a stamp, after a stamp and a dash, before a time and after a bullet', () => {
    expect(speakers('[07:40] Morris: hej\n[07:41] Ebba K: ja')).toEqual(['Ebba K', 'Morris']);
    expect(speakers('11:02 – Vendela: nu\n2024-02-01, 11:03 - Tage: ok')).toEqual(['Tage', 'Vendela']);
    expect(speakers('Tuss 09:12: kommer snart\nRickard (09:13): bra\nIris, 09:14: ok')).toEqual(['Iris', 'Rickard', 'Tuss']);
    expect(speakers('- Doffe: vem tar bilen?\n• Vera: jag')).toEqual(['Doffe', 'Vera']);
  });
  it('reads no form field, no label in running text and no long label', () => {
    expect(speakers('Namn: Ola Berg\nAdress: Bygatan 2')).toEqual([]);
    expect(speakers('Vi ses i morgon. Obs: ta med nyckeln')).toEqual([]);
  });
});

describe('a chat speaker whose name is a word or a nickname', () => {
  it('takes a nickname in the definite form that speaks on stamped lines beside a kinship word', () => {
    const text = '[17:10] Stumpen: kan du skjutsa mig till träningen?\n[17:12] Pappa: ja kvart i sex\n[17:13] Stumpen: tack!\n';
    expect(names(text)).toEqual(['Stumpen', 'Stumpen']);
  });
  it('takes a word in no dictionary before its time, and a nickname speaking with it', () => {
    const text = 'Pysen 20:01: har någon sett laddaren?\nMojje 20:03: den ligger i hallen\nPysen 20:04: hittade den\nMojje 20:10: bra\n';
    expect(names(text)).toEqual(['Pysen', 'Mojje', 'Pysen', 'Mojje']);
  });
  it('takes a common word of the name lists after a bullet or a stamp and a dash', () => {
    expect(names('- Kajsa: kan du ta korven?\n- Nisse: ja\n- Kajsa: toppen\n')).toContain('Nisse');
    expect(names('19:02 – Lojsan: är ni hemma?\n19:05 – Bosse: ja kom in\n')).toEqual(['Lojsan', 'Bosse']);
  });
  it('finds a nickname again where the chat writes it later', () => {
    const text = '[08:00] Knatten: jag är sen\n[08:02] Saga Lind: ok\n[08:03] Knatten: tio minuter\n[08:20] Saga Lind: vi väntar på Knatten nu\n';
    expect(names(text).filter((n) => n === 'Knatten')).toHaveLength(3);
  });
  it('takes no common word of the name lists as a log\'s label where no person speaks', () => {
    expect(names('Driftlogg\n07:30 Larm: pump 4 högt tryck\n07:45 Åtgärd: ventil stängd\n08:10 Larm: pump 4 återställd\n')).toEqual([]);
    expect(names('09:30 Genomgång: budget\n10:15 Paus: fika i matsalen\n10:30 Genomgång: investeringar\n')).toEqual([]);
  });
  it('takes no party by role or kinship, no log label and no agenda item', () => {
    expect(names('[09:02] Kundtjänst: Välkommen!\n[09:03] Kunden: hej min faktura är fel\n[09:04] Kundtjänst: Vilket nummer?\n[09:05] Kunden: 4411\n')).toEqual([]);
    expect(names('Mamma 18:01: kommer du hem?\nJag 18:05: ja snart\nMamma 18:06: bra\n')).toEqual([]);
    expect(names('Driftlogg\n07:30 Avbrottet: pump 4\n07:45 Åtgärd: ventil stängd\n08:10 Avbrottet: pump 2\n')).toEqual([]);
    expect(names('09:00 Inledning: välkomna\n10:15 Genomgång: budget\n12:00 Middag: restaurangen\n13:00 Avslutning: frågor\n')).toEqual([]);
    expect(names('[10:00] Styrelsen: Årsmötet hålls 12 maj.\n[10:05] Valberedningen: Förslag senast 1 maj.\n[10:07] Styrelsen: ok\n')).toEqual([]);
  });
});

describe('short forms and other names of a person in notes and registers', () => {
  it('takes initials in parentheses after a name whose letters they are, also where they are an abbreviation', () => {
    expect(names('Jourhavande: Tomas Alm (TA), Signe Ek (SE)')).toEqual(['Tomas Alm', 'TA', 'Signe Ek', 'SE']);
    expect(names('I arbetslaget: Nora Berg (NB), Ulf Kron (UK).')).toEqual(['Nora Berg', 'NB', 'Ulf Kron', 'UK']);
  });
  it('takes no abbreviation in parentheses whose letters are not those of the name before it', () => {
    expect(names('Kontakt: Tomas Alm (SE), tel. 08-123 45 67')).toEqual(['Tomas Alm']);
  });
  it('takes a former surname after a name: "f.", "född", "ogift", in parentheses or after a comma', () => {
    expect(names('1. Gunvor Ekholm, f. Mattsson, änka')).toEqual(['Gunvor Ekholm', 'Mattsson']);
    expect(names('Sökande: Majvor Ek (f. Strand)')).toEqual(['Majvor Ek', 'Strand']);
    expect(names('Delägare: Annika Berg, född Lind, Lerum')).toEqual(['Annika Berg', 'Lind']);
  });
  it('takes no birth date or place after "f." or "född"', () => {
    expect(names('Delägare: Annika Berg, f. 1956-03-02')).toEqual(['Annika Berg']);
    expect(names('Delägare: Annika Berg, född i Lerum')).toEqual(['Annika Berg']);
  });
  it('takes a name or a nickname after "alias"', () => {
    expect(names('Hans vän Markus, alias Bulldog, har setts utanför boendet.')).toEqual(['Markus', 'Bulldog']);
  });
  it('takes a lone given name after a word for a friend or a relative by marriage', () => {
    expect(names('Igår var kompisen Tindra här och hjälpte till.')).toEqual(['Tindra']);
    expect(names('Han bor nu hos svärfar Tage i Umeå.')).toEqual(['Tage']);
    expect(names('Brorsan Loke har hämtat nycklarna.')).toEqual(['Loke']);
  });
});

describe('a nickname where a chat export or a log names the person again', () => {
  it('takes a speaker in the definite form in lower case, and finds it again capitalised mid-sentence', () => {
    const text = '[21:02] knotten: kan jag sova hos Sigge?\n[21:03] Jonna Ek: nej inte ikväll\n[21:05] knotten: snälla\n[21:06] Jonna Ek: jag hämtar Knotten sen\n';
    expect(names(text)).toEqual(['knotten', 'Sigge', 'Jonna Ek', 'knotten', 'Jonna Ek', 'Knotten']);
  });
  it('takes the speaker again as the value of the export\'s header field', () => {
    const text = 'Från: Bamsen (070-223 41 88)\nTill: Kickan Lund\n2025-02-10 17:40 Bamsen: hämtar du Vilgot?\n2025-02-10 17:42 Kickan Lund: ja\n2025-02-10 17:43 Bamsen: ok\n';
    expect(names(text).filter((n) => n === 'Bamsen')).toHaveLength(3);
  });
  it('takes a nickname before a name in parentheses, and the nickname again as a field\'s value', () => {
    expect(names('08:45 In: Tuss (Tove Sund), praktikant\n12:00 Ut: Ali Hassan\n16:30 Ut: Tuss\n')).toEqual(['Tuss', 'Tove Sund', 'Ali Hassan', 'Tuss']);
  });
  it('takes no role or title before a name in parentheses', () => {
    expect(names('Handläggare (Anna Berg) och Beställare (Per Holm) svarar.')).toEqual(['Anna Berg', 'Per Holm']);
    expect(names('Vi har pratat med Kunden (Eva Ek) och Styrelsen (Ola Lind).')).toEqual(['Eva Ek', 'Ola Lind']);
  });
  it('takes the value of a field for a nickname or a former name', () => {
    expect(names('Namn: Moa Lindén\nSmeknamn: Mollan\nFlicknamn: Berglund')).toEqual(['Moa Lindén', 'Mollan', 'Berglund']);
  });
});

describe('a log line\'s time stamp after a name on the line above', () => {
  it('reads no property designation from a name and the next line\'s stamp', () => {
    const text = '12:00 Ut: Ali Hassan\n16:30 Ut: Gerd Holm\n';
    expect(scan(text).filter((f) => f.type === 'property')).toEqual([]);
    expect(names(text)).toEqual(['Ali Hassan', 'Gerd Holm']);
  });
  it('still reads a designation whose number a table cell wraps to the next line', () => {
    const text = 'Fastighet\nTallåsen\n1:23    Lerum\n';
    expect(scan(text).filter((f) => f.type === 'property').map((f) => text.slice(f.start, f.end))).toEqual(['Tallåsen\n1:23']);
  });
});

describe('a party after a member\'s name in minutes', () => {
  it('takes no party abbreviation in parentheses as initials, even where the letters match', () => {
    expect(names('Närvarande: Mona Pålsson (MP), Kenneth Dahl (KD), Sara-Lena Dahl (SD).')).toEqual(['Mona Pålsson', 'Kenneth Dahl', 'Sara-Lena Dahl']);
  });
});

describe('nicknames greeted, SMS logs with a direction, and things that are named', () => {
  it('takes a nickname in the definite form after a greeting and before "!" or ","', () => {
    expect(names('Hej Knatten! Pappa här. Glöm inte gympapåsen.')).toEqual(['Knatten']);
    expect(names('Hej Myran, kan du ringa mig i kväll?')).toEqual(['Myran']);
  });
  it('takes no group, party or authority after a greeting', () => {
    expect(names('Hej Grannar, vi har fest på lördag.')).toEqual([]);
    expect(names('Tack Kommunen! Hej Familjen!')).toEqual([]);
    expect(names('Hej Hemtjänsten, hon är sjuk i dag.')).toEqual([]);
  });
  it('takes the other party of an SMS log that writes the direction and the date before the time', () => {
    const text = 'Från Tjorven 2025-06-01 19:20: är ni hemma?\nTill Tjorven 2025-06-01 19:25: ja kom\nFrån Tjorven 2025-06-01 19:30: fem min\n';
    expect(names(text)).toEqual(['Tjorven', 'Tjorven', 'Tjorven']);
    expect(speakers(text)).toEqual(['Tjorven', 'Tjorven', 'Tjorven']);
  });
  it('takes no name of an animal, a boat or a firm after "heter" or "kallas"', () => {
    expect(names('Barnets katt heter Zorro.')).toEqual([]);
    expect(names('Båten heter Havsörn och ligger vid bryggan.')).toEqual([]);
    expect(names('Företaget heter Solstrand och säljer glass.')).toEqual([]);
    expect(names('Hans granne heter Birger Holm.')).toEqual(['Birger Holm']);
  });
});

describe('staff initials after a school\'s or a care unit\'s role', () => {
  it('takes initials after "mentor", "kurator", "jour", "ansv:" and "reg."', () => {
    expect(names('Ons: ogiltig, mentor TL ringt hem, ingen svarar')).toEqual(['TL']);
    expect(names('Jour: BK (primär)')).toEqual(['BK']);
    expect(names('Larm pumpstation 2, ansv: RÖ. Återställt 08:10.')).toEqual(['RÖ']);
    expect(names('Kurator AV har träffat eleven två gånger.')).toEqual(['AV']);
  });
  it('takes no term or code with its year after a role', () => {
    expect(names('Jour HT 2025 enligt schemat.')).toEqual([]);
    expect(names('Mentor: 7B, kurator: se elevhälsan.')).toEqual([]);
  });
});

describe('a child\'s given name before its age without parentheses', () => {
  it('takes given names before "N år" in a list after a kinship word', () => {
    expect(names('Barnen: Malte 8 år, Vilja 5 år och Ebbe 2 år.')).toEqual(['Malte', 'Vilja', 'Ebbe']);
    expect(names('Han har två döttrar, Tuva 12 år och Sigrid 9 år.')).toEqual(['Tuva', 'Sigrid']);
  });
  it('takes no place or unit before a duration', () => {
    expect(names('Sonen har bott i Umeå 5 år.')).toEqual([]);
    expect(names('Barnen är 8 år och 5 år.')).toEqual([]);
  });
});

describe('a call log\'s callee and a nickname in quotation marks', () => {
  it('takes a listed name that is also a word after "ringt" and before a mobile number', () => {
    expect(names('Avgift makulerad. Ringt Grankvist 070-122 45 89, fick svar.')).toEqual(['Grankvist']);
  });
  it('takes no firm or desk called before its number', () => {
    expect(names('Ringt Kundtjänst 0771-12 34 56 utan svar.')).toEqual([]);
  });
  it('takes a capitalised word in quotation marks after "kallar" or "kallas"', () => {
    expect(names('Han nämner någon de kallar "Kingen".')).toEqual(['Kingen']);
    expect(names('En pojke som kallas "Kingen" har hotat honom.')).toEqual(['Kingen']);
  });
  it('takes nothing after "kallar" without quotation marks, or after "det kallas"', () => {
    expect(names('Ordföranden kallar Styrelsen till möte.')).toEqual([]);
    expect(names('Det kallas "Lilla Paris" i folkmun.')).toEqual([]);
  });
});
