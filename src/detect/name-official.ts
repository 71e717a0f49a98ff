// Names in formal public-sector text (issue 15, round 16): the role words of courts, authorities and boards in every form.
import type { Finding } from './types.ts';

/**
 * The offices of a court's, an authority's or a board's members and officials, as stems: Swedish writes them before a
 * surname in any of a noun's four forms, and a plural one before a list of surnames ("Kammarrättsråden Ek, Berg och
 * Sund", "ledamöterna Holm och Falk", "rådmännen Lind och Ås"). Whole classes, not a document's words: the judges and
 * members of a court (a "-råd" of any court or office, rådman, lagman, nämndeman, domare, assessor, fiskal, notarie,
 * referent, föredragande), a board's members (ledamot, ersättare, suppleant, ordförande, justerare, sekreterare), and an
 * authority's officials (handläggare, utredare, inspektör, ombudsman, revisor, jurist, chef).
 */
// The "-råd" of a court or office: justitieråd, regeringsråd, hovrättsråd, kammarrättsråd, kommunalråd, kansliråd …
const RAD = /^(?:justitie|regerings|hovrätts|kammarrätts|tingsrätts|förvaltningsrätts|kommunal|kansli|landstings|regions|borgar|departements|byrå|lagmans|oppositions)råd(?:et|en)?$/;
// A noun of the "-man" class: singular, its definite form, the plural and the plural definite.
const MAN = /^(?:råd|lag|nämnde|ombuds|justitieombuds|tjänste|förtroende)(?:man|mannen|män|männen)$/;
// Nouns in "-are" (one form for the indefinite singular and plural): the definite singular "-aren", the plural definite "-arna".
const ARE = /^(?:dom|juster|ersätt|sekreter|handlägg|utred|protokollför|bisitt|beslutsfatt)are(?:n|na)?$/;
// Nouns in "-ande"/"-ende": "föredragande", "föredraganden", "föredragandena".
const ANDE = /^(?:föredrag|ordför|sök|klag)(?:ande|anden|andena)$/;
// Nouns that take "-en"/"-er"/"-erna" ("referent", "referenten", "referenterna") or "-n"/"-er" ("assessor", "assessorn").
const EN = /^(?:referent|assessor|fiskal|inspektör|revisor|jurist|suppleant|chefsjurist|byråchef|enhetschef|avdelningschef|förvaltningschef|kommundirektör|stadsdirektör|länsråd|landshövding|generaldirektör|överdirektör|rättssakkunnig|notarie|tingsnotarie|hovrättsnotarie)(?:en|n|er|erna|ar|arna|rna)?$/;
// "ledamot", "ledamoten", "ledamöter", "ledamöterna".
const LEDAMOT = /^(?:ledamot|ledamoten|ledamöter|ledamöterna|ersättarna)$/;

/** Whether a lower-case word names an office of a court, an authority or a board, in any of its forms (see above). */
export function officialRole(w: string): boolean {
  if (w.length < 5) return false;
  return RAD.test(w) || MAN.test(w) || ARE.test(w) || ANDE.test(w) || EN.test(w) || LEDAMOT.test(w);
}

// A capitalised word after a found name, then the line's end, a comma or a bracket ("… Ask (den 16 april)").
const THIRD_WORD = /^[ \u00a0](\p{Lu}\p{Ll}+)(?=[ \t]*(?:\r?\n|$)|,|[ \u00a0]\()/u;
// A surname's unmistakable ending: no given name and no Swedish word ends so.
const CLEAR_SURNAME = /(?:sson|gren|berg|ström|qvist|quist|kvist|lund|dahl|holm|blom|stedt|[aeiouyäö]nen|ić|ski)$/;

/**
 * Where a given name and a clear surname go on with a second surname that is also a given name and a word ("Katarina
 * Wennergren Ask", "Maria Lindqvist Sten"; round 16), or -1. After a surname of an unmistakable form a third capitalised
 * word before the line's end, a comma or a bracket is no one else's given name (Swedish writes the given name first) but
 * the person's second surname, as officials sign; a place, a kommun or a firm's word is not taken (the caller's lists).
 */
export function secondSurnameEnd(text: string, start: number, end: number, lists: {
  given: (w: string) => boolean; nameWord: (w: string) => boolean; ambiguousGiven: (w: string) => boolean; notPerson: (w: string) => boolean;
}): number {
  const m = THIRD_WORD.exec(text.slice(end, end + 30));
  if (m === null) return -1;
  const words = text.slice(start, end).split(/[ \u00a0]/);
  const w = m[1]!;
  if (words.length !== 2 || !lists.given(words[0]!) || lists.given(words[1]!) || !CLEAR_SURNAME.test(words[1]!)) return -1;
  return lists.ambiguousGiven(w) && lists.nameWord(w) && !lists.notPerson(w) ? end + 1 + w.length : -1;
}

// One blank and a capitalised word after a name finding, on its line.
const WORD_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}\d-])/u;

/**
 * The name findings that are no firm's name: a run of names followed on its line by a capitalised trade word is the
 * firm's or the eating place's name ("Pho Saigon Kök, enskild firma", "hos Mehmet Yilmaz Grill i Kumla"; round 16), as a
 * firm's word after a name is ("Per Holm Konsult"): the corpus leaves firm names with a person's name in them unannotated.
 * A trade word the finding itself ends in is read the same way ("Mehmet Yilmaz Grill" taken whole). A word of the name
 * lists is no trade word here (a surname "Krog").
 */
export function withoutTradeNames(text: string, out: Finding[], trade: (lower: string) => boolean, listed: (w: string) => boolean): Finding[] {
  let gone: Set<Finding> | undefined;
  for (const f of out) {
    if (f.type !== 'name' || f.end - f.start > 60) continue;
    const m = WORD_AFTER.exec(text.slice(f.end, f.end + 24));
    let last = f.end;
    while (last > f.start && isWordCode(text.charCodeAt(last - 1))) last--;
    const lastWord = text.slice(last, f.end);
    const inside = last > f.start && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 0xa0) && isUpperCode(text.charCodeAt(last)) &&
      trade(lastWord.toLowerCase()) && !listed(lastWord);
    if ((m !== null && trade(m[1]!.toLowerCase()) && !listed(m[1]!)) || inside) (gone ??= new Set()).add(f);
  }
  return gone === undefined ? out : out.filter((f) => !gone!.has(f));
}
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
