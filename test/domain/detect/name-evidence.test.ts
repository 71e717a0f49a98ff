// Names found by general evidence rather than lists (issue 15, second round): letter shape and position of words in no
// list, a name found again alone later in the same document, kinship words, initials; and firm words against false
// positives. Every example is invented, none taken from a dev set.
import { describe, expect, it } from 'vitest';
import { names } from './found.ts';
import { shapeEvidence } from '../../../src/detect/name.ts';

describe('names of origins no list covers', () => {
  it('takes two capitalised words that are no Swedish words, mid-sentence, as a name', () => {
    expect(names('På mötet deltog även Áilu Sombi från byn.')).toEqual(['Áilu Sombi']);
    expect(names('Avtalet skrevs under av Gaaloow Xuseen i går.')).toEqual(['Gaaloow Xuseen']);
  });
  it('takes them at a sentence start when a verb follows and the letters are not Swedish', () => {
    expect(names('Máret Guttorm ringde om elavtalet.')).toEqual(['Máret Guttorm']);
  });
  it('takes a word in no list beside a listed given name', () => {
    expect(names('Vi talade med Ovllá Johan om saken.')).toEqual(['Ovllá Johan']);
  });
  it('scores letter shape: letters and pairs no Swedish word has', () => {
    expect(shapeEvidence('Ánne')).toBeGreaterThan(shapeEvidence('Qaali'));
    expect(shapeEvidence('Qaali')).toBeGreaterThan(0);
    expect(shapeEvidence('Berga')).toBe(0);
  });
});

describe('a lone word in no Swedish list where the position says a person', () => {
  it('takes a census name before a verb at a sentence start, and before a role in parentheses', () => {
    expect(names('Ubah ringde och ville ha en kopia av avtalet.')).toEqual(['Ubah']);
    expect(names('Sopkärlen töms av Warfa och Caanood (vaktmästare).')).toEqual(['Warfa', 'Caanood']);
  });
  it('does not take an English word, a place after a preposition, or a word in a passage of another language', () => {
    expect(names('Listan sparades i Excel och skickades vidare.')).toEqual([]);
    expect(names('Hon har släkt i Mogadishu sedan länge.')).toEqual([]);
    expect(names('Asuin Suomessa pitkään, sitten muutin takaisin Ruotsiin.')).toEqual([]);
  });
});

describe('given names that are also Swedish words, and names with a role after them', () => {
  it('takes such a given name before a verb at a sentence start or capitalised mid-sentence', () => {
    expect(names('Viola ringde igen på måndagen.')).toEqual(['Viola']);
    expect(names('Han sa att Iris skulle hämta nyckeln.')).toEqual(['Iris']);
    expect(names('Per telefon meddelades att allt var klart.')).toEqual([]);
  });
  it('takes words in no list followed by a role at a sentence start', () => {
    expect(names('Ärendet avslutades. Gáddjá Juvvá, handläggare, svarade inte.')).toEqual(['Gáddjá Juvvá']);
  });
});

describe('a person found again in the same document', () => {
  it('finds the given name alone after the full name, also at a sentence start', () => {
    expect(names('Handlingen gäller Áilu Sombi. Áilu hörde av sig på fredagen.')).toEqual(['Áilu Sombi', 'Áilu']);
  });
  it('finds a surname that is also a common word alone where the position says a name', () => {
    const text = 'Närvarande: Göran Ek (ordförande), Lena Lind.\nEk och Lind reserverade sig. Beslutet fattades av Ek ensam.';
    expect(names(text)).toEqual(['Göran Ek', 'Lena Lind', 'Ek', 'Lind', 'Ek']);
  });
  it('does not take a common word in a heading or a place name for the person', () => {
    expect(names('Kunden Tove Öst har klagat.\n\nPolisdistrikt Öst har fått anmälan.')).toEqual(['Tove Öst']);
  });
});

describe('lone given names after kinship words', () => {
  it('takes a given name that is also a Swedish word after a kinship word', () => {
    expect(names('Hon kom med dottern Saga och sonen Vide.')).toEqual(['Saga', 'Vide']);
  });
  it('takes the children listed in parentheses after "barn"', () => {
    expect(names('Hushållet: 3 barn (Ánne, Biret, Sunná)')).toEqual(['Ánne', 'Biret', 'Sunná']);
  });
  it('does not take the kinship word at a sentence start into the name', () => {
    expect(names('Barnet Qaali går i förskoleklass.')).toEqual(['Qaali']);
  });
});

describe('names in e-mail threads and register lines', () => {
  it('takes the name after "Från:", "Kopia:" and before an e-mail address in angle brackets', () => {
    expect(names('Från: Biret Sombi <b.sombi@example.se>\nKopia: Ubah Warfa\nTill: Kundtjänst <kund@example.se>')).toEqual(['Biret Sombi', 'Ubah Warfa']);
    expect(names('Den 4 maj skrev Máret Guttorm <mg@example.se>:')).toEqual(['Máret Guttorm']);
  });
  it('takes the name next to a personnummer on a register line, not the street after it', () => {
    expect(names('SOMBI BIRET 19850101-1234\n19900202-2345 Guttorm Máret, Kyrkogatan 4')).toEqual(['SOMBI BIRET', 'Guttorm Máret']);
  });
  it('takes the name after a greeting, also one that is a Swedish word', () => {
    expect(names('Hej Saga!\nTack för ditt mejl.')).toEqual(['Saga']);
    expect(names('Hej alla!')).toEqual([]);
  });
});

describe('initials', () => {
  it('takes dotted initials in running text, and again later', () => {
    expect(names('Enligt K.W. hade hon betalat. K.W. fick en kopia.')).toEqual(['K.W.', 'K.W.']);
  });
  it('takes hyphenated initials before a surname', () => {
    expect(names('Ärendet fördelades till B-M Lundgren.')).toEqual(['B-M Lundgren']);
  });
  it('does not take Swedish abbreviations in capitals', () => {
    expect(names('YRKANDEN M.M.\nKlaganden yrkar O.D. att beslutet upphävs.')).toEqual([]);
  });
});

describe('firms and organisations are not people', () => {
  it('does not take a surname in a firm name with an ampersand or a firm word', () => {
    expect(names('Kunden Greta Holmlund ringde. Holmlunds Fisk & Vilt har betalat.')).toEqual(['Greta Holmlund']);
    expect(names('Anbudet kom från Advokatfirman Wiklund.')).toEqual([]);
    expect(names('Räkningen gäller Wiklunds Åkeri i Flen.')).toEqual([]);
  });
  it('does not take a firm named elsewhere in the text, a product pair of English words, or a lone word with only odd letter pairs', () => {
    expect(names('Fakturan kom från Zovita AB. Zovita har meddelat att priset höjs.')).toEqual([]);
    expect(names('Vi använder Microsoft Dynamics för fakturor.')).toEqual([]);
    expect(names('Samtalet gällde Zovita och deras avtal.')).toEqual([]);
  });
  it('does not take a role word at a sentence start as a given name', () => {
    expect(names('Ring J. Wiklund om saken.')).toEqual(['J. Wiklund']);
  });
});
