// The outbox: notices to requesters kept when no SMTP is configured, for staff to copy and mark as sent.
import { formatDateTime } from '../requests/format.ts';
import type { OutboxView } from '../../src/db/decisions.ts';
import { Notice } from '../components.tsx';

export function OutboxPage({ messages, notice, smtp }: { messages: OutboxView[]; notice?: string; smtp: boolean }) {
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <h1>Utkorg</h1>
      <p>
        {smtp
          ? 'E-post skickas med SMTP. Här syns också meddelanden som inte kunde skickas.'
          : 'Ingen e-postserver är inställd (INSYN_SMTP_URL). Kopiera meddelandet, skicka det själv och markera det som skickat.'}{' '}
        Länken sparas inte: den visades en gång när den skapades. Har den kommit bort, spärra den och skapa en ny.
      </p>
      {messages.length === 0 ? <p class="muted">Utkorgen är tom.</p> : null}
      {messages.map((m) => (
        <section class="outbox-message" aria-labelledby={`m${m.id}`}>
          <h2 id={`m${m.id}`}>
            {m.subject} <span class="muted small">({m.reference})</span>
          </h2>
          <p class="small">
            Skapat {formatDateTime(m.created_at)}. Till: {m.recipient ?? 'ingen kontaktuppgift'}.{' '}
            {m.sent_at ? `Skickat ${formatDateTime(m.sent_at)} (${m.transport === 'smtp' ? 'e-post' : 'av personal'}).` : 'Inte skickat.'}
          </p>
          <pre class="prewrap">{m.body}</pre>
          {!m.sent_at ? (
            <form method="post" action={`/outbox/${m.id}/sent`}>
              <button type="submit" class="button button--secondary">
                Markera som skickat
              </button>
            </form>
          ) : null}
        </section>
      ))}
    </>
  );
}
