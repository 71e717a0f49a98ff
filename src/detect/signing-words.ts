// The words that say who signed, made or handled a record, one list each, for every rule that reads them (issue 15, fold
// review): signing.ts (SIGNING_WORDS), name.ts (SIGN_ROLE, LOWER_SIGN), name-users.ts (LOG_VERB), short-forms.ts
// (ACTOR_LABEL_BEFORE). No imports: short-forms.ts, which signing.ts imports, reads these at load time.

/**
 * The words of SIGNING_WORDS that name the signature or the one who signs, no verb and no note: labels of who acts, read
 * before initials by short-forms.ts too (ACTOR_LABELS).
 */
export const SIGNER_WORDS: readonly string[] = [
  'sign', 'sign.', 'signatur', 'underskrift', 'namnteckning', 'mottagare', 'operatör', 'handläggare', 'handl.', 'attestant',
  'besiktningsman', 'justerare',
];
/**
 * The words before a signature, in lower case; a phrase of several words is read word by word. Those marked with a final
 * "*" take a login in lower case as well as initials ("inloggad: mlundh", "utskrift tny", "inlagd av kjb").
 */
export const SIGNING_WORDS: readonly string[] = [
  ...SIGNER_WORDS,
  // signing
  'signerat', 'signerad', 'signerat av*', 'signerad av*',
  // receipts
  'kvitterat', 'kvitterad', 'kvittens', 'kvitterat av*', 'kvitterad av*', 'mottaget av*', 'mottagen av*',
  'utlämnat av*', 'utlämnad av*', 'återlämnat till', 'levererat av*',
  // records and registers
  'registrerat', 'registrerad', 'registrerat av*', 'registrerad av*', 'reg', 'reg.', 'inlagd av*', 'inlagt av*', 'införd av*',
  'infört av*', 'ändrad av*', 'ändrat av*', 'senast ändrad av*', 'uppdaterad av*', 'uppdaterat av*', 'skapad av*', 'skapat av*',
  'inloggad*', 'inloggad som*', 'användare*', 'user*', 'handläggarens notering', 'handläggarens anteckning',
  // notes
  'notering', 'noterat', 'noterad', 'noterat av*', 'anteckning', 'antecknat', 'antecknad', 'antecknat av*', 'kommentar',
  'intern notering', 'internt',
  // printouts
  'utskrift*', 'utskriven*', 'utskrivet*', 'utskriven av*', 'utskrivet av*', 'utskrift av*',
  // attestation, review and approval
  'attest', 'attesterat', 'attesterad', 'attesterat av*', 'attesterad av*', 'granskad', 'granskat',
  'granskad av*', 'granskat av*', 'godkänd av*', 'godkänt av*', 'godkänt', 'godkänd', 'kontrollerad av*', 'kontrollerat av*',
  'besiktigad av*', 'besiktigat av*', 'justerat', 'justerad',
  // the participles of a decision, a task and a record with their agent (round 18: "Beviljad av: EK", "Utförd av KL")
  'beviljad av', 'beviljat av', 'beslutad av', 'beslutat av', 'fattat av', 'utförd av', 'utfört av', 'genomförd av',
  'genomfört av', 'gjord av', 'gjort av', 'dokumenterad av', 'dokumenterat av', 'upprättad av', 'upprättat av', 'handlagd av',
  'handlagt av', 'skriven av', 'skrivet av', 'föredragen av', 'föredraget av',
];
/**
 * Labels before the initials of who acts in a note ("Åtgärd: KD följer upp", "Handl: SE", "Ansvarig: KL"): the words of
 * SIGNER_WORDS and the labels of an action and its owner.
 */
export const ACTOR_LABELS: readonly string[] = [...new Set([...SIGNER_WORDS.map((w) => w.replace(/\.$/, '')), 'åtgärd', 'ansvarig', 'ansv', 'utförd av'])];

/**
 * Verbs of making or handling a record, by stem: the participle (the stem and "d" or "t": "registrerad", "skapat",
 * "körd") says who did it when a name, initials or a login follow "av" ("Registrerat av kdahl", "körd av MH").
 */
export const RECORD_VERB_STEMS: readonly string[] = [
  'registrera', 'skapa', 'ändra', 'uppdatera', 'signera', 'attestera', 'granska', 'exportera', 'skicka', 'upprätta', 'behandla',
  'sammanställ', 'ifyll', 'utför', 'godkän', 'handlag', 'logga', 'kör', 'avsluta', 'stäng', 'rapportera', 'anmäl', 'kontrollera',
  'anteckna', 'notera', 'justera', 'hantera', 'tilldela', 'makulera', 'diarieför', 'besvara', 'verifiera', 'besiktiga',
];
/** The participles of the same kind that are not the stem and "d" or "t". */
export const RECORD_PARTICIPLES_IRREGULAR: readonly string[] = [
  'utskriven', 'utskrivet', 'renskriven', 'renskrivet', 'mottagen', 'mottaget', 'upptagen', 'upptaget', 'gjord', 'gjort',
];
/** Every participle of RECORD_VERB_STEMS and RECORD_PARTICIPLES_IRREGULAR, as a pattern's alternation without groups. */
export const RECORD_PARTICIPLE = `(?:(?:${RECORD_VERB_STEMS.join('|')})[dt]|${RECORD_PARTICIPLES_IRREGULAR.join('|')})`;
