// Swedish names of finding types and formats, shown beside the highlight so colour is never the only signal (WCAG 1.4.1).
export const findingTypeLabel: Record<string, string> = {
  personnummer: 'Personnummer',
  samordningsnummer: 'Samordningsnummer',
  name: 'Namn',
  phone: 'Telefon',
  email: 'E-post',
  address: 'Adress',
  bank_account: 'Kontonummer',
  vehicle: 'Registreringsnummer',
  property: 'Fastighet',
  meter_id: 'Anläggnings-ID',
  ip_address: 'IP-adress',
  organisationsnummer: 'Organisationsnummer (upplysning)',
  sensitive_context: 'Känsligt sammanhang (upplysning)',
};

export const formatLabel: Record<string, string> = {
  txt: 'Textfil',
  md: 'Markdown',
  eml: 'E-post',
  docx: 'Word',
  pdf: 'PDF',
  pasted: 'Inklistrad text',
};

export const typeLabel = (t: string): string => findingTypeLabel[t] ?? t;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
