// Swedish user-facing texts for requests (begäran om allmän handling): labels, error messages, date words.

/** Weekday names indexed like Date#getUTCDay (0 = söndag). */
export const weekdayNames = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'] as const;

/** Month names indexed 0-11. */
export const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const statusLabels = {
  registered: 'Registrerad',
  in_progress: 'Under handläggning',
  in_review: 'Under sekretessprövning',
  decided: 'Beslutad',
  closed: 'Avslutad',
  withdrawn: 'Återkallad',
} as const;

export const channelLabels = {
  email: 'E-post',
  phone: 'Telefon',
  letter: 'Brev',
  visit: 'Besök',
  web_form: 'Webbformulär',
} as const;

/** What a request asks for (OSL 6 kap. 4 § for uppgifter). */
export const asksForLabels = {
  documents: 'Allmänna handlingar',
  information: 'Uppgifter (6 kap. 4 § offentlighets- och sekretesslagen)',
} as const;

export const formWantedLabels = {
  on_site: 'På plats',
  paper_copy: 'Papperskopia',
  electronic_copy: 'Elektronisk kopia',
} as const;

/** Error messages for the registration form, GOV.UK style: imperative, in the label's words (STYLE.md 8). */
export const requestErrors = {
  receivedDateMissing: 'Fyll i när begäran kom in.',
  receivedDateFormat: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.',
  receivedDateImpossible: 'Datumet måste vara ett riktigt datum.',
  receivedDateFuture: 'Datumet kan inte ligga i framtiden.',
  receivedTimeMissing: 'Fyll i vilken tid begäran kom in.',
  receivedTimeFormat: 'Skriv tiden som TT:MM, till exempel 09:30.',
  receivedTimeImpossible: 'Tiden måste vara en riktig tid.',
  receivedTimeFuture: 'Tiden kan inte ligga i framtiden.',
  channelMissing: 'Välj hur begäran kom in.',
  descriptionMissing: 'Beskriv vad som begärs.',
  descriptionTooLong: (max: number) => `Beskrivningen får vara högst ${max} tecken.`,
  formWantedMissing: 'Välj hur sökanden vill ta del av handlingarna.',
  asksForInvalid: 'Välj om begäran gäller allmänna handlingar eller uppgifter.',
  requesterNameTooLong: (max: number) => `Namnet får vara högst ${max} tecken.`,
  requesterContactTooLong: (max: number) => `Kontaktuppgiften får vara högst ${max} tecken.`,
  diarienummerTooLong: (max: number) => `Diarienumret får vara högst ${max} tecken.`,
  identityQuestionTooLong: (max: number) => `Frågan om identitet eller syfte får vara högst ${max} tecken.`,
  identityQuestionMissing: 'Fyll i vilken fråga om identitet eller syfte som ställdes.',
  identityReasonMissing: 'Fyll i varför sekretessprövningen behöver frågan om identitet eller syfte.',
  identityReasonTooLong: (max: number) => `Skälet får vara högst ${max} tecken.`,
} as const;

/** Phrases the deadline explanation is built from; kept here so wording can change in one place. */
export const deadlineTexts = {
  receivedAt: (day: string, time: string) => `Kom in ${day} kl. ${time}`,
  weekend: 'helg',
  publicHoliday: (name: string) => `${name}, helgdag`,
  treatedAsHoliday: (name: string) => `${name}, räknas som helgdag`,
  afterHours: (endOfDay: string) => `arbetsdagen slutar kl. ${endOfDay}`,
  countsFrom: (day: string) => `räknas från ${day}`,
  answerSameDay: 'Svar senast samma arbetsdag',
  answerLater: (n: number) => `Svar senast ${n} ${n === 1 ? 'arbetsdag' : 'arbetsdagar'} senare`,
  secrecyExtra: (n: number) =>
    n === 0 ? 'Sekretessprövning: ingen extra tid' : `Sekretessprövning: ytterligare ${n} ${n === 1 ? 'arbetsdag' : 'arbetsdagar'}`,
  extended: (due: string) => `Omfattande material: förlängd tid till ${due}, sökanden underrättad.`,
  extensionIgnored: (due: string) =>
    `Omfattande material: angiven tid ${due} ligger före ordinarie tid och används inte.`,
} as const;

/** Error messages of the request commands (status change, assignment, notes, extension). */
export const commandErrors = {
  statusUnknown: 'Välj vilken status begäran ska få.',
  transitionRefused: (from: string, to: string) => `Begäran kan inte gå från ${from.toLowerCase()} till ${to.toLowerCase()} med din roll.`,
  reasonMissing: 'Skriv varför.',
  reopenReasonMissing: 'Skriv varför begäran återöppnas.',
  reopenNotDecided: 'Begäran är inte beslutad eller avslutad och behöver inte återöppnas.',
  reasonTooLong: (max: number) => `Skälet får vara högst ${max} tecken.`,
  handlerUnknown: 'Välj en handläggare i listan.',
  reviewerUnknown: 'Välj en jurist i listan.',
  noteMissing: 'Skriv anteckningen.',
  noteTooLong: (max: number) => `Anteckningen får vara högst ${max} tecken.`,
  untilMissing: 'Fyll i det nya datumet.',
  untilFormat: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.',
  untilNotLater: 'Det nya datumet måste ligga efter den ordinarie svarstiden.',
  extensionNoteMissing: 'Skriv hur och när sökanden fick veta att det tar längre tid.',
  extensionNoteTooLong: (max: number) => `Anteckningen får vara högst ${max} tecken.`,
  extensionNotOpen: 'Bara en öppen begäran kan få förlängd tid.',
} as const;
