// Registers and exports as tables: which column holds what, read from the header row ("Namn;Adress;Postnr").
// A cell under a "Namn" header is a name whether or not its words are in any list; the header is the evidence.

// One table says which header words give which role, for every rule that reads a column (issue 15, round 16 fold): the
// name, address and number detectors read the cells of `roleCells`; the IP and vehicle rules ask `headerRole` of the
// header cells above one row (`headerReader`). A person's column has one of three roles, because the rules differ on
// them: a column of names ('name': "Namn", "Efternamn"; a machine has a name too), of whom the row is about or for
// ('subject': "Kund", "Mottagare", "Patient") and of who acted on the row ('actor': "Handläggare", "Sign", "Attest", "Av";
// with 'user', a login). 'personKey' is a column that tells whose row it is without a name ("Personnummer", "E-post"):
// only the IP rule reads it, so it makes no table for the cell readers.
// A telephone column ('phone': "Telefon", "Mobil", "Tel.nr") and an IP column ('ip': "IP", "IP-adress", "client_ip") are
// read by the phone and IP rules alone, through `headerRole`, as 'personKey' is (round 18 fold: each had a header
// pattern of its own in its detector).
export type ColumnRole = 'name' | 'subject' | 'actor' | 'user' | 'personKey' | 'address' | 'postcode' | 'property' | 'town' | 'clearing' |
  'account' | 'vehicle' | 'car' | 'thing' | 'reference' | 'phone' | 'ip';

/** Whether a column of this role holds people's names (read by the name rules): a name, a subject or an actor column. */
export const namesPeople = (role: ColumnRole | undefined): boolean => role === 'name' || role === 'subject' || role === 'actor';
/** Whether a column of this role says whose row it is (the IP rule): any person column but one of bare names. */
export const personColumn = (role: ColumnRole | undefined): boolean =>
  role === 'subject' || role === 'actor' || role === 'user' || role === 'personKey';
/** Whether a column of this role says who acted on the row: a case officer, a signature, a login. */
export const actorColumn = (role: ColumnRole | undefined): boolean => role === 'actor' || role === 'user';
/**
 * Whether a column of this role is read by one detector alone through `headerRole`, and makes no table for the cell
 * readers of `roleCells`: a person's number or e-mail address and an IP column (the IP rule), a telephone column (the
 * phone rule reads its own cells, with the other numbers' headers beside it).
 */
const headerOnly = (role: ColumnRole | undefined): boolean => role === 'personKey' || role === 'phone' || role === 'ip';

/**
 * The word that names IP addresses, in a header cell or a label: "ip" as a word, or "ip-adress" in a field name ("IP",
 * "IP-adress", "ip_adress", "client_ip", "Källa (IP)", "clientipaddress"; round 13). Lower case. The IP rule tells a
 * client's column from equipment's ("server_ip") by its own words (round 18 fold: this was ip-address.ts's IP_COLUMN).
 */
export const IP_WORD = /(?<![a-zåäö0-9])ip(?![a-zåäö0-9])|ip[-_ ]?ad{1,2}ress/;

