// Whether a release may be published in the reading room: its own assessment, because secrecy is relative to the requester (OSL 21:7, 12 kap. 1 §, 10 kap. 14 §).

/**
 * The legal basis for publishing personal data in the reading room (GDPR art. 6(1)): none needed when
 * the handlingar hold no personal data; otherwise a task in the public interest (art. 6(1)(e)) or a
 * legal obligation (art. 6(1)(c)), explained in a note. Publishing is not required by TF: it is a
 * processing of its own.
 */
export const personalDataBases = ['none', 'public_task', 'legal_obligation'] as const;
export type PersonalDataBasis = (typeof personalDataBases)[number];
export const isPersonalDataBasis = (v: unknown): v is PersonalDataBasis => typeof v === 'string' && (personalDataBases as readonly string[]).includes(v);

export const personalDataBasisLabels: Record<PersonalDataBasis, string> = {
  none: 'Handlingarna innehåller inga personuppgifter efter maskeringen',
  public_task: 'Uppgift av allmänt intresse (dataskyddsförordningen art. 6.1 e)',
  legal_obligation: 'Rättslig förpliktelse (dataskyddsförordningen art. 6.1 c)',
};

export const publicationTexts = {
  subjectRequest:
    'Svaret på en registrerads begäran är personens egna uppgifter (dataskyddsförordningen art. 15), lämnade till just den personen. Det kan inte publiceras i läsesalen.',
  condition: 'Utlämnandet skedde med förbehåll, som bara binder den sökanden (OSL 10 kap. 14 §). Det kan inte publiceras i läsesalen.',
  exemption:
    'Läckvakten har undantag ("lämna ut här") i begärans handlingar. Ett sådant undantag gällde just den sökanden (till exempel egna uppgifter, OSL 12 kap. 1 §) och kan inte publiceras i läsesalen.',
  ownData: 'Utlämnandet gällde sökandens egna uppgifter (OSL 12 kap. 1 §): sekretessen gällde inte mot just den sökanden. Det kan inte publiceras i läsesalen.',
  ownDataAsked:
    'Under sekretessprövningen frågades om uppgifterna gäller sökanden själv (OSL 12 kap. 1 §). Utlämnandet prövades för just den sökanden och kan inte publiceras i läsesalen.',
  ownDataMissing: 'Svara på om utlämnandet gällde sökandens egna uppgifter (OSL 12 kap. 1 §).',
  reasoningMissing: 'Skriv varför inget i de utlämnade handlingarna är sekretessbelagt mot vem som helst.',
  basisMissing: 'Välj den rättsliga grunden för att publicera personuppgifter.',
  noteMissing: 'Förklara den rättsliga grunden för att publicera personuppgifterna.',
  tooLong: (n: number) => `Texten får vara högst ${n} tecken.`,
  refusal: 'Begäran avslogs helt: det finns inget utlämnat att publicera.',
} as const;

export const PUBLICATION_TEXT_MAX = 4000;

export interface PublicationInput {
  ownData: boolean;
  secrecyReasoning: string;
  basis: PersonalDataBasis;
  basisNote: string;
}

/**
 * What stops a release from being published, whatever the jurist writes: a förbehåll binds one
 * requester (OSL 10 kap. 14 §), and a leak-guard exemption was made for one requester (often their
 * own data, OSL 12 kap. 1 §). The reading room is for what anyone could have been given.
 */
export function publicationBlocker(release: { subjectRequest: boolean; hasCondition: boolean; exemptions: number; ownDataQuestions?: number }): string | null {
  // A data subject's answer is the person's own data by definition; the form's "own data?" question
  // was the only stop, and a jurist answering it wrongly put an extract with a personnummer in the läsesal.
  if (release.subjectRequest) return publicationTexts.subjectRequest;
  if (release.hasCondition) return publicationTexts.condition;
  if (release.exemptions > 0) return publicationTexts.exemption;
  // A question during the review whether the data is the requester's own (OSL 12 kap. 1 §): the
  // release may rest on it, so it was weighed for this requester only.
  if ((release.ownDataQuestions ?? 0) > 0) return publicationTexts.ownDataAsked;
  return null;
}

/** Checks the jurist's publication assessment: own data refused; reasoning and legal basis required. */
export function validatePublication(raw: { ownData: string; secrecyReasoning: string; basis: string; basisNote: string }):
  | { ok: true; value: PublicationInput }
  | { ok: false; errors: Array<{ field: string; message: string }> } {
  const errors: Array<{ field: string; message: string }> = [];
  const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();
  if (raw.ownData !== 'yes' && raw.ownData !== 'no') errors.push({ field: 'ownData', message: publicationTexts.ownDataMissing });
  else if (raw.ownData === 'yes') errors.push({ field: 'ownData', message: publicationTexts.ownData });
  const secrecyReasoning = clean(raw.secrecyReasoning);
  if (secrecyReasoning === '') errors.push({ field: 'secrecyReasoning', message: publicationTexts.reasoningMissing });
  else if ([...secrecyReasoning].length > PUBLICATION_TEXT_MAX) errors.push({ field: 'secrecyReasoning', message: publicationTexts.tooLong(PUBLICATION_TEXT_MAX) });
  const basis = isPersonalDataBasis(raw.basis) ? raw.basis : null;
  if (!basis) errors.push({ field: 'basis', message: publicationTexts.basisMissing });
  const basisNote = clean(raw.basisNote);
  if (basis && basis !== 'none' && basisNote === '') errors.push({ field: 'basisNote', message: publicationTexts.noteMissing });
  else if ([...basisNote].length > PUBLICATION_TEXT_MAX) errors.push({ field: 'basisNote', message: publicationTexts.tooLong(PUBLICATION_TEXT_MAX) });
  if (errors.length || !basis) return { ok: false, errors };
  return { ok: true, value: { ownData: false, secrecyReasoning, basis, basisNote } };
}
