// The shape every detector returns and the interface the engine runs them through.

/** The kinds scored as personal data, plus informational kinds a reviewer may want to see. */
export type FindingType =
  | 'personnummer'
  | 'samordningsnummer'
  | 'name'
  | 'phone'
  | 'email'
  | 'address'
  | 'bank_account'
  | 'vehicle'
  | 'property'
  | 'meter_id'
  | 'ip_address'
  | 'organisationsnummer'
  | 'sensitive_context';

export interface Finding {
  type: FindingType;
  /** JavaScript string index of the first character. */
  start: number;
  /** Index one past the last character. */
  end: number;
  /** 0..1; below 0.5 means "possible", e.g. a personnummer whose check digit fails. */
  score: number;
  /** Swedish text for the reviewer: which rule matched and which checks passed. */
  explanation: string;
}

/** One kind of detector. A statistical model can implement the same interface later. */
export interface Detector {
  readonly name: string;
  /** Reads numbers: the engine gives it the number view (line breaks and OCR letters inside numbers undone). */
  readonly readsNumbers?: boolean;
  detect(text: string): Finding[];
}