const ROLE_OF: [RegExp, ColumnRole][] = [
  [/^(?:namn|för- och efternamn|efternamn|förnamn|tilltalsnamn|fullständigt namn|kontaktnamn|namnförtydligande|name|first name|last name|surname|full name|nimi|etunimi|sukunimi|navn|fornavn|etternavn|efternavn|vorname|nachname|nom|prénom|prenom|nombre|apellido|apellidos)$/, 'name'],
  // Whom the row is about or for: a customer, a recipient, a pupil, a patient, a party, a next of kin (a customer's name is
  // the customer: "Kundnamn" is read here, before the open "…namn" pattern).
  [/^(?:kund|kundnamn|mottagare|kontaktperson|kontakt|kontaktperson på plats|abonnent|avtalsinnehavare|ägare|fastighetsägare|hyresgäst|inneboende|elev|sökande|medsökande|betalare|anmälare|person|medlem|deltagare|ledamot|beställare|innehavare|kontoinnehavare|vårdnadshavare|förälder|målsman|brukare|patient|klient|boende|köpare|säljare|arrendator|betalningsmottagare|fakturamottagare|utbetalningsmottagare|god man|förvaltare|ombud|anhörig|närstående|larmkontakt|nödkontakt|make\/maka|medlåntagare|låntagare|gäldenär|avliden|dödsbo|customer|owner|contact|recipient|asiakas|kunde)$/, 'subject'],
  // Any header that ends in "namn" ("Ägarnamn", "Mottagarens namn", "Namn 2") holds a person's name unless it names a
  // thing, a place or a firm.
  [/^(?!.*(?:gat|väg|ort|plats|företag|firm|bolag|fil|användar|produkt|projekt|objekt|konto|tjänst|ärende|dokument|enhet|skol|avdelning|förvaltning|anläggning|leverantör|fastighet|organisation|varu|artikel|system|mapp|dator|server|kommun|län|stad|gård|bygg|kvarter|område|förening|myndighet|bank|djur|båt|fartyg|skepp|hund|katt|häst|klubb|grupp|kurs|rum|lokal|hall|modell|märke|hållplats|linje|rutt|läkemedel|preparat|program|kategori|typ|fält|kolumn|tabell|domän|turné|evenemang|aktivitet))[\p{L} -]{0,24}namn$/u, 'name'],
  // Who acted on the row: sent, handled, drove, signed, attested, checked or was given it; staff (round 15: the initials
  // columns "Av", "Ansv", "Tilldelad", "Attest", "Granskad av"; round 18: the short and participle forms of a journal's and
  // a log's actor, "Utf.", "Init.", "Dokumenterad av", "Föredragande", "Vem").
  [/^(?:avsändare|handläggare|handl|handl\.|sign|sign\.|signatur|underskrift|namnteckning|utförare|utförd av|utfört av|registrerad av|handlagd av|upprättad av|ändrad av|mottagen av|kvitterad av|kvitterat av|signerad av|attesterad av|godkänd av|ansvarig|av|ansv|ansv\.|tilldelad|tilldelat|attest|attesterad|attesterat|kontrollerad av|kontrollerat av|granskad av|granskat av|förare|chaufför|anställd|medarbetare|personal|tekniker|montör|employee|utf|utfört|utförd|utfört av|gjord av|gjort av|handlagd|handlagt av|handläggare\/sign|signering|initialer|init|sign\/init|attestant|beslutad av|beslutat av|beslutsfattare|föredragande|dokumenterad av|dokumenterat av|antecknad av|antecknat av|skriven av|skrivet av|inlagd av|inlagt av|ändrat av|godkänt av|registrerat av|utredare|behandlare|vem)$/, 'actor'],
  // A user id column ("Användare", "Anv.id"): its cells are people's logins, often made from the name (round 8, second wave).
  [/^(?:användare|användarnamn|användar-id|användarid|anv|anv\.|anv\.id|anv-id|user|username|user id|userid|login|inloggning|inloggad|subject)$/, 'user'],
  // A person's number or e-mail address as a column: whose row it is, with no name in it (the IP rule reads it).
  [/^(?:personnummer|pnr|e-post|epost|email|e-mail)$/, 'personKey'],
  [/^(?:adress|gatuadress|anläggningsadress|anl\.adress|utdelningsadress|hemadress|bostadsadress|leveransadress|folkbokföringsadress|address|street|osoite|katuosoite|lähiosoite|adresse|gateadresse|straße|strasse|anschrift|dirección|direccion)$/, 'address'],
  [/^(?:postnr|postnummer|post nr|postnr\.|zip|zip code|postal code|postcode|postinumero|plz|code postal)$/, 'postcode'],
  [/^(?:fastighet|fastighetsbeteckning|fastighetsbet\.?)$/, 'property'],
  // Bank details split over two columns ("Clearingnr;Kontonr"), or an account column ("Konto", "Bankgiro"): read by
  // the bank-account detector, whatever the cell's check digits say (the header is the evidence).
  // A clearing number's column, also a form's label above its cell (bank-account.ts): "Clearingnummer", "Clearing-nr",
  // "Clearing no.", "Cl.nr", "Clr", OCR's "C1earing".
  [/^(?:c[l1]earing(?:[ -]?(?:nummer|nr\.?|number|no\.?|kod))?|cl\.?[ \u00a0]?nr\.?|clear\.nr|clr\.?)$/, 'clearing'],
  [/^(?:konto|kontonr|kontonr\.|kontonummer|konto nr|bankkonto|bankkontonummer|bankkontonr|kto|kto\.|ktonr|kto\.nr|kontouppgift|kontouppgifter|utbetalningskonto|personkonto|lönekonto|bankgiro|bankgironr|bankgironummer|bg|bg-nr|bgnr|plusgiro|plusgironr|plusgironummer|pg|pg-nr|pgnr|iban|account|account number|account no|bank account)$/, 'account'],
  // Any header that ends in "konto"/"kontonr" names a bank account ("Utbet konto", "Återbetalningskonto"), unless it
  // names a customer, contract or bookkeeping account or a login.
  [/^(?!.*(?:kund|avtal|bokför|kostnad|resultat|intäkt|balans|mot|huvud|användar|mejl|e-post|epost|login|typ|namn|status|datum|belopp|saldo))[\p{L} .-]{2,24}(?:konto|kontonr|kontonummer)$/u, 'account'],
  // A vehicle's registration number ("Regnr", "Reg.nr", "Registreringsnummer", "Reg. no", "Rek.nro"), read by the vehicle
  // detector.
  [/^(?:reg(?:istrerings)?\.?[ \u00a0]?(?:nr|nummer|no)\.?|fordonets regnr|licen[cs]e[ \u00a0]plate|plate|registration|kennzeichen|rekisterinumero|rek\.?[ \u00a0]?nro)$/, 'vehicle'],
  // Round 15 (det-ipveh15): a column named for the vehicle itself ("Bil", "Fordon", "Skylt"): its cells are plates when
  // they have a Swedish plate's shape (the vehicle detector reads only that shape there, a model "XC 60" is no plate).
  [/^(?:bil|bilar|bil nr|bilnr|bilnummer|fordon|fordon nr|fordonsnr|fordonsnummer|skylt|nummerskylt|bil\/regnr|bil \/ regnr|fordon\/regnr|fordon \/ regnr|vehicle|car)$/, 'car'],
  // Round 16 (det-addrnum16): a column of reference numbers, the payment's, the invoice's, the customer's or the case's
  // ("OCR", "Betalningsreferens", "Fakturanr", "Kundnr", "Dnr"): its cells are the organisation's own numbers, however
  // their digits happen to fit a clearing number and an account or a phone number.
  [/^(?:ocr|ocr-nr|ocrnr|ocr-nummer|ocrnummer|ocr-referens|referens|referensnr|referensnummer|ref|ref\.|refnr|ref\.nr|ref nr|betalningsreferens|betalningsref|betalningsref\.|betalref|faktura|fakturanr|fakturanr\.|fakturanummer|faktura nr|kundnr|kundnr\.|kundnummer|kund nr|kund-id|kundid|avtalsnr|avtalsnummer|ordernr|ordernummer|order nr|ärendenr|ärendenummer|ärende nr|ärende|dnr|dnr\.|diarienr|diarienummer|verifikation|verifikationsnr|ver\.nr|vernr|löpnr|löpnummer|reference|payment reference|invoice|invoice no|invoice number|order no|case no|viitenumero|viite|kid|kid-nr)$/, 'reference'],
  // A town column: its cells are places, never names ("FLEN", "Sala").
  [/^(?:ort|postort|stad|hemort|bostadsort|kommun|hemkommun|land|city|town|country|kaupunki|postitoimipaikka|paikkakunta|kunta|maa|poststed|stadt|wohnort|ville|ciudad)$/, 'town'],
  // A column of things (round 11): a boat, an animal, a product or system (round 21: an agreement, tariff or subscription,
  // whose cells are product codes, "EL", "FV"), a stop or line, a school, unit or administration, perhaps with
  // what the cell holds in parentheses ("Båt (namn, reg)", "båtnamn"). Its cells are named after people as often as not
  // ("Ulla-Britt", "Förskolan Tulpanen"), never people.
  [/^(?:båt|båtar|båtnamn|båtens namn|fartyg|fartygsnamn|farkost|hund|hundens namn|katt|djur|djurnamn|häst|hästens namn|produkt|produktnamn|avtal|avtalstyp|avtalsform|tariff|taxa|abonnemang|tjänst|tjänstetyp|program|system|systemnamn|app|hållplats|hållplatsnamn|linje|skola|förskola|skolenhet|avdelning|enhet|förvaltning|verksamhet|boat|boat name|vessel|yacht|product|stop|school)(?: ?\(.*\))?$/, 'thing'],
  // A telephone column ("kundnr;namn;telefon", "Namn | Mobil", "Tel. (arbete)", "Mobil/SMS"): the phone detector reads
  // every cell under it as a telephone number, also written bare ("0152291047") or with the leading zero a spreadsheet
  // dropped ("701234567"). The word may be followed by a note after a space, dot, bracket or slash (round 18 fold: this
  // was phone.ts's own TEL_HEADER). Last in the table, so a header another row names keeps its role.
  [/^(?:(?:hem|arbets|mobil|kontakt|privat)?tele?fon(?:nummer|nr)?|tel\.?(?:[ -]?(?:nr|nummer))?|tfn|telnr|mobil(?:nr|nummer|telefon)?|mob\.?|sms|phone(?: number)?|mobile|cell|gsm)(?:[ .(/].*)?$/, 'phone'],
  // An IP column: the word "ip" anywhere in the cell, or "ip-adress" in a field name (IP_WORD). Last, so a header another
  // row names keeps its role.
  [IP_WORD, 'ip'],
];

// Headers are often written without å, ä and ö ("fornamn", "gatuadress"): they are matched with the letters folded.
const fold = (h: string): string => h.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
const ROLE_OF_FOLDED: [RegExp, ColumnRole][] = ROLE_OF.map(([re, role]) => [new RegExp(fold(re.source), re.flags), role]);
// The open "…namn" pattern, the costly one.
const OPEN_NAMN = ROLE_OF.findIndex(([re]) => re.source.endsWith('namn$'));
// Header texts repeat from table to table: each is read once (cleared when large).
const roleCache = new Map<string, ColumnRole | null>();
function roleOf(raw: string): ColumnRole | undefined {
  const hit = roleCache.get(raw);
  if (hit !== undefined) return hit ?? undefined;
  if (roleCache.size > 5000) roleCache.clear();
  const r = roleOfUncached(raw);
  roleCache.set(raw, r ?? null);
  return r;
}
function roleOfUncached(raw: string): ColumnRole | undefined {
  // A numbered header names the same as its word: "Vårdnadshavare 2", "Larmkontakt 1", "Kontakt 2".
  const h = fold(raw).replace(/[ _]?\d$/, '');
  // The open "…namn" pattern is tried only on a header that ends so.
  for (let k = 0; k < ROLE_OF_FOLDED.length; k++) if ((k !== OPEN_NAMN || h.endsWith('namn')) && ROLE_OF_FOLDED[k]![0].test(h)) return ROLE_OF_FOLDED[k]![1];
  // A header with how its cells are written in parentheses names the same as without them: "Namn (textat)", "Namn
  // (versaler)", "Underskrift (sign.)" (dev9 round 12). Only a short note after a word: a header is no sentence.
  const open = h.indexOf(' (');
  if (open > 0 && h.endsWith(')') && h.length - open <= 20) return roleOfUncached(h.slice(0, open));
  // An abbreviation's dot at the end names the same as without it: "Kund.", "Anv." (as the IP rule read its headers).
  if (h.length > 2 && h.endsWith('.')) return roleOfUncached(h.slice(0, -1));
  return compoundRole(h);
}

// Who a row is for or who acted on it, in words the table above does not list: English headers and Swedish staff and
// client nouns (issue 15, round 20). Read only by compoundRole and after the table, so no header keeps another role. No
// occupations ("sjuksköterska", "läkare"): they are a staff list's cells as often as its header, and a row read as a header
// loses its name.
// Matched on the folded header, as ROLE_OF is (fold below).
const MORE_SUBJECTS_RAW = /^(?:tenant|resident|applicant|holder|patient|client|guardian|member|participant|attendee|next of kin|contact person|beneficiary|occupant|visitor|passenger|besökare|gäst|passagerare|resenär|hyrestagare|kontaktp|kontaktp\.)$/;
const MORE_ACTORS_RAW = /^(?:responsible|assigned to|assignee|performed by|done by|driver|technician|staff|signed by|handled by|checked by|approved by|caseworker|case officer|case handler|handler|inspector|initials|signature|by|tekn|tekn\.|mont|mont\.|kontaktman|jourhavande|tjänstgörande)$/;
// Words before a role that count or sort its column, not name its people: "Antal deltagare", "Typ av ägare".
const COUNT_WORD = /^(?:antal|typ|andel|summa|nr|id|number|no|count|type|total)$/;
const PREPOSITION_RAW = /^(?:hos|på|för|i|vid|från|till|at|for|of|in)$/;
const MORE_SUBJECTS = new RegExp(fold(MORE_SUBJECTS_RAW.source));
const MORE_ACTORS = new RegExp(fold(MORE_ACTORS_RAW.source));
const PREPOSITION = new RegExp(fold(PREPOSITION_RAW.source));
/**
 * The role of a header of several words the table does not list (issue 15, round 20): parts parted by a slash ("Sign/datum",
 * "Hyresgäst/boende", "Namn/sign"), the first that names a person; a role after a word that qualifies it ("Ansvarig
 * handläggare", "Ny hyresgäst"); a role before a preposition ("Kontaktperson hos kund", "Ansvarig för åtgärd"); and the
 * English and Swedish words of MORE_SUBJECTS and MORE_ACTORS. Only a person's role is read so: "Namn på produkt" names a
 * thing, a slash header of things keeps no role.
 */
function compoundRole(h: string): ColumnRole | undefined {
  if (MORE_SUBJECTS.test(h)) return 'subject';
  if (MORE_ACTORS.test(h)) return 'actor';
  if (h.length > 40) return undefined;
  if (h.indexOf('/') > 0) {
    for (const part of h.split('/')) {
      const p = part.trim();
      if (p === '' || p === h) continue;
      const r = roleOf(p);
      if (namesPeople(r)) return r;
    }
    return undefined;
  }
  const words = h.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  if (PREPOSITION.test(words[1]!)) {
    const r = roleOf(words[0]!);
    if (r === 'subject' || r === 'actor') return r;
  }
  // Not "… av" ("Anmält av"): what reported or caused a row is a thing as often ("Larm"); the table lists the participles
  // whose agent is a person.
  if (words.length <= 3 && !COUNT_WORD.test(words[0]!) && !PREPOSITION.test(words[words.length - 2]!) && words[words.length - 1] !== 'av') {
    const r = roleOf(words[words.length - 1]!);
    if (r === 'subject' || r === 'actor') return r;
  }
  return undefined;
}

/** The role a header cell gives its column ("Handl.", " Reg.nr ", "Kund_namn:"), as `roleCells` reads a header's cells. */
export function headerRole(cell: string): ColumnRole | undefined {
  return roleOf(headText(cell.trim().toLowerCase()));
}

const BLANK_LINE = /\n[ \t\r]*\n/;
/**
 * A reader of the header above a table row, one per question asked of it (the IP and vehicle rules, for one row's cell):
 * the header is the nearest line above the row at `l` with the delimiter `c` and no digit, within 40 lines and 4 000
 * characters of `origin`, no blank line between; `answer` turns its cells (undefined: none) and its text into what the
 * caller wants, their roles read by `headerRole`. A later row of the table read last (no blank line between) has the same
 * header, so the answer is kept: a long log or register is read once, not once per cell.
 */
export function headerReader<T>(answer: (cells: string[] | undefined, header: string) => T): (text: string, l: number, c: number, origin: number) => T {
  let memo: { text: string; delim: number; row: number; value: T } | undefined;
  return (text, l, c, origin) => {
    if (memo !== undefined && memo.text === text && memo.delim === c && memo.row <= l && l - memo.row < 4000 &&
      !BLANK_LINE.test(text.slice(memo.row, l))) {
      memo.row = l;
      return memo.value;
    }
    const row0 = l;
    const delim = String.fromCharCode(c);
    let cells: string[] | undefined;
    let header = '';
    for (let k = 0; k < 40 && l > 0 && origin - l < 4000; k++) {
      const e = l - 1;
      l = e;
      while (l > 0 && e - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
      const row = text.slice(l, e);
      if (row.trim() === '') break;
      if (!row.includes(delim) || /\d/.test(row)) continue;
      cells = row.split(delim);
      header = row;
      break;
    }
    const value = answer(cells, header);
    memo = { text, delim: c, row: row0, value };
    return value;
  };
}
// The columns of a table aligned by spaces (a PDF's or a terminal's report, "tid   objekt   adress/IP   händelse"): where
// each header cell starts on its line, and its text. A header is split at runs of two or more spaces. Read by the vehicle
// and IP rules, which ask the role of the cell a finding stands under (round 16 det-vehprop16; one reader since round 18).
const spacedHeader = headerReader((cells, header) => {
  const columns: { at: number; cell: string }[] = [];
  if (cells === undefined || header.indexOf('  ') < 0 || header.indexOf('\t') >= 0) return columns;
  const cell = /\S+(?: \S+)*/g;
  for (let m = cell.exec(header); m; m = cell.exec(header)) columns.push({ at: m.index, cell: m[0] });
  return columns.length >= 3 ? columns : [];
});
/** The start of the line that holds `at`, or -1 when it is longer than 400 characters before `at`. */
function lineStartOf(text: string, at: number): number {
  let l = at;
  while (l > 0 && at - l < 400 && text.charCodeAt(l - 1) !== 10) l--;
  return l > 0 && text.charCodeAt(l - 1) !== 10 ? -1 : l;
}
/** Whether the row that holds `at` stands under a header of a table aligned by spaces (three cells or more). */
export function underSpacedHeader(text: string, at: number): boolean {
  const l = lineStartOf(text, at);
  return l >= 0 && spacedHeader(text, l, 32, l).length > 0;
}
/**
 * The header cell above the span [a, e) when the span ends a cell of a table aligned by spaces (two spaces or the line's
 * end after it): the header column the span starts in, with two characters of slack for a cell before that ran into it
 * ("Hotell Parken EL 40123" under "Plats   Regnr"). Undefined outside such a table.
 */
export function spacedHeaderCell(text: string, a: number, e: number): string | undefined {
  const after = e < text.length ? text.charCodeAt(e) : 10;
  if (!(after === 10 || after === 13 || (after === 32 && e + 1 < text.length && text.charCodeAt(e + 1) === 32))) return undefined;
  const l = lineStartOf(text, a);
  if (l < 0) return undefined;
  const columns = spacedHeader(text, l, 32, l);
  let k = -1;
  while (k + 1 < columns.length && columns[k + 1]!.at <= a - l + 2) k++;
  return k >= 0 ? columns[k]!.cell : undefined;
}
const spaces = (line: string, a: number, b: number): number => {
  let n = 0;
  for (let k = a; k < b; k++) if (line.charCodeAt(k) === 32) n++;
  return n;
};

export interface Cell {
  role: ColumnRole;
  /** Offsets of the cell's text, spaces trimmed. */
  start: number;
  end: number;
}

const SEPARATORS = [';', '\t', '|', ',', '  '];

// The cells of a line are written as flat [start, end) pairs into one buffer that lives as long as the module, not as
// an array of two-element arrays per line: every row of every table was split so, and the pairs were a tenth of the
// detector's allocations (issue 15, speed, round 10). `splitCells` fills `cellBuf`, `cellsAtColumns` fills `colBuf`
// (a row may fall back from the second to the first), and each returns how many cells it wrote.
let cellBuf: Int32Array = new Int32Array(64);
let colBuf: Int32Array = new Int32Array(64);
const grown = (buf: Int32Array, n: number): Int32Array => {
  if (2 * n + 2 <= buf.length) return buf;
  const more = new Int32Array(buf.length * 2);
  more.set(buf);
  return more;
};

/**
 * Writes cell `n` of a line into `cellBuf` (spaces trimmed; a comma-separated line may quote a cell that holds a comma,
 * "\"Berg, Anna\"", and the quotes are left out of the cell); returns the new count.
 */
function pushTrimmed(n: number, text: string, a: number, b: number): number {
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0xa0)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 0xa0)) b--;
  if (b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34) { a++; b--; }
  cellBuf = grown(cellBuf, n);
  cellBuf[2 * n] = a;
  cellBuf[2 * n + 1] = b;
  return n + 1;
}
/**
 * The cells of the line `text.slice(from, to)` (offsets in `text`, the line is not sliced), into `cellBuf`; returns
 * their number. Columns aligned by runs of two or more spaces (a PDF table flattened to text) are split at each such run.
 */
