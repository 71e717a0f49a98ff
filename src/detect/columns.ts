// Registers and exports as tables: which column holds what, read from the header row ("Namn;Adress;Postnr").
// A cell under a "Namn" header is a name whether or not its words are in any list; the header is the evidence.

export type ColumnRole = 'name' | 'address' | 'postcode' | 'property';

const ROLE_OF: [RegExp, ColumnRole][] = [
  [/^(?:namn|kundnamn|för- och efternamn|efternamn|förnamn|tilltalsnamn|fullständigt namn|kund|mottagare|avsändare|kontaktperson|kontakt|abonnent|avtalsinnehavare|ägare|fastighetsägare|hyresgäst|elev|sökande|betalare|anmälare|handläggare|name|first name|last name|surname|customer)$/, 'name'],
  [/^(?:adress|gatuadress|anläggningsadress|anl\.adress|utdelningsadress|hemadress|bostadsadress|leveransadress|folkbokföringsadress|address|street)$/, 'address'],
  [/^(?:postnr|postnummer|post nr|postnr\.|zip|postal code)$/, 'postcode'],
  [/^(?:fastighet|fastighetsbeteckning|fastighetsbet\.?)$/, 'property'],
];

export interface Cell {
  role: ColumnRole;
  /** Offsets of the cell's text, spaces trimmed. */
  start: number;
  end: number;
}

const SEPARATORS = [';', '\t', '|'];

// The name and address detectors both read the cells of the same text: the last answer is kept (read-only).
let lastText: string | undefined;
let lastCells: readonly Cell[] = [];

/** The cells of every table in the text whose header names a column as a name, address or postcode. Linear. */
export function roleCells(text: string): readonly Cell[] {
  if (text === lastText) return lastCells;
  const out: Cell[] = [];
  lastText = text;
  lastCells = out;
  if (text.indexOf(';') < 0 && text.indexOf('\t') < 0 && text.indexOf('|') < 0) return out;
  let roles: (ColumnRole | undefined)[] | null = null;
  let sep = '';
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const line = text.slice(pos, lineEnd);
    if (roles && line.includes(sep)) {
      // A row with another number of cells than the header is not read by column: in the number view a row that ends
      // in a digit runs on into the next one ("…;KVARNVÄGEN 3⏎2232;…").
      if (!/^[\s|:+-]*$/.test(line) && line.split(sep).length === roles.length) {
        let cellStart = 0;
        let col = 0;
        for (let k = 0; k <= line.length; k++) {
          if (k < line.length && line[k] !== sep) continue;
          const role = roles[col];
          if (role) {
            let a = cellStart;
            let b = k;
            while (a < b && (line[a] === ' ' || line[a] === '\u00a0')) a++;
            while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\u00a0')) b--;
            if (b > a) out.push({ role, start: pos + a, end: pos + b });
          }
          col++;
          cellStart = k + 1;
        }
      }
    } else {
      roles = null;
      for (const s of SEPARATORS) {
        if (!line.includes(s)) continue;
        const heads = line.split(s).map((h) => h.trim().toLowerCase().replace(/:$/, ''));
        const r = heads.map((h) => ROLE_OF.find(([re]) => re.test(h))?.[1]);
        if (heads.length >= 2 && r.some((x) => x !== undefined)) { roles = r; sep = s; break; }
      }
    }
    pos = eol + 1;
  }
  return out;
}

// Cell values that say nothing is there.
const EMPTY_VALUE = /^(?:-+|–|saknas|okänd|okänt|uppgift saknas|n\/a|na|null|ej angiven|ej angivet|se ovan|dito|\?+)$/i;

/** Whether a cell under a name header looks like a name: letters, spaces, hyphens, a comma or an initial; no digits. */
export function nameLike(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && !EMPTY_VALUE.test(value) && /^\p{L}[\p{L}'’. -]*(?:, ?\p{L}[\p{L}'’. -]*)?$/u.test(value) &&
    /\p{Lu}/u.test(value) && value.split(/[ ,]+/).length <= 5;
}

/** Whether a cell under an address header looks like a street address: a word and a house number. */
export function addressLike(value: string): boolean {
  return value.length <= 80 && !EMPTY_VALUE.test(value) && /\p{L}{2,}[ \u00a0]\d{1,4}/u.test(value);
}
