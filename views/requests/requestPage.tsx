// One request: its details, due time and how it was computed, handlingar, history and the actions the role allows.
import type { Child } from 'hono/jsx';
import { mayBeReviewer } from '../../src/domain/requestPolicy.ts';
import type { LogRowView } from '../../src/db/decisionLog.ts';
import type { NoteRow } from '../../src/db/disclosureRequests.ts';
import { asksForLabels, channelLabels, formWantedLabels, statusLabels } from '../../src/text/requestTexts.ts';
import { ErrorSummary, type FieldErrors, Notice, RadioField, TextField } from '../components.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { DeadlineStatus } from './clock.tsx';
import type { DocumentSummary } from '../../src/db/documents.ts';
import { formatLabel } from '../documents/labels.ts';

type Status = keyof typeof statusLabels;

export interface RequestView {
  id: number;
  reference: string;
  receivedAt: string;
  channel: keyof typeof channelLabels;
  description: string;
  formWanted: keyof typeof formWantedLabels;
  /** Allmänna handlingar, or uppgifter (OSL 6 kap. 4 §). */
  asksFor: keyof typeof asksForLabels;
  requesterName: string | null;
  requesterContact: string | null;
  identityQuestion: string | null;
  identityReason: string | null;
  diarienummer: string | null;
  status: Status;
  handlerId: number | null;
  handlerName: string | null;
  reviewerId: number | null;
  reviewerName: string | null;
  isLarge: boolean;
  extendedUntil: string | null;
  extensionNote: string | null;
  decidedAt: string | null;
  closedAt: string | null;
}

export interface RequestPageProps {
  request: RequestView;
  /** Null when no clock runs (decided, closed, withdrawn). */
  deadline: { dueAt: string; explanation: string } | null;
  overdue: boolean;
  history: Array<LogRowView & { actor_name: string }>;
  notes: NoteRow[];
  /** Targets this user may move the request to, and whether each needs a reason. */
  transitions: Array<{ to: Status; requiresReason: boolean }>;
  staffOptions: Array<{ id: number; name: string; role: 'registrar' | 'reviewer' }> | null;
  canAddNote: boolean;
  canMarkLarge: boolean;
  /** Handlingar may be attached: the request is open (requestPolicy canChangeCase). */
  canAttach: boolean;
  errors?: FieldErrors;
  /** Which form the errors belong to, so its fields keep the input. */
  errorForm?: 'status' | 'assign' | 'note' | 'extension';
  input?: Record<string, string>;
  notice?: string;
  /** Why the handlingar are under a legal hold now (JO 3434-2016), if they are. */
  legalHold?: string;
  /** A data subject's request: its own panel (identity, search, answer), rendered by views/subject. */
  subjectPanel?: Child;
  /** The request's handlingar (register entries), with finding counts and sekretessmarkering. */
  documents?: DocumentSummary[];
}

const transitionLabel: Record<Status, string> = {
  registered: 'Registrerad',
  in_progress: 'Under handläggning (handlingarna tas fram)',
  in_review: 'Till sekretessprövning',
  decided: 'Beslutad',
  closed: 'Avslutad',
  withdrawn: 'Återkallad av sökanden',
};