function splitCells(text: string, from: number, to: number, sep: string): number {
  let n = 0;
  if (sep === '  ') {
    let a = from;
    for (let k = doubleSpaceIn(text, from, to); k >= 0; k = doubleSpaceIn(text, k, to)) {
      let e = k;
      while (e < to && text.charCodeAt(e) === 32) e++;
      if (k > a) n = pushTrimmed(n, text, a, k);
      a = e;
      k = e;
    }
    if (a < to) n = pushTrimmed(n, text, a, to);
    return n;
  }
  const code = sep.charCodeAt(0);
  if (sep !== ',' || charIn(text, 34, from, to) < 0) {
    let a = from;
    for (let k = charIn(text, code, from, to); k >= 0; k = charIn(text, code, a, to)) {
      n = pushTrimmed(n, text, a, k);
      a = k + 1;
    }
    return pushTrimmed(n, text, a, to);
  }
  let a = from;
  let quoted = false;
  for (let k = from; k <= to; k++) {
    if (k < to) {
      const c = text.charCodeAt(k);
      if (c === 34) quoted = !quoted;
      if (quoted || c !== 44) continue;
    }
    n = pushTrimmed(n, text, a, k);
    a = k + 1;
  }
  return n;
}

/**
 * The cells of the row `text.slice(from, to)` read at the header's column starts (relative to the line's start), into
 * `colBuf` (spaces trimmed); returns their number, or -1 when a column does not start after a space in the row or a
 * cell holds a run of spaces (the row is not aligned with the header).
 */
