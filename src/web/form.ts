// Reading form fields safely: a field sent twice or as a file is treated as absent, not as a crash.
export type FormBody = Record<string, string | File | (string | File)[]>;

export function formString(form: FormBody, name: string): string {
  const v = form[name];
  return typeof v === 'string' ? v : '';
}

/** A positive integer from a route parameter or field, or null. */
export function parseId(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}
