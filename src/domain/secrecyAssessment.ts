// The outcome of one handling's sekretessprövning (secrecyAssessment): one name and one Swedish label each, used by the secrecy page, the decision page and the letter alike.

/** TF 2 kap. 15 § third sentence: released in full, released with maskeringar, or withheld in full. */
export const assessmentOutcomes = ['release_full', 'release_masked', 'withhold'] as const;
export type AssessmentOutcome = (typeof assessmentOutcomes)[number];

export const isAssessmentOutcome = (v: unknown): v is AssessmentOutcome =>
  typeof v === 'string' && (assessmentOutcomes as readonly string[]).includes(v);

export const assessmentLabels: Record<AssessmentOutcome, string> = {
  release_full: 'Lämnas ut i sin helhet',
  release_masked: 'Lämnas ut med maskeringar',
  withhold: 'Lämnas inte ut',
};