function cellsAtColumns(text: string, from: number, to: number, starts: readonly number[]): number {
  const len = to - from;
  for (let c = 0; c < starts.length; c++) {
    const start = from + Math.min(starts[c]!, len);
    const end = c + 1 < starts.length ? from + Math.min(starts[c + 1]!, len) : to;
    if (c > 0 && start < to && text.charCodeAt(start - 1) !== 32) return -1;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (hasDoubleSpace(text, a, b)) return -1;
    colBuf = grown(colBuf, c);
    colBuf[2 * c] = a;
    colBuf[2 * c + 1] = b;
  }
  return starts.length;
}
// Searches within one line, never past its end: `text.indexOf` from a row would run on to the next hit anywhere in the
// text, and the pass must stay linear.
/** Where the first `code` in [a, b) is, or -1. */
function charIn(text: string, code: number, a: number, b: number): number {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}
/** Where the first run of two spaces that ends by `b` starts at or after `a`, or -1. */
function doubleSpaceIn(text: string, a: number, b: number): number {
  for (let k = a; k + 1 < b; k++) if (text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 32) return k;
  return -1;
}
/** text.slice(a, b).indexOf('  ') >= 0, without the slice. */
const hasDoubleSpace = (text: string, a: number, b: number): boolean => doubleSpaceIn(text, a, b) >= 0;
/**
 * Whether a header split at a comma or a run of spaces is no header: fewer than three columns, an empty one, or one
 * that is long or of more than three words (a lead-in before a colon in the first is not counted). `from`: the line's start.
 */
