// Generated training documents for the contextual name model (issue 15): names of many origins (faker's given names
// and surnames of 27 Latin-script locales, plus invented names made of their syllables, which no list knows) put into
// varied Swedish templates – letters, e-mail headers, minutes, registers and CSV exports, PDF-table text, field notes,
// social-services prose, court lists, chats – together with the capitalised words that are *not* names there: places,
// streets, firms, authorities, systems, headings. Seeded: the same seed gives the same documents. Every template is
// written here from the classes in issue 15, never copied from a development set.
// Used by src/scripts/train-name-context.mjs; `npx tsx src/scripts/generate-name-docs.mjs 3` prints three documents.
import { readFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import wordListPath from 'word-list';
import { seeded } from '../detect/name-model-train.ts';


const LOCALES = ['sv', 'sv', 'sv', 'fi', 'nb_NO', 'da', 'de', 'pl', 'tr', 'hu', 'vi', 'yo_NG', 'zu_ZA', 'en_GH', 'en_IN', 'es', 'pt_BR',
  'it', 'fr', 'nl', 'cs_CZ', 'sk', 'hr', 'ro', 'lv', 'af_ZA', 'az', 'id_ID', 'en', 'en_NG', 'sr_RS_latin', 'uz_UZ_latin', 'ku_kmr_latin',
  // Round 8: more origins, and more of the commonest ones in Swedish everyday text (Finnish, Polish, Turkish, Balkan).
  'fr_SN', 'en_NP', 'sl_SI', 'pt_PT', 'es_MX', 'en_ZA', 'ro_MD', 'fi', 'pl', 'tr', 'sr_RS_latin'];
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’ -]*$/u;
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const uniq = (xs) => [...new Set(xs)];
const pools = {};
for (const loc of uniq(LOCALES)) {
  const p = allLocales[loc]?.person;
  if (!p) continue;
  const first = uniq(flat(p.first_name).map(String).filter((w) => LATIN.test(w) && w.length > 1));
  const last = uniq(flat(p.last_name).map(String).filter((w) => LATIN.test(w) && w.length > 1));
  if (first.length > 5 && last.length > 5) pools[loc] = { first, last };
}
const origins = LOCALES.filter((l) => pools[l]);

// Syllables of the names of every locale, for invented names that sound like a real origin but are in no list.
const SYL = /[^aeiouyåäöáéíóúàèìòùâêîôûãõäëïöüæøœąęěėīūāēőűůươăđ]*[aeiouyåäöáéíóúàèìòùâêîôûãõäëïöüæøœąęěėīūāēőűůươăđ]+/giu;
const syllables = {};
for (const [loc, p] of Object.entries(pools)) {
  const s = [];
  for (const w of [...p.first, ...p.last]) {
    const parts = w.toLowerCase().split(/[ -]/)[0].match(SYL);
    if (parts) s.push(parts);
  }
  syllables[loc] = s;
}

const dataDir = new URL('../detect/data/', import.meta.url);
const places = readFileSync(new URL('places.txt', dataDir), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.includes(' '));
const sv = allLocales.sv.location;

const ROLES = ['handläggaren', 'socialsekreteraren', 'fältteknikern', 'montören', 'kundtjänstmedarbetaren', 'enhetschefen', 'ordföranden',
  'sekreteraren', 'utredaren', 'inspektören', 'vaktmästaren', 'elektrikern', 'kollegan', 'grannen', 'hyresgästen', 'ägaren', 'föredraganden',
  'rådmannen', 'nämndemannen', 'tolken', 'kontaktpersonen', 'sjuksköterskan', 'läraren', 'rektorn', 'mäklaren', 'advokaten', 'ombudet'];
const KIN = ['sonen', 'dottern', 'maken', 'makan', 'sambon', 'brodern', 'systern', 'mamman', 'pappan', 'barnet', 'mormor', 'farfar', 'kusinen'];
const VERBS = ['ringde', 'skrev', 'hörde av sig', 'kom in', 'berättade', 'uppgav', 'meddelade', 'mejlade', 'besökte kontoret', 'svarade', 'klagade',
  'skickade in blanketten', 'var inte hemma', 'har flyttat', 'betalade fakturan', 'bokade en tid', 'lämnade synpunkter'];
const TOPICS = ['fakturan', 'mätarbytet', 'avläsningen', 'ansökan', 'klagomålet', 'ärendet', 'avtalet', 'flytten', 'beslutet', 'hyran', 'skulden',
  'avbetalningsplanen', 'läckan', 'sophämtningen', 'elavbrottet', 'bygglovet', 'tillsynen', 'anmälan', 'överklagandet'];
const SYSTEMS = ['Teams', 'Outlook', 'Excel', 'BankID', 'Visma', 'Platina', 'Treserva', 'Lifecare', 'Procapita', 'Public 360', 'Ciceron',
  'Edge', 'Windows', 'Kivra', 'Swish', 'Autogiro', 'Mina sidor', 'Google Maps', 'Power BI', 'SharePoint'];
const AUTHORITIES = ['Kronofogden', 'Skatteverket', 'Försäkringskassan', 'Polisen', 'Migrationsverket', 'Socialnämnden', 'Kommunstyrelsen',
  'Miljö- och hälsoskyddsnämnden', 'Byggnadsnämnden', 'Tekniska förvaltningen', 'Socialförvaltningen', 'Länsstyrelsen', 'Arbetsförmedlingen',
  'Förvaltningsrätten', 'Tingsrätten', 'Hovrätten', 'Justitieombudsmannen', 'Energimarknadsinspektionen', 'Region Sörmland', 'Lantmäteriet'];
const HEADINGS = ['BESLUT', 'YRKANDEN', 'BAKGRUND', 'BEDÖMNING', 'PROTOKOLL', 'NÄRVARANDE', 'ÄRENDE', 'SAMMANFATTNING', 'Bakgrund', 'Bedömning',
  'Beslut', 'Övrigt', 'Närvarande', 'Justering', 'Ärendebeskrivning', 'Utredning', 'Åtgärder', 'Kundinformation', 'Anteckningar', 'Uppföljning'];
// Capitalised words that are no names, of the kinds a register, a letter or an English passage holds.
const ABBREVIATIONS = ['Nr', 'Tel', 'Fax', 'Mobil', 'Org.nr', 'OCR', 'SMS', 'PDF', 'IBAN', 'BIC', 'EU', 'GDPR', 'VAT', 'ID', 'NB', 'OBS', 'Ref', 'Dnr',
  'Bilaga', 'Sida', 'Avd', 'Tfn', 'Kv', 'Lgh', 'Box', 'Att', 'Ang', 'PS', 'Ca', 'Mån', 'Tis', 'Ons', 'Tor', 'Fre'];
const DIRECTIONS = ['Nord', 'Syd', 'Öst', 'Väst', 'Mitt', 'Norra', 'Södra', 'Östra', 'Västra', 'Centrum', 'Bergslagen', 'Mälardalen'];
const ENGLISH = ['I am writing about the invoice', 'Also, I would like to know', 'Please find attached', 'Thank you for your reply',
  'The meter was replaced in May', 'We are moving abroad next month', 'Could you send the form in English', "I'm not sure what this charge is",
  'Kind regards and thanks', 'My wife and I have lived here since', 'According to the contract', 'Sorry for the late answer'];
const COUNTRIES = allLocales.sv.location.country.filter((c) => /^\p{Lu}[\p{Ll}]+$/u.test(c));
const CITIES = uniq(['en', 'de', 'fi', 'pl', 'es', 'fr', 'it', 'nl', 'pt_BR', 'tr', 'hu', 'cs_CZ', 'nb_NO', 'da'].flatMap((l) => flat(allLocales[l]?.location?.city_name))
  .map(String).filter((c) => /^\p{Lu}[\p{Ll}]+$/u.test(c)));
// Vehicles in incident and field reports: a make and a model are capitalised words, no names.
const MAKES = ['Volvo', 'Saab', 'Audi', 'BMW', 'Toyota', 'Kia', 'Tesla', 'Nissan', 'Renault', 'Hyundai', 'Volkswagen', 'Ford', 'Skoda', 'Peugeot',
  'Mercedes', 'Opel', 'Citroën', 'Mazda', 'Honda', 'Subaru', 'Polestar', 'Scania', 'Fiat', 'Dacia', 'Seat', 'Cupra', 'Mitsubishi', 'Suzuki', 'Lexus'];
