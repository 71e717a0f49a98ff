// The staff page for a request's decision and release: roll-up, fee, decide form, letter, links, notice, reading room, appeals, informal refusal.
import { count } from '../../src/text/counts.ts';
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { ErrorSummary, Notice, SelectField, TextField, type FieldErrors } from '../components.tsx';
import { formatDate, formatDateTime } from '../requests/format.ts';
import { outcomeLabels, type DecisionOutcome } from '../../src/domain/decision.ts';
import { assessmentLabels, type AssessmentOutcome } from '../../src/domain/secrecyAssessment.ts';
import type { LegalHold } from '../../src/domain/appeal.ts';

export interface DecisionPageProps {
  request: { id: number; reference: string; status: string; statusLabel: string };
  documents: Array<{ number: number; id: number; description: string; assessment: AssessmentOutcome | null; released: boolean; provisions: string[] }>;
  rollUp: { ok: true; outcome: DecisionOutcome } | { ok: false; message: string };
  provisionsText: string;
  fee: { pages: number; amount: string; explanation: string };
  decision: {
    outcome: DecisionOutcome;
    condition: string | null;
    motivering: string;
    decidedBy: string;
    decidedAt: string;
    notifiedAt: string | null;
    appealLastDay: string | null;
    pageCount: number;
    fee: string;
  } | null;
  hold: LegalHold;
  links: Array<{ id: number; createdAt: string; expiresAt: string; revokedAt: string | null; expired: boolean }>;
  published: number;
  appeals: Array<{ id: number; receivedAt: string; withinTime: boolean | null; sentToCourtAt: string | null; outcome: string | null }>;
  informalRefusals: Array<{ id: number; kind: 'refusal' | 'condition'; toldAt: string; note: string; requestedAt: string | null }>;
  /** reopen: this person may reopen the decision and the request is decided or closed (requestPolicy canReopenDecision). */
  can: { decide: boolean; release: boolean; publish: boolean; reopen: boolean };
  canDecideNow: boolean;
  appealOutcomeOptions: Array<{ value: string; label: string }>;
  errors?: FieldErrors;
  errorForm?: string;
  input?: Record<string, string>;
  notice?: string;
  today: string;
}