function proseSpans(text: string, from: number, n: number): boolean {
  if (n < 3) return true;
  for (let i = 0; i < n; i++) {
    const a = cellBuf[2 * i]!;
    const b = cellBuf[2 * i + 1]!;
    if (b <= a || ((i > 0 || lastColon(text, from, b) < a) && (b - a > 30 || spaces(text, a, b) > 2))) return true;
  }
  return false;
}
/** line.lastIndexOf(':', b) for the line starting at `from`, as an offset in the text (below `from` when none). */
const lastColon = (text: string, from: number, b: number): number => {
  for (let k = Math.min(b, text.length - 1); k >= from; k--) if (text.charCodeAt(k) === 58) return k;
  return from - 1;
};
/** /^[\s|:+-]*$/ on text.slice(a, b): a row of rules and blanks, not of cells. */
function onlyRules(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 124 || c === 58 || c === 43 || c === 45) continue;
    if ((c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
        c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}
/** Whether each of the `n` cells in `cellBuf` of the line at `from` starts under its header cell (two characters of slack). */
function underHead(from: number, n: number, starts: readonly number[]): boolean {
  for (let c = 0; c < n; c++) {
    const at = cellBuf[2 * c]! - from;
    if (at < starts[c]! - 2 || (c + 1 < n && at >= starts[c + 1]!)) return false;
  }
  return true;
}
/** /\d/ on text.slice(a, b). */
function digitIn(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** /\d{3}/ on text.slice(a, b). */
function threeDigits(text: string, a: number, b: number): boolean {
  let run = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) { if (++run === 3) return true; } else run = 0;
  }
  return false;
}

