// Names in everyday documents, round 8 of issue 15 (det-rules8): classes found with invented probes written from general
// knowledge of how Swedish everyday documents name people (none taken from a dev set); every test failed before the rule
// it tests.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/engine.ts';

const names = (text: string): string[] =>
  scan(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

describe('a lone name after a capitalised opener first in its sentence', () => {
  it('reads the word after "Enligt", "Som", "När", "Även", "Hos" as mid-sentence', () => {
    expect(names('Enligt Dawit är värmen avstängd sedan i går.')).toContain('Dawit');
    expect(names('Även Jovanka har klagat på ljudet.')).toContain('Jovanka');
    expect(names('Hos Tadesse var det fuktskador i källaren.')).toContain('Tadesse');
  });
  it('reads the word after a past-tense verb in a note without a subject', () => {
    expect(names('Kontaktade Lidiya via sms.')).toContain('Lidiya');
  });
  it('leaves a genitive before its noun after an opener to the context model', () => {
    expect(names('Enligt Kowalewskis ansökan ska hyran betalas.').length).toBeLessThanOrEqual(1);
  });
});

describe('a lone listed surname', () => {
  it('takes a surname that is a compound of Swedish words where its position says a person', () => {
    expect(names('Hon sa att Bergqvist har lämnat in en ny ansökan.')).toContain('Bergqvist');
    expect(names('Bergqvist har lämnat in en ny ansökan.')).toContain('Bergqvist');
  });
  it('takes a surname form after "till" or "från", where a place is otherwise as likely', () => {
    expect(names('Vi har skickat fakturan till Johansson igen.')).toContain('Johansson');
    expect(names('Kommentar från Petersson: ingen åtgärd.')).toContain('Petersson');
  });
  it('takes a common-word surname after an honorific first in its sentence', () => {
    expect(names('Fru Ström ringde om fakturan.')).toContain('Ström');
  });
  it('does not take a listed surname that is also a Swedish word or a place abroad', () => {
    expect(names('Han körde en personbil.\n\nBilen är belånad hos banken.')).toEqual([]);
    expect(names('Polisen stoppade bilen vid Lima och grep föraren.')).toEqual([]);
  });
});

describe('a lone name in no list where its position says a person', () => {
  it('takes a word the character model finds name-like after words of contact and speech, and before a verb', () => {
    expect(names('Besök hos Tsegay för att läsa av mätaren.')).toContain('Tsegay');
    expect(names('Vi bokade ett möte med Gulnara nästa vecka.')).toContain('Gulnara');
    expect(names('Mirsad uppger att elen har gått flera gånger.')).toContain('Mirsad');
    expect(names('Som Nurcan skrev i sitt mejl är dörren trasig.')).toContain('Nurcan');
  });
  it('does not take a school, a street or a firm compound of a Swedish word', () => {
    expect(names('Beslut efter utredning av anmälan om Lönnhagenskolan i Borlänge kommun.')).toEqual([]);
  });
  it('does not take a word after a verb that is no word of contact', () => {
    expect(names('Samtalet gällde Zovita och deras avtal.')).toEqual([]);
  });
});