const MODELS = ['V70', 'XC60', 'Golf', 'Passat', 'Corolla', 'Model Y', 'Model 3', 'Leaf', 'Kona', 'Niro', 'Octavia', 'Transit', 'Sprinter',
  'Kangoo', 'Berlingo', 'Yaris', 'Focus', 'Astra', 'ID.4', 'Ioniq', 'Outback', 'Qashqai', 'Duster', 'Clio', 'Zoe', 'Tiguan', 'Caddy'];
// Labels and codes in forms, logs and work orders: capitalised, often abbreviated, no names.
const LABELS = ['Handl', 'Ref', 'Kundnr', 'KUNDNR', 'Anl', 'Ärendenr', 'Ordernr', 'AO', 'Fakturanr', 'Offertnr', 'Dnr', 'Avd', 'Sign', 'Status',
  'Typ', 'Kat', 'Prio', 'Tid', 'Datum', 'Belopp', 'Notering', 'Åtgärd', 'Objekt', 'Kanal', 'IN', 'UT', 'Övr'];
// Round 8: the words of forms, signatures and quoted replies that are capitalised and no names.
const FORM_LABELS = ['Sökande', 'Medsökande', 'Kontaktperson', 'Vårdnadshavare 1', 'Vårdnadshavare 2', 'Elev', 'Patient', 'Hyresgäst',
  'Innehavare', 'Ägare', 'Beställare', 'Utförd av', 'Attesterad av', 'Godkänd av', 'Handläggare', 'Ansvarig', 'Inspektör', 'Ombud',
  'Mottagare', 'Betalningsmottagare', 'Kontoinnehavare', 'Namnförtydligande', 'Anmälare', 'Uppgiftslämnare', 'Delägare', 'Dödsbodelägare',
  'Referensperson', 'Närstående', 'God man', 'Förvaltare', 'Kund', 'Avsändare', 'Registrerad av', 'Granskad av', 'Kontrollant'];
const FORM_OTHER = ['Enhet', 'Verksamhet', 'Avdelning', 'Skola', 'Förvaltning', 'Kategori', 'Ärendetyp', 'Betalsätt', 'Språk', 'Bank', 'Kommun',
  'Objekt', 'Anläggning', 'Status', 'Prioritet', 'Kanal', 'System', 'Ort', 'Land', 'Medborgarskap'];
const UNITS = ['Björnen', 'Ugglan', 'Räven', 'Ekorren', 'Humlan', 'Nyckelpigan', 'Blåbäret', 'Lingonet', 'Solrosen', 'Snäckan', 'Stjärnan',
  'Regnbågen', 'Tallen', 'Linden', 'Kotten', 'Vitsippan', 'Fjärilen', 'Igelkotten', 'Månen', 'Vågen', 'Norrsken', 'Vintergatan'];
const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'August', 'September', 'October', 'November', 'December'];
// Round 9: Swedish verbs in the present tense, as chats write them after a name (a closed list from grammar, not from text).
const PRESENT = ['ringer', 'kommer', 'säger', 'skriver', 'frågar', 'väntar', 'undrar', 'betalar', 'flyttar', 'bor', 'tar', 'kollar', 'hämtar',
  'lämnar', 'mejlar', 'svarar', 'åker', 'hör', 'vet', 'tycker', 'sköter', 'bokar', 'skickar', 'ordnar', 'fixar', 'berättar'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'];

// Round 10b: English words of four to nine letters from word-list 4.1.0 (MIT, the general list the character model
// trains on), for technical words made of them ("Cache-Control", "Request-Id", a product or field name), and statuses.
const EN_TECH = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{4,9}$/.test(w));
const STATUS = ['OK', 'SENT', 'FAILED', 'PENDING', 'DELIVERED', 'ERROR', 'EXPIRED', 'REJECTED', 'KLAR', 'BOKAD', 'AVBOKAD', 'SKICKAD',
  'MOTTAGEN', 'AKTIV', 'SPÄRRAD', 'NY', 'ÖPPEN', 'STÄNGD'];
const CONTRACTIONS = ["I'll", "I've", "I'd", "We'll", "You'll", "It's", "Don't", "Can't", "We're", "They'll"];