// The name and address detectors both read the cells of the same text: the last answer is kept (read-only).
let lastText: string | undefined;
let lastCells: readonly Cell[] = [];
let lastTowns: Cell[] = [];
let lastThings: Cell[] = [];
// While the engine scans a batch (keepCells), every text's answer: it runs each detector over the whole batch before
// the next, so the last answer alone was read again for the number detectors and for the name pass (1.7 passes per
// text on the bench corpus). Keyed by the text; dropped when the batch is done.
let batch: Map<string, readonly [readonly Cell[], Cell[], Cell[]]> | undefined;

/** Keeps every text's cells until `forgetCells` (the engine, around one batch of texts). */
export function keepCells(): void {
  batch = new Map();
}
export function forgetCells(): void {
  batch = undefined;
}

/** The cells of the text's town columns ("Ort", "Postort"), from the same pass as roleCells(). */
export function townCells(text: string): readonly Cell[] {
  roleCells(text);
  return lastTowns;
}

/** The cells of the text's columns of things ("Båt", "Båtnamn", "Hållplats"), from the same pass as roleCells(). */
export function thingCells(text: string): readonly Cell[] {
  roleCells(text);
  return lastThings;
}

/** The cells of every table in the text whose header names a column as a name, address, postcode, property or town. Linear. */
export function roleCells(text: string): readonly Cell[] {
  if (text === lastText) return lastCells;
  const kept = batch?.get(text);
  lastText = text;
  if (kept !== undefined) {
    lastCells = kept[0];
    lastTowns = kept[1];
    lastThings = kept[2];
    return lastCells;
  }
  const out: Cell[] = [];
  const towns: Cell[] = [];
  const things: Cell[] = [];
  lastCells = out;
  lastTowns = towns;
  lastThings = things;
  batch?.set(text, [out, towns, things]);
  if (text.indexOf(';') < 0 && text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf(',') < 0 && text.indexOf('  ') < 0) return out;
  let roles: (ColumnRole | undefined)[] | null = null;
  // Where each column of a header aligned by spaces starts (a row is read at these columns when a cell fills its width).
  let headStarts: number[] = [];
  let sep = '';
  let pos = 0;
  // The cells of the header just read, kept as cells of things when a row below is read by it.
  let headCells: Cell[] | undefined;
  // The next place of each separator, moved on only when passed: whether a line holds one is then a comparison, and a
  // line with none (most prose) is never sliced (slicing every line of every text was most of this pass).
  // A typed array, not `SEPARATORS.map(…)`: the array `map` builds has another elements kind in each tier of V8, and
  // optimised code that met the other one was thrown away (wrong map, issue 15 speed, round 8).
  const next = new Int32Array(SEPARATORS.length);
  for (let k = 0; k < SEPARATORS.length; k++) next[k] = text.indexOf(SEPARATORS[k]!);
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    // Outside a table a line is read only when it could be a header: a tab, bar or semicolon, or (on a short line) two
    // commas or two runs of spaces. Otherwise skip to the line of the nearest separator.
    let any = false;
    let nearest = text.length;
    for (let k = 0; k < SEPARATORS.length; k++) {
      if (next[k]! >= 0 && next[k]! < pos) next[k] = text.indexOf(SEPARATORS[k]!, pos);
      const at = next[k]!;
      if (at < 0) continue;
      if (at < nearest) nearest = at;
      if (at >= lineEnd) continue;
      if (roles || k < 3) any = true;
      else if (lineEnd - pos <= 200) {
        const second = text.indexOf(SEPARATORS[k]!, at + SEPARATORS[k]!.length + (k === 4 ? 1 : 0));
        if (second >= 0 && second < lineEnd) any = true;
      }
    }
    if (!any) {
      // A group's label between a header and its rows or between two groups of rows ("MÅN 8/4", "Vecka 12") does not end
      // the table: a roster's days under one header (round 20).
      if (roles && groupLabel(text, pos, lineEnd)) {
        pos = eol + 1;
        continue;
      }
      roles = null;
      headCells = undefined;
      if (nearest >= eol) pos = nearest >= text.length ? text.length + 1 : text.lastIndexOf('\n', nearest) + 1;
      else pos = eol + 1;
      continue;
    }
    let count = roles ? splitCells(text, pos, lineEnd, sep) : 0;
    let buf = cellBuf;
    // A cell that fills its column's width leaves one space before the next ("DANSKE 1277" under "Bank   Clnr"): such a
    // row of a table aligned by spaces is read at the header's columns when every column starts after a space there
    // (round 9, det-docs9).
    // A row with as many cells as the header whose cells stand under other columns (two cells ran together and a note
    // filled the last: "6  Rodrigo Soto Pizarro Norrköping  070-…" under "Nr Sökande   Bostadsort   Telefon") is read at
    // the header's columns too, or not at all: a name read under "Bostadsort" is taken for a town (round 20).
    if (roles && sep === '  ' && count > 0 && headStarts.length === roles.length && (count !== roles.length || !underHead(pos, count, headStarts))) {
      const aligned = cellsAtColumns(text, pos, lineEnd, headStarts);
      if (aligned >= 0) { count = aligned; buf = colBuf; }
      else if (count === roles.length) count = -1;
    }
    if (roles && count === roles.length && (sep !== '  ' || hasDoubleSpace(text, pos, lineEnd))) {
      // A row with another number of cells than the header is not read by column: in the number view a row that ends
      // in a digit runs on into the next one ("…;KVARNVÄGEN 3⏎2232;…").
      if (!onlyRules(text, pos, lineEnd)) {
        if (headCells !== undefined) {
          for (const h of headCells) things.push(h);
          headCells = undefined;
        }
        for (let col = 0; col < count; col++) {
          const role = roles[col];
          const a = buf[2 * col]!;
          const b = buf[2 * col + 1]!;
          if (role && b > a && !(namesPeople(role) && b - a <= 10 && STATUS_CELL.test(text.slice(a, b)))) {
            const cell: Cell = { role, start: a, end: b };
            out.push(cell);
            if (role === 'town') towns.push(cell);
            else if (role === 'thing') things.push(cell);
          }
        }
      }
    } else if (roles && count >= 2 && namesPeople(roles[roles.length - 1]) && buf === cellBuf &&
        LAST_INITIALS.test(text.slice(cellBuf[2 * count - 2]!, cellBuf[2 * count - 1]!)) && !STATUS_CELL.test(text.slice(cellBuf[2 * count - 2]!, cellBuf[2 * count - 1]!))) {
      // A row of a flattened table whose middle cells ran together or split ("Utlämnad till" over two runs of spaces)
      // still ends in its last column: staff initials under a last header "Sign" or "Signatur" are read there, and the
      // table goes on (round 12).
      out.push({ role: roles[roles.length - 1]!, start: cellBuf[2 * count - 2]!, end: cellBuf[2 * count - 1]! });
    } else if (roles && sep !== ',' && count >= 2 && digitIn(text, pos, lineEnd) && (sep !== '  ' || hasDoubleSpace(text, pos, lineEnd))) {
      // A data row that does not fit the header (a note ran over a column, "Olsen   inhyrd   (Lundbergs Buss AB)") is
      // skipped, and the table goes on: the rows after it are read by the header (round 20). A row with a digit is no
      // new header's; a comma-separated line may be prose.
    } else {
      roles = null;
      headCells = undefined;
      // A header line is short and has no number of three digits (a row of a table without a header has: a
      // personnummer, a phone, a postcode); prose is not read as one.
      if (lineEnd - pos > 400 || threeDigits(text, pos, lineEnd)) { pos = eol + 1; continue; }
      for (let k = 0; k < SEPARATORS.length; k++) {
        const s = SEPARATORS[k]!;
        if (!(next[k]! >= 0 && next[k]! < lineEnd)) continue;
        // A comma or a run of spaces also occurs in prose ("Namn, adress och telefon"): such a header needs three
        // columns, each short and of at most three words. Checked on the spans before any cell is read.
        if ((s === ',' || s === '  ') && lineEnd - pos > 200) continue;
        const nSpans = splitCells(text, pos, lineEnd, s);
        if ((s === ',' || s === '  ') && proseSpans(text, pos, nSpans)) continue;
        // "Fält (se bilaga): kund_id,efternamn,fornamn": a lead-in before the first column name is left out.
        // Built by pushing onto a literal, not by `map`: one elements kind whichever tier of V8 runs it (see `next`).
        const r: (ColumnRole | undefined)[] = [];
        let named = false;
        for (let c = 0; c < nSpans; c++) {
          const head = headText(text.slice(cellBuf[2 * c]!, cellBuf[2 * c + 1]!).toLowerCase());
          // (A person's number or e-mail column, a telephone or an IP column is read by its one rule alone: no table
          // for the cell readers.)
          const role = roleOf(head);
          const read = headerOnly(role) ? undefined : role;
          if (read !== undefined) named = true;
          r.push(read);
        }
        // A form's label and its value, "Kund:<tab>Berit Ålund" over "Adress:<tab>Storgatan 4", is no header: its value
        // would be read as a heading (round 20).
        if (nSpans >= 2 && named && !labelAndValue(text, r)) {
          roles = r;
          sep = s;
          // The header's own cells are headings, no person's name ("Name;Street;City", "Nimi;Osoite;Kaupunki"; round 12):
          // kept with the cells of things, whose findings the name detector drops, once a row below has as many cells
          // (a lone row "DA SILVA, JOÃO;Förare" is a person and a role, not a header).
          headCells = [];
          for (let c = 0; c < nSpans; c++) if (cellBuf[2 * c + 1]! > cellBuf[2 * c]!) headCells.push({ role: 'thing', start: cellBuf[2 * c]!, end: cellBuf[2 * c + 1]! });
          headStarts = [];
          if (s === '  ') for (let c = 0; c < nSpans; c++) headStarts.push(cellBuf[2 * c]! - pos);
          break;
        }
      }
    }
    pos = eol + 1;
  }
  return out;
}