function Section({ id, title, children }: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function DecisionPage(p: DecisionPageProps) {
  const r = p.request;
  const errs = (form: string) => (p.errorForm === form ? p.errors : undefined);
  const val = (form: string, name: string, fallback = '') => (p.errorForm === form ? (p.input?.[name] ?? fallback) : fallback);
  const d = p.decision;
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <p>
        <a href={`/requests/${r.id}`}>Tillbaka till begäran {r.reference}</a>
      </p>
      <h1>Beslut och utlämnande – {r.reference}</h1>
      <p>Status: {p.request.statusLabel}</p>

      <Section id="documents" title="Handlingar och sekretessprövning">
        {p.documents.length ? (
          <table class="table">
            <caption class="visually-hidden">Sekretessprövning per handling</caption>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                <th scope="col">Handling</th>
                <th scope="col">Prövning</th>
                <th scope="col">Bestämmelser</th>
              </tr>
            </thead>
            <tbody>
              {p.documents.map((doc) => (
                <tr>
                  <td>{doc.number}</td>
                  <td>
                    <a href={`/documents/${doc.id}`}>{doc.description}</a>
                  </td>
                  <td>
                    {doc.assessment ? assessmentLabels[doc.assessment] : 'Inte prövad'}
                    {doc.assessment && doc.assessment !== 'withhold' && !doc.released ? <div class="small">Utlämnad version saknas</div> : null}
                  </td>
                  <td>{doc.provisions.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">Inga handlingar är bifogade.</p>
        )}
        <p>
          Sammanvägt utfall: <strong>{p.rollUp.ok ? outcomeLabels[p.rollUp.outcome] : p.rollUp.message}</strong>
        </p>
        <p>
          Avgift: {p.fee.pages} {p.fee.pages === 1 ? 'sida' : 'sidor'}, <strong>{p.fee.amount}</strong>. {p.fee.explanation}
        </p>
      </Section>

      {d ? (
        <Section id="decision" title="Beslut">
          <dl class="summary-list">
            <dt>Utfall</dt>
            <dd>{outcomeLabels[d.outcome]}</dd>
            {d.condition ? (
              <>
                <dt>Förbehåll</dt>
                <dd class="prewrap">{d.condition}</dd>
              </>
            ) : null}
            <dt>Beslutsfattare</dt>
            <dd>{d.decidedBy}</dd>
            <dt>Beslutat</dt>
            <dd>{formatDateTime(d.decidedAt)}</dd>
            <dt>Avgift</dt>
            <dd>
              {count(d.pageCount, 'sida', 'sidor')}, {d.fee}
            </dd>
            <dt>Sökanden fick del av beslutet</dt>
            <dd>{d.notifiedAt ? formatDate(d.notifiedAt) : 'Inte antecknat'}</dd>
            {d.appealLastDay ? (
              <>
                <dt>Sista dag att överklaga</dt>
                <dd>{d.appealLastDay}</dd>
              </>
            ) : null}
            <dt>Bevarandekrav</dt>
            <dd>{p.hold.held ? p.hold.text : 'Inget: handlingarna kan gallras enligt gallringsplanen.'}</dd>
          </dl>
          <p>
            <a href={`/requests/${r.id}/decision/letter`}>Visa beslutsbrevet för utskrift</a> ·{' '}
            <a href={`/requests/${r.id}/decision/letter.pdf`}>Ladda ned beslutsbrevet som PDF</a>
          </p>
          {!d.notifiedAt && p.can.release ? (
            <form method="post" action={`/requests/${r.id}/decision/notified`} novalidate>
              <h3>Anteckna att sökanden fått del av beslutet</h3>
              <p class="small">Överklagandetiden, tre veckor, räknas från den dagen (44 § förvaltningslagen).</p>
              <TextField name="notifiedDate" label="Datum (ÅÅÅÅ-MM-DD)" value={val('notified', 'notifiedDate', p.today)} errors={errs('notified')} />
              <button type="submit" class="button">
                Anteckna
              </button>
            </form>
          ) : null}
          {p.can.reopen ? (
            <form method="post" action={`/requests/${r.id}/reopen`} novalidate>
              <h3>Återöppna begäran</h3>
              <p class="small">
                En beslutad begäran ändras inte: inga nya handlingar, maskeringar eller prövningar. Återöppna den för att ompröva beslutet (37–39 §§
                förvaltningslagen), lägga till en handling eller när kammarrätten visat målet åter. Beslutet står kvar tills ett nytt beslut ersätter det.
              </p>
              <TextField name="reopenReason" label="Varför återöppnas begäran?" multiline rows={3} value={val('reopen', 'reopenReason')} errors={errs('reopen')} />
              <button type="submit" class="button button--secondary">
                Återöppna begäran
              </button>
            </form>
          ) : null}
        </Section>
      ) : null}
      {d && !(p.can.decide && p.canDecideNow) ? null : p.can.decide ? (
        <Section id="decide" title="Fatta beslut">
          {p.canDecideNow ? (
            <form method="post" action={`/requests/${r.id}/decision`} novalidate>
              {p.provisionsText ? (
                <>
                  <h3>Bestämmelser som tas med i beslutet</h3>
                  <pre class="prewrap">{p.provisionsText}</pre>
                </>
              ) : null}
              <TextField
                name="motivering"
                label="Motivering"
                multiline
                rows={6}
                hint="Skälen för beslutet (32 § förvaltningslagen). Behövs vid avslag, delvis avslag och förbehåll."
                value={val('decide', 'motivering')}
                errors={errs('decide')}
                optional={p.rollUp.ok && p.rollUp.outcome === 'release_full'}
              />
              <TextField
                name="condition"
                label="Förbehåll"
                multiline
                rows={3}
                optional
                hint="Bara om uppgifterna annars vore sekretessbelagda (10 kap. 14 § OSL). Ange bestämmelsen i motiveringen."
                value={val('decide', 'condition')}
                errors={errs('decide')}
              />
              <button type="submit" class="button">
                Fatta beslut
              </button>
            </form>
          ) : (
            <p>Beslut kan fattas när begäran är under handläggning eller sekretessprövning och alla handlingar är prövade.</p>
          )}
        </Section>
      ) : (
        <Section id="decide" title="Beslut">
          <p>Inget beslut är fattat. Beslutet fattas av en jurist.</p>
        </Section>
      )}

      {d && p.can.release ? (
        <Section id="links" title="Länk till sökanden">
          <p>Länken ger sökanden beslutet, hur man överklagar och de utlämnade handlingarna, inget annat. Den visas bara en gång när den skapas.</p>
          {p.links.length ? (
            <table class="table">
              <caption class="visually-hidden">Länkar</caption>
              <thead>
                <tr>
                  <th scope="col">Skapad</th>
                  <th scope="col">Gäller till</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span class="visually-hidden">Åtgärd</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.links.map((l) => (
                  <tr>
                    <td>{formatDateTime(l.createdAt)}</td>
                    <td>{formatDateTime(l.expiresAt)}</td>
                    <td>{l.revokedAt ? 'Spärrad' : l.expired ? 'Utgången' : 'Gäller'}</td>
                    <td>
                      {!l.revokedAt && !l.expired ? (
                        <form method="post" action={`/requests/${r.id}/release-links/${l.id}/revoke`} class="inline-form">
                          <button type="submit" class="button button--small button--warning">
                            Spärra länken
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <form method="post" action={`/requests/${r.id}/release-links`}>
            <button type="submit" class="button">
              Skapa länk och meddelande
            </button>
          </form>
        </Section>
      ) : null}

      {d && p.can.publish && d.outcome !== 'refusal' ? (
        <Section id="reading-room" title="Läsesalen">
          {p.published ? (
            <>
              <p>{p.published} utlämnade handlingar är publicerade i läsesalen.</p>
              <form method="post" action={`/requests/${r.id}/unpublish`}>
                <button type="submit" class="button button--secondary">
                  Ta bort från läsesalen
                </button>
              </form>
            </>
          ) : (
            <>
              <p>De utlämnade handlingarna kan publiceras i den öppna läsesalen, där vem som helst kan söka och läsa dem.</p>
              <form method="post" action={`/requests/${r.id}/publish`} novalidate>
                {p.errorForm === 'publish' ? <ErrorSummary errors={p.errors} /> : null}
                <button type="submit" class="button button--secondary">
                  Publicera i läsesalen
                </button>
              </form>
            </>
          )}
        </Section>
      ) : null}

      {d && d.appealLastDay !== undefined && p.can.release && (d.outcome !== 'release_full' || d.condition) ? (
        <Section id="appeals" title="Överklagande">
          {p.appeals.map((a) => (
            <div class="appeal">
              <p>
                Inkom {formatDate(a.receivedAt)}
                {a.withinTime === null ? '' : a.withinTime ? ' – i rätt tid.' : ' – för sent (efter tre veckor).'}
                {a.sentToCourtAt ? ` Överlämnat till kammarrätten ${formatDate(a.sentToCourtAt)}.` : ''}
                {a.outcome ? ` ${a.outcome}.` : ''}
              </p>
              {!a.outcome && !a.sentToCourtAt ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/sent`} novalidate>
                  <TextField name="sentDate" label="Överlämnat till kammarrätten (ÅÅÅÅ-MM-DD)" value={val(`sent-${a.id}`, 'sentDate', p.today)} errors={errs(`sent-${a.id}`)} />
                  <button type="submit" class="button button--secondary">
                    Anteckna överlämnandet
                  </button>
                </form>
              ) : null}
              {!a.outcome ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/outcome`} novalidate>
                  <SelectField name="appealOutcome" label="Hur avgjordes överklagandet?" options={p.appealOutcomeOptions} placeholder="Välj" value={val(`outcome-${a.id}`, 'appealOutcome')} errors={errs(`outcome-${a.id}`)} />
                  <TextField name="appealOutcomeDate" label="Datum (ÅÅÅÅ-MM-DD)" value={val(`outcome-${a.id}`, 'appealOutcomeDate', p.today)} errors={errs(`outcome-${a.id}`)} />
                  <button type="submit" class="button button--secondary">
                    Anteckna avgörandet
                  </button>
                </form>
              ) : null}
            </div>
          ))}
          <form method="post" action={`/requests/${r.id}/appeals`} novalidate>
            <h3>Anteckna ett inkommet överklagande</h3>
            <TextField name="appealReceived" label="Inkom (ÅÅÅÅ-MM-DD)" value={val('appeal', 'appealReceived', p.today)} errors={errs('appeal')} />
            <button type="submit" class="button">
              Anteckna överklagandet
            </button>
          </form>
        </Section>
      ) : null}

      {!d && p.can.release ? (
        <Section id="informal" title="Före ett formellt beslut">
          <p>
            Om du muntligt eller informellt avböjer att lämna ut, eller bara vill lämna ut med förbehåll, ska sökanden få veta att hen kan begära myndighetens skriftliga
            beslut, och att det behövs för att kunna överklaga (6 kap. 3 § OSL).
          </p>
          {p.informalRefusals.map((ir) => (
            <div>
              <p>
                {formatDateTime(ir.toldAt)}: {ir.kind === 'refusal' ? 'Avböjt' : 'Förbehåll'} – <span class="prewrap">{ir.note}</span>
                {ir.requestedAt ? ` Skriftligt beslut begärt ${formatDate(ir.requestedAt)}.` : ''}
              </p>
              {!ir.requestedAt ? (
                <form method="post" action={`/requests/${r.id}/informal-refusals/${ir.id}/written`}>
                  <button type="submit" class="button button--secondary">
                    Sökanden begär skriftligt beslut
                  </button>
                </form>
              ) : null}
            </div>
          ))}
          <form method="post" action={`/requests/${r.id}/informal-refusals`} novalidate>
            <SelectField
              name="kind"
              label="Vad sade du?"
              placeholder="Välj"
              options={[
                { value: 'refusal', label: 'Avböjde att lämna ut' },
                { value: 'condition', label: 'Ville lämna ut med förbehåll' },
              ]}
              value={val('informal', 'kind')}
              errors={errs('informal')}
            />
            <TextField
              name="informalNote"
              label="Vad fick sökanden veta, och hur?"
              multiline
              rows={3}
              hint="Till exempel: upplyst i telefon om rätten till skriftligt beslut."
              value={val('informal', 'informalNote')}
              errors={errs('informal')}
            />
            <button type="submit" class="button button--secondary">
              Anteckna upplysningen
            </button>
          </form>
        </Section>
      ) : null}
    </>
  );
}

/** Shown once after a link is created: the link and the message to copy (the token is not stored). */
export function LinkCreatedPage(p: { requestId: number; reference: string; url: string; expiresAt: string; subject: string; body: string; recipient: string | null; sent: boolean; sendError: boolean }) {
  return (
    <>
      <h1>Länken är skapad – {p.reference}</h1>
      <Notice>
        <p>
          <strong>Länken visas bara nu.</strong> Insyn sparar den inte. Kopiera den eller meddelandet innan du lämnar sidan.
        </p>
      </Notice>
      {p.sent ? <p>Meddelandet är skickat med e-post till sökanden.</p> : null}
      {p.sendError ? <p>E-posten kunde inte skickas. Meddelandet ligger i utkorgen; kopiera det nedan och skicka det själv.</p> : null}
      <div class="field">
        <label for="link">Länk (gäller till {formatDateTime(p.expiresAt)})</label>
        <input id="link" type="text" readonly value={p.url} />
        {/* Shown by static/app.js only: without JavaScript the field is selected and copied by hand. */}
        <button type="button" class="button button--secondary button--small copy-button" data-copy="link" data-copied="Länken är kopierad." hidden>
          Kopiera länken
        </button>
      </div>
      <div class="field">
        <label for="message">Meddelande: {p.subject}</label>
        <textarea id="message" rows={12} readonly>
          {p.body}
        </textarea>
        <button type="button" class="button button--secondary button--small copy-button" data-copy="message" data-copied="Meddelandet är kopierat." hidden>
          Kopiera meddelandet
        </button>
      </div>
      <p class="copy-status" data-copy-status role="status" aria-live="polite"></p>
      {p.recipient ? <p>Sökandens kontaktuppgift: {p.recipient}</p> : <p>Sökanden har inte lämnat någon kontaktuppgift.</p>}
      <p>
        <a href="/outbox">Till utkorgen</a> · <a href={`/requests/${p.requestId}/decision`}>Tillbaka till beslutet</a>
      </p>
    </>
  );
}

export function LetterPage({ requestId, html }: { requestId: number; html: string }) {
  return (
    <>
      <p class="no-print">
        <a href={`/requests/${requestId}/decision`}>Tillbaka till beslutet</a> · <a href={`/requests/${requestId}/decision/letter.pdf`}>Ladda ned som PDF</a>
      </p>
      {/* Rendered by marked and sanitize-html (renderMarkdown); fields are HTML-escaped before (STYLE.md 9). */}
      <article class="letter markdown">{raw(html)}</article>
    </>
  );
}