export function RequestPage(p: RequestPageProps) {
  const r = p.request;
  const inputFor = (form: RequestPageProps['errorForm'], name: string) => (p.errorForm === form ? p.input?.[name] : undefined);
  return (
    <>
      <p>
        <a href="/requests">Tillbaka till begäranden</a>
      </p>
      <h1>
        Begäran {r.reference}{' '}
        {p.overdue ? (
          <strong class="badge badge--overdue" id="overdue-badge">
            Försenad
          </strong>
        ) : null}
      </h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      {p.legalHold ? (
        <div class="secrecy-banner" role="note" id="legal-hold">
          <strong>Bevarandekrav:</strong> handlingarna får inte gallras. {p.legalHold}
        </div>
      ) : null}
      <ErrorSummary errors={p.errors} />
      {p.subjectPanel ?? null}

      <section aria-labelledby="clock-heading" class="clock" id="clock">
        <h2 id="clock-heading">Svarstid</h2>
        <DeadlineStatus deadline={p.deadline} overdue={p.overdue} statusLabel={statusLabels[r.status]} />
      </section>

      <h2>Uppgifter</h2>
      <dl class="summary-list" id="request-details">
        <dt>Status</dt>
        <dd id="request-status">{statusLabels[r.status]}</dd>
        <dt>Inkom</dt>
        <dd>
          <time datetime={r.receivedAt}>{formatDateTime(r.receivedAt)}</time> ({channelLabels[r.channel].toLowerCase()})
        </dd>
        <dt>Begäran gäller</dt>
        <dd id="request-asks-for">
          {asksForLabels[r.asksFor]}
          {r.asksFor === 'information' ? (
            <>
              {' '}
              – besvaras utan överklagbart beslut: <a href={`/requests/${r.id}/decision#information`}>anteckna svaret</a>.
            </>
          ) : null}
        </dd>
        <dt>Vad begärs</dt>
        <dd class="prewrap">{r.description}</dd>
        <dt>Form</dt>
        <dd>{formWantedLabels[r.formWanted]}</dd>
        <dt>Sökande</dt>
        <dd>{r.requesterName ?? 'Anonym sökande'}</dd>
        <dt>Kontaktuppgift</dt>
        <dd>{r.requesterContact ?? <span class="muted">Ingen lämnad</span>}</dd>
        {r.identityQuestion ? (
          <>
            <dt>Fråga om identitet eller syfte</dt>
            <dd class="prewrap">
              {r.identityQuestion}
              <br />
              <span class="muted">Skäl: {r.identityReason}</span>
            </dd>
          </>
        ) : null}
        <dt>Referens</dt>
        <dd>
          {r.reference} <span class="muted small">(Insyns löpnummer för begäran, inte diariets diarienummer)</span>
        </dd>
        <dt>Diarienummer i diariet</dt>
        <dd>{r.diarienummer ?? <span class="muted">Inget</span>}</dd>
        <dt>Handläggare</dt>
        <dd>{r.handlerName ?? <span class="muted">Ingen</span>}</dd>
        <dt>Jurist</dt>
        <dd>{r.reviewerName ?? <span class="muted">Ingen</span>}</dd>
        {r.isLarge ? (
          <>
            <dt>Omfattande material</dt>
            <dd>
              Förlängd tid till {r.extendedUntil ? formatDateTime(r.extendedUntil) : '–'}. {r.extensionNote}
            </dd>
          </>
        ) : null}
        {r.decidedAt ? (
          <>
            <dt>Beslutad</dt>
            <dd>{formatDate(r.decidedAt)}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="documents-heading" id="documents">
        <h2 id="documents-heading">Handlingar</h2>
        {p.documents?.length ? (
          <table class="table">
            <caption class="visually-hidden">Handlingar i begäran {r.reference}</caption>
            <thead>
              <tr>
                <th scope="col">Handling</th>
                <th scope="col">Inkom/upprättad</th>
                <th scope="col">Typ</th>
                <th scope="col">Fynd</th>
                <th scope="col">Sekretessmarkering</th>
              </tr>
            </thead>
            <tbody>
              {p.documents.map((d) => (
                <tr>
                  <td>
                    {d.parent_document_id ? <span class="muted">Bilaga: </span> : null}
                    <a href={`/documents/${d.id}`}>{d.description}</a>
                    <div class="muted small">{d.file_name}</div>
                  </td>
                  <td>{d.received_date ?? '–'}</td>
                  <td>{formatLabel[d.format] ?? d.format}</td>
                  <td>
                    {d.finding_count}
                    {d.ocr_page_count ? <div class="small">{d.ocr_page_count} sidor behöver OCR</div> : null}
                  </td>
                  <td>{d.active_mark ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">Inga handlingar är bifogade ännu.</p>
        )}
        <p>
          {p.canAttach ? (
            <>
              <a href={`/requests/${r.id}/documents/new`} class="button button--secondary">
                Bifoga handlingar
              </a>{' '}
            </>
          ) : null}
          <a href={`/requests/${r.id}/secrecy`} class="button button--secondary">
            Sekretessprövning
          </a>{' '}
          <a href={`/requests/${r.id}/decision`} class="button button--secondary">
            Beslut och utlämnande
          </a>
        </p>
        {!p.canAttach && (r.status === 'decided' || r.status === 'closed') ? (
          <p class="muted" id="closed-for-changes">
            Begäran är {statusLabels[r.status].toLowerCase()} och ändras inte: inga nya handlingar, maskeringar eller prövningar. En jurist kan återöppna den
            med ett skäl på sidan <a href={`/requests/${r.id}/decision`}>Beslut och utlämnande</a>.
          </p>
        ) : null}
      </section>

      {p.transitions.length ? (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">Ändra status</h2>
          <form method="post" action={`/requests/${r.id}/status`} novalidate class="narrow" id="status-form">
            <RadioField
              name="to"
              legend="Ny status"
              options={p.transitions.map((t) => ({ value: t.to, label: `${transitionLabel[t.to]}${t.requiresReason ? ' – skäl krävs' : ''}` }))}
              value={inputFor('status', 'to') ?? p.transitions[0]?.to}
              errors={p.errorForm === 'status' ? p.errors : undefined}
            />
            <TextField
              name="reason"
              label="Skäl"
              multiline
              rows={2}
              optional={!p.transitions.every((t) => t.requiresReason)}
              hint="Krävs när begäran återkallas eller öppnas igen. Skriv inte sökandens namn."
              value={inputFor('status', 'reason')}
              errors={p.errorForm === 'status' ? p.errors : undefined}
            />
            <button type="submit" class="button" id="status-submit">
              Ändra status
            </button>
          </form>
        </section>
      ) : null}

      {p.staffOptions ? (
        <section aria-labelledby="assign-heading">
          <h2 id="assign-heading">Tilldela</h2>
          <form method="post" action={`/requests/${r.id}/assign`} novalidate class="narrow" id="assign-form">
            <div class="field">
              <label for="handlerId">Handläggare</label>
              <select id="handlerId" name="handlerId">
                <option value="">Ingen</option>
                {p.staffOptions.map((s) => (
                  <option value={String(s.id)} selected={r.handlerId === s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="reviewerId">Jurist</label>
              <select id="reviewerId" name="reviewerId">
                <option value="">Ingen</option>
                {p.staffOptions
                  .filter(mayBeReviewer)
                  .map((s) => (
                    <option value={String(s.id)} selected={r.reviewerId === s.id}>
                      {s.name}
                    </option>
                  ))}
              </select>
            </div>
            <button type="submit" class="button button--secondary" id="assign-submit">
              Spara tilldelning
            </button>
          </form>
        </section>
      ) : null}

      {p.canMarkLarge ? (
        <section aria-labelledby="extension-heading">
          <h2 id="extension-heading">Omfattande material</h2>
          <p>
            Vid stora mängder handlingar får det ta längre tid, men sökanden ska få veta det. Handlingarna lämnas ut i omgångar allt
            eftersom de är prövade.
          </p>
          <form method="post" action={`/requests/${r.id}/extension`} novalidate class="narrow" id="extension-form">
            <TextField
              name="untilDate"
              label="Svar senast"
              type="date"
              hint="ÅÅÅÅ-MM-DD. Gäller till arbetsdagens slut."
              value={inputFor('extension', 'untilDate')}
              errors={p.errorForm === 'extension' ? p.errors : undefined}
            />
            <TextField
              name="extensionNote"
              label="Hur och när fick sökanden veta?"
              multiline
              rows={2}
              value={inputFor('extension', 'extensionNote')}
              errors={p.errorForm === 'extension' ? p.errors : undefined}
            />
            <button type="submit" class="button button--secondary" id="extension-submit">
              Markera som omfattande
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Interna anteckningar</h2>
        <p class="muted">Syns bara för personalen, aldrig för sökanden.</p>
        {p.notes.length ? (
          <ul class="notes" id="notes">
            {p.notes.map((n) => (
              <li>
                <p class="prewrap">{n.body}</p>
                <p class="muted small">
                  {n.author_name}, <time datetime={n.created_at}>{formatDateTime(n.created_at)}</time>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga anteckningar.</p>
        )}
        {p.canAddNote ? (
          <form method="post" action={`/requests/${r.id}/notes`} novalidate class="narrow" id="note-form">
            <TextField
              name="note"
              label="Ny anteckning"
              multiline
              rows={3}
              value={inputFor('note', 'note')}
              errors={p.errorForm === 'note' ? p.errors : undefined}
            />
            <button type="submit" class="button button--secondary" id="note-submit">
              Spara anteckning
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Historik</h2>
        <table class="table" id="history">
          <caption class="visually-hidden">Händelser för begäran {r.reference}, äldst först</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Vem</th>
              <th scope="col">Händelse</th>
              <th scope="col">Varför</th>
            </tr>
          </thead>
          <tbody>
            {p.history.map((h) => (
              <tr>
                <td>
                  <time datetime={h.at}>{formatDateTime(h.at)}</time>
                </td>
                <td>{h.actor_name}</td>
                <td>{historyLabel(h)}</td>
                <td class="prewrap">{h.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

const eventLabels: Record<string, string> = {
  'request.registered': 'Registrerad',
  'request.status_changed': 'Status ändrad',
  'request.withdrawn': 'Återkallad',
  'request.reopened': 'Öppnad igen',
  'request.assigned': 'Tilldelad',
  'request.note_added': 'Anteckning',
  'request.extended': 'Förlängd tid',
};

function historyLabel(h: LogRowView): string {
  const base = eventLabels[h.event] ?? h.event_label;
  if (h.event === 'request.status_changed' || h.event === 'request.reopened') {
    try {
      const after = JSON.parse(h.after ?? '{}') as { status?: Status };
      if (after.status) return `${base}: ${statusLabels[after.status].toLowerCase()}`;
    } catch {
      // An unreadable value shows the plain event name.
    }
  }
  return base;
}