/**
 * Whether the cells in `cellBuf` with their roles `r` are a form's label and its value: the first ends in a colon, the
 * second has no role and no colon at its end ("Kund:", "Berit Ålund"), where a header's cells are all labels ("Namn:;Adress:").
 */
function labelAndValue(text: string, r: readonly (ColumnRole | undefined)[]): boolean {
  const a0 = cellBuf[0]!, b0 = cellBuf[1]!, a1 = cellBuf[2]!, b1 = cellBuf[3]!;
  return b0 > a0 && text.charCodeAt(b0 - 1) === 58 && b1 > a1 && text.charCodeAt(b1 - 1) !== 58 && r[1] === undefined;
}

/** The weekdays, Swedish and English, short and long, lower case: a table's and a roster's labels (one list for column-names.ts too). */
export const WEEKDAY_WORDS: readonly string[] = ('mån tis ons tor tors fre lör sön må ti on to fr lö sö måndag tisdag onsdag torsdag fredag lördag söndag ' +
  'mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday').split(' ');
// A weekday (not its two-letter forms, "on", "to") or a week first on a group's label line ("MÅN 8/4", "Tisdag", "v. 15",
// "Vecka 12").
const GROUP_WORD = new RegExp(`^(?:${WEEKDAY_WORDS.filter((w) => w.length > 2).join('|')}|v|v\\.|vecka|week)(?![\\p{L}])`, 'iu');
/** Whether the line [a, b) is a group's label inside a table: short, no colon, a digit or a weekday or week word first. */
function groupLabel(text: string, a: number, b: number): boolean {
  while (a < b && text.charCodeAt(a) === 32) a++;
  if (b - a < 2 || b - a > 24 || charIn(text, 58, a, b) >= 0) return false;
  const line = text.slice(a, b);
  return GROUP_WORD.test(line) || /^[\d./ –-]+$/.test(line);
}

