// The request list as CSV for Excel: UTF-8 with BOM, semicolon-separated, CRLF, without the requester's personal data.
import { formatDateTime } from '../../views/requests/format.ts';
import type { RequestListRow } from '../db/disclosureRequests.ts';
import { isOverdue } from '../domain/deadline.ts';
import { channelLabels, formWantedLabels, statusLabels } from '../text/requestTexts.ts';

/**
 * Why these choices:
 * - BOM: without it Excel reads UTF-8 as Windows-1252 and å, ä, ö come out wrong.
 * - ";": Excel with Swedish regional settings uses ";" as list separator (the decimal comma takes
 *   ","), so a double-clicked file opens in columns.
 * - No requester name, contact or identity question: an export leaves the tool's control, and
 *   those details are used only to deliver (TF 2 kap. 18 §, GDPR art. 5.1 c data minimisation).
 * - A cell starting with = + - @ or a tab is prefixed with ' so Excel never runs it as a formula
 *   (descriptions are typed from what outsiders send in).
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

const header = [
  'Referens',
  'Diarienummer i diariet',
  'Inkom',
  'Kanal',
  'Vad begärs',
  'Form',
  'Status',
  'Svar senast',
  'Försenad',
  'Omfattande',
  'Handläggare',
  'Jurist',
  'Beslutad',
  'Avslutad',
];

const time = (iso: string | null): string => (iso ? formatDateTime(iso) : '');

export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  if (/[";\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

export async function requestsCsv(rows: AsyncIterable<RequestListRow> | Iterable<RequestListRow>, now: Date): Promise<string> {
  const lines: string[] = [header.map(csvCell).join(CSV_SEPARATOR)];
  for await (const r of rows) {
    const overdue = r.due_at !== null && isOverdue(new Date(r.due_at), now, r.status);
    lines.push(
      [
        r.reference,
        r.diarienummer ?? '',
        time(r.received_at),
        channelLabels[r.channel],
        r.description,
        formWantedLabels[r.form_wanted],
        statusLabels[r.status],
        time(r.due_at),
        overdue ? 'Ja' : 'Nej',
        r.is_large ? 'Ja' : 'Nej',
        r.handler_name ?? '',
        r.reviewer_name ?? '',
        time(r.decided_at),
        time(r.closed_at),
      ]
        .map(csvCell)
        .join(CSV_SEPARATOR),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
