// Sends the notice to the requester by SMTP (nodemailer) when INSYN_SMTP_URL is set; the caller keeps it in the outbox otherwise.
import nodemailer from 'nodemailer';
import type { RequesterSafe } from '../domain/leakGuard.ts';

/** Subject and text are RequesterSafe: only what the leak guard cleared is sent (issue 10). */
export interface Mail {
  to: string;
  subject: RequesterSafe;
  text: RequesterSafe;
}

export type SendMail = (mail: Mail) => Promise<void>;

/** A sender for the configured SMTP URL, or null when none is configured. */
export function smtpSender(smtpUrl: string | null, from: string): SendMail | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return async (m) => {
    await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
  };
}

/** A plausible e-mail address: something to try sending to, not a validation of the person. */
export const looksLikeEmail = (s: string | null): s is string => !!s && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(s.trim());