// A status or an answer in a person's column ("OK", "EJ", "KLAR" under "Sign" where no one signed yet): no one's name or
// initials, so no cell for the name rules (round 20).
const STATUS_CELL = /^(?:ok|ej|nej|ja|klar|klart|avklarad|avklarat|pågår|påg|väntar|stängd|stängt|öppen|öppet|avbruten|avbrutet|utförd|utfört|åtgärdad|åtgärdat|yes|no|done|open|closed|pending)\.?$/i;

// Staff initials alone in a row's last cell: "JN", "KRa".
const LAST_INITIALS = /^(?:\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})$/u;
const TRAILING_COLON = /:$/;
const LEAD_IN = /^.{0,40}:[ \u00a0]+/;
const UNDERSCORE = /_/g;
/**
 * A header cell as roleOf reads it: without a colon at its end or a lead-in before one ("Fält (se bilaga): kund_id"),
 * "_" read as a space. The patterns run only on a cell that has a colon or an underscore: most cells tried as a header
 * are prose between two commas (every such line is tried), and the three replacements ran on each.
 */
function headText(cell: string): string {
  let head = cell;
  if (head.indexOf(':') >= 0) head = head.replace(TRAILING_COLON, '').replace(LEAD_IN, '');
  if (head.indexOf('_') >= 0) head = head.replace(UNDERSCORE, ' ');
  return head;
}

// Cell values that say nothing is there.
// Module constants, not literals in the functions: esbuild rewrites a \p{…} literal to `new RegExp(…)`, built per call.
const NAME_CELL = /^\p{L}[\p{L}'’. &-]*(?:, ?\p{L}[\p{L}'’. &-]*)?$/u;
const CELL_UPPER = /\p{Lu}/u;
const ADDRESS_CELL = /\p{L}{2,}[ \u00a0]\d{1,4}/u;
const EMPTY_VALUE = /^(?:-+|–|saknas|okänd|okänt|uppgift saknas|n\/a|na|null|ej angiven|ej angivet|se ovan|dito|\?+)$/i;

/** Whether a cell under a name header looks like a name: letters, spaces, hyphens, a comma, "&" or an initial; no digits. */
export function nameLike(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && !EMPTY_VALUE.test(value) && NAME_CELL.test(value) &&
    CELL_UPPER.test(value) && piecesBetweenBlanks(value) <= 5;
}
/**
 * value.split(/[ ,]+/).length without the split (issue 15, speed: a split by a pattern builds a new pattern and an
 * array per call, and ran for every cell of a name column): one piece, and one more after each run of spaces and commas.
 */
function piecesBetweenBlanks(value: string): number {
  let n = 1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c === 32 || c === 44) && (i === 0 || (value.charCodeAt(i - 1) !== 32 && value.charCodeAt(i - 1) !== 44))) n++;
  }
  return n;
}

/** Whether a cell under an address header looks like a street address: a word and a house number. */
export function addressLike(value: string): boolean {
  return value.length <= 80 && !EMPTY_VALUE.test(value) && ADDRESS_CELL.test(value);
}
