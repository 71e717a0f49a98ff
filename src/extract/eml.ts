// E-mail (.eml) through postal-mime: headers and body; attachments become handlingar of their own.
import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import sanitizeHtml from 'sanitize-html';
import { ExtractRefusal, type Extracted, type ExtractedAttachment } from './types.ts';

const fmtAddress = (a: Address | undefined): string =>
  !a ? '' : a.address ? (a.name ? `${a.name} <${a.address}>` : a.address) : `${a.name}: ${a.group?.map((m) => m.address).join(', ')}`;

function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+/.test(head) && /^(from|to|subject|date|received|message-id|mime-version|return-path):/im.test(head);
}

export async function extractEml(bytes: Uint8Array): Promise<Extracted> {
  if (!looksLikeEmail(bytes)) {
    throw new ExtractRefusal('content_mismatch', 'Filen är inte ett e-postmeddelande (.eml) fast namnet säger det. Kontrollera att det är rätt fil.');
  }
  let email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 50 });
  } catch {
    throw new ExtractRefusal('corrupt', 'E-postmeddelandet är skadat och kan inte läsas.');
  }
  // HTML-only mail: the text without markup (sanitize-html with no allowed tags drops them all).
  const body = (email.text ?? (email.html ? sanitizeHtml(email.html, { allowedTags: [], allowedAttributes: {} }) : '')).replace(/\r\n?/g, '\n').trim();
  if (!body) throw new ExtractRefusal('no_body', 'E-postmeddelandet saknar innehåll (ingen brödtext).');
  const from = fmtAddress(email.from);
  const to = (email.to ?? []).map(fmtAddress).join(', ');
  const header = [
    `Från: ${from}`,
    `Till: ${to}`,
    email.cc?.length ? `Kopia: ${email.cc.map(fmtAddress).join(', ')}` : '',
    `Datum: ${email.date ?? ''}`,
    `Ämne: ${email.subject ?? ''}`,
  ]
    .filter(Boolean)
    .join('\n');
  const text = `${header}\n\n${body}`;
  const attachments: ExtractedAttachment[] = email.attachments
    .filter((a) => a.disposition !== 'inline' || a.filename)
    .map((a, i) => ({
      fileName: a.filename || `bilaga-${i + 1}`,
      bytes: a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : typeof a.content === 'string' ? new TextEncoder().encode(a.content) : a.content,
    }));
  const date = email.date ? new Date(email.date) : null;
  return {
    format: 'eml',
    text,
    pages: [{ number: 1, start: 0, end: text.length, needsOcr: false }],
    meta: {
      title: email.subject || undefined,
      counterpart: from || undefined,
      date: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined,
    },
    attachments,
  };
}