export function generateNameDocs(seed, count) {
  const rnd = seeded(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p) => rnd() < p;
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);

  const invented = (loc) => {
    const s = syllables[loc];
    const n = chance(0.6) ? 2 : 3;
    let w = '';
    for (let i = 0; i < n; i++) { const parts = pick(s); w += i === 0 ? parts[0] : pick(parts); }
    if (chance(0.3)) w += pick(['n', 'r', 's', 'l', 'm', 't', 'h', 'k', 'd']);
    return cap(w);
  };
  // A person: given names and surname of one origin, sometimes invented, sometimes with a middle name or two surnames.
  const person = () => {
    const loc = pick(origins);
    const p = pools[loc];
    const inv = chance(0.3);
    const first = inv ? invented(loc) : pick(p.first).split(' ')[0];
    // A Swedish surname is often a place or a word ("Nordmark", "Ekbacken"): the lists call those places and words.
    const last = inv && chance(0.7) ? invented(loc) : loc === 'sv' && chance(0.15) ? pick(places) : pick(p.last);
    const middle = chance(0.12) ? (inv ? invented(loc) : pick(p.first).split(' ')[0]) : null;
    const last2 = chance(0.06) ? (chance(0.5) ? '-' : ' ') + pick(p.last) : '';
    const particle = chance(0.03) ? pick(['von ', 'af ', 'de ', 'van der ', 'al-', 'bin ']) : '';
    return { first, middle, last: particle + last + last2 };
  };
  const full = (p) => [p.first, p.middle, p.last].filter(Boolean).join(' ');
  // The forms a name takes in a document; `register` forms are for lists and exports.
  const form = (p, register = false) => {
    const r = rnd();
    if (register) {
      if (r < 0.3) return `${p.last}, ${p.first}`;
      if (r < 0.45) return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`;
      if (r < 0.55) return `${p.last.toUpperCase()} ${p.first.toUpperCase()}`;
      if (r < 0.65) return `${p.last} ${p.first}`;
      // Round 9: surname and the initials of the given names, as payroll, time and delivery lists write them.
      if (r < 0.72) return `${p.last} ${p.first.charAt(0)}${p.middle ? ` ${p.middle.charAt(0)}` : ''}`;
      if (r < 0.78) return `${p.last.toUpperCase()} ${p.first.charAt(0).toUpperCase()}`;
      return full(p);
    }
    // Round 9: a nickname in quotes between given name and surname, part of the name: Jonatan "Jonte" Berg.
    if (r < 0.03) return `${p.first} ${pick(['"', '”', '\''])}${cap(p.first.slice(0, 3).toLowerCase())}${pick(['e', 'a', 'is', 'an', 'y', 'o', 'ke'])}${pick(['"', '”', '\''])} ${p.last}`;
    if (r < 0.62) return full(p);
    if (r < 0.7) return `${p.first} ${p.last}`.toUpperCase();
    if (r < 0.76) return `${p.first} ${p.last.charAt(0)}${chance(0.5) ? '.' : ''} ${p.last}`.replace(/ (\S)\.? (\S+)$/, ` $1${chance(0.5) ? '.' : ''} $2`);
    if (r < 0.82) return `${p.first.charAt(0)}. ${chance(0.3) ? `${(p.middle ?? pick(pools[pick(origins)].first)).charAt(0)}. ` : ''}${p.last}`;
    if (r < 0.88) return `${p.first.toUpperCase()} ${p.last}`;
    if (r < 0.94) return `${p.first} ${p.last.toUpperCase()}`;
    return `${p.first} ${p.last}`;
  };
  const place = () => (chance(0.5) ? pick(places) : pick(sv.city_prefix) + pick(sv.city_suffix));
  const street = () => `${chance(0.5) ? pick(sv.street_name_part) : pick(places)}${pick(sv.street_suffix)} ${int(1, 120)}${chance(0.2) ? pick(['A', 'B', 'C']) : ''}`;
  const firm = () => {
    const r = rnd();
    const base = pick(pools[pick(origins)].last);
    if (r < 0.3) return `${base}s ${pick(['Måleri', 'Bygg', 'Åkeri', 'Elservice', 'VVS', 'Städ', 'Rör'])} AB`;
    if (r < 0.5) return `${place()} ${pick(['Energi', 'Vatten', 'Bostäder', 'Fastigheter', 'Kraft', 'Elnät'])} AB`;
    if (r < 0.65) return `${place()} kommun`;
    if (r < 0.8) return `Brf ${cap(pick(['tallkotten', 'eken', 'solrosen', 'björken', 'ugglan', 'lärkan', 'hamnen']))}`;
    // (Round 9: also a trading or limited partnership, "KB" or "HB" after the partners' surnames.)
    return `${base} & ${pick(pools[pick(origins)].last)} ${chance(0.6) ? 'Advokatbyrå' : pick(['KB', 'HB'])}`;
  };
  const pnr = () => `${int(40, 99)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}-${digits(4)}`;
  const phone = () => `07${int(0, 9)}-${digits(3)} ${digits(2)} ${digits(2)}`;
  const date = () => `2024-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const email = (p) => `${p.first.toLowerCase()}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}@example.se`;

  const docs = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    const entities = [];
    const t = (s) => { text += s; };
    const n = (s) => { entities.push({ type: 'name', start: text.length, end: text.length + s.length }); text += s; };
    const people = Array.from({ length: int(2, 5) }, person);
    const P = () => pick(people);
    // Sentences whose capitalised words are no names: places abroad, firms, systems, abbreviations, English.
    const other = () => {
      const r = rnd();
      if (r < 0.12) t(`Kunden har flyttat till ${pick(CITIES)} i ${pick(COUNTRIES)} och vill ha ${pick(TOPICS)} via ${pick(SYSTEMS)}. `);
      else if (r < 0.22) t(`Betalning från ${pick(COUNTRIES)}: IBAN ${pick(['SE', 'FI', 'DE', 'PL'])}${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)}, BIC ${pick(['NDEA', 'HAND', 'SWED', 'ESSE', 'DEUT'])}${pick(['SESS', 'FIHH', 'DEFF', 'PLPW'])}, ${pick(['Banco', 'Banca', 'Bank'])} ${pick(COUNTRIES)}. `);
      else if (r < 0.32) t(`${pick(ABBREVIATIONS)}: ${digits(int(3, 8))}. ${pick(ABBREVIATIONS)} ${digits(int(2, 6))}. `);
      else if (r < 0.42) t(`${pick(ENGLISH)}. ${pick(ENGLISH)}, ${pick(SYSTEMS)} ${pick(['did not work', 'is down', 'shows the wrong amount'])}. `);
      else if (r < 0.5) t(`Ärendet gäller ${pick(['Region', 'Polisregion', 'Område', 'Distrikt', 'Enhet'])} ${pick(DIRECTIONS)} och ${place()} ${pick(DIRECTIONS).toLowerCase()}. `);
      else if (r < 0.58) t(`${pick(['A', 'B', 'C', 'D'])}. ${pick(['Samma villkor gäller', 'Nytt avtal', 'Övriga frågor', 'Ingen ändring'])}. ${pick(['A', 'B', 'C', 'D'])}. ${pick(['Beslut', 'Avslag', 'Bifall'])} enligt ${pick(AUTHORITIES)}. `);
      else if (r < 0.66) t(`Leverantören ${invented(pick(origins))} ${pick(['levererar', 'har bytt', 'fakturerar'])} ${pick(TOPICS)} och ${pick(SYSTEMS)} ${pick(['används', 'uppdateras'])} i ${pick(CITIES)}. `);
      else if (r < 0.74) t(`${pick(HEADINGS).toUpperCase()} ${pick(HEADINGS).toUpperCase()}\n`);
      else if (r < 0.82) t(`${cap(pick(TOPICS))} skickas till ${pick(AUTHORITIES)} i ${place()} och ${pick(COUNTRIES)}. `);
      else if (r < 0.9) t(`Se ${pick(['Bilaga', 'Sida', 'Avsnitt', 'Punkt'])} ${int(1, 9)} och ${pick(['Tabell', 'Figur', 'Bilaga'])} ${int(1, 9)}. `);
      else if (r < 0.95) {
        // A passage in another language (words made of one origin's syllables): its capitalised words are places and
        // sentence starts, and the words around them are no Swedish words.
        const loc = pick(origins);
        const word = () => invented(loc).toLowerCase();
        const city = () => `${pick([...CITIES, ...COUNTRIES])}${pick(['ssa', 'sta', 'an', 'ban', 'de', 'da', 'iin', ''])}`;
        t(`${invented(loc)} ${chance(0.5) ? city() : word()} ${word()} ${word()}, ${word()} ${word()} ${city()}. `);
        if (chance(0.5)) t(`${invented(loc)} ${word()} ${city()} ${word()}. `);
      }
      else if (r < 0.98) {
        // Units, systems and programmes by their acronyms, in a row or alone: capitals, no initials of a person.
        const acr = () => Array.from({ length: int(2, 4) }, () => String.fromCharCode(65 + int(0, 25))).join('');
        t(`${pick(['Enligt', 'Ärendet gick till', 'Remiss till', 'Beslut av', 'Kopia till'])} ${acr()}${chance(0.5) ? ` ${acr()}` : ''}${chance(0.3) ? ` ${acr()}` : ''} ${pick(['har fått ärendet', 'ska ärendet avslutas', 'och enheten', 'inom förvaltningen', 'den ' + int(1, 28) + ' ' + pick(MONTHS)])}. `);
      }
      else t(`${pick(['Mån', 'Tis', 'Ons', 'Tor', 'Fre'])} ${int(1, 28)}/${int(1, 12)}: ${pick(['Stängt', 'Öppet', 'Avläsning', 'Service'])} ${pick(['Kl', 'kl'])} ${int(7, 18)}. `);
    };
    const sentence = () => {
      if (chance(0.3)) { other(); return; }
      const p = P();
      const r = rnd();
      if (r < 0.12) { t(`${cap(pick(TOPICS))} gäller `); n(full(p)); t(` på ${street()} i ${place()}. `); }
      else if (r < 0.24) { t(`Vi har pratat med ${pick(ROLES)} `); n(chance(0.5) ? full(p) : p.last); t(` om ${pick(TOPICS)}. `); }
      else if (r < 0.34) { n(full(p)); t(` ${pick(VERBS)} den ${int(1, 28)} ${pick(MONTHS)}. `); }
      else if (r < 0.42) { t(`Enligt ${pick(KIN)} `); n(p.first); t(` har ${pick(TOPICS)} redan betalats. `); }
      else if (r < 0.5) { t(`${pick(AUTHORITIES)} skickade ${pick(TOPICS)} till `); n(form(p)); t(` i ${place()}. `); }
      else if (r < 0.56) { n(p.first); t(` ${pick(VERBS)} igen och frågade om ${pick(TOPICS)}. `); }
      else if (r < 0.62) { t(`Ärendet handläggs i ${pick(SYSTEMS)} och ${firm()} har fått en kopia. `); }
      else if (r < 0.68) { t(`Mötet hölls med `); n(full(p)); t(', '); const q = P(); n(full(q)); t(` och ${pick(ROLES)} `); n(P().last); t('. '); }
      else if (r < 0.74) { t(`${cap(pick(ROLES))} `); n(p.last); t(` bedömde att ${pick(TOPICS)} ska prövas av ${pick(AUTHORITIES)}. `); }
      else if (r < 0.8) { t(`Familjen `); n(p.last); t(` bor sedan ${int(1990, 2023)} på ${street()}. `); }
      else if (r < 0.85) { t(`Det framgår av ${pick(TOPICS)} att `); n(p.last); t(` inte har svarat. `); }
      else if (r < 0.9) { t(`Kontakta gärna `); n(full(p)); t(` på ${phone()} eller ${email(p)}. `); }
      else if (r < 0.92) { t(`I ${place()} och ${place()} har ${pick(TOPICS)} försenats på grund av ${pick(SYSTEMS)}. `); }
      else { t(`${cap(pick(TOPICS))} skickades till ${firm()} den ${date()}. `); }
      // Forms the rules read badly: a genitive, a nickname in quotes, children with a birth year, a reference by given
      // name, staff initials in parentheses, a couple written together.
      const q = P();
      const r2 = rnd();
      if (r2 < 0.1) { t(`Enligt `); n(`${q.last}${/s$/.test(q.last) ? '' : 's'}`); t(` ${pick(['ansökan', 'son', 'hyresvärd', 'ombud', 'bil', 'skulder', 'överföringar'])} ${pick(VERBS)}. `); }
      else if (r2 < 0.18) { t(`${cap(pick(KIN))} till `); n(`${q.first} ${q.last}${/s$/.test(q.last) ? '' : 's'}`); t(` ${pick(['ärende', 'ansökan', 'skuld'])} har ${pick(['avslutats', 'skickats vidare'])}. `); }
      else if (r2 < 0.24) { t(`En man som uppgav sig heta "`); n(q.first); t(`" ${pick(VERBS)}. `); }
      else if (r2 < 0.3) { t(`Hon har ${int(2, 3)} barn, `); n(q.first); t(` (född ${int(2005, 2022)}) och `); n(P().first); t(` (född ${int(2005, 2022)}). `); }
      else if (r2 < 0.36) { t(`Ref: `); n(q.first); t(` (${pick(['chef', 'handledare', 'kollega', 'granne'])}, ${pick(['vill ej kontaktas', 'nås efter kl 16', 'ring först'])}). `); }
      else if (r2 < 0.42) { t(`Samtalet togs av `); n(q.first); t(' ('); n(`${q.first.charAt(0)}${q.last.slice(0, chance(0.5) ? 1 : 2)}`.toUpperCase()); t(`) som ${pick(VERBS)}. `); }
      else if (r2 < 0.46) { const c = person(); n(`${q.first} och ${c.first} ${q.last}`); t(` ${pick(VERBS)}. `); }
      else if (r2 < 0.52) { t(`Han körde en ${pick(['vit', 'svart', 'röd', 'grå'])} ${pick(MAKES)} ${pick(MODELS)} (${String.fromCharCode(65 + int(0, 25), 65 + int(0, 25), 65 + int(0, 25))} ${digits(2)}${String.fromCharCode(65 + int(0, 25))}). `); }
      else if (r2 < 0.58) { t(`${pick(LABELS)}: ${pick(LABELS).toUpperCase()}-${int(20, 25)}-${digits(4)}  ${pick(LABELS)} ${digits(int(4, 7))}. `); }
    };
    const kindRoll = rnd();
    if (chance(0.08)) {
      // A chat, SMS or Teams log: times first, messages mostly in lower case, names in lower case too ("vera ringde
      // igår", "/anette", "grannen heter ahmed osman"), beside lower-case words that are names in the lists as well
      // ("kan", "per", "hans", "ström") and places and streets in lower case.
      const staff = person();
      const low = (s) => s.toLowerCase();
      const lines = int(5, 12);
      // (Round 8: also the date-first forms of chat and SMS exports, which name-model-hook.ts reads as chat lines.)
      const stamp = pick(['[hh:mm] ', 'hh:mm ', 'hh:mm:ss;IN;', 'YYYY hh:mm ', 'DD.MM.2025, hh:mm - ', '[DD.MM.25, hh:mm:ss] ', 'YYYY;hh:mm;IN;']);
      for (let k = 0; k < lines; k++) {
        const hh = String(int(6, 22)).padStart(2, '0');
        const mm = digits(2).replace(/^[6-9]/, '5');
        t(stamp.replace('hh', hh).replace('mm', mm).replace('ss', digits(2).replace(/^[6-9]/, '1')).replace('YYYY', date()).replace('IN', pick(['IN', 'UT']))
          .replace('DD', String(int(1, 28)).padStart(2, '0')).replace('MM', String(int(1, 12)).padStart(2, '0')));
        if (stamp.includes(';')) t(`467${digits(8)};`);
        else if (chance(0.5)) { n(chance(0.7) ? full(staff) : `${staff.first.charAt(0)}. ${staff.last}`); t(': '); } else t(`${pick(['Besökare', 'Kund', 'Du', 'Bot'])}: `);
        const p = P();
        const q = P();
        const r = rnd();
        if (r < 0.1) {
          // Round 9: a given name in lower case and a verb in the present tense, which the lists may hold as a surname
          // ("ringer", "kommer"): before, the branch meant for this (r < 0.2 below) was never reached.
          n(low(p.first)); t(` ${pick(PRESENT)} ${pick(['tillbaka', 'imorgon', 'om fakturan', 'på måndag', 'nog', 'sen', 'att det är fel', 'in pengarna'])}`);
        } else if (r < 0.3) {
          // Any sentence of the other templates, written in lower case (letter by letter, so the offsets stay).
          const from = text.length;
          sentence();
          text = text.slice(0, from) + Array.from(text.slice(from), (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join('');
        } else if (r < 0.37) { t(`hej jag heter `); n(low(chance(0.5) ? full(p) : p.first)); t(` och bor på ${low(street())}`); }
        else if (r < 0.2) { n(low(p.first)); t(` ${pick(VERBS)} ${pick(['igår', 'i morse', 'nyss', 'förra veckan'])} om ${pick(TOPICS)}`); }
        else if (r < 0.28) { t(`${pick(['min mamma', 'grannen', 'min pappa', 'hyresgästen'])} heter `); n(low(full(p))); t(`, ${pick(['hon', 'han'])} ${pick(['är bortrest', 'har inte ström', 'bor ensam', 'är sjuk'])}`); }
        else if (r < 0.36) { t(`${pick(['hon har', 'han har', 'vi har'])} inte ${pick(['ström', 'vatten', 'värme'])}, ${pick(['kan ni', 'kan någon', 'går det att'])} ${pick(['ringa', 'komma förbi', 'kolla'])}? `); t(pick(['/', 'mvh ', 'hälsningar ', '// '])); n(low(p.first)); }
        else if (r < 0.44) { t(`${pick(['pratade med', 'ringde till', 'mejlade', 'hörde av mig till'])} `); n(low(chance(0.5) ? p.last : full(p))); t(` ${pick(['igår', 'om fakturan', 'på kontoret', 'i receptionen'])}`); }
        else if (r < 0.5) { n(low(p.first)); t(' o '); n(low(`${q.first} ${p.last}`)); t(` ${pick(['har ringt', 'väntar på svar', 'bor på ' + low(street())])}`); }
        else if (r < 0.56) { t(`${pick(['det var', 'fråga', 'be'])} `); n(low(p.first)); t(` ${pick(['som tog samtalet', 'ringa mig', 'om nyckeln'])}`); }
        else if (r < 0.62) { t(`ok tack `); n(low(p.first)); t(pick(['!', ' 👍', '', '.'])); }
        else if (r < 0.7) { n(low(p.last)); t(` på ${low(place())} ${pick(['har fått fel faktura', 'vill säga upp avtalet', 'ringer om mätaren'])}`); }
        else if (r < 0.8) t(`${pick(['kan', 'ska', 'vill'])} ni ${pick(['skicka', 'ändra', 'kolla'])} ${pick(TOPICS)}? ${pick(['hans', 'per', 'bo', 'kan', 'sten', 'ström', 'björk'])} ${pick(['bil', 'månad', 'i huset', 'mätare', 'vägen'])} ${pick(['står kvar', 'är fel', 'gick sönder'])}`);
        else if (r < 0.9) t(`${pick(['ja', 'nej', 'ok', 'tack', 'hej'])} ${pick(['det blir bra', 'jag väntar', 'hela ' + low(place()) + ' är ute', 'vi kommer vid ' + int(8, 16)])} ${pick(['per', 'på', 'till'])} ${pick(['månad', low(place()), low(street())])}`);
        else t(`${pick(['avbrott i', 'montör skickad till', 'felanmälan från'])} ${low(place())}, ${low(street())}. ${pick(['ring 020-41 41 00', 'svara STOPP', 'se mina sidor'])}`);
        t('\n');
      }
    } else if (kindRoll < 0.16) {
      // E-mail thread with headers and a signature.
      const a = people[0];
      const b = people[1];
      t('Från: '); n(full(a)); t(` <${email(a)}>\nSkickat: den ${int(1, 28)} ${pick(MONTHS)} 2024 ${int(8, 20)}:${int(10, 59)}\nTill: `);
      if (chance(0.5)) { t("'"); n(full(b)); t("'"); } else n(full(b));
      t(`\nÄmne: SV: ${cap(pick(TOPICS))}\n\n${pick(['Hej', 'Hej', 'Hejsan', 'Bästa'])} `); n(b.first); t(',\n\n');
      for (let k = int(2, 5); k > 0; k--) sentence();
      t(`\n\n${pick(['Med vänlig hälsning', 'Vänliga hälsningar', 'Mvh', 'Hälsningar', 'Best regards'])}\n`); n(chance(0.7) ? full(a) : a.first);
      t(`\n${cap(pick(ROLES).replace(/en$|n$/, ''))}, ${firm()}\n`);
    } else if (kindRoll < 0.3) {
      // Register or CSV export.
      const sep = pick([';', ';', '|', '\t', ',']);
      const caps = chance(0.4);
      const cols = pick([['Namn', 'Personnummer', 'Adress', 'Telefon'], ['Efternamn', 'Förnamn', 'Gata', 'Postnr', 'Ort'], ['Kundnr', 'Namn', 'Ort', 'Status'], ['Anläggning', 'Kund', 'Telefon']]);
      t(cols.map((c) => (caps ? c.toUpperCase() : c)).join(sep) + '\n');
      for (let r = int(3, 10); r > 0; r--) {
        const p = person();
        const cells = cols.map((c) => c);
        cols.forEach((c, i) => {
          if (i > 0) t(sep);
          const up = (s) => (caps ? s.toUpperCase() : s);
          if (c === 'Namn' || c === 'Kund') n(up(form(p, true).replace(',', sep === ',' ? '' : ',')));
          else if (c === 'Efternamn') n(up(p.last));
          else if (c === 'Förnamn') n(up(p.first));
          else if (c === 'Personnummer') t(pnr());
          else if (c === 'Adress' || c === 'Gata') t(up(street()));
          else if (c === 'Postnr') t(`${int(100, 985)} ${digits(2)}`);
          else if (c === 'Ort') t(up(place()));
          else if (c === 'Telefon') t(phone());
          else if (c === 'Status') t(pick(['Aktiv', 'Avslutad', 'Inkasso', 'Flyttad', 'Ny']));
          else t(digits(int(5, 8)));
          void cells;
        });
        t('\n');
      }
    } else if (kindRoll < 0.36) {
      // A comma- or semicolon-separated export without a header or with a lower-case one: surname and given name in
      // separate cells, a log of calls signed with staff initials.
      const sep = pick([',', ';']);
      if (chance(0.5)) t(`anl_id${sep}efternamn${sep}fornamn${sep}pnr${sep}gata${sep}postnr${sep}ort\n`);
      for (let r = int(3, 9); r > 0; r--) {
        const p = person();
        t(`735999${digits(12)}${sep}`); n(p.last); t(sep); n(p.first); t(`${sep}19${pnr()}${sep}${street()}${sep}${int(100, 985)} ${digits(2)}${sep}${place()}\n`);
      }
      t('\n');
      for (let r = int(2, 5); r > 0; r--) {
        const p = person();
        const staff = person();
        t(`${date()} ${int(8, 17)}:${int(10, 59)}  ${pick(['IN', 'UT'])}  ${phone()}  ${pick(['Handl', 'Sign', 'Utförare', 'Handläggare'])}: `);
        n(`${staff.first.charAt(0)}${staff.last.slice(0, chance(0.6) ? 1 : 2)}`.toUpperCase()); t('\n');
        t(`${pick(['Samtal från', 'Mejl från', 'Besök av'])} `); n(full(p)); t(` om ${pick(TOPICS)}.\n`);
      }
    } else if (kindRoll < 0.4) {
      // Work orders and a driver's log signed with staff initials, defined once ("Förare: OT = Oskar Tran").
      const staff = Array.from({ length: int(2, 4) }, () => {
        const p = person();
        return { p, ini: `${p.first.charAt(0)}${p.last.slice(0, chance(0.6) ? 1 : 2)}`.toUpperCase().replace(/[^A-ZÅÄÖ]/g, 'X') };
      });
      const S = () => pick(staff);
      t(`${pick(['Körjournal', 'Arbetsorder', 'Jourschema', 'Servicelogg'])} ${pick(MONTHS)} 2025\n\n${pick(['Datum  Förare  Start km  Ärende', 'Datum  Sign  Åtgärd', 'Nr  Datum  Utförare  Objekt'])}\n`);
      for (let r = int(3, 8); r > 0; r--) {
        t(`${String(int(1, 28)).padStart(2, '0')}/${String(int(1, 12)).padStart(2, '0')}  `); n(S().ini);
        t(`${' '.repeat(int(2, 6))}${digits(5)}  ${pick(LABELS).toUpperCase()}-${int(20, 25)}-${digits(3)} ${chance(0.5) ? street() : pick(TOPICS)}\n`);
      }
      t('\n');
      const r = rnd();
      if (r < 0.3) { const a = S(); const b = S(); t(`${pick(['Montörerna', 'Teknikerna', 'Handläggarna'])} `); n(a.ini); t(' och '); n(b.ini); t(` ${pick(VERBS)}. `); }
      else if (r < 0.6) { t('Samtal:\n– '); n(S().ini); t(` ${pick(['upplever att', 'bekräftar att', 'menar att'])} ${pick(TOPICS)} ${pick(['dröjer', 'är klar', 'måste göras om'])}.\n`); }
      else { t(`${pick(['Behandlad av', 'Åtgärdsansvarig', 'Handl', 'Jour'])}: `); n(S().ini); t(` (${pick(['primär', 'sekundär', 'lärling'])})   ${pick(['Status', 'Prio', 'Kanal'])}: ${pick(['Klar', 'Hög', 'Telefon', 'OK'])}\n`); }
      t(`\n${pick(['Förare', 'Utförare', 'Personal'])}: `);
      staff.forEach((x, i) => { if (i > 0) t(', '); n(x.ini); t(' = '); n(full(x.p)); });
      t('\n');
    } else if (kindRoll < 0.44) {
      // Minutes with members, parties and an attendance list.
      t(`PROTOKOLL\n${pick(AUTHORITIES)}\nSammanträde ${date()}\n\nNärvarande:\n`);
      for (let k = int(3, 7); k > 0; k--) {
        const p = person();
        n(full(p)); t(chance(0.6) ? ` (${pick(['S', 'M', 'V', 'C', 'L', 'KD', 'MP', 'SD'])})` : ''); t(chance(0.4) ? `, ${pick(['ordförande', 'ledamot', 'ersättare', 'sekreterare'])}` : ''); t('\n');
      }
      t(`\n§ ${int(1, 99)} ${cap(pick(TOPICS))}\n`);
      for (let k = int(2, 4); k > 0; k--) sentence();
      t('\nJusteras\n\n'); n(full(P())); t('\t'); n(full(P())); t('\n');
    } else if (kindRoll < 0.52) {
      // Flattened PDF table: cells run together, a name may break over two lines.
      t(`${pick(HEADINGS)}\n`);
      for (let r = int(3, 7); r > 0; r--) {
        const p = person();
        // (Round 11: also "Efternamn," at a line's end and the given name under it, indented, as a wrapped cell.)
        if (chance(0.3)) { n(p.first); t('\n'); n(p.last); } else if (chance(0.2)) { n(p.last); t(`,\n${' '.repeat(int(0, 14))}`); n(p.first); } else n(form(p, chance(0.5)));
        t(`  ${street()}  ${int(100, 985)} ${digits(2)} ${place().toUpperCase()}  ${chance(0.5) ? pnr() : phone()}\n`);
      }
    } else if (kindRoll < 0.64) {
      // Social-services or field notes: children's given names, kinship, lone surnames.
      const child = person();
      const parent = P();
      t(`${pick(['Journalanteckning', 'Utredning', 'Fältrapport', 'Anteckning'])} ${date()}\n\n`);
      t(`${cap(pick(KIN))} `); n(child.first); t(` (${int(3, 17)} år) bor med `); n(full(parent)); t(` på ${street()}. `);
      n(child.first); t(` ${pick(['går i skolan', 'har svårt att sova', 'berättade om hemmet', 'mår bättre nu'])}. `);
      for (let k = int(1, 4); k > 0; k--) sentence();
      t(`\n\n/${parent.first.charAt(0)}${parent.last.charAt(0)}`.toUpperCase() + '\n');
    } else if (kindRoll < 0.72) {
      // Court report with a judges' list.
      t(`${pick(['Förvaltningsrätten', 'Tingsrätten', 'Hovrätten', 'Kammarrätten'])} i ${place()}\nMål nr ${int(100, 9999)}-${int(20, 24)}\n\n`);
      t('Klagande: '); n(full(P())); t(`\nMotpart: ${pick(AUTHORITIES)}\n\n`);
      for (let k = int(2, 4); k > 0; k--) sentence();
      t('\n\nI avgörandet deltog ');
      const judges = Array.from({ length: int(2, 4) }, person);
      judges.forEach((j, i) => { if (i > 0) t(i === judges.length - 1 ? ' och ' : ', '); t(pick(['rådmannen ', 'nämndemännen ', '', ''])); n(chance(0.5) ? full(j) : j.last); });
      t('.\n');
    } else if (kindRoll < 0.8) {
      // Address block letter.
      const p = P();
      n(form(p)); t(`\n${chance(0.3) ? 'c/o ' : ''}${street()}${chance(0.3) ? ` lgh ${int(1001, 1304)}` : ''}\n${int(100, 985)} ${digits(2)} ${place().toUpperCase()}\n\n`);
      t(`${pick(HEADINGS)}\n\n`);
      for (let k = int(2, 5); k > 0; k--) sentence();
      t('\n\n'); n(full(P())); t(`\n${cap(pick(ROLES).replace(/en$|n$/, ''))}\n`);
    } else if (kindRoll < 0.86) {
      // Chat or log lines with staff initials and names.
      for (let k = int(4, 9); k > 0; k--) {
        const p = P();
        t(`${date()} ${int(8, 20)}:${digits(2)} `);
        if (chance(0.5)) { n(chance(0.7) ? p.first : `${p.first.charAt(0)}. ${p.last}`); t(': '); } else { t(`${pick(['Kund', 'Handläggare', 'Tekniker'])}: `); }
        t(`${pick(['Hej', 'Ok', 'Tack', 'Jag'])} ${pick(VERBS)} ${pick(['igår', 'nu', 'i morgon'])}${chance(0.4) ? ', mvh ' : '. '}`);
        if (chance(0.4)) n(p.first);
        t('\n');
      }
    } else {
      // Running prose with headings and foreign places, firms and systems.
      t(`${pick(HEADINGS)}\n\n`);
      for (let k = int(3, 8); k > 0; k--) { sentence(); if (chance(0.2)) t(`\n\n${pick(HEADINGS)}\n\n`); }
      t('\n');
    }
    // A second part in some of the documents: forms the templates above lack (issue 15's messy text).
    const extra = rnd();
    if (extra < 0.05) {
      // A customer's letter signed with a given name alone on its line, or a signature block with title and firm.
      const p = P();
      t(`\n\n${pick(['Tack så mycket', 'Tack på förhand', 'Vänligen', 'Hälsningar', 'Ha det bra', 'Tack för hjälpen'])}${pick(['', '!', ','])}\n`);
      n(chance(0.5) ? p.first : full(p));
      if (chance(0.5)) t(`\n${cap(pick(ROLES).replace(/en$|n$/, ''))}\n${firm()}\nTel ${phone()}\n`);
      else t('\n');
    } else if (extra < 0.1) {
      // A register in capitals, surname first, with two surnames or two given names.
      const sep = pick(['  ', '\t', ' | ']);
      t(`\n${pick(['KUNDNR', 'NR', 'ANL'])}${sep}${pick(['NAMN', 'KUND', 'MOTTAGARE'])}${sep}${pick(['ORT', 'STATUS'])}\n`);
      for (let r = int(3, 6); r > 0; r--) {
        const p = person();
        const q = person();
        t(`${digits(6)}${sep}`);
        const last = chance(0.4) ? `${p.last} ${q.last}` : p.last;
        const first = chance(0.4) ? `${p.first} ${q.first}` : p.first;
        n(chance(0.6) ? `${last.toUpperCase()}, ${first.toUpperCase()}` : `${last.toUpperCase()}, ${first}`);
        t(`${sep}${chance(0.5) ? place().toUpperCase() : pick(['AKTIV', 'AVSLUTAD', 'FLYTTAD'])}\n`);
      }
    } else if (extra < 0.22) {
      // A quoted reply under the answer: a header line in one of the mail programs' forms, then the quoted message with
      // "> " before each line, a greeting by given name and a signature (round 8).
      const a = P();
      const b = P();
      const r = rnd();
      t('\n\n');
      if (r < 0.35) { t(`Den ${int(1, 28)} ${pick(MONTHS)} ${int(2023, 2026)} kl. ${int(7, 22)}:${int(10, 59)} skrev `); n(full(a)); t(` <${email(a)}>:\n`); }
      else if (r < 0.6) { t(`On ${pick(WEEKDAYS_EN)}, ${int(1, 28)} ${pick(MONTHS_EN)} ${int(2023, 2026)} at ${int(7, 22)}:${int(10, 59)}, `); n(full(a)); t(` <${email(a)}> wrote:\n`); }
      else {
        t(`-----${pick(['Ursprungligt meddelande', 'Original Message', 'Vidarebefordrat meddelande'])}-----\nFrån: `); n(full(a));
        t(`${chance(0.5) ? ` [mailto:${email(a)}]` : ''}\nSkickat: ${pick(['den ', ''])}${int(1, 28)} ${pick(MONTHS)} ${int(2023, 2026)} ${int(7, 22)}:${int(10, 59)}\nTill: `);
        n(full(b)); if (chance(0.4)) { t('; '); n(full(P())); }
        t(`\n${chance(0.4) ? 'Kopia: ' : ''}`); if (text.endsWith('Kopia: ')) { n(full(P())); t('\n'); }
        t(`Ämne: ${pick(['SV: ', 'VB: ', 'RE: ', 'FW: ', ''])}${cap(pick(TOPICS))}\n`);
      }
      const q = r < 0.6 ? '> ' : '';
      t(`${q}\n${q}${pick(['Hej', 'Hejsan', 'Hej hej', 'Hi', 'God morgon', 'Bästa'])} `); n(b.first); t(`${pick([',', '!', ''])}\n${q}`);
      for (let k = int(1, 3); k > 0; k--) { sentence(); if (chance(0.5)) t(`\n${q}`); }
      t(`\n${q}\n${q}${pick(['Mvh', 'Med vänlig hälsning', 'Hälsningar', 'Vänligen', 'Kind regards', 'Tack!', '//'])}${pick(['\n' + q, ' ', '\n' + q])}`);
      n(pick([a.first, full(a), `${a.first} ${a.last.charAt(0)}`, a.first]));
      t('\n');
    } else if (extra < 0.29) {
      // A form with labelled fields, one a line or two a line: the persons under their labels, and capitalised values
      // of other fields that are no names (units, places, languages, banks) (round 8).
      t(`\n\n${pick(['ANSÖKAN', 'Blankett', 'ANMÄLAN', 'Registreringsformulär', 'Uppgifter om sökande', 'Beställning', 'Kontrollrapport'])}\n`);
      for (let k = int(3, 8); k > 0; k--) {
        const r = rnd();
        const sep = pick([': ', ':\t', ' ', ': ', '……… ']);
        if (r < 0.45) {
          const p = person();
          t(`${pick(FORM_LABELS)}${sep}`);
          const f = rnd();
          if (f < 0.5) n(full(p)); else if (f < 0.65) n(`${p.last}, ${p.first}`); else if (f < 0.8) n(`${p.first} ${p.last}`.toUpperCase()); else n(chance(0.5) ? p.first : p.last);
          if (chance(0.3)) { const tel = chance(0.4); t(`${pick(['   ', '\t', ', '])}${tel ? pick(['Tel', 'Mobil']) : pick(['Personnummer', 'Pnr'])}${sep}${tel ? phone() : pnr()}`); }
        } else if (r < 0.6) {
          const p = person();
          t(`Förnamn${sep}`); n(chance(0.3) ? p.first.toUpperCase() : p.first); t(chance(0.5) ? '\n' : '   ');
          t(`Efternamn${sep}`); n(chance(0.3) ? p.last.toUpperCase() : p.last);
        } else if (r < 0.85) {
          const f = pick(FORM_OTHER);
          t(`${f}${sep}${f === 'Avdelning' || f === 'Enhet' ? pick(UNITS) : f === 'Ort' || f === 'Kommun' ? place() : f === 'Land' || f === 'Medborgarskap' ? pick(COUNTRIES)
            : f === 'Språk' ? pick(['Finska', 'Arabiska', 'Somaliska', 'Tigrinja', 'Polska', 'Engelska', 'Persiska', 'Turkiska']) : f === 'Bank' ? pick(['Nordea', 'Swedbank', 'Handelsbanken', 'SEB', 'Danske Bank', 'ICA Banken'])
              : f === 'Skola' ? `${place()}skolan` : f === 'System' ? pick(SYSTEMS) : cap(pick(TOPICS))}`);
        } else t(`${pick(['Datum', 'Ärendenr', 'Dnr', 'Belopp', 'Telefon'])}${sep}${pick([date(), phone(), `${int(100, 9999)} kr`, `${int(20, 26)}-${digits(4)}`])}`);
        t('\n');
      }
      if (chance(0.5)) { t(`\nUnderskrift ______________  Namnförtydligande: `); n(full(P())); t('\n'); }
    } else if (extra < 0.36) {
      // Given names alone in running text, where only the sentence says they are persons (round 8).
      t('\n\n');
      for (let k = int(2, 4); k > 0; k--) {
        const p = P();
        const r = rnd();
        const f = p.first;
        if (r < 0.1) { t(`Ring `); n(f); t(` när ${pick(['du är klar', 'nyckeln är hämtad', 'mätaren är bytt'])}. `); }
        else if (r < 0.2) { t(`Jag pratade med `); n(f); t(` ${pick(['igår', 'i morse', 'förra veckan', 'på telefon'])} om ${pick(TOPICS)}. `); }
        else if (r < 0.3) { t(`${pick(['Tack', 'Hej', 'Hälsa', 'Grattis'])} `); n(f); t(`${pick(['!', '.', ', vi hörs.'])} `); }
        else if (r < 0.4) { n(f); t(` ${pick(['tar det', 'har nyckeln', 'är sjuk idag', 'är på semester', 'åker ut i morgon', 'svarar inte'])}. `); }
        else if (r < 0.5) { t(`${pick(['Fråga', 'Kolla med', 'Stäm av med', 'Skicka till'])} `); n(f); t(` ${pick(['om nyckeln', 'innan du bokar', 'på måndag', 'vad som gäller'])}. `); }
        else if (r < 0.6) { t(`Det var `); n(f); t(` ${pick(['som ringde', 'som tog emot anmälan', 'på växeln', 'från kundtjänst'])}. `); }
        else if (r < 0.7) { t(`${cap(pick(TOPICS))} ${pick(['ligger hos', 'skickades till', 'granskas av', 'bokades av'])} `); n(f); t('. '); }
        else if (r < 0.8) { t(`Hon och `); n(f); t(` ${pick(['bor kvar i lägenheten', 'har delad vårdnad', 'kom tillsammans'])}. `); }
        else if (r < 0.9) { t(`Enligt `); n(f); t(` ${pick(['är felet åtgärdat', 'ska hyran sänkas', 'har ingen varit där'])}. `); }
        else { n(f); t(` och `); n(P().first); t(` ${pick(['delar på passet', 'var på plats', 'ringer tillbaka'])}. `); }
      }
      t('\n');
    } else if (extra < 0.4) {
      // A quoted CSV export, names as "Surname, Given name" in one cell or surname and given name in capitals (round 8).
      t(`\n"${pick(['Namn', 'Kund', 'Mottagare', 'Sökande'])}";"${pick(['Pnr', 'Personnummer'])}";"${pick(['Belopp', 'Ort', 'Status'])}"\n`);
      for (let r = int(3, 7); r > 0; r--) {
        const p = person();
        t('"'); n(chance(0.5) ? `${p.last}, ${p.first}` : chance(0.5) ? `${p.last} ${p.first}`.toUpperCase() : full(p)); t(`";"${pnr()}";"${chance(0.5) ? `${int(100, 9999)},00` : place()}"\n`);
      }
    } else if (extra < 0.45) {
      // A signature block: name, title and unit with bars or on lines, firm, phone; or a short sign-off (round 8).
      const p = P();
      const r = rnd();
      t('\n\n');
      if (r < 0.4) { n(full(p)); t(` | ${cap(pick(ROLES).replace(/en$|n$/, ''))} | ${firm()}\n${pick(['Tel', 'Tfn', 'Mobil', 'Direkt'])} ${phone()} | ${email(p)}\n`); }
      else if (r < 0.7) { t(`${pick(['//', '/', '-- ', 'Mvh '])}`); n(chance(0.5) ? p.first : `${p.first} ${p.last.charAt(0)}`); t(`\n${chance(0.5) ? `Skickat från min ${pick(['iPhone', 'Samsung-mobil', 'Android'])}\n` : ''}`); }
      else { t(`${pick(['Hälsningar', 'Vänliga hälsningar', 'Best regards'])}\n\n`); n(full(p)); t(`\n${cap(pick(ROLES).replace(/en$|n$/, ''))}\n${pick(AUTHORITIES)}\n${place()}\n`); }
    } else if (extra < 0.5) {
      // A scanned page: a heading in title case, a name broken by hyphenation over two lines, OCR-read digits.
      const p = person();
      t(`\n${pick(['Mötets Öppnande', 'Bakgrund Och Syfte', 'Beslut I Ärendet', 'Övriga Frågor', 'Kundens Synpunkter', 'Åtgärder Och Uppföljning'])}\n`);
      const cut = Math.max(2, Math.floor(p.last.length / 2));
      t(`${pick(['Ärendet gäller', 'Ansökan från', 'Klagomål från', 'Kontakt med'])} `);
      if (p.last.length >= 6 && !/[- ]/.test(p.last)) n(`${p.first} ${p.last.slice(0, cut)}-\n${p.last.slice(cut)}`);
      else n(full(p));
      t(`, ${pick(['kundnr', 'anl.nr', 'tel'])} ${digits(3).replace(/0/g, 'O')}${digits(4).replace(/1/g, 'l')}, ${pick(['Igh', 'lgh'])} ${int(1001, 1304)}.\n`);
    } else if (extra < 0.55) {
      // Round 9: a bulleted or numbered list of persons with a role or party after the name, beside list items that are
      // units, places and systems in the same layout.
      const mark = pick(['- ', '• ', '* ', '', '1. ', '– ']);
      t(`\n\n${pick(['Deltagare', 'Närvarande', 'Kontaktpersoner', 'Arbetsgrupp', 'Ansvariga', 'Sändlista', 'Berörda'])}:\n`);
      for (let k = int(3, 7), i = 1; k > 0; k--, i++) {
        const m = mark === '1. ' ? `${i}. ` : mark;
        if (chance(0.25)) { t(`${m}${pick([...AUTHORITIES, ...SYSTEMS, `Enhet ${pick(UNITS)}`, `${place()} ${pick(['förskola', 'skola', 'vårdcentral'])}`])}${chance(0.5) ? ` (${pick(['via Teams', 'på plats', 'ersättare'])})` : ''}\n`); continue; }
        const p = person();
        t(m); n(chance(0.8) ? full(p) : `${p.last}, ${p.first}`);
        t(`${pick([', ', ' – ', ' (', ' ', '\t'])}`);
        if (text.endsWith('(')) t(`${pick(['ordf.', 'sekr.', 'S', 'M', 'V', 'C', 'adj.', 'ers.'])})`);
        else if (!text.endsWith('\t') || chance(0.5)) t(pick([...ROLES.map((r) => r.replace(/en$|n$/, '')), pick(AUTHORITIES), place()]));
        t('\n');
      }
    } else if (extra < 0.6) {
      // Round 9: a table with bars or semicolons, given name and surname in cells of their own or together, a header row,
      // and cells of other capitalised values (status, town, unit).
      const sep = pick([' | ', ';', '\t', ' ; ']);
      const split = chance(0.5);
      const bar = sep === ' | ' && chance(0.5);
      const row = (cells) => { t(`${bar ? '| ' : ''}`); cells.forEach((c, i) => { if (i > 0) t(sep); c(); }); t(`${bar ? ' |' : ''}\n`); };
      const head = split ? ['Förnamn', 'Efternamn'] : [pick(['Namn', 'Kund', 'Elev', 'Boende', 'Sökande'])];
      row([...head, pick(['Ort', 'Enhet', 'Status']), pick(['Telefon', 'Datum', 'Belopp'])].map((h) => () => t(h)));
      if (bar) row([...head, 'x', 'x'].map(() => () => t('---')));
      for (let r = int(3, 8); r > 0; r--) {
        const p = person();
        const cells = split ? [() => n(p.first), () => n(p.last)] : [() => n(chance(0.3) ? `${p.last} ${p.first}` : full(p))];
        row([...cells, () => t(chance(0.4) ? place() : chance(0.5) ? pick(UNITS) : pick(['Aktiv', 'Avslutad', 'Vilande', 'Ny'])), () => t(chance(0.5) ? phone() : date())]);
      }
    } else if (extra < 0.64) {
      // Round 9: a calendar or booking list: a time span, what, and who, with places and rooms in the same places.
      t(`\n\n${pick(['Bokningar', 'Schema', 'Dagens besök', 'Kalender'])} ${date()}\n`);
      for (let k = int(3, 7); k > 0; k--) {
        const h = int(7, 17);
        t(`${String(h).padStart(2, '0')}${pick([':', '.'])}${pick(['00', '15', '30', '45'])}${pick(['–', '-', ' - '])}${String(h + 1).padStart(2, '0')}:00 `);
        const r = rnd();
        if (r < 0.3) { t(`${pick(['Hembesök', 'Besök', 'Samtal', 'Möte'])} `); n(full(P())); t(` ${pick(['', '(tolk)', '(ny)', `, ${street()}`])}\n`); }
        else if (r < 0.55) { t(`${pick(['Hembesök hos', 'Uppföljning med', 'Telefontid', 'Avstämning med'])} `); n(chance(0.5) ? P().first : full(P())); t('\n'); }
        else if (r < 0.75) { t(`${pick(['Rum', 'Lokal', 'Sal'])} ${pick(UNITS)}: ${pick(['APT', 'Ledningsgrupp', 'Utbildning', 'Städning'])}\n`); }
        else { n(full(P())); t(`, ${pick(['besök', 'samtal', 'telefon'])} ${pick(['i', 'på'])} ${place()}\n`); }
      }
    } else if (extra < 0.72) {
      // Round 9: a time or delivery report in columns: a firm in capitals (a place or a surname's genitive), an order
      // number, the worker as surname and initial (often in capitals), figures; and a status column in capitals.
      const firms = Array.from({ length: int(2, 3) }, () => (chance(0.5) ? `${pick(pools[pick(origins)].last)}s` : `${pick(places)}${pick(['', ' EL', ' BYGG', 'KABEL'])}`).toUpperCase());
      const status = ['SKICKAD', 'MOTTAGEN', 'FEL', 'OK', 'VÄNTAR', 'AVBRUTEN', 'KLAR', 'RETUR', 'EJ SVAR', 'UTFÖRD'];
      const caps = chance(0.6);
      t(`\n\n${pick(['Tidrapport', 'Utskickslogg', 'Leveranser', 'Timmar per entreprenör'])} ${pick(MONTHS)}\n`);
      for (let r = int(4, 9); r > 0; r--) {
        const p = person();
        const who = `${caps ? p.last.toUpperCase() : p.last} ${p.first.charAt(0).toUpperCase()}${chance(0.2) ? ` ${pick(pools[pick(origins)].first).charAt(0)}` : ''}`;
        if (chance(0.5)) {
          t(`${date()} ${pick(firms)}${' '.repeat(int(2, 5))}${pick(['PO', 'AO', 'OR'])}-${digits(5)}   `); n(who);
          // A place and a letter in the next column is no name: a station ("… C"), a building or a stairwell.
          t(`${' '.repeat(int(3, 12))}${chance(0.4) ? `${chance(0.5) ? pick(places) : pick(['Hus', 'Plan', 'Uppgång', 'Etapp', 'Zon'])} ${pick(['A', 'B', 'C', 'C', 'N', 'S', 'Ö', 'V'])}   ` : ''}${int(1, 10)},${pick(['0', '5'])}   ${int(400, 990)},00\n`);
        } else {
          t(`467${digits(8)}${' '.repeat(int(3, 7))}${pick(status)}${' '.repeat(int(3, 7))}`); n(who);
          t(`${chance(0.3) ? ` (${pick(['ombud', 'anhörig', 'fast tel', 'kund'])})` : ''}\n`);
        }
      }
    } else if (extra < 0.74) {
      // Round 9: a customer's agreements as a list: a product or service in capitals (often hyphenated), a number, a
      // status; capitalised words at a line start that are no names.
      t(`\n\n${pick(['== Avtal ==', 'Abonnemang', 'AVTAL', 'Tjänster'])}\n`);
      for (let k = int(2, 4); k > 0; k--) {
        t(`${pick(['FJÄRRVÄRME', 'BREDBAND', 'VA-TAXA', 'EL-AVTAL', 'NÄT-ABONNEMANG', 'SOP-TAXA', 'LADD-BOX', 'ELNÄT', 'SÄKRING-UPP', 'TV-PAKET'])}${' '.repeat(int(2, 6))}`);
        t(`${chance(0.5) ? digits(18) : pick(['Rörligt', 'Fast pris', 'Timpris', 'Bas'])}${' '.repeat(int(2, 6))}${pick(['aktiv', 'avslutad', 'uppsagd', 'vilande'])} ${pick(['sedan', 'från', 't.o.m.'])} ${date()}\n`);
      }
    } else if (extra < 0.82) {
      // Round 10b: a log or register whose category column holds the same value down the rows (a system, a product, a
      // status in capitals, an acronym) beside a column of names that change from row to row; sometimes the handling
      // officer's listed name repeated down its own column (a name, though repeated).
      const cat = chance(0.35) ? invented(pick(origins)) : chance(0.5) ? pick(STATUS) : chance(0.5) ? cap(pick(EN_TECH)) : Array.from({ length: int(2, 4) }, () => String.fromCharCode(65 + int(0, 25))).join('');
      const staff = chance(0.3) ? person() : null;
      const upper = chance(0.5);
      t(`\n\n${pick(['Nr', 'Rad', 'Id', 'Löpnr'])}     ${pick(['System', 'Kanal', 'Status', 'Typ', 'Produkt'])}     ${pick(['Datum', 'Tid'])}        ${pick(['Namn', 'Kund', 'Mottagare', 'Innehavare'])}\n`);
      for (let k = int(3, 6); k > 0; k--) {
        const p = person();
        t(`${digits(5)}   ${cat}${' '.repeat(Math.max(2, 10 - cat.length))}${date()}  `);
        n(upper ? `${p.last.toUpperCase()} ${p.first.toUpperCase()}` : `${p.last}, ${p.first}`);
        if (staff) { t('   '); n(staff.last); }
        t('\n');
      }
    } else if (extra < 0.86) {
      // Round 10b: technical prose: acronyms, field and header names of English words, products and formats, file names,
      // a law by its acronym, an English reply with a contraction – capitalised words in prose that are no names.
      const acr = () => Array.from({ length: int(2, 5) }, () => String.fromCharCode(65 + int(0, 25))).join('');
      const tech = () => { const r = rnd(); return r < 0.4 ? acr() : r < 0.7 ? `${cap(pick(EN_TECH))}-${cap(pick(EN_TECH))}` : r < 0.85 ? cap(pick(EN_TECH)) : invented(pick(origins)); };
      for (let k = int(2, 4); k > 0; k--) {
        const r = rnd();
        if (r < 0.2) t(`Exporten sparas som ${acr()}-fil och läses in i ${tech()} via ${acr()}. `);
        else if (r < 0.35) t(`Fältet ${tech()} i ${pick(['huvudet', 'loggen', 'filen', 'formuläret'])} ska vara tomt, annars ${pick(['svarar', 'stoppar', 'loggar'])} ${tech()} fel ${digits(3)}. `);
        else if (r < 0.5) t(`Upphandlingen gjordes enligt ${acr()} (${int(1990, 2024)}:${int(100, 1200)}) och ${tech()} ${pick(['levereras', 'installeras', 'byts ut'])} i ${pick(MONTHS)}. `);
        else if (r < 0.65) t(`Filen ${pick(EN_TECH)}_${pick(EN_TECH)}.${pick(['json', 'csv', 'xml', 'pdf', 'log', 'txt'])} innehåller ${tech()} och \`${tech()}\`. `);
        else if (r < 0.8) t(`${tech()} ${pick(['visar', 'ger', 'skickar'])} status ${pick(STATUS)} för ${pick(TOPICS)} i ${pick(SYSTEMS)}. `);
        else t(`${pick(CONTRACTIONS)} ${pick(['check', 'send', 'forward', 'tell'])} ${pick(['it', 'the form', 'them'])} ${pick(['tomorrow', 'today', 'next week'])}. ${pick(ENGLISH)}. `);
      }
      if (chance(0.5)) { t(`\n${pick(['Hälsningar', 'Mvh', '/'])} `); n(full(P())); t('\n'); }
    } else if (extra < 0.9) {
      // Round 9: given names listed in running text, with the rest of the sentence lower case: "Tack till Aino, Berit och
      // Omar som …"; and a name after its role with a comma: "vår kurator, Leyla Yilmaz, …".
      const ps = Array.from({ length: int(2, 4) }, () => P());
      t(`\n\n${pick(['Tack till', 'Välkomna', 'Stort tack till', 'Grattis till', 'I gruppen ingår'])} `);
      ps.forEach((p, i) => { if (i > 0) t(i === ps.length - 1 ? ' och ' : ', '); n(p.first); });
      t(` ${pick(['som ställde upp i helgen', 'för ett bra samarbete', 'från och med måndag', 'som började i veckan'])}. `);
      const q = P();
      t(`${pick(['Vår', 'Er', 'Deras'])} ${pick(ROLES.map((r) => r.replace(/en$|n$/, '')))}, `); n(full(q)); t(`, ${pick(['nås på', 'har telefontid', 'svarar på frågor'])} ${pick(['måndagar', 'vardagar', phone()])}.\n`);
    }
    docs.push({ id: `gen-${seed}-${d}`, text, entities });
  }
  return docs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const d of generateNameDocs(1, Number(process.argv[2] ?? 3))) {
    console.log(d.text);
    console.log('  names:', d.entities.map((e) => d.text.slice(e.start, e.end)).join(' | '));
    console.log('-----');
  }
}
